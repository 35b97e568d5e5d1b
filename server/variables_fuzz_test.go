package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fuzzQuery declares a variable of every kind of input the schema takes:
// scalars, enums, lists, input objects, the JSON object of saved queries.
const fuzzQuery = `query($code: String!, $first: Int, $after: String, $filter: EventFilter, $order: EventOrder,
  $ids: [ID!]!, $kinds: [NodeKind!], $depth: Int, $vars: JSONObject, $entity: EntityFilter) {
  country(code: $code) { name events(filter: $filter, first: $first) { name } }
  events(filter: $filter, orderBy: $order, first: $first, after: $after) { totalCount }
  entities(filter: $entity, first: $first) { totalCount }
  nodes(ids: $ids) { id }
  neighbourhood(entity: $code, depth: $depth, kinds: $kinds) { nodes { id } }
  runSavedQuery(name: "fuzz", variables: $vars)
}`

// FuzzVariables sends arbitrary bytes, up to 1 MB, as a request's
// variables, and as a saved query's stored variables: no input may panic,
// hang or be answered as an internal error; each is answered in the GraphQL
// error shape.
func FuzzVariables(f *testing.F) {
	for _, seed := range []string{
		`{}`, `null`, `[]`, `"x"`, `{"code": "KZ", "ids": []}`,
		`{"code": "KZ", "ids": ["country:kz"], "first": 5, "filter": {"kinds": ["SUMMIT"], "minConfidence": 0.5, "from": "2022"}}`,
		`{"code": "KZ", "ids": [], "first": 1e309}`, `{"code": "KZ", "ids": [], "first": "5"}`, `{"code": "KZ", "ids": [], "first": 2.5}`,
		`{"code": "KZ", "ids": [], "first": -9223372036854775809}`, `{"code": "KZ", "ids": [], "order": "SIDEWAYS"}`,
		`{"code": "KZ", "ids": [], "kinds": [[["COUNTRY"]]], "depth": 9}`, `{"code": "KZ", "ids": [], "vars": {"a": {"b": [1, {"c": null}]}}}`,
		`{"code": "KZ", "ids": [], "after": "!!", "entity": {"kinds": ["SUMMIT"], "nameStartsWith": "\u0000"}}`,
		`{"code": "\ud800", "ids": [null]}`, `{"code": "KZ", "code": 1, "ids": {}}`,
		`{"code": "KZ", "ids": [], "vars": ` + strings.Repeat(`{"a":`, 5000) + `1` + strings.Repeat(`}`, 5000) + `}`,
		`{"code": "KZ", "ids": ` + strings.Repeat(`[`, 20000) + strings.Repeat(`]`, 20000) + `}`,
		`{"code": "KZ", "ids": [` + strings.Repeat(`"country:kz",`, 30000) + `"x"]}`,
	} {
		f.Add([]byte(seed))
	}
	srv := newServer(f, newStore(f, fixtureBatches()...))
	f.Fuzz(func(t *testing.T, vars []byte) {
		if len(vars) > 1<<20 {
			return
		}
		body := `{"query": ` + quote(fuzzQuery) + `, "variables": ` + string(vars) + `}`
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("status %d for variables %.200q: %s", rec.Code, vars, rec.Body)
		}
		var r response
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("answer is not JSON (%v): %.300s", err, rec.Body)
		}
		if len(r.Errors) == 0 && (len(r.Data) == 0 || bytes.Equal(r.Data, []byte("null"))) {
			t.Fatalf("neither data nor errors: %.300s", rec.Body)
		}
		for _, c := range r.codes() {
			if c == "INTERNAL" {
				t.Fatalf("internal error for variables %.200q: %+v", vars, r.Errors)
			}
		}

		// The same bytes as a saved query's stored variables.
		if v, err := decodeVariables(string(vars)); err == nil && v == nil {
			t.Fatalf("decodeVariables(%.200q) gave no map and no error", vars)
		}
	})
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
