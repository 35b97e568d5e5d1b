package server

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const saveMutation = `mutation($in: SaveQueryInput!) { saveQuery(input: $in) { name version owner savedBy description variables } }`

func saveInput(name, doc, desc string, vars map[string]any) map[string]any {
	return map[string]any{"in": map[string]any{"name": name, "document": doc, "description": desc, "variables": vars}}
}

// TestSavedQueryVersions saves a query twice, changes it as an admin,
// refuses another analyst, lists, fetches versions and deletes it.
func TestSavedQueryVersions(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	const doc1 = `query($code: String!) { country(code: $code) { name } }`
	const doc2 = `query($code: String!) { country(code: $code) { name code } }`

	steps := []struct {
		name      string
		key       string
		query     string
		vars      map[string]any
		want      string
		wantCodes []string
	}{
		{"alice saves version 1", "analyst-key", saveMutation, saveInput("country-card", doc1, "A country's card", map[string]any{"code": "KZ"}),
			`{"saveQuery": {"name": "country-card", "version": 1, "owner": "alice", "savedBy": "alice", "description": "A country's card", "variables": {"code": "KZ"}}}`, nil},
		{"alice saves version 2", "analyst-key", saveMutation, saveInput("country-card", doc2, "A country's card, with code", map[string]any{"code": "KZ"}),
			`{"saveQuery": {"name": "country-card", "version": 2, "owner": "alice", "savedBy": "alice", "description": "A country's card, with code", "variables": {"code": "KZ"}}}`, nil},
		{"bob may not change alice's query", "analyst2-key", saveMutation, saveInput("country-card", doc1, "", nil),
			`null`, []string{"FORBIDDEN"}},
		{"an admin may", "admin-key", saveMutation, saveInput("country-card", doc2, "fixed by root", map[string]any{"code": "RU"}),
			`{"saveQuery": {"name": "country-card", "version": 3, "owner": "alice", "savedBy": "root", "description": "fixed by root", "variables": {"code": "RU"}}}`, nil},
		{"a document that does not validate is refused", "analyst-key", saveMutation, saveInput("broken", `{ country { nope } }`, "", nil),
			`null`, []string{"INVALID"}},
		{"a mutation cannot be saved", "analyst-key", saveMutation, saveInput("sneaky", `mutation { deleteSavedQuery(name: "country-card") }`, "", nil),
			`null`, []string{"INVALID"}},
		{"a bad name is refused", "analyst-key", saveMutation, saveInput("../etc", doc1, "", nil),
			`null`, []string{"INVALID"}},
		{"list and versions", "", `{ savedQueries { name version owner } savedQuery(name: "country-card", version: 1) { version document versions { version savedBy } } }`, nil,
			`{"savedQueries": [{"name": "country-card", "version": 3, "owner": "alice"}],
			  "savedQuery": {"version": 1, "document": "` + escape(doc1) + `", "versions": [{"version": 1, "savedBy": "alice"}, {"version": 2, "savedBy": "alice"}, {"version": 3, "savedBy": "root"}]}}`, nil},
		{"run by name with default variables", "", `{ runSavedQuery(name: "country-card") }`, nil,
			`{"runSavedQuery": {"data": {"country": {"name": "Russia", "code": "RU"}}}}`, nil},
		{"run by name with variables", "", `{ runSavedQuery(name: "country-card", variables: {code: "TR"}) }`, nil,
			`{"runSavedQuery": {"data": {"country": {"name": "Turkey", "code": "TR"}}}}`, nil},
		{"run an unknown name", "", `{ runSavedQuery(name: "nope") }`, nil,
			`null`, []string{"NOT_FOUND"}},
		{"bob may not delete it", "analyst2-key", `mutation { deleteSavedQuery(name: "country-card") }`, nil,
			`null`, []string{"FORBIDDEN"}},
		{"alice deletes it", "analyst-key", `mutation { deleteSavedQuery(name: "country-card") }`, nil,
			`{"deleteSavedQuery": true}`, nil},
		{"deleting again says false", "analyst-key", `mutation { deleteSavedQuery(name: "country-card") }`, nil,
			`{"deleteSavedQuery": false}`, nil},
	}
	for _, s := range steps {
		r := post(t, srv, s.key, s.query, s.vars)
		if diff := cmp.Diff(s.wantCodes, r.codes()); diff != "" {
			t.Errorf("%s: codes (-want +got):\n%s\nerrors: %+v", s.name, diff, r.Errors)
		}
		var got any
		if err := jsonUnmarshal(r.Data, &got); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if diff := cmp.Diff(parseJSON(t, s.want), got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", s.name, diff)
		}
	}
}

// TestSavedQueryURL runs a saved query as a dashboard would: GET
// /queries/{name}, with query parameters overriding the defaults and read as
// JSON where they parse.
func TestSavedQueryURL(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	doc := `query($code: String!, $date: String, $first: Int) { country(code: $code) { leaders(date: $date) { person { name } } events(first: $first) { kind } } }`
	mustData(t, post(t, srv, "analyst-key", saveMutation, saveInput("leaders", doc, "", map[string]any{"code": "KZ", "first": 0})))
	tests := []struct {
		url        string
		wantStatus int
		want       string
	}{
		{"/queries/leaders?date=2018", 200, `{"data": {"country": {"leaders": [{"person": {"name": "Nursultan Nazarbayev"}}], "events": [{"kind": "SUMMIT"}]}}}`},
		{"/queries/leaders?date=2020&first=1", 200, `{"data": {"country": {"leaders": [{"person": {"name": "Kassym-Jomart Tokayev"}}], "events": [{"kind": "SUMMIT"}]}}}`},
		{"/queries/leaders?code=RU&date=2020", 200, `{"data": {"country": {"leaders": [], "events": []}}}`},
		{"/queries/missing", 404, `{"errors": [{"message": "saved query \"missing\" not found", "extensions": {"code": "NOT_FOUND"}}]}`},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.url, nil))
		if rec.Code != tt.wantStatus {
			t.Errorf("GET %s: status %d, want %d", tt.url, rec.Code, tt.wantStatus)
		}
		var got any
		if err := jsonUnmarshal(rec.Body.Bytes(), &got); err != nil {
			t.Fatalf("GET %s: %v", tt.url, err)
		}
		if diff := cmp.Diff(parseJSON(t, tt.want), got); diff != "" {
			t.Errorf("GET %s (-want +got):\n%s", tt.url, diff)
		}
	}
}

func escape(s string) string {
	b, _ := jsonMarshal(s)
	return string(b[1 : len(b)-1])
}
