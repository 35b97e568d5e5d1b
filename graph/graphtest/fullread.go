package graphtest

import (
	"cmp"
	"slices"
	"testing"

	"geograph/graph"
)

// fullRead is everything a store answers about the merge corpus: every
// record by ID, the relations, and the lists and counts built on them.
type fullRead struct {
	Snapshot      snapshot
	EventList     []graph.Event
	ByParticipant map[string][]graph.Event
	Counts        map[graph.GroupBy][]graph.Count
	Officeholders []graph.Officeholder
	Around        graph.Subgraph
}

func readAll(t *testing.T, s graph.Store, bs []*graph.Batch) fullRead {
	t.Helper()
	ctx := t.Context()
	// One ID list for every scenario: each record once, sorted.
	all := concat(bs...)
	uniq := &graph.Batch{}
	seen := map[string]bool{}
	for _, e := range all.Entities {
		if !seen[e.ID] {
			seen[e.ID] = true
			uniq.Entities = append(uniq.Entities, graph.Entity{ID: e.ID})
		}
	}
	for _, e := range all.Events {
		if !seen[e.ID] {
			seen[e.ID] = true
			uniq.Events = append(uniq.Events, graph.Event{ID: e.ID})
		}
	}
	for _, r := range all.Routes {
		if !seen[r.ID] {
			seen[r.ID] = true
			uniq.Routes = append(uniq.Routes, graph.Route{ID: r.ID})
		}
	}
	for _, a := range all.Articles {
		if !seen[a.ID] {
			seen[a.ID] = true
			uniq.Articles = append(uniq.Articles, graph.Article{ID: a.ID})
		}
	}
	slices.SortFunc(uniq.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(uniq.Events, func(a, b graph.Event) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(uniq.Routes, func(a, b graph.Route) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(uniq.Articles, func(a, b graph.Article) int { return cmp.Compare(a.ID, b.ID) })

	r := fullRead{Snapshot: takeSnapshot(t, s, []*graph.Batch{uniq}), Counts: map[graph.GroupBy][]graph.Count{}}
	var err error
	for _, order := range []graph.EventOrder{graph.DateDesc, graph.DateAsc, graph.ConfidenceDesc} {
		page, err := s.ListEvents(ctx, graph.EventFilter{Order: order}, graph.Page{First: graph.MaxPageSize})
		if err != nil {
			t.Fatalf("ListEvents %s: %v", order, err)
		}
		r.EventList = append(r.EventList, page.Items...)
	}
	if r.ByParticipant, err = s.EventsByParticipant(ctx, []string{CountryKZ, PersonTokayev, CountryTR}, graph.EventFilter{}, graph.MaxPageSize); err != nil {
		t.Fatalf("EventsByParticipant: %v", err)
	}
	for _, by := range []graph.GroupBy{graph.ByKind, graph.ByCountry, graph.ByMonth} {
		if r.Counts[by], err = s.CountEvents(ctx, graph.EventFilter{}, by); err != nil {
			t.Fatalf("CountEvents %s: %v", by, err)
		}
	}
	if r.Officeholders, err = s.Officeholders(ctx, graph.TermFilter{OwnerIDs: []string{CountryKZ}}); err != nil {
		t.Fatalf("Officeholders: %v", err)
	}
	if r.Around, err = s.Neighbourhood(ctx, CPCRouteID(), 1, nil, 0); err != nil {
		t.Fatalf("Neighbourhood: %v", err)
	}
	return r
}
