package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph"
)

const (
	// graphNodes matches the nodes Stats counts; saved queries are not among
	// them.
	graphNodes = `MATCH (n) WHERE n:Article OR n:Entity OR n:Event OR n:TradeRoute`

	statsNodes = graphNodes + `
RETURN count(n) AS nodes, count(DISTINCT n.id) AS ids`
	statsKinds = graphNodes + `
RETURN n.kind AS kind, count(n) AS n`
	statsRelationships = `
MATCH ()-[r:HELD|OF|IN|MEMBER_OF|PARTICIPATED_IN|AT|FROM|TO|CARRIES|VIA|REPORTS|MENTIONS]->()
RETURN count(r) AS n`
)

// CountEvents counts the events matching f grouped by by, keys ascending.
func (s *Store) CountEvents(ctx context.Context, f graph.EventFilter, by graph.GroupBy) ([]graph.Count, error) {
	cypher := eventCountQuery(f, by)
	if cypher == "" {
		return nil, graph.Errorf(graph.EINVALID, "unknown grouping %q", by)
	}
	recs, err := s.queryRecords(ctx, cypher, eventParams(f))
	if err != nil {
		return nil, fmt.Errorf("neo4j count events: %w", err)
	}
	var out []graph.Count
	for _, r := range recs {
		m := r.AsMap()
		out = append(out, graph.Count{Key: str(m, "key"), Count: integer(m, "n")})
	}
	return out, nil
}

// Stats counts the graph's nodes, relationships and IDs.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (graph.Stats, error) {
		st := graph.Stats{ByKind: map[graph.Kind]int{}}
		recs, err := collect(ctx, tx, statsNodes, nil)
		if err != nil {
			return st, err
		}
		m := recs[0].AsMap()
		st.Nodes, st.DistinctIDs = integer(m, "nodes"), integer(m, "ids")
		if recs, err = collect(ctx, tx, statsKinds, nil); err != nil {
			return st, err
		}
		for _, r := range recs {
			m := r.AsMap()
			st.ByKind[graph.Kind(str(m, "kind"))] = integer(m, "n")
		}
		if recs, err = collect(ctx, tx, statsRelationships, nil); err != nil {
			return st, err
		}
		st.Relationships = integer(recs[0].AsMap(), "n")
		return st, nil
	})
	if err != nil {
		return graph.Stats{}, fmt.Errorf("neo4j stats: %w", err)
	}
	return st, nil
}
