package memstore

import (
	"cmp"
	"context"
	"slices"

	"geograph/graph"
)

// compareEdges orders edges by (From, Type, To, Role, Key).
func compareEdges(a, b edge) int {
	return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Type, b.Type), cmp.Compare(a.To, b.To),
		cmp.Compare(a.Role, b.Role), cmp.Compare(a.Key, b.Key))
}

// neighbours returns the IDs of the live nodes joined to id by an edge.
func (s *Store) neighbours(id string) []string {
	var out []string
	seen := map[string]bool{}
	for e := range s.adj[id] {
		if n := e.other(id); n != id && !seen[n] && s.live(e) {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// bfs returns the hop distance of every node within depth hops of start.
// With a non-empty stop it ends after the level that reaches stop.
func (s *Store) bfs(start string, depth int, stop string) map[string]int {
	dist := map[string]int{start: 0}
	frontier := []string{start}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for e := range s.adj[id] {
				n := e.other(id)
				if _, seen := dist[n]; seen || !s.live(e) {
					continue
				}
				dist[n] = d
				next = append(next, n)
			}
		}
		if _, found := dist[stop]; found && stop != "" {
			break
		}
		frontier = next
	}
	return dist
}

// Neighbourhood returns the nodes within depth hops of id and the edges
// among them.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, kinds []graph.Kind, limit int) (graph.Subgraph, error) {
	depth = min(max(depth, 1), 3)
	if limit <= 0 {
		limit = 100
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if !s.exists(id) {
		return graph.Subgraph{}, graph.Errorf(graph.ENOTFOUND, "node %q not found", id)
	}
	dist := s.bfs(id, depth, "")
	var found []string
	for n := range dist {
		if n == id {
			continue
		}
		if len(kinds) == 0 {
			found = append(found, n)
		} else if node, _ := s.node(n); slices.Contains(kinds, node.Kind) {
			found = append(found, n)
		}
	}
	slices.SortFunc(found, func(a, b string) int { return cmp.Or(cmp.Compare(dist[a], dist[b]), cmp.Compare(a, b)) })
	keep := append(found[:min(limit-1, len(found))], id)
	slices.Sort(keep)
	kept := map[string]bool{}
	for _, n := range keep {
		kept[n] = true
	}

	var sub graph.Subgraph
	var edges []edge
	for _, n := range keep {
		node, _ := s.node(n)
		sub.Nodes = append(sub.Nodes, node)
		for e := range s.adj[n] {
			// Each edge is taken from its From end, so it is listed once.
			if e.From == n && kept[e.To] {
				edges = append(edges, e)
			}
		}
	}
	slices.SortFunc(edges, compareEdges)
	for _, e := range edges {
		sub.Edges = append(sub.Edges, e.public())
	}
	return sub, nil
}

// Paths returns the shortest paths between from and to, by node IDs.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops, limit int) ([]graph.Path, error) {
	if maxHops <= 0 {
		maxHops = 4
	}
	maxHops = min(maxHops, 6)
	if limit <= 0 {
		limit = 10
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, id := range []string{from, to} {
		if !s.exists(id) {
			return nil, graph.Errorf(graph.ENOTFOUND, "node %q not found", id)
		}
	}
	if from == to {
		return nil, nil
	}
	// Distances from the target; a walk from the source that always steps
	// one hop closer follows a shortest path.
	dist := s.bfs(to, maxHops, from)
	if _, ok := dist[from]; !ok {
		return nil, nil
	}
	var paths []graph.Path
	closer := map[string][]string{} // neighbours one hop nearer the target, by ID
	var walk func(trail []string)
	walk = func(trail []string) {
		cur := trail[len(trail)-1]
		if cur == to {
			paths = append(paths, s.buildPath(trail))
			return
		}
		next, ok := closer[cur]
		if !ok {
			next = slices.DeleteFunc(s.neighbours(cur), func(n string) bool {
				d, ok := dist[n]
				return !ok || d != dist[cur]-1
			})
			slices.Sort(next)
			closer[cur] = next
		}
		for _, n := range next {
			if len(paths) < limit {
				walk(append(trail, n))
			}
		}
	}
	walk([]string{from})
	return paths, nil
}

// buildPath builds a Path along the node IDs of trail, taking the first of any
// parallel edges by (Type, Role).
func (s *Store) buildPath(trail []string) graph.Path {
	var p graph.Path
	for i, id := range trail {
		node, _ := s.node(id)
		p.Nodes = append(p.Nodes, node)
		if i == 0 {
			continue
		}
		// Look among the edges of whichever end has fewer.
		end, prev := id, trail[i-1]
		if len(s.adj[prev]) < len(s.adj[end]) {
			end, prev = prev, end
		}
		var best *edge
		for e := range s.adj[end] {
			if e.other(end) != prev || !s.live(e) {
				continue
			}
			if best == nil || cmp.Or(cmp.Compare(e.Type, best.Type), cmp.Compare(e.Role, best.Role), compareEdges(e, *best)) < 0 {
				best = &e
			}
		}
		p.Edges = append(p.Edges, best.public())
	}
	return p
}
