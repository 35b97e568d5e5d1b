package graphtest

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// allBatches returns every fixture batch, the reference first.
func allBatches() []*graph.Batch {
	return []*graph.Batch{ReferenceBatch(), SummitArticleA(), SummitArticleB(), PipelineArticle(), filterBatch(), GeneratedBatch("g", 120)}
}

// snapshot is everything the fixture batches put in a store, read back.
type snapshot struct {
	Stats       graph.Stats
	Entities    []graph.Entity
	Events      []graph.Event
	Routes      []graph.Route
	Articles    []graph.Article
	Terms       []graph.Term
	Memberships []graph.Membership
	Mentions    []graph.Mention
}

func takeSnapshot(t *testing.T, s graph.Store, bs []*graph.Batch) snapshot {
	t.Helper()
	ctx := t.Context()
	var snap snapshot
	var err error
	snap.Stats = stats(t, s)
	var eIDs, evIDs, rIDs, aIDs []string
	for _, b := range bs {
		eIDs = append(eIDs, ids(b.Entities, entityID)...)
		evIDs = append(evIDs, ids(b.Events, eventID)...)
		rIDs = append(rIDs, ids(b.Routes, routeID)...)
		aIDs = append(aIDs, ids(b.Articles, articleID)...)
	}
	if snap.Entities, err = s.GetEntities(ctx, eIDs); err != nil {
		t.Fatal(err)
	}
	if snap.Events, err = s.GetEvents(ctx, evIDs); err != nil {
		t.Fatal(err)
	}
	if snap.Routes, err = s.GetRoutes(ctx, rIDs); err != nil {
		t.Fatal(err)
	}
	if snap.Articles, err = s.GetArticles(ctx, aIDs); err != nil {
		t.Fatal(err)
	}
	if snap.Terms, err = s.Terms(ctx, graph.TermFilter{}); err != nil {
		t.Fatal(err)
	}
	if snap.Memberships, err = s.Memberships(ctx, nil, nil); err != nil {
		t.Fatal(err)
	}
	if snap.Mentions, err = s.Mentions(ctx, "", ""); err != nil {
		t.Fatal(err)
	}
	return snap
}

// concat joins batches into one, so the same records repeat inside it.
func concat(bs ...*graph.Batch) *graph.Batch {
	var out graph.Batch
	for _, b := range bs {
		out.Articles = append(out.Articles, b.Articles...)
		out.Entities = append(out.Entities, b.Entities...)
		out.Terms = append(out.Terms, b.Terms...)
		out.Memberships = append(out.Memberships, b.Memberships...)
		out.Events = append(out.Events, b.Events...)
		out.Routes = append(out.Routes, b.Routes...)
		out.Mentions = append(out.Mentions, b.Mentions...)
	}
	return &out
}

func testRewriteIsIdempotent(t *testing.T, s graph.Store) {
	bs := allBatches()
	write(t, s, bs...)
	first := takeSnapshot(t, s, bs)
	if first.Stats.DistinctIDs != first.Stats.Nodes {
		t.Errorf("after the first write: DistinctIDs = %d, Nodes = %d; want equal", first.Stats.DistinctIDs, first.Stats.Nodes)
	}
	for i := 2; i <= 3; i++ {
		write(t, s, allBatches()...)
		if diff := cmp.Diff(first, takeSnapshot(t, s, bs)); diff != "" {
			t.Errorf("write #%d changed the store (-first +now):\n%s", i, diff)
		}
	}
	// One batch holding every record, stubs and duplicates included.
	write(t, s, concat(allBatches()...))
	if diff := cmp.Diff(first, takeSnapshot(t, s, bs)); diff != "" {
		t.Errorf("the concatenated batch changed the store (-first +now):\n%s", diff)
	}
}

