package neo4jstore

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// The maps below have the shapes and value types the driver returns for the
// queries' projections: int64, float64, string, []any, map[string]any and
// time.Time.

func TestEntityFrom(t *testing.T) {
	tests := []struct {
		name string
		in   props
		want graph.Entity
	}{
		{
			"place with dated names",
			props{
				"id": "place:astana", "kind": "Place", "name": "Astana", "country": "KZ", "subkind": "city",
				"countryRef": "country:kz", "nameWords": "astana", // internal, not part of the entity
				"aliases":   []any{"Kazakh capital", "Akmola city", "Kazakh capital"},
				"nameTexts": []any{"Nur-Sultan", "Akmola", "Astana"},
				"nameFroms": []any{"2019-03-23", "1992", "2022-09-17"},
				"nameTos":   []any{"2022-09-17", "1998-05-06", ""},
			},
			graph.Entity{
				ID: "place:astana", Kind: graph.KindPlace, Name: "Astana", Country: "KZ", Subkind: "city",
				Aliases: []string{"Akmola city", "Kazakh capital"},
				Names: []graph.NamePeriod{
					{Name: "Akmola", From: "1992", To: "1998-05-06"},
					{Name: "Nur-Sultan", From: "2019-03-23", To: "2022-09-17"},
					{Name: "Astana", From: "2022-09-17"},
				},
			},
		},
		{
			"country, empty lists become nil",
			props{"id": "country:kz", "kind": "Country", "name": "Kazakhstan", "iso2": "KZ", "iso3": "KAZ",
				"aliases": []any{}, "source": "reference:x"},
			graph.Entity{ID: "country:kz", Kind: graph.KindCountry, Name: "Kazakhstan", ISO2: "KZ", ISO3: "KAZ", Source: "reference:x"},
		},
		{
			"office of an organisation",
			props{"id": "office:x", "kind": "Office", "name": "X", "orgId": "org:eu", "acronym": "", "role": "chief"},
			graph.Entity{ID: "office:x", Kind: graph.KindOffice, Name: "X", OrgID: "org:eu", Role: "chief"},
		},
		{"missing", nil, graph.Entity{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, entityFrom(tt.in)); diff != "" {
				t.Errorf("entityFrom mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEventFrom(t *testing.T) {
	in := props{
		"id": "summit:1", "kind": "Summit", "name": "S", "date": "2022-10-27", "granularity": "DAY",
		"derivation": "stated", "placeId": "place:astana", "modality": "ASSERTED", "cameo": "043",
		"plover": "CONSULT", "confidence": 0.9, "nameWords": "s",
		"participants": []any{
			props{"entityId": "person:b", "role": "participant"},
			props{"entityId": "country:kz", "role": "host"},
			props{"entityId": "org:eu", "role": "participant"},
		},
		"evidence": []any{
			props{"articleId": "article:2", "sentence": int64(0), "start": int64(0), "end": int64(10),
				"quote": "q2", "confidence": 0.9, "extractor": "x/1"},
			props{"articleId": "article:1", "sentence": int64(3), "start": int64(40), "end": int64(80),
				"quote": "q1", "confidence": int64(1), "extractor": "x/1"},
		},
	}
	want := graph.Event{
		ID: "summit:1", Kind: graph.KindSummit, Name: "S",
		Date:    graph.Date{Value: "2022-10-27", Granularity: graph.Day, Derivation: "stated"},
		PlaceID: "place:astana", Modality: graph.Asserted, CAMEO: "043", PLOVER: "CONSULT", Confidence: 0.9,
		Participants: []graph.Participant{
			{EntityID: "country:kz", Role: "host"},
			{EntityID: "org:eu", Role: "participant"},
			{EntityID: "person:b", Role: "participant"},
		},
		Evidence: []graph.Evidence{
			{ArticleID: "article:1", Sentence: 3, Start: 40, End: 80, Quote: "q1", Confidence: 1, Extractor: "x/1"},
			{ArticleID: "article:2", End: 10, Quote: "q2", Confidence: 0.9, Extractor: "x/1"},
		},
	}
	if diff := cmp.Diff(want, eventFrom(in)); diff != "" {
		t.Errorf("eventFrom mismatch (-want +got):\n%s", diff)
	}
	undated := eventFrom(props{"id": "statement:1", "granularity": "UNKNOWN", "derivation": "none", "participants": []any{}})
	if undated.Date != (graph.Date{Granularity: graph.Unknown, Derivation: "none"}) || undated.Participants != nil || undated.Evidence != nil {
		t.Errorf("undated event = %+v, want an unknown date and nil lists", undated)
	}
}

func TestRouteFrom(t *testing.T) {
	in := props{
		"id": "dependency:1", "kind": "ExportDependency", "name": "R", "commodityId": "commodity:oil",
		"fromId": "country:kz", "via": []any{"country:ru", "place:b"}, "toId": "place:n", "share": "most",
		"haltValues":        []any{"2022-08", "2022-03"},
		"haltGranularities": []any{"MONTH", "MONTH"},
		"haltDerivations":   []any{"in August", "in March"},
		"modality":          "ASSERTED", "confidence": 0.85,
	}
	want := graph.Route{
		ID: "dependency:1", Kind: graph.KindExportDependency, Name: "R", CommodityID: "commodity:oil",
		FromID: "country:kz", Via: []string{"country:ru", "place:b"}, ToID: "place:n", Share: "most",
		Halts: []graph.Date{
			{Value: "2022-03", Granularity: graph.Month, Derivation: "in March"},
			{Value: "2022-08", Granularity: graph.Month, Derivation: "in August"},
		},
		Modality: graph.Asserted, Confidence: 0.85,
	}
	if diff := cmp.Diff(want, routeFrom(in)); diff != "" {
		t.Errorf("routeFrom mismatch (-want +got):\n%s", diff)
	}
}

func TestSmallRecords(t *testing.T) {
	at := time.Date(2024, 1, 2, 3, 4, 5, 6, time.UTC)
	tests := []struct {
		name      string
		got, want any
	}{
		{"article", articleFrom(props{"id": "article:1", "url": "u", "title": "T", "source": "S", "published": "2022-10-27",
			"text": "x", "loadedAt": at, "titleWords": "t"}),
			graph.Article{ID: "article:1", URL: "u", Title: "T", Source: "S", Published: "2022-10-27", Text: "x", LoadedAt: at}},
		{"term", termFrom(props{"personId": "person:a", "officeId": "office:b", "from": "2019", "to": nil, "source": "s"}),
			graph.Term{PersonID: "person:a", OfficeID: "office:b", From: "2019", Source: "s"}},
		{"officeholder", officeholderFrom(props{"personId": "person:a", "officeId": "office:b", "from": "2019"},
			props{"id": "person:a", "kind": "Person", "name": "A", "country": "KZ", "countryRef": "country:kz"},
			props{"id": "office:b", "kind": "Office", "name": "B", "country": "KZ"}, "country:kz"),
			graph.Officeholder{Term: graph.Term{PersonID: "person:a", OfficeID: "office:b", From: "2019"},
				Person:  graph.Entity{ID: "person:a", Kind: graph.KindPerson, Name: "A", Country: "KZ"},
				Office:  graph.Entity{ID: "office:b", Kind: graph.KindOffice, Name: "B", Country: "KZ"},
				OwnerID: "country:kz"}},
		{"officeholder without owner", officeholderFrom(props{"personId": "person:a", "officeId": "office:b"}, nil, nil, ""),
			graph.Officeholder{Term: graph.Term{PersonID: "person:a", OfficeID: "office:b"}}},
		{"membership", membershipFrom(props{"memberId": "country:kz", "orgId": "org:sco", "from": "2001"}),
			graph.Membership{MemberID: "country:kz", OrgID: "org:sco", From: "2001"}},
		{"mention", mentionFrom(props{"articleId": "article:1", "entityId": "org:eu", "start": int64(3), "end": int64(9),
			"text": "EU", "reason": "alias", "count": int64(2)}),
			graph.Mention{ArticleID: "article:1", EntityID: "org:eu", Start: 3, End: 9, Text: "EU", Reason: "alias", Count: 2}},
		{"node", nodeFrom(props{"id": "article:1", "kind": "Article", "name": "Title"}),
			graph.Node{ID: "article:1", Kind: graph.KindArticle, Name: "Title"}},
		{"edge without role", edgeFrom(props{"from": "a", "type": "OF", "to": "b", "role": nil}),
			graph.Edge{From: "a", Type: "OF", To: "b"}},
		{"saved query", savedQueryFrom(props{"name": "q", "description": "d", "document": "{ a }", "variables": "{}",
			"owner": "alice", "version": int64(2), "savedBy": "bob", "savedAt": at}),
			graph.SavedQuery{Name: "q", Description: "d", Document: "{ a }", Variables: "{}", Owner: "alice",
				Version: 2, SavedBy: "bob", SavedAt: at}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMergeParallel(t *testing.T) {
	n := func(ids ...string) []graph.Node {
		var out []graph.Node
		for _, id := range ids {
			out = append(out, graph.Node{ID: id})
		}
		return out
	}
	part := func(from, to, role string) graph.Edge {
		return graph.Edge{From: from, To: to, Type: "PARTICIPATED_IN", Role: role}
	}
	raw := []graph.Path{
		{Nodes: n("a", "x", "b"), Edges: []graph.Edge{part("a", "x", "participant"), part("b", "x", "host")}},
		{Nodes: n("a", "m", "b"), Edges: []graph.Edge{{From: "a", Type: "MEMBER_OF", To: "m"}, {From: "b", Type: "MEMBER_OF", To: "m"}}},
		{Nodes: n("a", "x", "b"), Edges: []graph.Edge{part("a", "x", "host"), part("b", "x", "host")}},
		{Nodes: n("a", "x", "b"), Edges: []graph.Edge{{From: "x", Type: "AT", To: "a"}, part("b", "x", "target")}},
	}
	want := []graph.Path{
		{Nodes: n("a", "m", "b"), Edges: []graph.Edge{{From: "a", Type: "MEMBER_OF", To: "m"}, {From: "b", Type: "MEMBER_OF", To: "m"}}},
		{Nodes: n("a", "x", "b"), Edges: []graph.Edge{{From: "x", Type: "AT", To: "a"}, part("b", "x", "host")}},
	}
	if diff := cmp.Diff(want, mergeParallel(raw)); diff != "" {
		t.Errorf("mergeParallel mismatch (-want +got):\n%s", diff)
	}
}
