package crossstore_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/memstore"
	"geograph/graph/neo4jstore/neo4jtest"
	"geograph/server"
)

// stores opens each store kind, empty and set up. Neo4j is skipped when none
// answers, unless GEOGRAPH_REQUIRE_NEO4J=1.
var stores = []struct {
	name string
	open func(t *testing.T) graph.Store
}{
	{"memstore", func(t *testing.T) graph.Store {
		s, err := memstore.Open("")
		if err != nil {
			t.Fatal(err)
		}
		return s
	}},
	{"neo4j", openNeo4j},
}

// openNeo4j opens the test Neo4j through the shared helper, which skips
// without one and never touches any other database.
func openNeo4j(t *testing.T) graph.Store { return neo4jtest.Open(t) }

// TestExamplesOnBothStores loads the graphtest fixtures into each store,
// saves the five analyst examples and runs them by URL; both stores must
// give the golden answers in server/testdata/examples.
func TestExamplesOnBothStores(t *testing.T) {
	files, err := filepath.Glob("../testdata/examples/*.graphql")
	if err != nil || len(files) != 5 {
		t.Fatalf("want five examples, found %v (%v)", files, err)
	}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			srv := newServer(t, st.open(t))
			for _, file := range files {
				name := strings.TrimSuffix(filepath.Base(file), ".graphql")
				doc, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				save := map[string]any{"query": `mutation($in: SaveQueryInput!) { saveQuery(input: $in) { version } }`,
					"variables": map[string]any{"in": map[string]any{"name": name, "document": string(doc)}}}
				if body, code := request(t, srv, http.MethodPost, "/graphql", save); code != http.StatusOK || bytes.Contains(body, []byte(`"errors"`)) {
					t.Fatalf("saving %s: %d %s", name, code, body)
				}
				body, code := request(t, srv, http.MethodGet, "/queries/"+name, nil)
				var got struct {
					Data   json.RawMessage
					Errors []any
				}
				if err := json.Unmarshal(body, &got); err != nil || code != http.StatusOK || len(got.Errors) > 0 {
					t.Fatalf("GET /queries/%s: %d %s (%v)", name, code, body, err)
				}
				var pretty bytes.Buffer
				json.Indent(&pretty, got.Data, "", "  ")
				pretty.WriteByte('\n')
				want, err := os.ReadFile(strings.TrimSuffix(file, ".graphql") + ".json")
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(string(want), pretty.String()); diff != "" {
					t.Errorf("%s on %s (-want +got):\n%s", name, st.name, diff)
				}
			}
		})
	}
}

// TestQueriesOnBothStores asks each store the analyst queries whose
// answers depend most on the store: search, paths, neighbourhood and filters.
func TestQueriesOnBothStores(t *testing.T) {
	summit := graphtest.SummitID()
	tests := []struct{ name, query, want string }{
		{"search by a former name", `{ search(text: "nur-sultan", limit: 1) { node { id } } }`,
			`{"search": [{"node": {"id": "place:astana"}}]}`},
		{"paths", `{ paths(from: "person:kassym-jomart-tokayev", to: "org:european-union", maxHops: 3) { length nodes { id } } }`,
			`{"paths": [{"length": 2, "nodes": [{"id": "person:kassym-jomart-tokayev"}, {"id": "` + summit + `"}, {"id": "org:european-union"}]}]}`},
		{"neighbourhood", `{ neighbourhood(entity: "place:astana", kinds: [COUNTRY, SUMMIT]) { nodes { id } } }`,
			`{"neighbourhood": {"nodes": [{"id": "country:kz"}, {"id": "place:astana"}, {"id": "` + summit + `"}]}}`},
		{"events by country and confidence", `{ events(filter: {countries: ["KZ"], minConfidence: 0.85}) { totalCount edges { node { id } } } }`,
			`{"events": {"totalCount": 1, "edges": [{"node": {"id": "` + summit + `"}}]}}`},
	}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			srv := newServer(t, st.open(t))
			for _, tt := range tests {
				body, _ := request(t, srv, http.MethodPost, "/graphql", map[string]any{"query": tt.query})
				var got, want struct{ Data any }
				json.Unmarshal(body, &got)
				json.Unmarshal([]byte(`{"data": `+tt.want+`}`), &want)
				if diff := cmp.Diff(want.Data, got.Data); diff != "" {
					t.Errorf("%s (-want +got):\n%s\nbody: %s", tt.name, diff, body)
				}
			}
		})
	}
}

// newServer writes the fixtures to st and serves it with one analyst key.
func newServer(t *testing.T, st graph.Store, change ...func(*server.Config)) http.Handler {
	t.Helper()
	for _, b := range []*graph.Batch{graphtest.ReferenceBatch(), graphtest.SummitArticleA(), graphtest.SummitArticleB(), graphtest.PipelineArticle()} {
		if _, err := st.WriteBatch(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	cfg := server.Config{
		Store:   st,
		APIKeys: []server.APIKey{{Key: "analyst-key", Role: server.RoleAnalyst, Name: "alice"}},
		Now:     func() time.Time { return time.Date(2023, 6, 1, 12, 0, 0, 0, time.UTC) },
	}
	for _, c := range change {
		c(&cfg)
	}
	srv, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

func request(t *testing.T, h http.Handler, method, path string, body any) ([]byte, int) {
	t.Helper()
	var r *http.Request
	if body != nil {
		b, _ := json.Marshal(body)
		r = httptest.NewRequest(method, path, bytes.NewReader(b))
		r.Header.Set("Content-Type", "application/json")
	} else {
		r = httptest.NewRequest(method, path, nil)
	}
	r.Header.Set("Authorization", "Bearer analyst-key")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec.Body.Bytes(), rec.Code
}
