package neo4jstore

import "geograph/graph"

// Anchored queries of entities, routes, articles and relations (see
// shapes.go for why each starts from an index).

// Entity lists: by name prefix, country, kinds, or every entity in name
// order; the keyset bound $afterKey (” on the first page) is a seek bound.
const (
	entitiesByName = `
MATCH (n:Entity) USING INDEX n:Entity(nameLower)
WHERE n.nameLower STARTS WITH $nameLower
WITH n`

	entitiesByCountry = `
CALL () {
  MATCH (n:Entity {country: $country}) RETURN n
  UNION
  MATCH (n:Entity {iso2: $country}) WHERE n:Country RETURN n
}
WITH n`

	entitiesByKinds = `
UNWIND $kinds AS k
MATCH (n:Entity {kind: k})
WITH n`

	entitiesByNameOrder = `
MATCH (n:Entity) USING INDEX n:Entity(name)
WHERE n.name >= $afterKey
WITH n`

	entityPageTail = `
  AND (NOT $after OR n.name > $afterKey OR (n.name = $afterKey AND n.id > $afterId))
WITH n ORDER BY n.name, n.id
LIMIT $limit
RETURN n {.*} AS item`

	entityCountTail = `
RETURN count(n) AS total`

	countEntitiesByName    = entitiesByName + entityFilter + entityCountTail
	countEntitiesByCountry = entitiesByCountry + entityFilter + entityCountTail
	countEntitiesByKinds   = entitiesByKinds + entityFilter + entityCountTail
	countEntitiesAll       = `MATCH (n:Entity) RETURN count(n) AS total`
	pageEntitiesByName     = entitiesByName + entityFilter + entityPageTail
	pageEntitiesByCountry  = entitiesByCountry + entityFilter + entityPageTail
	pageEntitiesByKinds    = entitiesByKinds + entityFilter + entityPageTail
	pageEntitiesAll        = entitiesByNameOrder + entityFilter + entityPageTail
)

// entityListQueries returns the count and page queries for f.
func entityListQueries(f graph.EntityFilter) (count, page string) {
	switch {
	case f.Name != "":
		return countEntitiesByName, pageEntitiesByName
	case f.Country != "":
		return countEntitiesByCountry, pageEntitiesByCountry
	case len(f.Kinds) > 0:
		return countEntitiesByKinds, pageEntitiesByKinds
	}
	return countEntitiesAll, pageEntitiesAll
}

// Routes page by ID through the ID index; there are few of them, so the
// other filters check the routes the seek finds.
const (
	routesByID = `
MATCH (t:TradeRoute) USING INDEX t:TradeRoute(id)
WHERE t.id > $afterId
WITH t`

	countRoutes = `
MATCH (t:TradeRoute) USING INDEX t:TradeRoute(id)
WHERE t.id > ''
WITH t` + routeFilter + `
RETURN count(t) AS total`

	pageRoutes = routesByID + routeFilter + `
WITH t ORDER BY t.id LIMIT $limit
RETURN ` + routeProjection + ` AS item`
)

// Articles page newest first through publishedKey (published, ” when
// unknown); $upper is the keyset's published date, '~' on the first page.
const (
	countArticles = `MATCH (a:Article) RETURN count(a) AS total`
	pageArticles  = `
MATCH (a:Article) USING INDEX a:Article(publishedKey)
WHERE a.publishedKey <= $upper
WITH a WHERE NOT $after OR a.publishedKey < $afterKey OR (a.publishedKey = $afterKey AND a.id > $afterId)
RETURN a {.*} AS item
ORDER BY a.publishedKey DESC, a.id
LIMIT $limit`
)

