package neo4jstore

import (
	"context"
	"fmt"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph"
)

// Filters. Empty parameters (empty strings or lists) do not filter. Partial dates compare
// on their common prefix: left(a, size(b)) against left(b, size(a)).
const (
	eventFilter = `
WHERE ($kinds = [] OR e.kind IN $kinds)
  AND ($participants = [] OR EXISTS { MATCH (p:Entity)-[:PARTICIPATED_IN]->(e) WHERE p.id IN $participants })
  AND ($countries = [] OR EXISTS {
        MATCH (p:Entity)-[:PARTICIPATED_IN]->(e)
        WHERE (p:Country AND p.iso2 IN $countries) OR (p:Person AND p.country IN $countries) })
  AND ($from = '' OR (e.date IS NOT NULL AND left(e.date, size($from)) >= left($from, size(e.date))))
  AND ($to = '' OR (e.date IS NOT NULL AND left(e.date, size($to)) <= left($to, size(e.date))))
  AND ($modalities = [] OR e.modality IN $modalities)
  AND e.confidence >= $minConfidence
  AND ($articleId = '' OR EXISTS { MATCH (a:Article {id: $articleId})-[:REPORTS]->(e) })`

	entityFilter = `
WHERE ($kinds = [] OR n.kind IN $kinds)
  AND ($country = '' OR n.country = $country OR (n:Country AND n.iso2 = $country))
  AND ($name = '' OR toLower(n.name) STARTS WITH toLower($name))`

	routeFilter = `
WHERE ($kinds = [] OR t.kind IN $kinds)
  AND ($countries = [] OR EXISTS {
        MATCH (t)-[:FROM|VIA|TO]->(x:Entity) WHERE x.iso2 IN $countries OR x.country IN $countries })
  AND ($commodityId = '' OR t.commodityId = $commodityId)`
)

// List queries: a count ignoring the cursor, and a page of $limit items
// after the keyset ($afterKey, $afterId) when $after is true. Pages sort and
// cut before projecting, so only the page's items fetch their relationships.
const (
	countEvents = `MATCH (e:Event)` + eventFilter + ` RETURN count(e) AS total`
	pageEvents  = `MATCH (e:Event)` + eventFilter + `
WITH e, coalesce(e.date, '') AS dk, round(e.confidence, 6) AS ck
WHERE NOT $after OR CASE $order
    WHEN 'DATE_ASC' THEN dk > $afterKey OR (dk = $afterKey AND e.id > $afterId)
    WHEN 'CONFIDENCE_DESC' THEN ck < $afterConfidence OR (ck = $afterConfidence AND e.id > $afterId)
    ELSE dk < $afterKey OR (dk = $afterKey AND e.id > $afterId)
  END
WITH e
ORDER BY CASE WHEN $order = 'DATE_ASC' THEN dk END ASC,
         CASE WHEN $order = 'DATE_DESC' THEN dk END DESC,
         CASE WHEN $order = 'CONFIDENCE_DESC' THEN ck END DESC,
         e.id ASC
LIMIT $limit
RETURN ` + eventProjection + ` AS item`

	countEntities = `MATCH (n:Entity)` + entityFilter + ` RETURN count(n) AS total`
	pageEntities  = `MATCH (n:Entity)` + entityFilter + `
  AND (NOT $after OR n.name > $afterKey OR (n.name = $afterKey AND n.id > $afterId))
RETURN n {.*} AS item
ORDER BY n.name, n.id
LIMIT $limit`

	countRoutes = `MATCH (t:TradeRoute)` + routeFilter + ` RETURN count(t) AS total`
	pageRoutes  = `MATCH (t:TradeRoute)` + routeFilter + `
  AND (NOT $after OR t.id > $afterId)
WITH t ORDER BY t.id LIMIT $limit
RETURN ` + routeProjection + ` AS item`

	countArticles = `MATCH (a:Article) RETURN count(a) AS total`
	pageArticles  = `MATCH (a:Article)
WITH a, coalesce(a.published, '') AS pk
WHERE NOT $after OR pk < $afterKey OR (pk = $afterKey AND a.id > $afterId)
RETURN a {.*} AS item
ORDER BY pk DESC, a.id
LIMIT $limit`
)

// eventParams returns the parameters of eventFilter.
func eventParams(f graph.EventFilter) map[string]any {
	return map[string]any{
		"kinds": kindStrings(f.Kinds), "participants": orEmpty(f.Participants), "countries": orEmpty(f.Countries),
		"from": f.From, "to": f.To, "modalities": modalityStrings(f.Modalities),
		"minConfidence": f.MinConfidence, "articleId": f.ArticleID,
	}
}

