package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/memstore"
)

// Keys the tests present; their names are who saves queries.
var testKeys = []APIKey{
	{Key: "reader-key", Role: RoleReader, Name: "rita"},
	{Key: "analyst-key", Role: RoleAnalyst, Name: "alice"},
	{Key: "analyst2-key", Role: RoleAnalyst, Name: "bob"},
	{Key: "admin-key", Role: RoleAdmin, Name: "root"},
}

// today is the tests' clock: leaders without a date are those of this day.
var today = time.Date(2023, 6, 1, 12, 0, 0, 0, time.UTC)

// fixtureBatches are the graphtest batches every test server holds.
func fixtureBatches() []*graph.Batch {
	return []*graph.Batch{graphtest.ReferenceBatch(), graphtest.SummitArticleA(), graphtest.SummitArticleB(), graphtest.PipelineArticle()}
}

// newStore returns an empty embedded store holding batches.
func newStore(t testing.TB, batches ...*graph.Batch) graph.Store {
	t.Helper()
	st, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	t.Cleanup(func() { st.Close(ctx) })
	if err := st.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		if _, err := st.WriteBatch(ctx, b); err != nil {
			t.Fatalf("write batch: %v", err)
		}
	}
	return st
}

// newServer returns a server over st with the test keys and clock; change
// adjusts the config first.
func newServer(t testing.TB, st graph.Store, change ...func(*Config)) *Server {
	t.Helper()
	cfg := Config{Store: st, APIKeys: testKeys, Now: func() time.Time { return today }}
	for _, c := range change {
		c(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// gqlError is an error as clients see it.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path,omitempty"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

// response is a GraphQL response with data left as JSON.
type response struct {
	Status int             `json:"-"`
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// codes returns the extensions.code of each error.
func (r response) codes() []string {
	var out []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c)
	}
	return out
}

// post sends a GraphQL request to h as key (none when empty).
func post(t *testing.T, h http.Handler, key, query string, vars map[string]any) response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return do(t, h, key, httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body)))
}

func do(t *testing.T, h http.Handler, key string, req *http.Request) response {
	t.Helper()
	if req.Method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r response
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("%s %s: status %d, body %q is not JSON: %v", req.Method, req.URL, rec.Code, rec.Body.String(), err)
	}
	r.Status = rec.Code
	return r
}

// mustData fails the test on errors and decodes the data into a generic value.
func mustData(t *testing.T, r response) any {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var v any
	if err := json.Unmarshal(r.Data, &v); err != nil {
		t.Fatalf("data %s: %v", r.Data, err)
	}
	return v
}

// parseJSON decodes a JSON literal written in a test.
func parseJSON(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.NewDecoder(strings.NewReader(s)).Decode(&v); err != nil {
		t.Fatalf("bad JSON in test: %v\n%s", err, s)
	}
	return v
}

func mustRaw(t *testing.T, r response) []byte {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	return r.Data
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