// Terms start from the persons, the offices or the owners' offices (an
// office's ownerRef is its organisation, else its country's ID); without
// any of them from the HELD relationships themselves.
const (
	termsByPerson = `
UNWIND $personIds AS pid
MATCH (p:Entity {id: pid})-[h:HELD]->(o:Entity)`

	termsByOffice = `
UNWIND $officeIds AS oid
MATCH (p:Entity)-[h:HELD]->(o:Entity {id: oid})`

	termsByOwner = `
UNWIND $ownerIds AS wid
MATCH (p:Entity)-[h:HELD]->(o:Entity {ownerRef: wid})`

	termsAll = `
MATCH (p:Entity)-[h:HELD]->(o:Entity)`

	termsFilter = `
WHERE ($personIds = [] OR p.id IN $personIds)
  AND ($officeIds = [] OR o.id IN $officeIds)
  AND ($ownerIds = [] OR o.ownerRef IN $ownerIds)`

	termProjection = `{personId: p.id, officeId: o.id, from: h.from, to: h.to, source: h.source}`

	termsTail = `
RETURN ` + termProjection + ` AS item
ORDER BY h.from, p.id, o.id`

	// officeholdersTail returns each term with its person and office
	// records and the office's owner, so a page of leaders costs one trip.
	officeholdersTail = `
RETURN ` + termProjection + ` AS term, p {.*} AS person, o {.*} AS office,
  coalesce(o.ownerRef, '') AS ownerId
ORDER BY h.from, p.id, o.id`

	termsByPersonQuery = termsByPerson + termsFilter + termsTail
	termsByOfficeQuery = termsByOffice + termsFilter + termsTail
	termsByOwnerQuery  = termsByOwner + termsFilter + termsTail
	termsAllQuery      = termsAll + termsFilter + termsTail

	officeholdersByPerson = termsByPerson + termsFilter + officeholdersTail
	officeholdersByOffice = termsByOffice + termsFilter + officeholdersTail
	officeholdersByOwner  = termsByOwner + termsFilter + officeholdersTail
	officeholdersAll      = termsAll + termsFilter + officeholdersTail
)

// termQueries returns the Terms and Officeholders queries for f.
func termQueries(f graph.TermFilter) (terms, officeholders string) {
	switch {
	case len(f.PersonIDs) > 0:
		return termsByPersonQuery, officeholdersByPerson
	case len(f.OfficeIDs) > 0:
		return termsByOfficeQuery, officeholdersByOffice
	case len(f.OwnerIDs) > 0:
		return termsByOwnerQuery, officeholdersByOwner
	}
	return termsAllQuery, officeholdersAll
}

// Memberships and mentions start from the IDs given, else from the
// relationships.
const (
	membershipsFilter = `
WHERE ($memberIds = [] OR m.id IN $memberIds)
  AND ($orgIds = [] OR o.id IN $orgIds)
RETURN {memberId: m.id, orgId: o.id, from: x.from, to: x.to} AS item
ORDER BY m.id, o.id`

	membershipsByMember = `
UNWIND $memberIds AS mid
MATCH (m:Entity {id: mid})-[x:MEMBER_OF]->(o:Entity)` + membershipsFilter

	membershipsByOrg = `
UNWIND $orgIds AS oid
MATCH (m:Entity)-[x:MEMBER_OF]->(o:Entity {id: oid})` + membershipsFilter

	membershipsAll = `
MATCH (m:Entity)-[x:MEMBER_OF]->(o:Entity)` + membershipsFilter

	mentionsFilter = `
WHERE ($articleId = '' OR a.id = $articleId)
  AND ($entityId = '' OR x.id = $entityId)
RETURN m {.*, articleId: a.id, entityId: x.id} AS item
ORDER BY a.id, m.start, x.id`

	mentionsByArticle = `
MATCH (a:Article {id: $articleId})-[m:MENTIONS]->(x:Entity)` + mentionsFilter

	mentionsByEntity = `
MATCH (a:Article)-[m:MENTIONS]->(x:Entity {id: $entityId})` + mentionsFilter

	mentionsAll = `
MATCH (a:Article)-[m:MENTIONS]->(x:Entity)` + mentionsFilter
)

func membershipsQuery(memberIDs, orgIDs []string) string {
	switch {
	case len(memberIDs) > 0:
		return membershipsByMember
	case len(orgIDs) > 0:
		return membershipsByOrg
	}
	return membershipsAll
}

func mentionsQuery(articleID, entityID string) string {
	switch {
	case articleID != "":
		return mentionsByArticle
	case entityID != "":
		return mentionsByEntity
	}
	return mentionsAll
}
