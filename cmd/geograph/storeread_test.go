package main

import (
	"cmp"
	"context"
	"slices"
	"testing"
	"time"

	"geograph/graph"
)

// storeRead is everything a store answers about its records, in a form two
// stores (or two loads into one kind of store) can be compared by: records
// sorted by ID, participants and evidence sorted, load times cleared.
type storeRead struct {
	Stats       graph.Stats
	Entities    []graph.Entity
	Events      []graph.Event
	Routes      []graph.Route
	Articles    []graph.Article
	Mentions    []graph.Mention
	Terms       []graph.Term
	Memberships []graph.Membership
}

func readStore(t *testing.T, s graph.Store) storeRead {
	t.Helper()
	ctx := context.Background()
	var r storeRead
	var err error
	if r.Stats, err = s.Stats(ctx); err != nil {
		t.Fatalf("Stats: %v", err)
	}
	r.Entities = readPages(t, "entities", func(p graph.Page) ([]graph.Entity, []string, bool, error) {
		pg, err := s.ListEntities(ctx, graph.EntityFilter{}, p)
		return pg.Items, pg.Cursors, pg.HasNext, err
	})
	r.Events = readPages(t, "events", func(p graph.Page) ([]graph.Event, []string, bool, error) {
		pg, err := s.ListEvents(ctx, graph.EventFilter{}, p)
		return pg.Items, pg.Cursors, pg.HasNext, err
	})
	r.Routes = readPages(t, "routes", func(p graph.Page) ([]graph.Route, []string, bool, error) {
		pg, err := s.ListRoutes(ctx, graph.RouteFilter{}, p)
		return pg.Items, pg.Cursors, pg.HasNext, err
	})
	r.Articles = readPages(t, "articles", func(p graph.Page) ([]graph.Article, []string, bool, error) {
		pg, err := s.ListArticles(ctx, p)
		return pg.Items, pg.Cursors, pg.HasNext, err
	})
	for i := range r.Articles {
		r.Articles[i].LoadedAt = time.Time{} // when, not what, was loaded
		ms, err := s.Mentions(ctx, r.Articles[i].ID, "")
		if err != nil {
			t.Fatalf("Mentions of %s: %v", r.Articles[i].ID, err)
		}
		r.Mentions = append(r.Mentions, ms...)
	}
	if r.Terms, err = s.Terms(ctx, graph.TermFilter{}); err != nil {
		t.Fatalf("Terms: %v", err)
	}
	if r.Memberships, err = s.Memberships(ctx, nil, nil); err != nil {
		t.Fatalf("Memberships: %v", err)
	}
	slices.SortFunc(r.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Routes, func(a, b graph.Route) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Articles, func(a, b graph.Article) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(r.Events, func(a, b graph.Event) int { return cmp.Compare(a.ID, b.ID) })
	for i := range r.Events {
		e := &r.Events[i]
		slices.SortFunc(e.Participants, func(a, b graph.Participant) int {
			return cmp.Or(cmp.Compare(a.EntityID, b.EntityID), cmp.Compare(a.Role, b.Role))
		})
		slices.SortFunc(e.Evidence, func(a, b graph.Evidence) int { return cmp.Compare(a.ArticleID, b.ArticleID) })
	}
	for i := range r.Routes {
		slices.SortFunc(r.Routes[i].Evidence, func(a, b graph.Evidence) int { return cmp.Compare(a.ArticleID, b.ArticleID) })
	}
	slices.SortFunc(r.Mentions, func(a, b graph.Mention) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start), cmp.Compare(a.EntityID, b.EntityID))
	})
	return r
}

// readPages reads a whole list page by page.
func readPages[T any](t *testing.T, what string, list func(graph.Page) ([]T, []string, bool, error)) []T {
	t.Helper()
	var all []T
	p := graph.Page{First: graph.MaxPageSize}
	for {
		items, cursors, more, err := list(p)
		if err != nil {
			t.Fatalf("listing %s: %v", what, err)
		}
		all = append(all, items...)
		if !more || len(cursors) == 0 {
			return all
		}
		p.After = cursors[len(cursors)-1]
	}
}
