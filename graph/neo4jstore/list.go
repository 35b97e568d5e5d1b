package neo4jstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"

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
  AND ($name = '' OR n.nameLower STARTS WITH $nameLower)`

	routeFilter = `
WHERE ($kinds = [] OR t.kind IN $kinds)
  AND ($countries = [] OR EXISTS {
        MATCH (t)-[:FROM|VIA|TO]->(x:Entity) WHERE x.iso2 IN $countries OR x.country IN $countries })
  AND ($commodityId = '' OR t.commodityId = $commodityId)`
)

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
	count, page := eventListQueries(f, order)
	pg, err := listPage(ctx, s, count, page, params, p, key, id, eventFrom, sortKey, func(e graph.Event) string { return e.ID })
	return graph.EventPage(pg), err
}

// ListEntities returns a page of the entities matching f, by name.
func (s *Store) ListEntities(ctx context.Context, f graph.EntityFilter, p graph.Page) (graph.EntityPage, error) {
	key, id, err := graph.DecodeCursor(p.After)
	if err != nil {
		return graph.EntityPage{}, err
	}
	params := map[string]any{"kinds": kindStrings(f.Kinds), "country": f.Country, "name": f.Name, "nameLower": strings.ToLower(f.Name)}
	count, page := entityListQueries(f)
	pg, err := listPage(ctx, s, count, page, params, p, key, id, entityFrom,
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
	// The page seeks publishedKey <= $upper; '~' sorts after every date.
	upper := "~"
	if p.After != "" {
		upper = key
	}
	pg, err := listPage(ctx, s, countArticles, pageArticles, map[string]any{"upper": upper}, p, key, id, articleFrom,
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
