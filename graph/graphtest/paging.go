package graphtest

import (
	"slices"
	"testing"

	"geograph/graph"
)

func testPageEvents(t *testing.T, s graph.Store) {
	g := GeneratedBatch("g", 120)
	write(t, s, g)
	tests := []struct {
		name  string
		f     graph.EventFilter
		first int
	}{
		{"default order", graph.EventFilter{}, 7},
		{"date desc", graph.EventFilter{Order: graph.DateDesc}, 11},
		{"date asc", graph.EventFilter{Order: graph.DateAsc}, 7},
		{"confidence desc", graph.EventFilter{Order: graph.ConfidenceDesc}, 13},
		{"one page", graph.EventFilter{Order: graph.DateAsc}, graph.MaxPageSize + 1},
		{"filtered", graph.EventFilter{Kinds: []graph.Kind{graph.KindSummit, graph.KindVisit}, Order: graph.ConfidenceDesc}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := g.Events
			if len(tt.f.Kinds) > 0 {
				before = slices.DeleteFunc(slices.Clone(before), func(e graph.Event) bool { return !slices.Contains(tt.f.Kinds, e.Kind) })
			}
			eventPager(s, tt.f).walk(t, tt.first, before, nil)
		})
	}
	t.Run("default page size", func(t *testing.T) {
		page, err := s.ListEvents(t.Context(), graph.EventFilter{}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != graph.DefaultPageSize || !page.HasNext || page.Total != len(g.Events) {
			t.Errorf("first page: %d items, HasNext %v, Total %d; want %d, true, %d",
				len(page.Items), page.HasNext, page.Total, graph.DefaultPageSize, len(g.Events))
		}
	})
}

// insertBatch returns an insert step that writes GeneratedBatch(prefix, n)
// and returns the items of it that the list pages over.
func insertBatch[T any](t *testing.T, s graph.Store, prefix string, n int, items func(*graph.Batch) []T) func() []T {
	return func() []T {
		b := GeneratedBatch(prefix, n)
		write(t, s, b)
		return items(b)
	}
}

func batchEvents(b *graph.Batch) []graph.Event     { return b.Events }
func batchRoutes(b *graph.Batch) []graph.Route     { return b.Routes }
func batchArticles(b *graph.Batch) []graph.Article { return b.Articles }

// batchPersons returns the generated persons of b, the entities new to it.
func batchPersons(b *graph.Batch) []graph.Entity {
	return slices.DeleteFunc(slices.Clone(b.Entities), func(e graph.Entity) bool { return e.Kind != graph.KindPerson })
}

func testPageEventsWithInserts(t *testing.T, s graph.Store) {
	g := GeneratedBatch("g", 120)
	write(t, s, g)
	existing := slices.Clone(g.Events) // every event in the store
	for i, order := range []graph.EventOrder{graph.DateDesc, graph.DateAsc, graph.ConfidenceDesc} {
		t.Run(string(order), func(t *testing.T) {
			insert := func(prefix string) func() []graph.Event {
				return func() []graph.Event {
					evs := insertBatch(t, s, prefix, 40, batchEvents)()
					existing = append(existing, evs...)
					return evs
				}
			}
			eventPager(s, graph.EventFilter{Order: order}).walk(t, 9, slices.Clone(existing), map[int]func() []graph.Event{
				1: insert(string(rune('h' + i))),
				4: insert(string(rune('k' + i))),
			})
		})
	}
}

func testPageEntities(t *testing.T, s graph.Store) {
	ref, g := ReferenceBatch(), GeneratedBatch("g", 120)
	write(t, s, ref, g)
	before := append(slices.Clone(ref.Entities), batchPersons(g)...)
	entityPager(s, graph.EntityFilter{}).walk(t, 6, before, map[int]func() []graph.Entity{
		0: insertBatch(t, s, "h", 40, batchPersons),
		3: insertBatch(t, s, "i", 40, batchPersons),
	})
	t.Run("filtered", func(t *testing.T) {
		var persons []graph.Entity
		for _, b := range []*graph.Batch{ref, g, GeneratedBatch("h", 40), GeneratedBatch("i", 40)} {
			for _, e := range b.Entities {
				if e.Kind == graph.KindPerson && e.Country == "TR" {
					persons = append(persons, e)
				}
			}
		}
		entityPager(s, graph.EntityFilter{Kinds: []graph.Kind{graph.KindPerson}, Country: "TR"}).walk(t, 4, persons, nil)
	})
}

func testPageRoutes(t *testing.T, s graph.Store) {
	p, g := PipelineArticle(), GeneratedBatch("g", 120)
	write(t, s, ReferenceBatch(), p, g)
	routePager(s, graph.RouteFilter{}).walk(t, 3, append(slices.Clone(p.Routes), g.Routes...), map[int]func() []graph.Route{
		1: insertBatch(t, s, "h", 40, batchRoutes),
	})
}

func testPageArticles(t *testing.T, s graph.Store) {
	a, b, g := SummitArticleA(), SummitArticleB(), GeneratedBatch("g", 120)
	write(t, s, a, b, g)
	before := append(slices.Concat(a.Articles, b.Articles), g.Articles...)
	articlePager(s).walk(t, 4, before, map[int]func() []graph.Article{
		0: insertBatch(t, s, "h", 40, batchArticles),
		2: insertBatch(t, s, "i", 40, batchArticles),
	})
}