// ListEvents returns a page of the events matching f in f.Order.
func (s *Store) ListEvents(ctx context.Context, f graph.EventFilter, p graph.Page) (graph.EventPage, error) {
	order := f.Order
	if order == "" {
		order = graph.DateDesc
	}
	sortKey := func(e graph.Event) string { return e.Date.Value }
	params := eventParams(f)
	params["order"], params["afterConfidence"] = string(order), 0.0
	switch order {
	case graph.DateDesc, graph.DateAsc:
	case graph.ConfidenceDesc:
		sortKey = func(e graph.Event) string { return strconv.FormatFloat(e.Confidence, 'f', 6, 64) }
	default:
		return graph.EventPage{}, graph.Errorf(graph.EINVALID, "unknown event order %q", order)
	}
	key, id, err := graph.DecodeCursor(p.After)
	if err != nil {
		return graph.EventPage{}, err
	}
	if p.After != "" && order == graph.ConfidenceDesc {
		c, err := strconv.ParseFloat(key, 64)
		if err != nil {
			return graph.EventPage{}, graph.Errorf(graph.EINVALID, "malformed cursor")
		}
		params["afterConfidence"] = c
	}
	pg, err := listPage(ctx, s, countEvents, pageEvents, params, p, key, id, eventFrom, sortKey, func(e graph.Event) string { return e.ID })
	return graph.EventPage(pg), err
}

// ListEntities returns a page of the entities matching f, by name.
func (s *Store) ListEntities(ctx context.Context, f graph.EntityFilter, p graph.Page) (graph.EntityPage, error) {
	key, id, err := graph.DecodeCursor(p.After)
	if err != nil {
		return graph.EntityPage{}, err
	}
	params := map[string]any{"kinds": kindStrings(f.Kinds), "country": f.Country, "name": f.Name}
	pg, err := listPage(ctx, s, countEntities, pageEntities, params, p, key, id, entityFrom,
		func(e graph.Entity) string { return e.Name }, func(e graph.Entity) string { return e.ID })
	return graph.EntityPage(pg), err
}

// ListRoutes returns a page of the routes matching f, by ID.
func (s *Store) ListRoutes(ctx context.Context, f graph.RouteFilter, p graph.Page) (graph.RoutePage, error) {
	key, id, err := graph.DecodeCursor(p.After)
	if err != nil {
		return graph.RoutePage{}, err
	}
	params := map[string]any{"kinds": kindStrings(f.Kinds), "countries": orEmpty(f.Countries), "commodityId": f.CommodityID}
	routeID := func(r graph.Route) string { return r.ID }
	pg, err := listPage(ctx, s, countRoutes, pageRoutes, params, p, key, id, routeFrom, routeID, routeID)
	return graph.RoutePage(pg), err
}

// ListArticles returns a page of articles, newest first.
func (s *Store) ListArticles(ctx context.Context, p graph.Page) (graph.ArticlePage, error) {
	key, id, err := graph.DecodeCursor(p.After)
	if err != nil {
		return graph.ArticlePage{}, err
	}
	pg, err := listPage(ctx, s, countArticles, pageArticles, map[string]any{}, p, key, id, articleFrom,
		func(a graph.Article) string { return a.Published }, func(a graph.Article) string { return a.ID })
	return graph.ArticlePage(pg), err
}

// page is the shape of every graph.*Page.
type page[T any] struct {
	Items   []T
	Cursors []string
	HasNext bool
	Total   int
}

// listPage counts the matches and fetches one more item than the page
// holds, to tell whether another page follows, in one read transaction.
func listPage[T any](ctx context.Context, s *Store, countQuery, pageQuery string, params map[string]any,
	p graph.Page, afterKey, afterID string, from func(props) T, sortKey, id func(T) string) (page[T], error) {
	limit := p.Limit()
	params["after"], params["afterKey"], params["afterId"], params["limit"] = p.After != "", afterKey, afterID, limit+1
	return read(ctx, s, func(tx neo4j.ManagedTransaction) (page[T], error) {
		var pg page[T]
		recs, err := collect(ctx, tx, countQuery, params)
		if err != nil {
			return pg, fmt.Errorf("neo4j count: %w", err)
		}
		if len(recs) > 0 {
			total, _ := recs[0].Get("total")
			n, _ := total.(int64)
			pg.Total = int(n)
		}
		if recs, err = collect(ctx, tx, pageQuery, params); err != nil {
			return pg, fmt.Errorf("neo4j list: %w", err)
		}
		for i, r := range recs {
			if i == limit {
				pg.HasNext = true
				break
			}
			item := from(value(r, "item"))
			pg.Items = append(pg.Items, item)
			pg.Cursors = append(pg.Cursors, graph.EncodeCursor(sortKey(item), id(item)))
		}
		return pg, nil
	})
}

func kindStrings(ks []graph.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}

func modalityStrings(ms []graph.Modality) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = string(m)
	}
	return out
}
