package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"geograph/server/dashboard"
)

// geograph serve creates the default dashboard and the page's own saved
// queries on its first start and keeps them on the next, and serves the
// page, in production too, where only trusted documents run: there the
// test asks as the page does, by the hash of the page's own document.
func TestServeCreatesDefaultDashboardOnce(t *testing.T) {
	data := filepath.Join(t.TempDir(), "graph.json")
	want := `{"dashboards":[{"name":"Geopolitical overview"}]}`
	t.Run("first", func(t *testing.T) {
		addr := startServe(t, nil, "--data", data)
		got, _ := json.Marshal(graphQL(t, addr, `{ dashboards { name version owner } savedQuery(name: "dashboard.search") { version owner } }`, nil))
		wantFirst := `{"dashboards":[{"name":"Geopolitical overview","owner":"geograph","version":1}],"savedQuery":{"owner":"geograph","version":1}}`
		if string(got) != wantFirst {
			t.Errorf("first start: %s, want %s", got, wantFirst)
		}
		checkPage(t, addr)
	})
	t.Run("second-production", func(t *testing.T) {
		addr := startServe(t, nil, "--data", data, "--production")
		if got := pageQuery(t, addr, "dashboard.dashboard", map[string]any{"n": dashboard.DefaultName}); !strings.Contains(got, `"version":1`) || !strings.Contains(got, `"dashboards":[{"name":"Geopolitical overview"}]`) {
			t.Errorf("production: the page's dashboard query by hash = %.300s, want version 1 and %s", got, want)
		}
		checkPage(t, addr)
	})
	t.Run("third", func(t *testing.T) {
		addr := startServe(t, nil, "--data", data)
		got, _ := json.Marshal(graphQL(t, addr, `{ savedQuery(name: "dashboard.search") { version } }`, nil))
		if string(got) != `{"savedQuery":{"version":1}}` {
			t.Errorf("third start: %s, want the page's query still at version 1", got)
		}
	})
}

// pageQuery posts the page's document name by its SHA-256 hash alone, as
// the page does, and returns the raw response.
func pageQuery(t *testing.T, addr, name string, vars map[string]any) string {
	t.Helper()
	var text string
	for _, d := range dashboard.Documents() {
		if d.Name == name {
			text = d.Text
		}
	}
	if text == "" {
		t.Fatalf("no page document %s", name)
	}
	sum := sha256.Sum256([]byte(text))
	body, _ := json.Marshal(map[string]any{"variables": vars, "extensions": map[string]any{
		"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}})
	resp, err := http.Post("http://"+addr+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return string(raw)
}

// checkPage checks that serve serves the dashboard page.
func checkPage(t *testing.T, addr string) {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/dashboard")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "/dashboard/app.js") {
		t.Errorf("GET /dashboard = %d %.200s", resp.StatusCode, page)
	}
}
