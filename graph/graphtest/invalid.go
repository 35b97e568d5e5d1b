package graphtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func testValidationWritesNothing(t *testing.T, s graph.Store) {
	write(t, s, ReferenceBatch())
	before := stats(t, s)
	const kg = "country:kg"
	// valid returns a well-formed batch: a new country, a new article and an
	// event it reports. Each case breaks one thing in it.
	valid := func() *graph.Batch {
		b := SummitArticleA()
		b.Entities = append(b.Entities, graph.Entity{ID: kg, Kind: graph.KindCountry, Name: "Kyrgyzstan", ISO2: "KG"})
		b.Events[0].Participants = append(b.Events[0].Participants, graph.Participant{EntityID: kg, Role: graph.RoleParticipant})
		return b
	}
	if err := valid().Validate(); err != nil {
		t.Fatalf("the base batch is invalid: %v", err)
	}
	tests := []struct {
		name  string
		spoil func(b *graph.Batch)
	}{
		{"unknown kind", func(b *graph.Batch) { b.Entities[0].Kind = "Planet" }},
		{"id prefix of another kind", func(b *graph.Batch) {
			b.Entities = append(b.Entities, graph.Entity{ID: "country:xx", Kind: graph.KindPerson, Name: "X"})
		}},
		{"empty name", func(b *graph.Batch) { b.Entities[len(b.Entities)-1].Name = " " }},
		{"dangling participant", func(b *graph.Batch) { b.Events[0].Participants[0].EntityID = "country:zz" }},
		{"dangling evidence article", func(b *graph.Batch) { b.Articles = nil }},
		{"malformed date", func(b *graph.Batch) { b.Events[0].Date = graph.Date{Value: "2022-13-01", Granularity: graph.Day} }},
		{"granularity mismatch", func(b *graph.Batch) { b.Events[0].Date.Granularity = graph.Month }},
		{"confidence above 1", func(b *graph.Batch) { b.Events[0].Confidence = 1.5 }},
		{"unknown modality", func(b *graph.Batch) { b.Events[0].Modality = "MAYBE" }},
		{"two evidence from one article", func(b *graph.Batch) {
			b.Events[0].Evidence = append(b.Events[0].Evidence, b.Events[0].Evidence[0])
		}},
		{"term of a missing person", func(b *graph.Batch) {
			b.Terms = []graph.Term{{PersonID: PersonTokayev, OfficeID: OfficeKZPresident, From: "2019-03-20"}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := valid()
			tt.spoil(b)
			_, err := s.WriteBatch(t.Context(), b)
			wantCode(t, "WriteBatch", err, graph.EINVALID)
			if diff := cmp.Diff(before, stats(t, s)); diff != "" {
				t.Errorf("a rejected batch changed Stats (-before +after):\n%s", diff)
			}
			for _, id := range []string{kg, SummitID(), b.Events[0].Evidence[0].ArticleID} {
				_, err := s.Node(t.Context(), id)
				wantCode(t, "Node("+id+") after a rejected batch", err, graph.ENOTFOUND)
			}
		})
	}
}

func testMalformedCursor(t *testing.T, s graph.Store) {
	write(t, s, ReferenceBatch(), PipelineArticle(), GeneratedBatch("g", 20))
	ctx := t.Context()
	bad := []string{"!!not base64!!", "bm8tc2VwYXJhdG9y"} // the second decodes to "no-separator"
	for _, c := range bad {
		p := graph.Page{First: 5, After: c}
		_, err := s.ListEvents(ctx, graph.EventFilter{}, p)
		wantCode(t, "ListEvents", err, graph.EINVALID)
		_, err = s.ListEntities(ctx, graph.EntityFilter{}, p)
		wantCode(t, "ListEntities", err, graph.EINVALID)
		_, err = s.ListRoutes(ctx, graph.RouteFilter{}, p)
		wantCode(t, "ListRoutes", err, graph.EINVALID)
		_, err = s.ListArticles(ctx, p)
		wantCode(t, "ListArticles", err, graph.EINVALID)
	}
	_, err := s.ListEvents(ctx, graph.EventFilter{Order: graph.ConfidenceDesc},
		graph.Page{After: graph.EncodeCursor("high", "summit:0000000000000000")})
	wantCode(t, "ListEvents by confidence with a non-numeric key", err, graph.EINVALID)
}
