package graphtest

import (
	"cmp"
	"slices"
	"strconv"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// pageOf is any of the store's page types.
type pageOf[T any] struct {
	Items   []T
	Cursors []string
	HasNext bool
	Total   int
}

// pager describes one keyset-paged list: how to fetch a page and how the
// store must order and key its items.
type pager[T any] struct {
	list    func(t *testing.T, p graph.Page) (pageOf[T], error)
	sortKey func(T) string
	id      func(T) string
	compare func(a, b T) int // the list's order; never 0 for distinct IDs
}

// walk pages through the list first items at a time. before holds every item
// matching when the walk starts; after fetching page i, inserts[i] (if any)
// writes new matching items and returns them. The walk must return every
// item of before once, and an inserted item exactly when it sorts after the
// last item seen at the time it was inserted, all in the list's order.
func (pg pager[T]) walk(t *testing.T, first int, before []T, inserts map[int]func() []T) {
	t.Helper()
	var (
		want  = slices.Clone(before)
		got   []string
		after string
		last  *T
		total = len(before)
	)
	for i := 0; ; i++ {
		if i > len(before)+100 {
			t.Fatalf("paging did not end after %d pages", i)
		}
		page, err := pg.list(t, graph.Page{First: first, After: after})
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		if page.Total != total {
			t.Errorf("page %d: Total = %d, want %d", i, page.Total, total)
		}
		if len(page.Items) > first || len(page.Cursors) != len(page.Items) {
			t.Fatalf("page %d: %d items and %d cursors for First %d", i, len(page.Items), len(page.Cursors), first)
		}
		for j, it := range page.Items {
			got = append(got, pg.id(it))
			if c := graph.EncodeCursor(pg.sortKey(it), pg.id(it)); page.Cursors[j] != c {
				t.Errorf("page %d: cursor of %s = %q, want EncodeCursor(%q, id)", i, pg.id(it), page.Cursors[j], pg.sortKey(it))
			}
		}
		if len(page.Items) > 0 {
			last = &page.Items[len(page.Items)-1]
			after = page.Cursors[len(page.Cursors)-1]
		}
		if !page.HasNext {
			break
		}
		if len(page.Items) == 0 {
			t.Fatalf("page %d: HasNext with no items", i)
		}
		if ins := inserts[i]; ins != nil {
			for _, x := range ins() {
				total++
				if last == nil || pg.compare(x, *last) > 0 {
					want = append(want, x)
				}
			}
		}
	}
	slices.SortFunc(want, pg.compare)
	if diff := gocmp.Diff(ids(want, pg.id), got); diff != "" {
		t.Errorf("paged IDs mismatch (-want +got):\n%s", diff)
	}
	// A cursor past the last item gives an empty last page.
	if after != "" {
		page, err := pg.list(t, graph.Page{First: first, After: after})
		if err != nil {
			t.Fatalf("page after the last item: %v", err)
		}
		if len(page.Items) != 0 || page.HasNext || page.Total != total {
			t.Errorf("page after the last item: %d items, HasNext %v, Total %d; want 0, false, %d",
				len(page.Items), page.HasNext, page.Total, total)
		}
	}
}

// eventPager pages ListEvents with filter f.
func eventPager(s graph.Store, f graph.EventFilter) pager[graph.Event] {
	pg := pager[graph.Event]{
		list: func(t *testing.T, p graph.Page) (pageOf[graph.Event], error) {
			r, err := s.ListEvents(t.Context(), f, p)
			return pageOf[graph.Event](r), err
		},
		id:      eventID,
		sortKey: func(e graph.Event) string { return e.Date.Value },
	}
	switch f.Order {
	case graph.DateAsc:
		pg.compare = func(a, b graph.Event) int {
			return cmp.Or(cmp.Compare(a.Date.Value, b.Date.Value), cmp.Compare(a.ID, b.ID))
		}
	case graph.ConfidenceDesc:
		pg.sortKey = func(e graph.Event) string { return strconv.FormatFloat(e.Confidence, 'f', 6, 64) }
		pg.compare = func(a, b graph.Event) int {
			return cmp.Or(cmp.Compare(b.Confidence, a.Confidence), cmp.Compare(a.ID, b.ID))
		}
	default:
		pg.compare = func(a, b graph.Event) int {
			return cmp.Or(cmp.Compare(b.Date.Value, a.Date.Value), cmp.Compare(a.ID, b.ID))
		}
	}
	return pg
}

func entityPager(s graph.Store, f graph.EntityFilter) pager[graph.Entity] {
	return pager[graph.Entity]{
		list: func(t *testing.T, p graph.Page) (pageOf[graph.Entity], error) {
			r, err := s.ListEntities(t.Context(), f, p)
			return pageOf[graph.Entity](r), err
		},
		id:      entityID,
		sortKey: func(e graph.Entity) string { return e.Name },
		compare: func(a, b graph.Entity) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) },
	}
}

func routePager(s graph.Store, f graph.RouteFilter) pager[graph.Route] {
	return pager[graph.Route]{
		list: func(t *testing.T, p graph.Page) (pageOf[graph.Route], error) {
			r, err := s.ListRoutes(t.Context(), f, p)
			return pageOf[graph.Route](r), err
		},
		id:      routeID,
		sortKey: routeID,
		compare: func(a, b graph.Route) int { return cmp.Compare(a.ID, b.ID) },
	}
}

func articlePager(s graph.Store) pager[graph.Article] {
	return pager[graph.Article]{
		list: func(t *testing.T, p graph.Page) (pageOf[graph.Article], error) {
			r, err := s.ListArticles(t.Context(), p)
			return pageOf[graph.Article](r), err
		},
		id:      articleID,
		sortKey: func(a graph.Article) string { return a.Published },
		compare: func(a, b graph.Article) int {
			return cmp.Or(cmp.Compare(b.Published, a.Published), cmp.Compare(a.ID, b.ID))
		},
	}
}
