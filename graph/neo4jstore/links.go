package neo4jstore

// The link statements of a write: after the records merge, they make the
// edges that follow a record's fields (IN and OF from Country and OrgID, AT
// from PlaceID, FROM, TO, CARRIES and VIA from a route's endpoints) agree
// with the fields' merged values, whichever node was written first.
const (
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
)