func testEdgesToLaterCountry(t *testing.T, s graph.Store) {
	const kg, japarov, bishkek, office = "country:kg", "person:sadyr-japarov", "place:bishkek", "office:president-of-kyrgyzstan"
	const resident = "person:resident-of-kz"
	people := &graph.Batch{Entities: []graph.Entity{
		{ID: japarov, Kind: graph.KindPerson, Name: "Sadyr Japarov", Country: "KG"},
		{ID: bishkek, Kind: graph.KindPlace, Name: "Bishkek", Country: "KG"},
		{ID: office, Kind: graph.KindOffice, Name: "President of Kyrgyzstan", Country: "KG"},
	}}
	country := &graph.Batch{Entities: []graph.Entity{{ID: kg, Kind: graph.KindCountry, Name: "Kyrgyzstan", ISO2: "KG"}}}
	steps := []struct {
		name string
		b    *graph.Batch
		rels int
	}{
		{"no country yet", people, 0},
		{"country written later", country, 3},
		{"people rewritten", people, 3},
		// The smaller country code stays (see the package comment), so the
		// person keeps KG; a person of an absent country has no IN edge yet.
		{"person named with another country", &graph.Batch{Entities: []graph.Entity{{ID: japarov, Kind: graph.KindPerson, Name: "Sadyr Japarov", Country: "KZ"}}}, 3},
		{"person of an absent country", &graph.Batch{Entities: []graph.Entity{{ID: resident, Kind: graph.KindPerson, Name: "A Resident", Country: "KZ"}}}, 3},
		{"that country arrives", ReferenceBatch(), 3 + 15 + 1},
	}
	for _, st := range steps {
		write(t, s, st.b)
		if got := stats(t, s).Relationships; got != st.rels {
			t.Errorf("%s: Relationships = %d, want %d", st.name, got, st.rels)
		}
	}
	sub, err := s.Neighbourhood(t.Context(), kg, 1, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Subgraph{
		Nodes: []graph.Node{
			{ID: kg, Kind: graph.KindCountry, Name: "Kyrgyzstan"},
			{ID: office, Kind: graph.KindOffice, Name: "President of Kyrgyzstan"},
			{ID: japarov, Kind: graph.KindPerson, Name: "Sadyr Japarov"},
			{ID: bishkek, Kind: graph.KindPlace, Name: "Bishkek"},
		},
		Edges: []graph.Edge{{From: office, To: kg, Type: "OF"}, {From: japarov, To: kg, Type: "IN"}, {From: bishkek, To: kg, Type: "IN"}},
	}
	if diff := cmp.Diff(want, sub); diff != "" {
		t.Errorf("Neighbourhood(%s) mismatch (-want +got):\n%s", kg, diff)
	}
}

// mergedSummit is the summit after SummitArticleA and SummitArticleB, in
// either order: A's name (the smaller), B's date derivation (equal value and
// precision, the smaller derivation), A's CAMEO (B has none), B's confidence
// (the larger), every participant and both evidence records.
func mergedSummit() graph.Event {
	a, b := SummitArticleA().Events[0], SummitArticleB().Events[0]
	m := b
	m.Name = a.Name
	m.CAMEO = a.CAMEO
	m.Participants = append(slices.Clone(a.Participants), b.Participants[1]) // Tokayev is B's addition
	m.Evidence = append(slices.Clone(a.Evidence), b.Evidence...)
	return canonEvent(m)
}

func testMergeSummit(t *testing.T, s graph.Store) {
	ctx := t.Context()
	write(t, s, ReferenceBatch(), SummitArticleA(), SummitArticleB())
	got, err := s.GetEvents(ctx, []string{SummitID()})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.Event{mergedSummit()}, got); diff != "" {
		t.Errorf("merged summit mismatch (-want +got):\n%s", diff)
	}
	st := stats(t, s)
	// Reference 15 + 4 PARTICIPATED_IN + AT + 2 REPORTS + 4+2 MENTIONS.
	if st.ByKind[graph.KindSummit] != 1 || st.Relationships != 28 {
		t.Errorf("Stats: %d summits and %d relationships, want 1 and 28", st.ByKind[graph.KindSummit], st.Relationships)
	}
	page, err := s.ListEvents(ctx, graph.EventFilter{}, graph.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 1 {
		t.Errorf("ListEvents Total = %d, want 1", page.Total)
	}

	// Article A reloaded with a corrected quote replaces its evidence.
	a := SummitArticleA()
	a.Events[0].Evidence[0].Quote = "Kazakhstan hosted the first such summit."
	a.Events[0].Evidence[0].Confidence = 0.5
	a.Events[0].Confidence = 0.5
	write(t, s, a)
	got, err = s.GetEvents(ctx, []string{SummitID()})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("GetEvents returned %d events, want 1", len(got))
	}
	want := slices.Clone(mergedSummit().Evidence)
	for i := range want {
		if want[i].ArticleID == a.Articles[0].ID {
			want[i] = a.Events[0].Evidence[0]
		}
	}
	if diff := cmp.Diff(want, got[0].Evidence); diff != "" {
		t.Errorf("evidence after reloading article A mismatch (-want +got):\n%s", diff)
	}
	if got[0].Confidence != 0.9 {
		t.Errorf("Confidence = %v after a lower one, want the max 0.9", got[0].Confidence)
	}
}

func testMergeSummitReversed(t *testing.T, s graph.Store) {
	write(t, s, SummitArticleB(), SummitArticleA(), ReferenceBatch())
	got, err := s.GetEvents(t.Context(), []string{SummitID()})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.Event{mergedSummit()}, got); diff != "" {
		t.Errorf("merged summit mismatch (-want +got):\n%s", diff)
	}
}
