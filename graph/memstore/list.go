package memstore

import (
	"context"
	"slices"
	"strings"

	"geograph/graph"
)

// ListEntities lists entities matching f by name, then ID.
func (s *Store) ListEntities(ctx context.Context, f graph.EntityFilter, p graph.Page) (graph.EntityPage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	rows := s.cache.sorted("entities", keyAsc, func() []row {
		rows := make([]row, 0, len(s.entities))
		for _, e := range s.entities {
			rows = append(rows, row{key: e.Name, id: e.ID})
		}
		return rows
	})
	var match func(string) bool
	if len(f.Kinds) > 0 || f.Country != "" || f.Name != "" {
		name := strings.ToLower(f.Name)
		match = func(id string) bool {
			e := s.entities[id]
			return (len(f.Kinds) == 0 || slices.Contains(f.Kinds, e.Kind)) &&
				(f.Country == "" || e.Country == f.Country || e.Kind == graph.KindCountry && e.ISO2 == f.Country) &&
				(name == "" || strings.HasPrefix(strings.ToLower(e.Name), name))
		}
	}
	ids, cursors, next, total, err := pageRows(rows, keyAsc, p, match)
	if err != nil {
		return graph.EntityPage{}, err
	}
	out := graph.EntityPage{Cursors: cursors, HasNext: next, Total: total}
	for _, id := range ids {
		out.Items = append(out.Items, copyEntity(s.entities[id]))
	}
	return out, nil
}

// ListRoutes lists routes matching f by ID.
func (s *Store) ListRoutes(ctx context.Context, f graph.RouteFilter, p graph.Page) (graph.RoutePage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	rows := s.cache.sorted("routes", keyAsc, func() []row {
		rows := make([]row, 0, len(s.routes))
		for id := range s.routes {
			rows = append(rows, row{key: id, id: id})
		}
		return rows
	})
	inCountries := func(id string) bool {
		e := s.entities[id]
		return e != nil && (e.ISO2 != "" && slices.Contains(f.Countries, e.ISO2) || e.Country != "" && slices.Contains(f.Countries, e.Country))
	}
	touches := func(r *graph.Route) bool {
		return inCountries(r.FromID) || inCountries(r.ToID) || slices.ContainsFunc(r.Via, inCountries)
	}
	if len(f.Countries) > 0 {
		// The routes touching these countries, kept until the next write
		// like the whole list, so a page costs them and not every route.
		cs := slices.Sorted(slices.Values(f.Countries))
		rows = s.cache.sorted("routes\x00"+strings.Join(slices.Compact(cs), ","), keyAsc, func() []row {
			var out []row
			for _, r := range rows {
				if touches(s.routes[r.id]) {
					out = append(out, r)
				}
			}
			return out
		})
	}
	var match func(string) bool
	if len(f.Kinds) > 0 || f.CommodityID != "" {
		match = func(id string) bool {
			r := s.routes[id]
			return (len(f.Kinds) == 0 || slices.Contains(f.Kinds, r.Kind)) &&
				(f.CommodityID == "" || r.CommodityID == f.CommodityID)
		}
	}
	ids, cursors, next, total, err := pageRows(rows, keyAsc, p, match)
	if err != nil {
		return graph.RoutePage{}, err
	}
	out := graph.RoutePage{Cursors: cursors, HasNext: next, Total: total}
	for _, id := range ids {
		out.Items = append(out.Items, copyRoute(s.routes[id]))
	}
	return out, nil
}

// ListArticles lists articles, newest first.
func (s *Store) ListArticles(ctx context.Context, p graph.Page) (graph.ArticlePage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	rows := s.cache.sorted("articles", keyDesc, func() []row {
		rows := make([]row, 0, len(s.articles))
		for _, a := range s.articles {
			rows = append(rows, row{key: a.Published, id: a.ID})
		}
		return rows
	})
	ids, cursors, next, total, err := pageRows(rows, keyDesc, p, nil)
	if err != nil {
		return graph.ArticlePage{}, err
	}
	out := graph.ArticlePage{Cursors: cursors, HasNext: next, Total: total}
	for _, id := range ids {
		out.Items = append(out.Items, *s.articles[id])
	}
	return out, nil
}

// ListEvents lists events matching f in f.Order. When f names participants
// or an article, their edges give the few candidates, sorted per call;
// otherwise the cached sorted list is filtered.
func (s *Store) ListEvents(ctx context.Context, f graph.EventFilter, p graph.Page) (graph.EventPage, error) {
	rowOf, ord, err := eventOrder(f.Order)
	if err != nil {
		return graph.EventPage{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var rows []row
	var match func(string) bool
	if cands, ok := s.candidateEvents(f); ok {
		for _, e := range cands {
			if s.matchEvent(e, f) {
				rows = append(rows, rowOf(e))
			}
		}
		rows = sortRows(rows, ord)
	} else {
		rows = s.cache.sorted("events:"+string(cmpOrder(f.Order)), ord, func() []row {
			rows := make([]row, 0, len(s.events))
			for _, e := range s.events {
				rows = append(rows, rowOf(e))
			}
			return rows
		})
		if !emptyFilter(f) {
			match = func(id string) bool { return s.matchEvent(s.events[id], f) }
		}
	}
	ids, cursors, next, total, err := pageRows(rows, ord, p, match)
	if err != nil {
		return graph.EventPage{}, err
	}
	out := graph.EventPage{Cursors: cursors, HasNext: next, Total: total}
	for _, id := range ids {
		out.Items = append(out.Items, copyEvent(s.events[id]))
	}
	return out, nil
}

// cmpOrder names the default order.
func cmpOrder(o graph.EventOrder) graph.EventOrder {
	if o == "" {
		return graph.DateDesc
	}
	return o
}

// emptyFilter reports whether f selects every event.
func emptyFilter(f graph.EventFilter) bool {
	return len(f.Kinds) == 0 && len(f.Participants) == 0 && len(f.Countries) == 0 && f.From == "" && f.To == "" &&
		len(f.Modalities) == 0 && f.MinConfidence <= 0 && f.ArticleID == ""
}

func eventOrder(o graph.EventOrder) (func(*graph.Event) row, listOrder, error) {
	byDate := func(e *graph.Event) row { return row{key: e.Date.Value, id: e.ID} }
	switch cmpOrder(o) {
	case graph.DateDesc:
		return byDate, keyDesc, nil
	case graph.DateAsc:
		return byDate, keyAsc, nil
	case graph.ConfidenceDesc:
		return func(e *graph.Event) row { return confidenceRow(e.Confidence, e.ID) }, numDesc, nil
	}
	return nil, listOrder{}, graph.Errorf(graph.EINVALID, "unknown event order %q", o)
}
