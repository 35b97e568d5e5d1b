package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/memstore"
	"geograph/graph/neo4jstore/neo4jtest"
)

const fixtureArticles = "../../fixtures/articles"

// testMain returns a Main whose output is captured and whose environment is env.
func testMain(env map[string]string) (*Main, *bytes.Buffer, *bytes.Buffer) {
	var stdout, stderr bytes.Buffer
	return &Main{
		Stdin:  strings.NewReader(""),
		Stdout: &stdout,
		Stderr: &stderr,
		Getenv: func(k string) string { return env[k] },
		Now:    time.Now,
		Logger: slog.New(slog.NewTextHandler(&stderr, nil)),
	}, &stdout, &stderr
}

// stores lists the stores `load` can write to, each with the flags that pick
// it and a way to read back what it holds.
func stores(t *testing.T) map[string]func(t *testing.T) (env map[string]string, args []string, stats func() graph.Stats) {
	return map[string]func(t *testing.T) (map[string]string, []string, func() graph.Stats){
		"embedded": func(t *testing.T) (map[string]string, []string, func() graph.Stats) {
			dir := t.TempDir()
			return nil, []string{"--data", dir}, func() graph.Stats {
				s, err := memstore.Open(filepath.Join(dir, "graph.json"))
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close(t.Context()) // the next load locks the directory
				return statsOf(t, s)
			}
		},
		"neo4j": func(t *testing.T) (map[string]string, []string, func() graph.Stats) {
			s := neo4jtest.Open(t)
			cfg := neo4jtest.Config()
			env := map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username,
				"NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database}
			return env, nil, func() graph.Stats { return statsOf(t, s) }
		},
	}
}

func statsOf(t *testing.T, s graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// Loading every fixture three times leaves the graph exactly as the first
// load left it, with no two nodes sharing an id.
func TestLoadThreeTimes(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			env, storeArgs, stats := open(t)
			var first graph.Stats
			for i := range 3 {
				m, _, stderr := testMain(env)
				args := append(append([]string{"load"}, storeArgs...), fixtureArticles)
				if err := m.Run(t.Context(), args); err != nil {
					t.Fatalf("load #%d: %v\n%s", i+1, err, stderr)
				}
				if !strings.Contains(stderr.String(), "(0 failed)") {
					t.Errorf("load #%d summary does not say 0 failed:\n%s", i+1, stderr)
				}
				got := stats()
				if got.DistinctIDs != got.Nodes {
					t.Errorf("load #%d: %d nodes but %d distinct ids", i+1, got.Nodes, got.DistinctIDs)
				}
				if i == 0 {
					first = got
					if got.ByKind[graph.KindArticle] < 30 {
						t.Fatalf("first load wrote %d articles, want at least 30", got.ByKind[graph.KindArticle])
					}
					continue
				}
				if diff := cmp.Diff(first, got); diff != "" {
					t.Errorf("load #%d changed the graph (-first +now):\n%s", i+1, diff)
				}
			}
		})
	}
}

