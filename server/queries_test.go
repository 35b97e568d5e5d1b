package server

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph/graphtest"
)

// TestQueries runs every query of the schema against the embedded store
// holding the graphtest batches and compares the whole answer.
func TestQueries(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	summit, cpc, corridor := graphtest.SummitID(), graphtest.CPCRouteID(), graphtest.MiddleCorridorID()
	articleA := graphtest.SummitArticleA().Articles[0].ID
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		want  string
	}{
		{
			name:  "country by code with leaders on a date and memberships",
			query: `{ country(code: "kz") { id code iso3 name aliases leaders(date: "2018-01-01") { person { name } office { name } from to } memberships { organization { acronym } from } } }`,
			want: `{"country": {"id": "country:kz", "code": "KZ", "iso3": "KAZ", "name": "Kazakhstan", "aliases": ["Republic of Kazakhstan"],
				"leaders": [{"person": {"name": "Nursultan Nazarbayev"}, "office": {"name": "President of Kazakhstan"}, "from": "1991-12-16", "to": "2019-03-20"}],
				"memberships": [{"organization": {"acronym": "SCO"}, "from": "2001-06-15"}]}}`,
		},
		{
			name:  "leaders default to today",
			query: `{ country(code: "KZ") { leaders { person { name } } } }`,
			want:  `{"country": {"leaders": [{"person": {"name": "Kassym-Jomart Tokayev"}}]}}`,
		},
		{
			name:  "leaders of an organisation follow the date",
			query: `{ before: leaders(country: "org:european-union", date: "2022-10-27") { person { name } } after: leaders(country: "org:european-union", date: "2025-01") { person { name } } }`,
			want:  `{"before": [{"person": {"name": "Charles Michel"}}], "after": [{"person": {"name": "António Costa"}}]}`,
		},
		{
			name:  "unknown country is null",
			query: `{ country(code: "ZZ") { id } }`,
			want:  `{"country": null}`,
		},
		{
			name: "node: a summit reported twice is one event with two pieces of evidence",
			query: `query($id: ID!) { node(id: $id) { id __typename ... on Summit { kind name date { value granularity derivation } place { name }
				participants { role entity { id } } hosts: participants(role: "host") { entity { name } } modality cameo plover confidence
				evidence { article { title } sentence confidence extractor } } } }`,
			vars: map[string]any{"id": summit},
			want: `{"node": {"id": "` + summit + `", "__typename": "Summit", "kind": "SUMMIT", "name": "EU–Central Asia summit",
				"date": {"value": "2022-10-27", "granularity": "DAY", "derivation": "'Thursday' → Thursday of the week of 2022-10-28"},
				"place": {"name": "Astana"},
				"participants": [{"role": "host", "entity": {"id": "country:kz"}}, {"role": "host", "entity": {"id": "person:kassym-jomart-tokayev"}},
					{"role": "participant", "entity": {"id": "org:european-union"}}, {"role": "participant", "entity": {"id": "person:charles-michel"}}],
				"hosts": [{"entity": {"name": "Kazakhstan"}}, {"entity": {"name": "Kassym-Jomart Tokayev"}}],
				"modality": "ASSERTED", "cameo": "043", "plover": "CONSULT", "confidence": 0.9,
				"evidence": ` + evidenceJSON() + `}}`,
		},
		{
			name:  "nodes keep order and give null for unknown IDs",
			query: `{ nodes(ids: ["country:kz", "country:zz", "org:european-union", "nonsense"]) { id __typename } }`,
			want:  `{"nodes": [{"id": "country:kz", "__typename": "Country"}, null, {"id": "org:european-union", "__typename": "Organization"}, null]}`,
		},
		{
			name:  "person with offices and events",
			query: `{ person(id: "person:kassym-jomart-tokayev") { name aliases country { code } offices { office { name } from to } events { name } } }`,
			want: `{"person": {"name": "Kassym-Jomart Tokayev", "aliases": ["Tokayev"], "country": {"code": "KZ"},
				"offices": [{"office": {"name": "President of Kazakhstan"}, "from": "2019-03-20", "to": ""}],
				"events": [{"name": "EU–Central Asia summit"}]}}`,
		},
		{
			name:  "person lookup of another kind is null",
			query: `{ person(id: "country:kz") { id } }`,
			want:  `{"person": null}`,
		},
		{
			name:  "organization with members",
			query: `{ organization(id: "org:sco") { name acronym subkind members { member { id } from to } } }`,
			want: `{"organization": {"name": "Shanghai Cooperation Organisation", "acronym": "SCO", "subkind": "alliance",
				"members": [{"member": {"id": "country:cn"}, "from": "2001-06-15", "to": ""}, {"member": {"id": "country:kz"}, "from": "2001-06-15", "to": ""},
					{"member": {"id": "country:ru"}, "from": "2001-06-15", "to": ""}]}}`,
		},
		{
			name:  "article with events and mentions",
			query: `query($id: ID!) { article(id: $id) { title source published events { id } mentions { entity { id } text count } } }`,
			vars:  map[string]any{"id": articleA},
			want: `{"article": {"title": "EU and Central Asian leaders meet in Astana", "source": "Example Wire", "published": "2022-10-27",
				"events": [{"id": "` + summit + `"}],
				"mentions": [{"entity": {"id": "org:european-union"}, "text": "European Union", "count": 1}, {"entity": {"id": "place:astana"}, "text": "Astana", "count": 1},
					{"entity": {"id": "country:kz"}, "text": "Kazakhstan", "count": 1}, {"entity": {"id": "person:charles-michel"}, "text": "Charles Michel", "count": 1}]}}`,
		},
		{
			name:  "place with dated names",
			query: `{ place(id: "place:astana") { name subkind country { name } names { name from to } events { kind } } }`,
			want: `{"place": {"name": "Astana", "subkind": "city", "country": {"name": "Kazakhstan"},
				"names": [{"name": "Akmola", "from": "1992", "to": "1998-05-06"}, {"name": "Astana", "from": "1998-05-06", "to": "2019-03-23"},
					{"name": "Nur-Sultan", "from": "2019-03-23", "to": "2022-09-17"}, {"name": "Astana", "from": "2022-09-17", "to": ""}],
				"events": []}}`,
		},
		{
			name:  "event by ID",
			query: `query($id: ID!) { event(id: $id) { __typename kind } }`,
			vars:  map[string]any{"id": summit},
			want:  `{"event": {"__typename": "Summit", "kind": "SUMMIT"}}`,
		},
		{
			name: "routes keep their via order",
			query: `query($cpc: ID!, $corridor: ID!) {
				cpc: route(id: $cpc) { __typename kind name commodity { name } from { id } via { id } to { id } share halts { value granularity } modality }
				corridor: route(id: $corridor) { __typename via { id } to { id } modality } }`,
			vars: map[string]any{"cpc": cpc, "corridor": corridor},
			want: `{"cpc": {"__typename": "ExportDependency", "kind": "EXPORT_DEPENDENCY", "name": "Kazakh oil exports through Russia", "commodity": {"name": "Oil"},
					"from": {"id": "country:kz"}, "via": [{"id": "country:ru"}], "to": {"id": "place:novorossiysk"}, "share": "around 80 percent",
					"halts": [{"value": "2022-03", "granularity": "MONTH"}, {"value": "2022-07-05", "granularity": "DAY"}, {"value": "2022-08", "granularity": "MONTH"}],
					"modality": "ASSERTED"},
				"corridor": {"__typename": "TradeRoute", "via": [{"id": "place:khorgos"}, {"id": "place:aktau"}, {"id": "country:tr"}], "to": {"id": "org:european-union"}, "modality": "PLANNED"}}`,
		},
		{
			name:  "countries connection",
			query: `{ countries(first: 3) { totalCount edges { node { code } } pageInfo { hasNextPage hasPreviousPage } } }`,
			want:  `{"countries": {"totalCount": 4, "edges": [{"node": {"code": "CN"}}, {"node": {"code": "KZ"}}, {"node": {"code": "RU"}}], "pageInfo": {"hasNextPage": true, "hasPreviousPage": false}}}`,
		},
		{
			name:  "entities filtered by kind and country",
			query: `{ entities(filter: {kinds: [PLACE], country: "kz"}) { totalCount edges { node { __typename name } } } }`,
			want:  `{"entities": {"totalCount": 3, "edges": [{"node": {"__typename": "Place", "name": "Aktau"}}, {"node": {"__typename": "Place", "name": "Astana"}}, {"node": {"__typename": "Place", "name": "Khorgos"}}]}}`,
		},
		{
			name:  "entities by name prefix",
			query: `{ entities(filter: {nameStartsWith: "kaz"}) { edges { node { id } } } }`,
			want:  `{"entities": {"edges": [{"node": {"id": "country:kz"}}]}}`,
		},
		{
			name:  "events filtered by country, kind, dates, modality and confidence",
			query: `{ events(filter: {countries: ["KZ"], kinds: [SUMMIT], from: "2022-10", to: "2022", modalities: [ASSERTED], minConfidence: 0.85}, orderBy: CONFIDENCE_DESC) { totalCount edges { node { name } } } }`,
			want:  `{"events": {"totalCount": 1, "edges": [{"node": {"name": "EU–Central Asia summit"}}]}}`,
		},
		{
			name:  "events filter that matches nothing",
			query: `{ events(filter: {participants: ["country:ru"]}) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`,
			want:  `{"events": {"totalCount": 0, "edges": [], "pageInfo": {"hasNextPage": false, "endCursor": null}}}`,
		},
		{
			name:  "routes by country",
			query: `{ routes(filter: {countries: ["TR"]}) { totalCount edges { node { name } } } }`,
			want:  `{"routes": {"totalCount": 1, "edges": [{"node": {"name": "Middle Corridor"}}]}}`,
		},
		{
			name:  "routes by commodity and kind",
			query: `{ routes(filter: {commodity: "commodity:oil", kinds: [EXPORT_DEPENDENCY]}) { edges { node { kind } } } }`,
			want:  `{"routes": {"edges": [{"node": {"kind": "EXPORT_DEPENDENCY"}}]}}`,
		},
		{
			name:  "articles newest first",
			query: `{ articles { totalCount edges { node { published } } } }`,
			want:  `{"articles": {"totalCount": 3, "edges": [{"node": {"published": "2022-10-28"}}, {"node": {"published": "2022-10-27"}}, {"node": {"published": "2022-08-25"}}]}}`,
		},
		{
			name:  "timeline of a country",
			query: `{ in: timeline(entity: "country:kz", from: "2022", to: "2022-12") { name date { value } } out: timeline(entity: "country:kz", from: "2023") { name } }`,
			want:  `{"in": [{"name": "EU–Central Asia summit", "date": {"value": "2022-10-27"}}], "out": []}`,
		},
		{
			name:  "paths between a president and the EU go through the summit",
			query: `{ paths(from: "person:kassym-jomart-tokayev", to: "org:european-union", maxHops: 3) { length nodes { id } edges { type role } } }`,
			want: `{"paths": [{"length": 2, "nodes": [{"id": "person:kassym-jomart-tokayev"}, {"id": "` + summit + `"}, {"id": "org:european-union"}],
				"edges": [{"type": "PARTICIPATED_IN", "role": "host"}, {"type": "PARTICIPATED_IN", "role": "participant"}]}]}`,
		},
		{
			name:  "search finds Astana by its old name",
			query: `{ search(text: "nur-sultan", limit: 1) { node { id kind name node { ... on Place { country { code } } } } } }`,
			want:  `{"search": [{"node": {"id": "place:astana", "kind": "PLACE", "name": "Astana", "node": {"country": {"code": "KZ"}}}}]}`,
		},
		{
			name:  "event counts by kind, country and month",
			query: `{ kind: eventCounts(groupBy: KIND) { key count } country: eventCounts(groupBy: COUNTRY) { key count } month: eventCounts(groupBy: MONTH, filter: {kinds: [SUMMIT]}) { key count } }`,
			want:  `{"kind": [{"key": "Summit", "count": 1}], "country": [{"key": "BE", "count": 1}, {"key": "KZ", "count": 1}], "month": [{"key": "2022-10", "count": 1}]}`,
		},
		{
			name:  "no saved queries yet",
			query: `{ savedQueries { name } savedQuery(name: "none") { name } }`,
			want:  `{"savedQueries": [], "savedQuery": null}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustData(t, post(t, srv, "", tt.query, tt.vars))
			if diff := cmp.Diff(parseJSON(t, tt.want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

// evidenceJSON is the summit's evidence, ordered by article ID as stores
// return it.
func evidenceJSON() string {
	a := graphtest.SummitArticleA()
	b := graphtest.SummitArticleB()
	ea := `{"article": {"title": "` + a.Articles[0].Title + `"}, "sentence": 0, "confidence": 0.8, "extractor": "graphtest/1"}`
	eb := `{"article": {"title": "` + b.Articles[0].Title + `"}, "sentence": 0, "confidence": 0.9, "extractor": "graphtest/1"}`
	if a.Articles[0].ID > b.Articles[0].ID {
		ea, eb = eb, ea
	}
	return "[" + ea + ", " + eb + "]"
}

// TestNeighbourhood checks the subgraph around Astana holds its country, the
// summit held there and every edge among them.
func TestNeighbourhood(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	got := mustData(t, post(t, srv, "", `{ neighbourhood(entity: "place:astana", depth: 1, kinds: [COUNTRY, SUMMIT]) { nodes { id kind } edges { from to type } } }`, nil))
	want := parseJSON(t, `{"neighbourhood": {
		"nodes": [{"id": "country:kz", "kind": "COUNTRY"}, {"id": "place:astana", "kind": "PLACE"}, {"id": "`+graphtest.SummitID()+`", "kind": "SUMMIT"}],
		"edges": [{"from": "country:kz", "to": "`+graphtest.SummitID()+`", "type": "PARTICIPATED_IN"}, {"from": "place:astana", "to": "country:kz", "type": "IN"}, {"from": "`+graphtest.SummitID()+`", "to": "place:astana", "type": "AT"}]}}`)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestPaging walks the countries two at a time with the keyset cursors.
func TestPaging(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	const q = `query($after: String) { countries(first: 2, after: $after) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`
	type page struct {
		Countries struct {
			Edges []struct {
				Node struct{ Code string }
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
	}
	var codes []string
	var after any
	for range 5 {
		r := post(t, srv, "", q, map[string]any{"after": after})
		var p page
		if err := jsonUnmarshal(mustRaw(t, r), &p); err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Countries.Edges {
			codes = append(codes, e.Node.Code)
		}
		if !p.Countries.PageInfo.HasNextPage {
			break
		}
		after = *p.Countries.PageInfo.EndCursor
	}
	if diff := cmp.Diff([]string{"CN", "KZ", "RU", "TR"}, codes); diff != "" {
		t.Errorf("codes over pages (-want +got):\n%s", diff)
	}
}

// TestInvalidArguments checks bad arguments are INVALID errors saying what
// is wrong, never internal ones.
func TestInvalidArguments(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	tests := []struct{ name, query string }{
		{"event kind filter with an entity kind", `{ events(filter: {kinds: [COUNTRY]}) { totalCount } }`},
		{"bad date", `{ events(filter: {from: "27 October"}) { totalCount } }`},
		{"confidence out of range", `{ events(filter: {minConfidence: 2}) { totalCount } }`},
		{"page too large", `{ countries(first: 100000) { totalCount } }`},
		{"malformed cursor", `{ countries(after: "!!") { totalCount } }`},
		{"depth out of range", `{ neighbourhood(entity: "country:kz", depth: 9) { nodes { id } } }`},
		{"empty search", `{ search(text: "  ") { score } }`},
		{"bad leaders date", `{ leaders(country: "KZ", date: "yesterday") { from } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv, "", tt.query, nil)
			if diff := cmp.Diff([]string{"INVALID"}, r.codes()); diff != "" {
				t.Errorf("codes (-want +got):\n%s\nerrors: %+v", diff, r.Errors)
			}
		})
	}
}
