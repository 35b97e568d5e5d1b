package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"geograph/graph"
)

const (
	// neighbourhoodQuery walks outward level by level, so each node is found
	// once at its distance and the work stays proportional to the nodes
	// reached (a variable-length pattern would enumerate every path).
	neighbourhoodQuery = `WITH $id AS id` + anyNode + `
WITH n AS s
CALL (s) {
  OPTIONAL MATCH (s)--(x)
  RETURN collect(DISTINCT x) AS l1
}
CALL (s, l1) {
  UNWIND CASE WHEN $depth >= 2 THEN l1 ELSE [] END AS y
  MATCH (y)--(x)
  WHERE x <> s AND NOT x IN l1
  RETURN collect(DISTINCT x) AS l2
}
CALL (s, l1, l2) {
  UNWIND CASE WHEN $depth >= 3 THEN l2 ELSE [] END AS y
  MATCH (y)--(x)
  WHERE x <> s AND NOT x IN l1 AND NOT x IN l2
  RETURN collect(DISTINCT x) AS l3
}
CALL (l1, l2, l3) {
  UNWIND [x IN l1 | {n: x, d: 1}] + [x IN l2 | {n: x, d: 2}] + [x IN l3 | {n: x, d: 3}] AS f
  WITH f WHERE $kinds = [] OR f.n.kind IN $kinds
  WITH f ORDER BY f.d, f.n.id
  LIMIT $rest
  RETURN collect(f.n) AS rest
}
WITH [s] + rest AS found
CALL (found) {
  UNWIND found AS a
  MATCH (a)-[r]->(b)
  WHERE b IN found
  RETURN collect({from: a.id, type: type(r), to: b.id, role: r.role}) AS edges
}
RETURN [n IN found | ` + nodeSummary + `] AS nodes, edges`

	pathEnds = `WITH $from AS id` + anyNode + `
WITH n AS a, $to AS id` + anyNode + `
WITH a, n AS b`

	pathsHead = pathEnds + `
MATCH p = allShortestPaths((a)-[*..`
	// pathsTail returns every shortest path, at most maxRawPaths of them;
	// paths differing only in parallel edges are merged afterwards.
	pathsTail = `]-(b))
RETURN [n IN nodes(p) | ` + nodeSummary + `] AS nodes,
       [r IN relationships(p) | {from: startNode(r).id, type: type(r), to: endNode(r).id, role: r.role}] AS edges
LIMIT 10000`

	pathEndsQuery = pathEnds + ` RETURN a.id AS a`
)

// The shortest-path queries of at most 1–6 hops; variable-length bounds
// must be literals, so there is one constant query per bound.
const (
	paths1 = pathsHead + "1" + pathsTail
	paths2 = pathsHead + "2" + pathsTail
	paths3 = pathsHead + "3" + pathsTail
	paths4 = pathsHead + "4" + pathsTail
	paths5 = pathsHead + "5" + pathsTail
	paths6 = pathsHead + "6" + pathsTail

	maxPathHops = 6
)

// pathQuery returns the query for paths of at most hops (1–maxPathHops).
func pathQuery(hops int) string {
	switch hops {
	case 1:
		return paths1
	case 2:
		return paths2
	case 3:
		return paths3
	case 4:
		return paths4
	case 5:
		return paths5
	}
	return paths6
}

// Neighbourhood returns the nodes within depth hops of id and the edges
// among them.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, kinds []graph.Kind, limit int) (graph.Subgraph, error) {
	depth = min(max(depth, 1), 3)
	if limit <= 0 {
		limit = 100
	}
	recs, err := s.queryRecords(ctx, neighbourhoodQuery, map[string]any{
		"id": id, "depth": depth, "kinds": kindStrings(kinds), "rest": limit - 1,
	})
	if err != nil {
		return graph.Subgraph{}, fmt.Errorf("neo4j neighbourhood: %w", err)
	}
	if len(recs) == 0 {
		return graph.Subgraph{}, graph.Errorf(graph.ENOTFOUND, "no node %q", id)
	}
	var sg graph.Subgraph
	for _, m := range listOf(recs[0], "nodes") {
		sg.Nodes = append(sg.Nodes, nodeFrom(m))
	}
	for _, m := range listOf(recs[0], "edges") {
		sg.Edges = append(sg.Edges, edgeFrom(m))
	}
	slices.SortFunc(sg.Nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(sg.Edges, compareEdges)
	return sg, nil
}

// Paths returns up to limit shortest paths of at most maxHops between two
// nodes, sorted by their node IDs.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops, limit int) ([]graph.Path, error) {
	if maxHops <= 0 {
		maxHops = 4
	}
	maxHops = min(maxHops, maxPathHops)
	if limit <= 0 {
		limit = 10
	}
	params := map[string]any{"from": from, "to": to}
	ends, err := s.queryRecords(ctx, pathEndsQuery, params)
	if err != nil {
		return nil, fmt.Errorf("neo4j paths: %w", err)
	}
	if len(ends) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "no path ends %q and %q", from, to)
	}
	if from == to {
		// Shortest-path search needs distinct ends; the path from a node to
		// itself is the node alone.
		n, err := s.Node(ctx, from)
		if err != nil {
			return nil, err
		}
		return []graph.Path{{Nodes: []graph.Node{n}}}, nil
	}
	recs, err := s.queryRecords(ctx, pathQuery(maxHops), params)
	if err != nil {
		return nil, fmt.Errorf("neo4j paths: %w", err)
	}
	var raw []graph.Path
	for _, r := range recs {
		var p graph.Path
		for _, m := range listOf(r, "nodes") {
			p.Nodes = append(p.Nodes, nodeFrom(m))
		}
		for _, m := range listOf(r, "edges") {
			p.Edges = append(p.Edges, edgeFrom(m))
		}
		raw = append(raw, p)
	}
	paths := mergeParallel(raw)
	if len(paths) > limit {
		paths = paths[:limit]
	}
	return paths, nil
}

// mergeParallel merges paths through the same nodes, keeping at each hop
// the first edge by (Type, Role), and sorts them by their node IDs.
func mergeParallel(raw []graph.Path) []graph.Path {
	byNodes := map[string]int{}
	var out []graph.Path
	for _, p := range raw {
		var key strings.Builder
		for _, n := range p.Nodes {
			key.WriteString(n.ID)
			key.WriteByte(0)
		}
		i, seen := byNodes[key.String()]
		if !seen {
			byNodes[key.String()] = len(out)
			out = append(out, graph.Path{Nodes: p.Nodes, Edges: slices.Clone(p.Edges)})
			continue
		}
		for h, e := range p.Edges {
			if cur := out[i].Edges[h]; cmp.Or(cmp.Compare(e.Type, cur.Type), cmp.Compare(e.Role, cur.Role)) < 0 {
				out[i].Edges[h] = e
			}
		}
	}
	slices.SortFunc(out, func(a, b graph.Path) int {
		return slices.CompareFunc(a.Nodes, b.Nodes, func(x, y graph.Node) int { return cmp.Compare(x.ID, y.ID) })
	})
	return out
}

// listOf returns the list-of-maps column key of a record.
func listOf(r interface{ Get(string) (any, bool) }, key string) []props {
	v, _ := r.Get(key)
	return maps(props{key: v}, key)
}
