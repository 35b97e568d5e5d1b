package graphtest

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func testMergeEntity(t *testing.T, s graph.Store) {
	ctx := t.Context()
	names := []graph.NamePeriod{{Name: "Astana", From: "2022-09-17"}, {Name: "Nur-Sultan", From: "2019-03-23", To: "2022-09-17"}}
	steps := []struct {
		name string
		in   []graph.Entity
		want []graph.Entity
	}{
		{
			"first write sorts",
			[]graph.Entity{
				{ID: CountryKZ, Kind: graph.KindCountry, Name: "Kazakhstan", Aliases: []string{"Qazaqstan", "KZ", "Qazaqstan"}, ISO2: "KZ", Source: "reference:x"},
				{ID: PlaceAstana, Kind: graph.KindPlace, Name: "Astana", Country: "KZ", Names: names},
			},
			[]graph.Entity{
				{ID: CountryKZ, Kind: graph.KindCountry, Name: "Kazakhstan", Aliases: []string{"KZ", "Qazaqstan"}, ISO2: "KZ", Source: "reference:x"},
				{ID: PlaceAstana, Kind: graph.KindPlace, Name: "Astana", Country: "KZ", Names: []graph.NamePeriod{names[1], names[0]}},
			},
		},
		{
			"the smallest non-empty value stays, empty keeps, aliases unite",
			[]graph.Entity{
				{ID: CountryKZ, Kind: graph.KindCountry, Name: "Republic of Kazakhstan", Aliases: []string{"Kazakh Republic", "Qazaqstan"}, ISO3: "KAZ"},
				{ID: PlaceAstana, Kind: graph.KindPlace, Name: "Astana", Subkind: "capital"},
			},
			[]graph.Entity{
				{ID: CountryKZ, Kind: graph.KindCountry, Name: "Kazakhstan", Aliases: []string{"KZ", "Kazakh Republic", "Qazaqstan"},
					ISO2: "KZ", ISO3: "KAZ", Source: "reference:x"},
				{ID: PlaceAstana, Kind: graph.KindPlace, Name: "Astana", Country: "KZ", Subkind: "capital", Names: []graph.NamePeriod{names[1], names[0]}},
			},
		},
		{
			"a smaller value wins, dated names unite",
			[]graph.Entity{
				{ID: CountryKZ, Kind: graph.KindCountry, Name: "Kazakhstan", Source: "article", Acronym: "KZ"},
				{ID: PlaceAstana, Kind: graph.KindPlace, Name: "Akmola", Subkind: "city",
					Names: []graph.NamePeriod{names[0], {Name: "Akmola", From: "1992", To: "1998-05-06"}}},
			},
			[]graph.Entity{
				{ID: CountryKZ, Kind: graph.KindCountry, Name: "Kazakhstan", Aliases: []string{"KZ", "Kazakh Republic", "Qazaqstan"},
					ISO2: "KZ", ISO3: "KAZ", Acronym: "KZ", Source: "article"},
				{ID: PlaceAstana, Kind: graph.KindPlace, Name: "Akmola", Country: "KZ", Subkind: "capital",
					Names: []graph.NamePeriod{{Name: "Akmola", From: "1992", To: "1998-05-06"}, names[1], names[0]}},
			},
		},
	}
	for _, st := range steps {
		write(t, s, &graph.Batch{Entities: st.in})
		got, err := s.GetEntities(ctx, []string{CountryKZ, PlaceAstana})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(st.want, got); diff != "" {
			t.Errorf("%s: entities mismatch (-want +got):\n%s", st.name, diff)
		}
	}
	if st := stats(t, s); st.Nodes != 2 || st.Relationships != 1 {
		t.Errorf("Stats = %+v, want 2 nodes and 1 relationship (IN)", st)
	}
}

