package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph"
)

// The write statements, one per record type or relationship type. Each is
// an UNWIND over parameter rows, so a batch costs a fixed number of round
// trips whatever its size, and each MERGEs on our own keys, so running it
// again (as a retried transaction does) changes nothing. Dynamic labels
// ($(r.kind)) only ever receive a graph.Kind that rowsOf checked.
const (
	mergeArticles = `
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a += r.props`

	mergeEntities = `
UNWIND $rows AS r
MERGE (n:Entity {id: r.id})
SET n:$(r.kind)
SET n += r.props
SET n.aliases = coalesce(n.aliases, []) + [x IN r.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.aliasWords = coalesce(n.aliasWords, []) + [x IN r.aliasWords WHERE NOT x IN coalesce(n.aliasWords, [])]`

	// linkEntities makes the IN and OF edges of written entities follow
	// their current Country and OrgID.
	linkEntities = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[old:IN]->(c)
  WHERE NOT (n:Place OR n:Person) OR c.id <> n.countryRef OR n.countryRef IS NULL
  DELETE old
}
CALL (n) {
  MATCH (n)-[old:OF]->(o)
  WHERE NOT n:Office OR o.id <> coalesce(n.orgId, n.countryRef) OR coalesce(n.orgId, n.countryRef) IS NULL
  DELETE old
}
CALL (n) {
  MATCH (c:Country {id: n.countryRef})
  WHERE n:Place OR n:Person
  MERGE (n)-[:IN]->(c)
}
CALL (n) {
  MATCH (o:Entity {id: coalesce(n.orgId, n.countryRef)})
  WHERE n:Office
  MERGE (n)-[:OF]->(o)
}`

	// linkCountries gives written Country nodes the IN and OF edges of
	// entities written before them.
	linkCountries = `
UNWIND $ids AS id
MATCH (c:Country {id: id})
CALL (c) {
  MATCH (x:Entity {countryRef: c.id})
  WHERE x:Place OR x:Person
  MERGE (x)-[:IN]->(c)
}
CALL (c) {
  MATCH (x:Entity {countryRef: c.id})
  WHERE x:Office AND x.orgId IS NULL
  MERGE (x)-[:OF]->(c)
}`

	mergeTerms = `
UNWIND $rows AS r
MATCH (p:Entity {id: r.personId})
MATCH (o:Entity {id: r.officeId})
MERGE (p)-[h:HELD {from: r.from}]->(o)
SET h += r.props`

	mergeMemberships = `
UNWIND $rows AS r
MATCH (m:Entity {id: r.memberId})
MATCH (o:Entity {id: r.orgId})
MERGE (m)-[x:MEMBER_OF]->(o)
SET x += r.props`

	mergeEvents = `
UNWIND $rows AS r
MERGE (e:Event {id: r.id})
  ON CREATE SET e.granularity = r.granularity, e.derivation = r.derivation
SET e:$(r.kind)
SET e += r.props
SET e.confidence = CASE WHEN e.confidence > r.confidence THEN e.confidence ELSE r.confidence END`

	linkEvents = `
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)-[old:AT]->(p)
  WHERE p.id <> e.placeId
  DELETE old
}
CALL (e) {
  MATCH (p:Entity {id: e.placeId})
  MERGE (e)-[:AT]->(p)
}`

	mergeParticipants = `
UNWIND $rows AS r
MATCH (p:Entity {id: r.entityId})
MATCH (e:Event {id: r.eventId})
MERGE (p)-[:PARTICIPATED_IN {role: r.role}]->(e)`

	mergeEventEvidence = `
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
MATCH (e:Event {id: r.factId})
MERGE (a)-[x:REPORTS]->(e)
SET x = r.props`

	mergeRoutes = `
UNWIND $rows AS r
MERGE (t:TradeRoute {id: r.id})
REMOVE t:ExportDependency
SET t:$(r.kind)
SET t += r.props
SET t.confidence = CASE WHEN t.confidence > r.confidence THEN t.confidence ELSE r.confidence END
WITH t, r, coalesce(t.haltValues, []) AS hv, coalesce(t.haltGranularities, []) AS hg, coalesce(t.haltDerivations, []) AS hd
WITH t, r, hv, hg, hd, [i IN range(0, size(hv) - 1) WHERE NOT hv[i] IN r.haltValues] AS keep
SET t.haltValues = [i IN keep | hv[i]] + r.haltValues,
    t.haltGranularities = [i IN keep | hg[i]] + r.haltGranularities,
    t.haltDerivations = [i IN keep | hd[i]] + r.haltDerivations`

	// linkRoutes makes FROM, TO, CARRIES and VIA follow the route's current
	// fields.
	linkRoutes = `
