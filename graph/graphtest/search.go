package graphtest

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func testSearch(t *testing.T, s graph.Store) {
	a := SummitArticleA()
	write(t, s, ReferenceBatch(), a, SummitArticleB(), PipelineArticle())
	artA := a.Articles[0].ID
	tests := []struct {
		name    string
		text    string
		kinds   []graph.Kind
		first   string   // the best hit, "" when there must be none
		include []string // other IDs that must be among the hits
		exclude []string // IDs that must not be
	}{
		{"old name", "Nur-Sultan", nil, PlaceAstana, nil, nil},
		{"old name lower case", "nur-sultan", nil, PlaceAstana, nil, nil},
		{"name beats title", "Astana", nil, PlaceAstana, []string{artA}, nil},
		{"upper case", "ASTANA", nil, PlaceAstana, nil, nil},
		{"kinds keeps articles", "Astana", []graph.Kind{graph.KindArticle}, artA, nil, []string{PlaceAstana}},
		{"event name", "summit", []graph.Kind{graph.KindSummit}, SummitID(), nil, nil},
		{"event by words", "central asia summit", nil, SummitID(), nil, []string{PlaceAstana}},
		{"alias", "PRC", nil, CountryCN, nil, nil},
		{"prefix", "kazakhs", []graph.Kind{graph.KindCountry}, CountryKZ, nil, []string{OfficeKZPresident}},
		{"prefix any kind", "kazakhs", nil, "", []string{CountryKZ, OfficeKZPresident}, nil},
		{"whole word not infix", "sultan", nil, PlaceAstana, nil, []string{PersonNazarbayev}}, // Nur-Sultan, not Nursultan
		{"route name", "middle corridor", nil, MiddleCorridorID(), nil, nil},
		{"nothing", "zzzzqx", nil, "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(t.Context(), tt.text, tt.kinds, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, h := range hits {
				got = append(got, h.Node.ID)
				if len(tt.kinds) > 0 && !slices.Contains(tt.kinds, h.Node.Kind) {
					t.Errorf("hit %s has kind %s, not one of %v", h.Node.ID, h.Node.Kind, tt.kinds)
				}
				if i > 0 && h.Score > hits[i-1].Score {
					t.Errorf("hit %d scores %v, more than the hit before it (%v)", i, h.Score, hits[i-1].Score)
				}
			}
			switch {
			case tt.first != "" && (len(got) == 0 || got[0] != tt.first):
				t.Errorf("Search(%q) = %v, want %s first", tt.text, got, tt.first)
			case tt.first == "" && tt.include == nil && got != nil:
				t.Errorf("Search(%q) = %v, want no hits", tt.text, got)
			}
			for _, id := range tt.include {
				if !slices.Contains(got, id) {
					t.Errorf("Search(%q) = %v, want %s among them", tt.text, got, id)
				}
			}
			for _, id := range tt.exclude {
				if slices.Contains(got, id) {
					t.Errorf("Search(%q) = %v, want no %s", tt.text, got, id)
				}
			}
		})
	}
	t.Run("node summary and limit", func(t *testing.T) {
		hits, err := s.Search(t.Context(), "kazakh", nil, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 {
			t.Fatalf("Search with limit 1 gave %d hits", len(hits))
		}
		n, err := s.Node(t.Context(), hits[0].Node.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(n, hits[0].Node); diff != "" {
			t.Errorf("hit node differs from Node (-Node +hit):\n%s", diff)
		}
	})
}

func testCountEvents(t *testing.T, s graph.Store) {
	writeFilterData(t, s)
	tests := []struct {
		name string
		f    graph.EventFilter
		by   graph.GroupBy
		want []graph.Count
	}{
		{"kind", graph.EventFilter{}, graph.ByKind, []graph.Count{
			{Key: "Agreement", Count: 1}, {Key: "Meeting", Count: 1}, {Key: "Sanction", Count: 1},
			{Key: "Statement", Count: 1}, {Key: "Summit", Count: 1}, {Key: "Visit", Count: 1},
		}},
		{"country", graph.EventFilter{}, graph.ByCountry, []graph.Count{
			{Key: "BE", Count: 1}, {Key: "CN", Count: 2}, {Key: "KZ", Count: 4}, {Key: "RU", Count: 2}, {Key: "TR", Count: 1},
		}},
		{"month", graph.EventFilter{}, graph.ByMonth, []graph.Count{
			{Key: "2018-06", Count: 1}, {Key: "2022-02", Count: 1}, {Key: "2022-10", Count: 2},
		}},
		{"country filtered", graph.EventFilter{Kinds: []graph.Kind{graph.KindSummit}}, graph.ByCountry, []graph.Count{
			{Key: "BE", Count: 1}, {Key: "KZ", Count: 1},
		}},
		{"kind filtered", graph.EventFilter{Countries: []string{"RU"}}, graph.ByKind, []graph.Count{
			{Key: "Sanction", Count: 1}, {Key: "Statement", Count: 1},
		}},
		{"none", graph.EventFilter{Countries: []string{"ZZ"}}, graph.ByMonth, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.CountEvents(t.Context(), tt.f, tt.by)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("CountEvents mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
