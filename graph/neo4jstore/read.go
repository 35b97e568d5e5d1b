package neo4jstore

import (
	"context"
	"fmt"

	"geograph/graph"
)

// Cypher fragments shared by the read queries. They are constants and are
// joined only with other constants.
const (
	// anyNode binds n to the article, entity, event or route whose ID is the
	// variable id, through the uniqueness index of each label.
	anyNode = `
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION MATCH (n:Event {id: id}) RETURN n
  UNION MATCH (n:TradeRoute {id: id}) RETURN n
  UNION MATCH (n:Article {id: id}) RETURN n
}`

	// nodeSummary is the graph.Node of n; an article's name is its title.
	nodeSummary = `n {.id, .kind, name: coalesce(n.name, n.title, '')}`

	eventProjection = `e {.*,
  participants: [(p:Entity)-[x:PARTICIPATED_IN]->(e) | {entityId: p.id, role: x.role}],
  evidence: [(a:Article)-[x:REPORTS]->(e) | x {.*, articleId: a.id}]}`

	routeProjection = `t {.*, evidence: [(a:Article)-[x:REPORTS]->(t) | x {.*, articleId: a.id}]}`
)

const (
	nodeQuery = `WITH $id AS id` + anyNode + `
RETURN ` + nodeSummary + ` AS node`

	getEntities = `MATCH (n:Entity) WHERE n.id IN $ids RETURN n {.*} AS item`
	getEvents   = `MATCH (e:Event) WHERE e.id IN $ids RETURN ` + eventProjection + ` AS item`
	getRoutes   = `MATCH (t:TradeRoute) WHERE t.id IN $ids RETURN ` + routeProjection + ` AS item`
	getArticles = `MATCH (a:Article) WHERE a.id IN $ids RETURN a {.*} AS item`
)

// Node returns the summary of any node by ID.
func (s *Store) Node(ctx context.Context, id string) (graph.Node, error) {
	recs, err := s.queryRecords(ctx, nodeQuery, map[string]any{"id": id})
	if err != nil {
		return graph.Node{}, fmt.Errorf("neo4j node: %w", err)
	}
	if len(recs) == 0 {
		return graph.Node{}, graph.Errorf(graph.ENOTFOUND, "no node %q", id)
	}
	return nodeFrom(value(recs[0], "node")), nil
}

// GetEntities returns the entities with the given IDs, in that order,
// skipping IDs that name no entity.
func (s *Store) GetEntities(ctx context.Context, ids []string) ([]graph.Entity, error) {
	return getByIDs(ctx, s, getEntities, ids, entityFrom, func(e graph.Entity) string { return e.ID })
}

// GetEvents returns the events with the given IDs, in that order.
func (s *Store) GetEvents(ctx context.Context, ids []string) ([]graph.Event, error) {
	return getByIDs(ctx, s, getEvents, ids, eventFrom, func(e graph.Event) string { return e.ID })
}

// GetRoutes returns the routes with the given IDs, in that order.
func (s *Store) GetRoutes(ctx context.Context, ids []string) ([]graph.Route, error) {
	return getByIDs(ctx, s, getRoutes, ids, routeFrom, func(r graph.Route) string { return r.ID })
}

// GetArticles returns the articles with the given IDs, in that order.
func (s *Store) GetArticles(ctx context.Context, ids []string) ([]graph.Article, error) {
	return getByIDs(ctx, s, getArticles, ids, articleFrom, func(a graph.Article) string { return a.ID })
}

// getByIDs runs a query returning `item` rows for the IDs $ids and puts
// them back in the order of ids.
func getByIDs[T any](ctx context.Context, s *Store, cypher string, ids []string, from func(props) T, id func(T) string) ([]T, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := s.queryRecords(ctx, cypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("neo4j get by ids: %w", err)
	}
	found := make(map[string]T, len(recs))
	for _, r := range recs {
		item := from(value(r, "item"))
		found[id(item)] = item
	}
	var out []T
	for _, id := range ids {
		if item, ok := found[id]; ok {
			out = append(out, item)
		}
	}
	return out, nil
}
