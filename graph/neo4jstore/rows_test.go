package neo4jstore

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func TestRowsOf(t *testing.T) {
	loaded := time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("X", 3600))
	b := &graph.Batch{
		Articles: []graph.Article{{ID: "article:1", Title: "Leaders meet", Published: "2022-10-27", LoadedAt: loaded}},
		Entities: []graph.Entity{
			{ID: "country:kz", Kind: graph.KindCountry, Name: "Kazakhstan", ISO2: "KZ", Aliases: []string{"RK", "Qazaqstan", "RK"}},
			{ID: "place:astana", Kind: graph.KindPlace, Name: "Astana", Country: "KZ",
				Names: []graph.NamePeriod{{Name: "Nur-Sultan", From: "2019-03-23", To: "2022-09-17"}}},
			{ID: "country:kz", Kind: graph.KindCountry, Name: "Kazakhstan"},
		},
		Events: []graph.Event{{
			ID: "statement:1", Kind: graph.KindStatement, Date: graph.NewDate("", "none given"),
			Participants: []graph.Participant{{EntityID: "country:kz", Role: graph.RoleActor}},
			Modality:     graph.Threatened, Confidence: 0.3,
		}},
		Routes: []graph.Route{{
			ID: "route:1", Kind: graph.KindTradeRoute, FromID: "country:kz",
			Halts: []graph.Date{graph.NewDate("2022-08", "first"), graph.NewDate("2022-03", "x"), graph.NewDate("2022-08", "revised")},
		}},
	}
	rows, err := rowsOf(b)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"article", rows.articles, []map[string]any{{"id": "article:1", "props": map[string]any{
			"kind": "Article", "title": "Leaders meet", "titleWords": "leaders meet", "published": "2022-10-27",
			"loadedAt": loaded.UTC(),
		}}}},
		{"country", rows.entities[0], map[string]any{
			"id": "country:kz", "kind": "Country",
			"props":   map[string]any{"kind": "Country", "name": "Kazakhstan", "nameWords": "kazakhstan", "iso2": "KZ"},
			"aliases": []string{"Qazaqstan", "RK"}, "aliasWords": []string{"qazaqstan", "rk"}, "names": [][]string{},
		}},
		{"place", rows.entities[1]["props"], map[string]any{
			"kind": "Place", "name": "Astana", "nameWords": "astana", "country": "KZ", "countryRef": "country:kz",
		}},
		{"dated names", rows.entities[1]["names"], [][]string{{"Nur-Sultan", "2019-03-23", "2022-09-17", "nur sultan"}}},
		{"stub keeps aliases a list", rows.entities[2]["aliases"], []string{}},
		{"entity ids once", rows.entityIDs.ids, []string{"country:kz", "place:astana"}},
		{"country ids", rows.countryIDs.ids, []string{"country:kz"}},
		{"undated event", rows.events[0], map[string]any{
			"id": "statement:1", "kind": "Statement", "confidence": 0.3, "date": nil, "granularity": "UNKNOWN", "derivation": "none given",
			"props": map[string]any{"modality": "THREATENED"},
		}},
		{"participants", rows.participants, []map[string]any{{"eventId": "statement:1", "entityId": "country:kz", "role": "actor"}}},
		{"halts: of equal values the smaller derivation stays", rows.routes[0]["halts"],
			[][]string{{"2022-08", "MONTH", "first"}, {"2022-03", "MONTH", "x"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRowsOfRejectsUnknownKinds(t *testing.T) {
	// Kinds become labels, so rowsOf refuses any kind outside the fixed set
	// even when called without Validate.
	tests := []struct {
		name string
		b    graph.Batch
	}{
		{"entity", graph.Batch{Entities: []graph.Entity{{ID: "country:x", Kind: "Country`) DETACH DELETE n //", Name: "X"}}}},
		{"event as entity", graph.Batch{Entities: []graph.Entity{{ID: "summit:x", Kind: graph.KindSummit, Name: "X"}}}},
		{"event", graph.Batch{Events: []graph.Event{{ID: "summit:x", Kind: graph.KindCountry}}}},
		{"route", graph.Batch{Routes: []graph.Route{{ID: "route:x", Kind: "Pipeline"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := rowsOf(&tt.b); err == nil {
				t.Errorf("rowsOf accepted %+v", tt.b)
			}
		})
	}
}