UNWIND $ids AS id
MATCH (t:TradeRoute {id: id})
CALL (t) {
  MATCH (t)-[old:FROM|TO|CARRIES]->(x)
  WHERE x.id <> CASE type(old) WHEN 'FROM' THEN t.fromId WHEN 'TO' THEN t.toId ELSE t.commodityId END
  DELETE old
}
CALL (t) {
  MATCH (t)-[old:VIA]->(x)
  WHERE t.via IS NULL OR old.order >= size(t.via) OR t.via[old.order] <> x.id
  DELETE old
}
CALL (t) {
  MATCH (x:Entity {id: t.fromId})
  MERGE (t)-[:FROM]->(x)
}
CALL (t) {
  MATCH (x:Entity {id: t.toId})
  MERGE (t)-[:TO]->(x)
}
CALL (t) {
  MATCH (x:Entity {id: t.commodityId})
  MERGE (t)-[:CARRIES]->(x)
}
CALL (t) {
  UNWIND range(0, size(coalesce(t.via, [])) - 1) AS i
  MATCH (x:Entity {id: t.via[i]})
  MERGE (t)-[:VIA {order: i}]->(x)
}`

	mergeRouteEvidence = `
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
MATCH (t:TradeRoute {id: r.factId})
MERGE (a)-[x:REPORTS]->(t)
SET x = r.props`

	mergeMentions = `
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
MATCH (x:Entity {id: r.entityId})
MERGE (a)-[m:MENTIONS]->(x)
SET m = r.props`
)

// WriteBatch validates b and writes it in one managed write transaction.
func (s *Store) WriteBatch(ctx context.Context, b *graph.Batch) (graph.WriteResult, error) {
	if err := b.Validate(); err != nil {
		return graph.WriteResult{}, err
	}
	rows, err := rowsOf(b)
	if err != nil {
		return graph.WriteResult{}, graph.Errorf(graph.EINVALID, "invalid batch: %v", err)
	}
	steps := []struct {
		cypher string
		param  string
		rows   any
		n      int
	}{
		{mergeArticles, "rows", rows.articles, len(rows.articles)},
		{mergeEntities, "rows", rows.entities, len(rows.entities)},
		{linkEntities, "ids", rows.entityIDs.ids, len(rows.entityIDs.ids)},
		{linkCountries, "ids", rows.countryIDs.ids, len(rows.countryIDs.ids)},
		{mergeTerms, "rows", rows.terms, len(rows.terms)},
		{mergeMemberships, "rows", rows.memberships, len(rows.memberships)},
		{mergeEvents, "rows", rows.events, len(rows.events)},
		{linkEvents, "ids", rows.eventIDs.ids, len(rows.eventIDs.ids)},
		{mergeParticipants, "rows", rows.participants, len(rows.participants)},
		{mergeEventEvidence, "rows", rows.eventEvidence, len(rows.eventEvidence)},
		{mergeRoutes, "rows", rows.routes, len(rows.routes)},
		{linkRoutes, "ids", rows.routeIDs.ids, len(rows.routeIDs.ids)},
		{mergeRouteEvidence, "rows", rows.routeEvidence, len(rows.routeEvidence)},
		{mergeMentions, "rows", rows.mentions, len(rows.mentions)},
	}
	_, err = write(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		for _, st := range steps {
			if st.n == 0 {
				continue
			}
			res, err := tx.Run(ctx, st.cypher, map[string]any{st.param: st.rows})
			if err != nil {
				return struct{}{}, err
			}
			if _, err := res.Consume(ctx); err != nil {
				return struct{}{}, err
			}
		}
		return struct{}{}, nil
	})
	if err != nil {
		return graph.WriteResult{}, fmt.Errorf("neo4j write batch: %w", err)
	}
	return graph.WriteResult{
		Articles: len(b.Articles), Entities: len(b.Entities), Events: len(b.Events), Routes: len(b.Routes),
	}, nil
}
