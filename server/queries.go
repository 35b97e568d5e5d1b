package server

import (
	"context"
	"strings"

	"geograph/graph"
	"geograph/server/generated"
	"geograph/server/model"
)

// Bounds of the analyst queries, so one request cannot ask the store for an
// unbounded walk.
const (
	maxDepth    = 3
	maxHops     = 6
	maxPaths    = 20
	maxSubgraph = 1000
	maxHits     = 100
)

func (r *Resolver) countries(ctx context.Context, first *int, after *string) (*generated.CountryConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	res, err := r.store.ListEntities(ctx, graph.EntityFilter{Kinds: []graph.Kind{graph.KindCountry}}, p)
	if err != nil {
		return nil, err
	}
	return countryConnection(ctx, res), nil
}

func (r *Resolver) entities(ctx context.Context, filter *graph.EntityFilter, first *int, after *string) (*generated.EntityConnection, error) {
	f, err := entityFilter(filter)
	if err != nil {
		return nil, err
	}
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	res, err := r.store.ListEntities(ctx, f, p)
	if err != nil {
		return nil, err
	}
	return entityConnection(ctx, res), nil
}

func (r *Resolver) events(ctx context.Context, filter *graph.EventFilter, order *graph.EventOrder, first *int, after *string) (*generated.EventConnection, error) {
	f, err := eventFilter(filter)
	if err != nil {
		return nil, err
	}
	if order != nil {
		f.Order = *order
	}
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	res, err := r.store.ListEvents(ctx, f, p)
	if err != nil {
		return nil, err
	}
	return eventConnection(ctx, res), nil
}

func (r *Resolver) routes(ctx context.Context, filter *graph.RouteFilter, first *int, after *string) (*generated.RouteConnection, error) {
	f, err := routeFilter(filter)
	if err != nil {
		return nil, err
	}
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	res, err := r.store.ListRoutes(ctx, f, p)
	if err != nil {
		return nil, err
	}
	return routeConnection(ctx, res), nil
}

func (r *Resolver) articles(ctx context.Context, first *int, after *string) (*generated.ArticleConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	res, err := r.store.ListArticles(ctx, p)
	if err != nil {
		return nil, err
	}
	return articleConnection(ctx, res), nil
}

// articleEvents lists the events an article reports. It is one store call
// per article, which is fine for the one article a client looks at.
func (r *Resolver) articleEvents(ctx context.Context, id string, first *int) ([]model.Event, error) {
	p, err := page(first, nil)
	if err != nil {
		return nil, err
	}
	res, err := r.store.ListEvents(ctx, graph.EventFilter{ArticleID: id}, p)
	return events(res.Items), err
}

// sanctions returns the sanctions entity id imposes or is targeted by.
func sanctions(ctx context.Context, id string, first *int) ([]*model.Sanction, error) {
	evs, err := participantEvents(ctx, id, &graph.EventFilter{Kinds: []graph.Kind{graph.KindSanction}}, first)
	out := make([]*model.Sanction, 0, len(evs))
	for _, e := range evs {
		if s, ok := e.(*model.Sanction); ok {
			out = append(out, s)
		}
	}
	return out, err
}

// leaders returns the holders of the offices of a country or organisation
// on date, today when date is nil.
func (r *Resolver) leaders(ctx context.Context, owner string, date *string) ([]*graph.Term, error) {
	at := strOr(date, r.now().Format("2006-01-02"))
	if err := checkDate(at); err != nil {
		return nil, err
	}
	return termsOf(ctx, loadersFrom(ctx).termsByOwner, owner, at)
}

// termsAt returns the terms a term loader holds for id, only those covering
// at when it is given.
func termsAt(ctx context.Context, l *loader[termKey, []graph.Term], id string, at *string) ([]*graph.Term, error) {
	if err := checkDate(strOr(at, "")); err != nil {
		return nil, err
	}
	return termsOf(ctx, l, id, strOr(at, ""))
}

// ownerID accepts a country's alpha-2 code or any node ID.
func ownerID(s string) string {
	if strings.Contains(s, ":") {
		return s
	}
	return graph.NewID(graph.KindCountry, s)
}

// nodes returns the nodes with the given IDs, in order, asking each loader
// for all its keys before waiting on any, so the lookups batch.
func nodes(ctx context.Context, ids []string) ([]model.Node, error) {
	thunks := make([]func() (model.Node, error), len(ids))
	for i, id := range ids {
		thunks[i] = nodeThunk(ctx, id)
	}
	ns := make([]model.Node, len(ids))
	for i, t := range thunks {
		n, err := t()
		if err != nil {
			return nil, err
		}
		ns[i] = n
	}
	return ns, nil
}

func (r *Resolver) timeline(ctx context.Context, entity string, from, to *string, kinds []graph.Kind, first *int) ([]model.Event, error) {
	f, err := eventFilter(&graph.EventFilter{
		Participants: []string{entity}, From: strOr(from, ""), To: strOr(to, ""),
		Kinds: kinds, Order: graph.DateAsc,
	})
	if err != nil {
		return nil, err
	}
	p, err := page(first, nil)
	if err != nil {
		return nil, err
	}
	res, err := r.store.ListEvents(ctx, f, p)
	return events(res.Items), err
}

func (r *Resolver) neighbourhood(ctx context.Context, entity string, depth *int, kinds []graph.Kind, limit *int) (*graph.Subgraph, error) {
	d, n := intOr(depth, 1), intOr(limit, 100)
	if err := checkRange("depth", d, 1, maxDepth); err != nil {
		return nil, err
	}
	if err := checkRange("limit", n, 1, maxSubgraph); err != nil {
		return nil, err
	}
	g, err := r.store.Neighbourhood(ctx, entity, d, kinds, n)
	return &g, err
}

func (r *Resolver) paths(ctx context.Context, from, to string, hops, limit *int) ([]*graph.Path, error) {
	h, n := intOr(hops, 4), intOr(limit, 5)
	if err := checkRange("maxHops", h, 1, maxHops); err != nil {
		return nil, err
	}
	if err := checkRange("limit", n, 1, maxPaths); err != nil {
		return nil, err
	}
	ps, err := r.store.Paths(ctx, from, to, h, n)
	return ptrs(ps), err
}

func (r *Resolver) search(ctx context.Context, text string, kinds []graph.Kind, limit *int) ([]*graph.SearchHit, error) {
	n := intOr(limit, 20)
	if err := checkRange("limit", n, 1, maxHits); err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, graph.Errorf(graph.EINVALID, "search text is empty")
	}
	hits, err := r.store.Search(ctx, text, kinds, n)
	return ptrs(hits), err
}

func (r *Resolver) eventCounts(ctx context.Context, by graph.GroupBy, filter *graph.EventFilter) ([]*graph.Count, error) {
	f, err := eventFilter(filter)
	if err != nil {
		return nil, err
	}
	cs, err := r.store.CountEvents(ctx, f, by)
	return ptrs(cs), err
}
