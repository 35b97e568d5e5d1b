package main

import (
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// geograph serve creates the default dashboard on its first start and
// keeps it on the next, and serves the page, in production too.
func TestServeCreatesDefaultDashboardOnce(t *testing.T) {
	data := filepath.Join(t.TempDir(), "graph.json")
	query := `{ dashboards { name version owner } }`
	want := `{"dashboards":[{"name":"Geopolitical overview","owner":"geograph","version":1}]}`
	// One start after the other: each subtest stops its server. The page's
	// own documents are not saved queries, so production serves it with
	// --trusted-only off.
	for i, args := range [][]string{{"--data", data}, {"--data", data, "--production", "--trusted-only=false"}} {
		t.Run([]string{"first", "second-production"}[i], func(t *testing.T) { checkDashboardServed(t, args, query, want) })
	}
}

// checkDashboardServed starts serve with args and checks the dashboards it
// holds and the page it serves.
func checkDashboardServed(t *testing.T, args []string, query, want string) {
	addr := startServe(t, nil, args...)
	got, _ := json.Marshal(graphQL(t, addr, query, nil))
	if string(got) != want {
		t.Errorf("serve %v: dashboards = %s, want %s", args, got, want)
	}
	resp, err := http.Get("http://" + addr + "/dashboard")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "/dashboard/app.js") {
		t.Errorf("serve %v: GET /dashboard = %d %.200s", args, resp.StatusCode, page)
	}
}
