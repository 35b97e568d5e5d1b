package memstore

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"

	"geograph/graph"
)

// row is an item's position in a list: its sort key as the cursor spells it,
// the key as a number for numeric orders, and its ID.
type row struct {
	key string
	num float64
	id  string
}

// listOrder compares rows and parses cursor keys for one list order.
type listOrder struct {
	compare func(a, b row) int
	numeric bool
}

var (
	keyAsc  = listOrder{compare: func(a, b row) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.id, b.id)) }}
	keyDesc = listOrder{compare: func(a, b row) int { return cmp.Or(cmp.Compare(b.key, a.key), cmp.Compare(a.id, b.id)) }}
	numDesc = listOrder{compare: func(a, b row) int { return cmp.Or(cmp.Compare(b.num, a.num), cmp.Compare(a.id, b.id)) }, numeric: true}
)

// confidenceRow keys an event by its confidence rounded to 6 decimals, the
// precision of its cursor.
func confidenceRow(c float64, id string) row {
	key := strconv.FormatFloat(c, 'f', 6, 64)
	num, _ := strconv.ParseFloat(key, 64)
	return row{key: key, num: num, id: id}
}

// paginate sorts items, skips those up to the cursor and returns one page.
func paginate[T any](items []T, rowOf func(T) row, ord listOrder, p graph.Page) (page []T, cursors []string, hasNext bool, total int, err error) {
	key, id, err := graph.DecodeCursor(p.After)
	if err != nil {
		return nil, nil, false, 0, err
	}
	var after *row
	if p.After != "" {
		after = &row{key: key, id: id}
		if ord.numeric {
			if after.num, err = strconv.ParseFloat(key, 64); err != nil {
				return nil, nil, false, 0, graph.Errorf(graph.EINVALID, "malformed cursor")
			}
		}
	}
	rows := make([]row, len(items))
	idx := make([]int, len(items))
	for i, it := range items {
		rows[i], idx[i] = rowOf(it), i
	}
	slices.SortFunc(idx, func(a, b int) int { return ord.compare(rows[a], rows[b]) })
	start := 0
	if after != nil {
		start = sort.Search(len(idx), func(i int) bool { return ord.compare(rows[idx[i]], *after) > 0 })
	}
	end := min(start+p.Limit(), len(idx))
	for _, i := range idx[start:end] {
		page = append(page, items[i])
		cursors = append(cursors, graph.EncodeCursor(rows[i].key, rows[i].id))
	}
	return page, cursors, end < len(idx), len(items), nil
}

// ListEntities lists entities matching f by name, then ID.
func (s *Store) ListEntities(ctx context.Context, f graph.EntityFilter, p graph.Page) (graph.EntityPage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	name := strings.ToLower(f.Name)
	var items []*graph.Entity
	for _, e := range s.entities {
		if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, e.Kind) {
			continue
		}
		if f.Country != "" && e.Country != f.Country && !(e.Kind == graph.KindCountry && e.ISO2 == f.Country) {
			continue
		}
		if name != "" && !strings.HasPrefix(strings.ToLower(e.Name), name) {
			continue
		}
		items = append(items, e)
	}
	page, cursors, next, total, err := paginate(items, func(e *graph.Entity) row { return row{key: e.Name, id: e.ID} }, keyAsc, p)
	if err != nil {
		return graph.EntityPage{}, err
	}
	out := graph.EntityPage{Cursors: cursors, HasNext: next, Total: total}
	for _, e := range page {
		out.Items = append(out.Items, copyEntity(e))
	}
	return out, nil
}

// ListRoutes lists routes matching f by ID.
func (s *Store) ListRoutes(ctx context.Context, f graph.RouteFilter, p graph.Page) (graph.RoutePage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var items []*graph.Route
	for _, r := range s.routes {
		if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, r.Kind) {
			continue
		}
		if f.CommodityID != "" && r.CommodityID != f.CommodityID {
			continue
		}
		if len(f.Countries) > 0 && !slices.ContainsFunc(slices.Concat([]string{r.FromID, r.ToID}, r.Via), func(id string) bool {
			e := s.entities[id]
			return e != nil && (e.ISO2 != "" && slices.Contains(f.Countries, e.ISO2) || e.Country != "" && slices.Contains(f.Countries, e.Country))
		}) {
			continue
		}
		items = append(items, r)
	}
	page, cursors, next, total, err := paginate(items, func(r *graph.Route) row { return row{key: r.ID, id: r.ID} }, keyAsc, p)
	if err != nil {
		return graph.RoutePage{}, err
	}
	out := graph.RoutePage{Cursors: cursors, HasNext: next, Total: total}
	for _, r := range page {
		out.Items = append(out.Items, copyRoute(r))
	}
	return out, nil
}

// ListArticles lists articles, newest first.
func (s *Store) ListArticles(ctx context.Context, p graph.Page) (graph.ArticlePage, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	items := make([]*graph.Article, 0, len(s.articles))
	for _, a := range s.articles {
		items = append(items, a)
	}
	page, cursors, next, total, err := paginate(items, func(a *graph.Article) row { return row{key: a.Published, id: a.ID} }, keyDesc, p)
	if err != nil {
		return graph.ArticlePage{}, err
	}
	out := graph.ArticlePage{Cursors: cursors, HasNext: next, Total: total}
	for _, a := range page {
		out.Items = append(out.Items, *a)
	}
	return out, nil
}

// ListEvents lists events matching f in f.Order.
func (s *Store) ListEvents(ctx context.Context, f graph.EventFilter, p graph.Page) (graph.EventPage, error) {
	rowOf, ord, err := eventOrder(f.Order)
	if err != nil {
		return graph.EventPage{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	page, cursors, next, total, err := paginate(s.matchingEvents(f), rowOf, ord, p)
	if err != nil {
		return graph.EventPage{}, err
	}
	out := graph.EventPage{Cursors: cursors, HasNext: next, Total: total}
	for _, e := range page {
		out.Items = append(out.Items, copyEvent(e))
	}
	return out, nil
}

func eventOrder(o graph.EventOrder) (func(*graph.Event) row, listOrder, error) {
	byDate := func(e *graph.Event) row { return row{key: e.Date.Value, id: e.ID} }
	switch o {
	case "", graph.DateDesc:
		return byDate, keyDesc, nil
	case graph.DateAsc:
		return byDate, keyAsc, nil
	case graph.ConfidenceDesc:
		return func(e *graph.Event) row { return confidenceRow(e.Confidence, e.ID) }, numDesc, nil
	}
	return nil, listOrder{}, graph.Errorf(graph.EINVALID, "unknown event order %q", o)
}
