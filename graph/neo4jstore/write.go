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
//
// A merge reads the stored value before it writes the winner, and Neo4j
// reads at read committed: two writers could each miss the other's value
// and the last commit would win. So each merge first writes a dummy _lock
// property, which takes the record's write lock before anything is read,
// and removes it at the end; concurrent writers of one record queue.
const (
	mergeArticles = `
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a += r.props
SET a.publishedKey = coalesce(a.published, '')`

	// mergeEntities folds each row into its entity (see the package
	// comment): optional strings keep the smallest non-empty value,
	// aliases and dated names are unions. CALL runs once per row, so a row
	// sees what earlier rows of the same batch wrote.
	mergeEntities = `
UNWIND $rows AS r
CALL (r) {
  MERGE (n:Entity {id: r.id})
  SET n._lock = true
  SET n:$(r.kind)
  WITH n, r, r.props AS p,
       [i IN range(0, size(coalesce(n.nameTexts, [])) - 1) |
         [n.nameTexts[i], n.nameFroms[i], n.nameTos[i], n.nameTextWords[i]]] AS oldNames
  WITH n, r, p, oldNames + [x IN r.names WHERE NOT x IN oldNames] AS names,
       CASE WHEN p.name < n.name OR n.name IS NULL THEN p.name ELSE n.name END AS name,
       CASE WHEN p.country < n.country OR n.country IS NULL THEN p.country ELSE n.country END AS country
  SET n.kind = r.kind,
      n.nameWords = CASE WHEN name = p.name THEN p.nameWords ELSE n.nameWords END,
      n.name = name,
      n.countryRef = CASE WHEN country = p.country THEN p.countryRef ELSE n.countryRef END,
      n.country = country,
      n.iso2 = CASE WHEN p.iso2 < n.iso2 OR n.iso2 IS NULL THEN p.iso2 ELSE n.iso2 END,
      n.iso3 = CASE WHEN p.iso3 < n.iso3 OR n.iso3 IS NULL THEN p.iso3 ELSE n.iso3 END,
      n.acronym = CASE WHEN p.acronym < n.acronym OR n.acronym IS NULL THEN p.acronym ELSE n.acronym END,
      n.role = CASE WHEN p.role < n.role OR n.role IS NULL THEN p.role ELSE n.role END,
      n.orgId = CASE WHEN p.orgId < n.orgId OR n.orgId IS NULL THEN p.orgId ELSE n.orgId END,
      n.subkind = CASE WHEN p.subkind < n.subkind OR n.subkind IS NULL THEN p.subkind ELSE n.subkind END,
      n.source = CASE WHEN p.source < n.source OR n.source IS NULL THEN p.source ELSE n.source END,
      n.aliases = coalesce(n.aliases, []) + [x IN r.aliases WHERE NOT x IN coalesce(n.aliases, [])],
      n.aliasWords = coalesce(n.aliasWords, []) + [x IN r.aliasWords WHERE NOT x IN coalesce(n.aliasWords, [])],
      n.nameTexts = CASE WHEN size(names) = 0 THEN null ELSE [x IN names | x[0]] END,
      n.nameFroms = CASE WHEN size(names) = 0 THEN null ELSE [x IN names | x[1]] END,
      n.nameTos = CASE WHEN size(names) = 0 THEN null ELSE [x IN names | x[2]] END,
      n.nameTextWords = CASE WHEN size(names) = 0 THEN null ELSE [x IN names | x[3]] END
  SET n.nameLower = toLower(n.name),
      n.ownerRef = CASE WHEN n:Office THEN coalesce(n.orgId, n.countryRef) END
  REMOVE n._lock
}`

	mergeTerms = `
UNWIND $rows AS r
CALL (r) {
  MATCH (p:Entity {id: r.personId})
  MATCH (o:Entity {id: r.officeId})
  MERGE (p)-[h:HELD {from: r.from}]->(o)
  SET h._lock = true
  SET h.to = CASE WHEN r.to < h.to OR h.to IS NULL THEN r.to ELSE h.to END,
      h.source = CASE WHEN r.source < h.source OR h.source IS NULL THEN r.source ELSE h.source END
  REMOVE h._lock
}`

	mergeMemberships = `
UNWIND $rows AS r
CALL (r) {
  MATCH (m:Entity {id: r.memberId})
  MATCH (o:Entity {id: r.orgId})
  MERGE (m)-[x:MEMBER_OF]->(o)
  SET x._lock = true
  SET x.from = CASE WHEN r.from < x.from OR x.from IS NULL THEN r.from ELSE x.from END,
      x.to = CASE WHEN r.to < x.to OR x.to IS NULL THEN r.to ELSE x.to END
  REMOVE x._lock
}`

	// mergeEvents folds each row into its event: the more precise date wins
	// (then the smaller value, then the smaller derivation), optional
	// strings keep the smallest non-empty value, confidence the maximum.
	// The rank of a new node's missing granularity is -1, so its first row
	// always sets the date.
	mergeEvents = `
UNWIND $rows AS r
CALL (r) {
  MERGE (e:Event {id: r.id})
  SET e._lock = true
  SET e:$(r.kind)
  WITH e, r, r.props AS p,
       CASE r.granularity WHEN 'DAY' THEN 3 WHEN 'MONTH' THEN 2 WHEN 'YEAR' THEN 1 ELSE 0 END AS newRank,
       CASE e.granularity WHEN 'DAY' THEN 3 WHEN 'MONTH' THEN 2 WHEN 'YEAR' THEN 1 WHEN 'UNKNOWN' THEN 0 ELSE -1 END AS oldRank,
       coalesce(r.date, '') AS newDate, coalesce(e.date, '') AS oldDate
  WITH e, r, p,
       newRank > oldRank OR newRank = oldRank AND (newDate < oldDate OR
         newDate = oldDate AND r.derivation < coalesce(e.derivation, '')) AS dateWins,
       CASE WHEN p.name < e.name OR e.name IS NULL THEN p.name ELSE e.name END AS name
  SET e.kind = r.kind,
      e.date = CASE WHEN dateWins THEN r.date ELSE e.date END,
      e.granularity = CASE WHEN dateWins THEN r.granularity ELSE e.granularity END,
      e.derivation = CASE WHEN dateWins THEN r.derivation ELSE e.derivation END,
      e.nameWords = CASE WHEN name = p.name THEN p.nameWords ELSE e.nameWords END,
      e.name = name,
      e.placeId = CASE WHEN p.placeId < e.placeId OR e.placeId IS NULL THEN p.placeId ELSE e.placeId END,
      e.modality = CASE WHEN p.modality < e.modality OR e.modality IS NULL THEN p.modality ELSE e.modality END,
      e.cameo = CASE WHEN p.cameo < e.cameo OR e.cameo IS NULL THEN p.cameo ELSE e.cameo END,
      e.plover = CASE WHEN p.plover < e.plover OR e.plover IS NULL THEN p.plover ELSE e.plover END,
      e.reason = CASE WHEN p.reason < e.reason OR e.reason IS NULL THEN p.reason ELSE e.reason END,
      e.confidence = CASE WHEN e.confidence > r.confidence THEN e.confidence ELSE r.confidence END
  SET e.dateKey = coalesce(e.date, '')
  REMOVE e._lock
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

	// mergeRoutes folds each row into its route like mergeEvents. Via is
	// kept whole from one record (route IDs derive from their content, so
	// records of one ID agree); should two differ, the smaller joined list
	// wins. Halts are a union keyed by value, stored in value order so the
	// stored list does not depend on the order of writes; of two halts with
	// one value the smaller derivation wins.
	mergeRoutes = `
UNWIND $rows AS r
CALL (r) {
  MERGE (t:TradeRoute {id: r.id})
  SET t._lock = true
  WITH t, r, r.props AS p,
       CASE WHEN r.kind < t.kind OR t.kind IS NULL THEN r.kind ELSE t.kind END AS kind,
       [i IN range(0, size(coalesce(t.haltValues, [])) - 1) |
         [t.haltValues[i], t.haltGranularities[i], t.haltDerivations[i]]] + r.halts AS halts
  WITH t, r, p, kind, halts,
       COLLECT { UNWIND halts AS h WITH DISTINCT h[0] AS v ORDER BY v RETURN v } AS values,
       CASE WHEN p.name < t.name OR t.name IS NULL THEN p.name ELSE t.name END AS name,
       reduce(s = '', x IN coalesce(p.via, []) | s + x + '|') AS newVia,
       reduce(s = '', x IN coalesce(t.via, []) | s + x + '|') AS oldVia
  REMOVE t:ExportDependency
  SET t:$(kind)
  SET t.kind = kind,
      t.nameWords = CASE WHEN name = p.name THEN p.nameWords ELSE t.nameWords END,
      t.name = name,
      t.commodityId = CASE WHEN p.commodityId < t.commodityId OR t.commodityId IS NULL THEN p.commodityId ELSE t.commodityId END,
      t.fromId = CASE WHEN p.fromId < t.fromId OR t.fromId IS NULL THEN p.fromId ELSE t.fromId END,
      t.toId = CASE WHEN p.toId < t.toId OR t.toId IS NULL THEN p.toId ELSE t.toId END,
      t.share = CASE WHEN p.share < t.share OR t.share IS NULL THEN p.share ELSE t.share END,
      t.modality = CASE WHEN p.modality < t.modality OR t.modality IS NULL THEN p.modality ELSE t.modality END,
      t.via = CASE WHEN p.via IS NOT NULL AND (t.via IS NULL OR newVia < oldVia) THEN p.via ELSE t.via END,
      t.confidence = CASE WHEN t.confidence > r.confidence THEN t.confidence ELSE r.confidence END,
      t.haltValues = values,
      t.haltGranularities = [v IN values | head([h IN halts WHERE h[0] = v | h[1]])],
      t.haltDerivations = [v IN values |
        reduce(m = null, h IN halts | CASE WHEN h[0] = v AND (m IS NULL OR h[2] < m) THEN h[2] ELSE m END)]
  REMOVE t._lock
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