func testMergeRoute(t *testing.T, s graph.Store) {
	ctx := t.Context()
	p := PipelineArticle()
	write(t, s, ReferenceBatch(), p)
	if got := stats(t, s).Relationships; got != 15+14 {
		t.Errorf("Relationships after the pipeline article = %d, want %d", got, 15+14)
	}

	// A second article adds a halt, reports one again with another
	// derivation (the smaller derivation stays), and adds its evidence.
	x := article("https://other.example/cpc-september", "CPC halts in September", "Other Daily", "2022-09-02",
		"The pipeline stopped again on 1 September.")
	later := &graph.Batch{
		Articles: []graph.Article{x},
		Routes: []graph.Route{{
			ID: CPCRouteID(), Kind: graph.KindExportDependency,
			Halts: []graph.Date{
				graph.NewDate("2022-09-01", "stated: '1 September'"),
				graph.NewDate("2022-08", "revised"),
			},
			Modality: graph.Asserted, Confidence: 0.6,
			Evidence: []graph.Evidence{evidence(x, 0, "The pipeline stopped again on 1 September.", 0.6)},
		}},
	}
	write(t, s, later)
	want := canonRoute(p.Routes[0])
	want.Halts = []graph.Date{want.Halts[0], want.Halts[1], want.Halts[2], later.Routes[0].Halts[0]}
	want.Evidence = canonEvidence(append(slices.Clone(want.Evidence), later.Routes[0].Evidence...))
	got, err := s.GetRoutes(ctx, []string{CPCRouteID()})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.Route{want}, got); diff != "" {
		t.Errorf("merged route mismatch (-want +got):\n%s", diff)
	}

	// A record without Via keeps the stored one, in its order (route IDs
	// derive from their content, so no two records of one ID differ in Via).
	write(t, s, &graph.Batch{
		Entities: stubs(CountryTR, PlaceAktau),
		Routes:   []graph.Route{{ID: MiddleCorridorID(), Kind: graph.KindTradeRoute, Modality: graph.Planned, Confidence: 0.1}},
	})
	got, err = s.GetRoutes(ctx, []string{MiddleCorridorID()})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.Route{canonRoute(p.Routes[1])}, got); diff != "" {
		t.Errorf("route written again without Via mismatch (-want +got):\n%s", diff)
	}
	if got := stats(t, s).Relationships; got != 15+14+1 {
		t.Errorf("Relationships = %d, want %d (one more REPORTS)", got, 15+14+1)
	}
}

func testMergeTermsMentions(t *testing.T, s graph.Store) {
	ctx := t.Context()
	ref, a := ReferenceBatch(), SummitArticleA()
	write(t, s, ref, a)
	before := stats(t, s)

	update := &graph.Batch{
		Entities: stubs(PersonNazarbayev, PersonTokayev, OfficeKZPresident, CountryKZ, OrgSCO),
		Terms: []graph.Term{
			{PersonID: PersonNazarbayev, OfficeID: OfficeKZPresident, From: "1991-12-16", To: "2019-03-19"},
			{PersonID: PersonTokayev, OfficeID: OfficeKZPresident, From: "2019-03-20", Source: "article"},
		},
		Memberships: []graph.Membership{{MemberID: CountryKZ, OrgID: OrgSCO, To: "2099"}},
	}
	write(t, s, update)
	terms, err := s.Terms(ctx, graph.TermFilter{OfficeIDs: []string{OfficeKZPresident}})
	if err != nil {
		t.Fatal(err)
	}
	wantTerms := []graph.Term{ref.Terms[0], ref.Terms[1]}
	wantTerms[0].To = "2019-03-19"
	wantTerms[1].Source = "article"
	if diff := cmp.Diff(wantTerms, terms); diff != "" {
		t.Errorf("merged terms mismatch (-want +got):\n%s", diff)
	}
	ms, err := s.Memberships(ctx, []string{CountryKZ}, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantMs := []graph.Membership{{MemberID: CountryKZ, OrgID: OrgSCO, From: "2001-06-15", To: "2099"}}
	if diff := cmp.Diff(wantMs, ms); diff != "" {
		t.Errorf("merged membership mismatch (-want +got):\n%s", diff)
	}

	// Reloading the article replaces its mention of the EU.
	again := SummitArticleA()
	again.Mentions[0].Count, again.Mentions[0].Reason = 3, "alias 'EU'"
	write(t, s, again)
	got, err := s.Mentions(ctx, a.Articles[0].ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(again.Mentions, got); diff != "" {
		t.Errorf("mentions after reload mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(before, stats(t, s)); diff != "" {
		t.Errorf("merging terms, memberships and mentions changed Stats (-before +after):\n%s", diff)
	}
}
