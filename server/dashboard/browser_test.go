package dashboard_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"geograph/graph"
	"geograph/graph/memstore"
	"geograph/graph/neo4jstore/neo4jtest"
	"geograph/loader"
	"geograph/server"
)

// env is a geograph server over one store loaded with the fixture articles,
// with the default dashboard created as on first start.
type env struct {
	t          *testing.T
	url        string
	store      string
	production bool // production mode, which runs only trusted documents
}

var keys = []server.APIKey{
	{Key: "reader-key", Role: server.RoleReader, Name: "rita"},
	{Key: "analyst-key", Role: server.RoleAnalyst, Name: "alice"},
	{Key: "admin-key", Role: server.RoleAdmin, Name: "ada"},
}

// newEnv serves st loaded with the fixtures. In production mode reads need
// a key, and only saved queries' documents (and the page's subscriptions)
// run for any key but an admin's.
func newEnv(t *testing.T, name string, st graph.Store, production bool) *env {
	t.Helper()
	ctx := context.Background()
	var srv *server.Server
	ld, err := loader.New(st, loader.Options{OnBatch: func(b *graph.Batch) {
		if srv != nil {
			srv.BatchWritten(b)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	srv, err = server.New(server.Config{Store: st, Loader: ld, APIKeys: keys,
		Production: production, TrustedOnly: production, RequireKey: production})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := ld.LoadPaths(ctx, []string{"../../fixtures/articles"}, loader.Meta{})
	if err != nil || sum.Articles == 0 {
		t.Fatalf("loading the fixtures: %v (%d articles)", err, sum.Articles)
	}
	if err := srv.EnsureDefaultDashboard(ctx); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return &env{t: t, url: hs.URL, store: name, production: production}
}

// gql runs a GraphQL operation against the server as key and decodes data.
// The test's own documents are not trusted ones, so in production mode it
// sends them with the admin key.
func (e *env) gql(key, query string, vars map[string]any, out any) {
	e.t.Helper()
	if e.production {
		key = "admin-key"
	}
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		e.t.Fatal(err)
	}
	if len(r.Errors) > 0 {
		e.t.Fatalf("%s: %v", query, r.Errors)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		e.t.Fatal(err)
	}
}

// topCounts is the map legend the page should show for counts: the five
// largest, ties in the API's order.
func topCounts(counts []struct {
	Key   string
	Count int
}) string {
	sort.SliceStable(counts, func(i, j int) bool { return counts[i].Count > counts[j].Count })
	var parts []string
	for i, c := range counts {
		if i == 5 {
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", c.Key, c.Count))
	}
	return "Most: " + strings.Join(parts, " · ")
}

func openMemstore(t *testing.T) graph.Store {
	st, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	if err := st.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	return st
}

// chromium returns the path of a headless-capable Chromium, or skips the
// test (fails it when GEOGRAPH_REQUIRE_BROWSER=1, as CI sets).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("GEOGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("GEOGRAPH_REQUIRE_BROWSER") == "1" {
		t.Fatal("no chromium found and GEOGRAPH_REQUIRE_BROWSER=1 (apt-get install chromium)")
	}
	t.Skip("no chromium found: install it (apt-get install chromium) to run the dashboard's browser tests")
	return ""
}

// openNeo4j opens the test Neo4j through the shared helper, which reads
// only GEOGRAPH_TEST_NEO4J_URI and empties only a database it has claimed.
func openNeo4j(t *testing.T) graph.Store {
	return neo4jtest.Open(t)
}

// TestDashboardInBrowser drives the dashboard in headless Chromium over each
// store loaded with the fixtures, as an analyst would: open the default
// dashboard, search an entity, expand the graph, open evidence, change the
// period, see a panel update live after an ingest, and build a dashboard
// from a saved query. Each step checks the page against the API's answer.
// In production mode (trusted documents only, reads need a key) a reader
// does the same but for building a dashboard, which production refuses.
// Screenshots go to testdata/artifacts/.
func TestDashboardInBrowser(t *testing.T) {
	bin := chromium(t)
	for _, st := range []struct {
		name       string
		open       func(*testing.T) graph.Store
		production bool
	}{{"memstore", openMemstore, false}, {"memstore-production", openMemstore, true},
		{"neo4j", openNeo4j, false}, {"neo4j-production", openNeo4j, true}} {
		t.Run(st.name, func(t *testing.T) {
			e := newEnv(t, st.name, st.open(t), st.production)
			b := startBrowser(t, bin)
			if st.production {
				// The key lives in the page's storage, so set it on the
				// page's origin before the dashboard loads.
				b.navigate(e.url + "/dashboard/style.css")
				b.eval(`localStorage.setItem("geograph.apiKey", "reader-key")`, nil)
			}
			artifacts, err := filepath.Abs(filepath.Join("testdata", "artifacts"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(artifacts, 0o755); err != nil {
				t.Fatal(err)
			}
			shot := func(name string) { b.screenshot(filepath.Join(artifacts, st.name+"-"+name+".png"), 1, 0) }
			t.Cleanup(func() {
				if errs := b.pageErrors(); len(errs) > 0 {
					t.Errorf("the page threw: %v", errs)
				}
			})

			openDefault(t, e, b)
			searchEntity(t, e, b)
			shot("overview")
			if os.Getenv("GEOGRAPH_UPDATE_SCREENSHOT") == "1" && st.name == "memstore" {
				b.screenshot("screenshot.png", 0.6, 1500) // the README's
			}
			expandGraph(t, e, b)
			openEvidence(t, e, b, shot)
			changePeriod(t, e, b)
			changeDate(t, e, b)
			shot("parameters")
			liveUpdate(t, e, b)
			if st.production {
				return
			}
			createDashboard(t, e, b)
			shot("new-dashboard")
		})
	}
}
