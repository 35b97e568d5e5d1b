package server

import (
	"context"

	"geograph/graph"
	"geograph/server/generated"
	"geograph/server/model"
)

// Connections wrap the store's keyset pages. The cursors are the store's own
// (sort key + ID), so a page never skips or repeats items when others are
// inserted between two requests.

// page returns the store page for Relay's first/after arguments.
func page(first *int, after *string) (graph.Page, error) {
	p := graph.Page{First: intOr(first, graph.DefaultPageSize), After: strOr(after, "")}
	if err := checkRange("first", p.First, 0, graph.MaxPageSize); err != nil {
		return p, err
	}
	if _, _, err := graph.DecodeCursor(p.After); err != nil {
		return p, err
	}
	return p, nil
}

func pageInfo(cursors []string, hasNext bool) *generated.PageInfo {
	pi := &generated.PageInfo{HasNextPage: hasNext}
	if n := len(cursors); n > 0 {
		pi.StartCursor, pi.EndCursor = &cursors[0], &cursors[n-1]
	}
	return pi
}

// entityConnection builds a page of entities and primes the request's
// entity loader with them, so later lookups of the same IDs are free.
func entityConnection(ctx context.Context, p graph.EntityPage) *generated.EntityConnection {
	c := &generated.EntityConnection{Edges: []*generated.EntityEdge{}, PageInfo: pageInfo(p.Cursors, p.HasNext), TotalCount: p.Total}
	l := loadersFrom(ctx)
	for i, e := range p.Items {
		l.entities.Prime(e.ID, &p.Items[i])
		c.Edges = append(c.Edges, &generated.EntityEdge{Cursor: p.Cursors[i], Node: model.NewEntity(e)})
	}
	return c
}

func countryConnection(ctx context.Context, p graph.EntityPage) *generated.CountryConnection {
	c := &generated.CountryConnection{Edges: []*generated.CountryEdge{}, PageInfo: pageInfo(p.Cursors, p.HasNext), TotalCount: p.Total}
	l := loadersFrom(ctx)
	for i := range p.Items {
		l.entities.Prime(p.Items[i].ID, &p.Items[i])
		c.Edges = append(c.Edges, &generated.CountryEdge{Cursor: p.Cursors[i], Node: (*model.Country)(&p.Items[i])})
	}
	return c
}

func eventConnection(ctx context.Context, p graph.EventPage) *generated.EventConnection {
	c := &generated.EventConnection{Edges: []*generated.EventEdge{}, PageInfo: pageInfo(p.Cursors, p.HasNext), TotalCount: p.Total}
	l := loadersFrom(ctx)
	for i, e := range p.Items {
		l.events.Prime(e.ID, &p.Items[i])
		c.Edges = append(c.Edges, &generated.EventEdge{Cursor: p.Cursors[i], Node: model.NewEvent(e)})
	}
	return c
}

func routeConnection(ctx context.Context, p graph.RoutePage) *generated.RouteConnection {
	c := &generated.RouteConnection{Edges: []*generated.RouteEdge{}, PageInfo: pageInfo(p.Cursors, p.HasNext), TotalCount: p.Total}
	l := loadersFrom(ctx)
	for i, r := range p.Items {
		l.routes.Prime(r.ID, &p.Items[i])
		c.Edges = append(c.Edges, &generated.RouteEdge{Cursor: p.Cursors[i], Node: model.NewRoute(r)})
	}
	return c
}

func articleConnection(ctx context.Context, p graph.ArticlePage) *generated.ArticleConnection {
	c := &generated.ArticleConnection{Edges: []*generated.ArticleEdge{}, PageInfo: pageInfo(p.Cursors, p.HasNext), TotalCount: p.Total}
	l := loadersFrom(ctx)
	for i := range p.Items {
		l.articles.Prime(p.Items[i].ID, &p.Items[i])
		c.Edges = append(c.Edges, &generated.ArticleEdge{Cursor: p.Cursors[i], Node: (*model.Article)(&p.Items[i])})
	}
	return c
}