// A folder with broken files: each is reported with its name and reason,
// the good articles still load, and nothing of the broken ones is written.
func TestLoadReportsBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(fixtureArticles, "16-biden-putin-geneva-meeting.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"good.txt":        good,
		"bad-utf8.txt":    []byte("Astana, Oct 27 \xff\xfe the summit opened"),
		"empty.txt":       nil,
		"binary.txt":      {0x7f, 'E', 'L', 'F', 0, 0, 1, 2},
		"lines.jsonl":     []byte(`{"url":"https://news.example.org/a","published":"2023-05-19","title":"Leaders meet in Xi'an","text":"Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Xi'an on Friday."}` + "\n" + `{"url": broken` + "\n"),
		"truncated.json":  []byte(`{"text": "Kazakhstan`),
		"notes/README.md": []byte("not an article"),
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data := t.TempDir()
	m, _, stderr := testMain(nil)
	if err := m.Run(t.Context(), []string{"load", "--data", data, dir}); err != nil {
		t.Fatalf("load: %v\n%s", err, stderr)
	}
	for _, broken := range []string{"bad-utf8.txt", "empty.txt", "binary.txt", "lines.jsonl:2", "truncated.json"} {
		if !strings.Contains(stderr.String(), broken) {
			t.Errorf("stderr does not name %s:\n%s", broken, stderr)
		}
	}
	s, err := memstore.Open(filepath.Join(data, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(t.Context())
	if got := statsOf(t, s).ByKind[graph.KindArticle]; got != 2 {
		t.Errorf("articles written = %d, want 2 (good.txt and the good line of lines.jsonl)", got)
	}
}

// extract prints one JSON object per article and writes nothing.
func TestExtractPrintsContract(t *testing.T) {
	m, stdout, stderr := testMain(nil)
	path := filepath.Join(fixtureArticles, "16-biden-putin-geneva-meeting.txt")
	if err := m.Run(t.Context(), []string{"extract", path, path}); err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("extract printed %d lines, want 2", len(lines))
	}
	var doc struct {
		Article struct {
			Published string `json:"published"`
		} `json:"article"`
		Entities []struct {
			Kind string `json:"kind"`
			ISO2 string `json:"iso2"`
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatalf("line 1 is not JSON: %v", err)
	}
	if doc.Article.Published != "2021-06-16" {
		t.Errorf("published = %q, want 2021-06-16", doc.Article.Published)
	}
	countries := map[string]bool{}
	for _, e := range doc.Entities {
		if e.Kind == "Country" {
			countries[e.ISO2] = true
		}
	}
	if !countries["US"] || !countries["RU"] {
		t.Errorf("countries = %v, want US and RU among them", countries)
	}
}

// startServe runs `geograph serve` with args until t ends and returns the
// address it listens on.
func startServe(t *testing.T, env map[string]string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	ready := make(chan string, 1)
	m, _, stderr := testMain(env)
	m.ready = ready
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v after shutdown", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not shut down")
		}
	})
	select {
	case addr := <-ready:
		return addr
	case err := <-done:
		t.Fatalf("serve stopped before listening: %v\n%s", err, stderr)
	case <-time.After(3 * time.Minute):
		t.Fatal("serve did not start listening")
	}
	return ""
}

// graphQL posts a query with variables and returns the response's data,
// failing t on any error.
func graphQL(t *testing.T, addr, query string, vars map[string]any) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post("http://"+addr+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var got struct {
		Data   map[string]any
		Errors []any
	}
	if err := json.Unmarshal(raw, &got); err != nil || len(got.Errors) > 0 || got.Data == nil {
		t.Fatalf("response %s (%v)", raw, err)
	}
	return got.Data
}

// The README's first command: serve on the embedded store, loaded from the
// fixtures, answers GraphQL, and shuts down cleanly when told to.
func TestServeEmbedded(t *testing.T) {
	addr := startServe(t, nil, "--data", t.TempDir(), "--load", fixtureArticles)
	data := graphQL(t, addr, `{ country(code: "KZ") { name } events(filter: {kinds: [SUMMIT]}, first: 5) { totalCount } }`, nil)
	got, _ := json.Marshal(data)
	if !strings.Contains(string(got), `"name":"Kazakhstan"`) || strings.Contains(string(got), `"totalCount":0`) {
		t.Errorf("data = %s, want Kazakhstan and at least one summit", got)
	}
}

// The README's five analyst queries, served by `geograph serve` from the
// fixture articles on each store: each runs without errors and finds what
// the fixtures state.
func TestReadmeExamplesOnFixtures(t *testing.T) {
	wants := map[string][]string{
		"country-dashboard": {`"code":"RU"`, `"name":"Vladimir Putin"`, `"imposedBy":[{"name":"European Union"}]`},
		"entity-timeline":   {`"__typename":"Summit"`, `"value":"2022-10-27"`, `"granularity":"DAY"`},
		"event-counts":      {`"key":"2022-10"`, `"key":"Summit"`},
		"export-routes":     {`"name":"Kazakhstan"`, `"name":"Russia"`},
		"leaders-on-date":   {`"name":"Charles Michel"`, `"name":"President of the European Council"`},
	}
	vars := map[string]map[string]any{"country-dashboard": {"first": 250, "date": "2024-06-01"}}
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			env, storeArgs, _ := open(t)
			addr := startServe(t, env, append(storeArgs, "--load", fixtureArticles)...)
			for example, want := range wants {
				doc, err := os.ReadFile(filepath.Join("../../server/testdata/examples", example+".graphql"))
				if err != nil {
					t.Fatal(err)
				}
				got, _ := json.Marshal(graphQL(t, addr, string(doc), vars[example]))
				for _, w := range want {
					if !strings.Contains(string(got), w) {
						t.Errorf("%s on %s: result lacks %s:\n%.600s", example, name, w, got)
					}
				}
			}
		})
	}
}
