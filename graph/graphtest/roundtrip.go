package graphtest

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func testRoundTrip(t *testing.T, s graph.Store) {
	ctx := t.Context()
	ref, summit, pipe, fb := ReferenceBatch(), SummitArticleA(), PipelineArticle(), filterBatch()
	results := map[string]graph.WriteResult{}
	for _, w := range []struct {
		name string
		b    *graph.Batch
	}{{"reference", ref}, {"summit", summit}, {"pipeline", pipe}, {"filter", fb}} {
		res, err := s.WriteBatch(ctx, w.b)
		if err != nil {
			t.Fatalf("WriteBatch(%s): %v", w.name, err)
		}
		results[w.name] = res
	}
	wantResults := map[string]graph.WriteResult{
		"reference": {Entities: 17},
		"summit":    {Articles: 1, Entities: 4, Events: 1},
		"pipeline":  {Articles: 1, Entities: 9, Routes: 2},
		"filter":    {Articles: 1, Entities: 8, Events: 5},
	}
	if diff := cmp.Diff(wantResults, results); diff != "" {
		t.Errorf("WriteResults mismatch (-want +got):\n%s", diff)
	}

	t.Run("Entities", func(t *testing.T) {
		var want []graph.Entity
		for _, e := range ref.Entities {
			want = append(want, canonEntity(e))
		}
		got, err := s.GetEntities(ctx, ids(ref.Entities, entityID))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("GetEntities mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Events", func(t *testing.T) {
		all := append(slices.Clone(summit.Events), fb.Events...)
		var want []graph.Event
		for _, e := range all {
			want = append(want, canonEvent(e))
		}
		got, err := s.GetEvents(ctx, ids(all, eventID))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("GetEvents mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Routes", func(t *testing.T) {
		want := []graph.Route{canonRoute(pipe.Routes[1]), canonRoute(pipe.Routes[0])}
		got, err := s.GetRoutes(ctx, []string{MiddleCorridorID(), CPCRouteID()})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("GetRoutes mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Articles", func(t *testing.T) {
		want := []graph.Article{pipe.Articles[0], summit.Articles[0], fb.Articles[0]}
		got, err := s.GetArticles(ctx, ids(want, articleID))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("GetArticles mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("TermsMemberships", func(t *testing.T) {
		terms, err := s.Terms(ctx, graph.TermFilter{OwnerIDs: []string{CountryKZ, OrgEU}})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ref.Terms, terms); diff != "" {
			t.Errorf("Terms mismatch (-want +got):\n%s", diff)
		}
		ms, err := s.Memberships(ctx, nil, []string{OrgSCO})
		if err != nil {
			t.Fatal(err)
		}
		want := []graph.Membership{ref.Memberships[2], ref.Memberships[0], ref.Memberships[1]} // by member ID
		if diff := cmp.Diff(want, ms); diff != "" {
			t.Errorf("Memberships mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Mentions", func(t *testing.T) {
		got, err := s.Mentions(ctx, summit.Articles[0].ID, "")
		if err != nil {
			t.Fatal(err)
		}
		m := summit.Mentions // by Start: European Union, Astana, Kazakhstan, Charles Michel
		if diff := cmp.Diff(m, got); diff != "" {
			t.Errorf("Mentions mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Node", func(t *testing.T) {
		want := []graph.Node{
			{ID: CountryKZ, Kind: graph.KindCountry, Name: "Kazakhstan"},
			{ID: OfficeEUCouncil, Kind: graph.KindOffice, Name: "President of the European Council"},
			{ID: SummitID(), Kind: graph.KindSummit, Name: "EU–Central Asia summit"},
			{ID: CPCRouteID(), Kind: graph.KindExportDependency, Name: "Kazakh oil exports through Russia"},
			{ID: summit.Articles[0].ID, Kind: graph.KindArticle, Name: summit.Articles[0].Title},
		}
		var got []graph.Node
		for _, w := range want {
			n, err := s.Node(ctx, w.ID)
			if err != nil {
				t.Fatalf("Node(%s): %v", w.ID, err)
			}
			got = append(got, n)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Node mismatch (-want +got):\n%s", diff)
		}
	})
}

func testGetSkipsMissing(t *testing.T, s graph.Store) {
	ctx := t.Context()
	write(t, s, ReferenceBatch(), SummitArticleA(), PipelineArticle())
	art := SummitArticleA().Articles[0].ID
	ents, err := s.GetEntities(ctx, []string{CountryRU, "country:zz", SummitID(), CountryKZ})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{CountryRU, CountryKZ}, ids(ents, entityID)); diff != "" {
		t.Errorf("GetEntities IDs mismatch (-want +got):\n%s", diff)
	}
	evs, err := s.GetEvents(ctx, []string{"summit:0000000000000000", CountryKZ})
	if err != nil {
		t.Fatal(err)
	}
	if evs != nil {
		t.Errorf("GetEvents of missing IDs = %v, want nil", evs)
	}
	routes, err := s.GetRoutes(ctx, []string{"route:missing", CPCRouteID(), SummitID()})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{CPCRouteID()}, ids(routes, routeID)); diff != "" {
		t.Errorf("GetRoutes IDs mismatch (-want +got):\n%s", diff)
	}
	arts, err := s.GetArticles(ctx, []string{CountryKZ, art, "article:missing"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{art}, ids(arts, articleID)); diff != "" {
		t.Errorf("GetArticles IDs mismatch (-want +got):\n%s", diff)
	}
}

func testNodeNotFound(t *testing.T, s graph.Store) {
	write(t, s, ReferenceBatch())
	for _, id := range []string{"country:zz", "", "summit:0000000000000000", "no-prefix"} {
		_, err := s.Node(t.Context(), id)
		wantCode(t, "Node("+id+")", err, graph.ENOTFOUND)
	}
}

func testStatsOfReference(t *testing.T, s graph.Store) {
	empty := stats(t, s)
	if empty.Nodes != 0 || empty.Relationships != 0 || empty.DistinctIDs != 0 || len(empty.ByKind) != 0 {
		t.Fatalf("Stats of a fresh store = %+v, want zero", empty)
	}
	write(t, s, ReferenceBatch())
	want := graph.Stats{Nodes: 17, Relationships: 15, DistinctIDs: 17, ByKind: map[graph.Kind]int{
		graph.KindCountry: 4, graph.KindOrganization: 2, graph.KindOffice: 2, graph.KindPerson: 4,
		graph.KindPlace: 4, graph.KindCommodity: 1,
	}}
	if diff := cmp.Diff(want, stats(t, s)); diff != "" {
		t.Errorf("Stats after the reference batch mismatch (-want +got):\n%s", diff)
	}
	// The summit adds an article and an event; 3 PARTICIPATED_IN, 1 AT,
	// 1 REPORTS and 4 MENTIONS.
	write(t, s, SummitArticleA())
	want.Nodes, want.DistinctIDs, want.Relationships = 19, 19, 24
	want.ByKind[graph.KindArticle], want.ByKind[graph.KindSummit] = 1, 1
	if diff := cmp.Diff(want, stats(t, s)); diff != "" {
		t.Errorf("Stats after the summit mismatch (-want +got):\n%s", diff)
	}
}
