//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph"
	"geograph/graph/memstore"
	"geograph/graph/neo4jstore/neo4jtest"
	"geograph/loader"
	"geograph/server"
)

// Four loaders share the concurrent corpus: each reads half of it, and
// every article is in exactly two halves, so the loaders write the same
// articles, entities and events at the same time.
const (
	concurrentArticles = 320
	concurrentLoaders  = 4
)

// concurrentCorpus writes the corpus as all.jsonl and the loaders' halves:
// half i holds articles [80i, 80i+160) modulo 320.
func concurrentCorpus(t *testing.T) (all string, halves []string) {
	t.Helper()
	c, err := readBenchCorpus(t.Context(), fixtureArticles, concurrentArticles)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	all = filepath.Join(dir, "all.jsonl")
	if err := writeJSONL(all, c.copies); err != nil {
		t.Fatal(err)
	}
	step := concurrentArticles / concurrentLoaders
	for i := range concurrentLoaders {
		var half []graph.Article
		for j := range concurrentArticles / 2 {
			half = append(half, c.copies[(i*step+j)%concurrentArticles])
		}
		p := filepath.Join(dir, fmt.Sprintf("half-%d.jsonl", i))
		if err := writeJSONL(p, half); err != nil {
			t.Fatal(err)
		}
		halves = append(halves, p)
	}
	return all, halves
}

// together runs fn(i) for each i in [0, n) on its own goroutine, all
// released at once, and returns their errors.
func together(n int, fn func(i int) error) []error {
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = fn(i)
		}()
	}
	close(start)
	wg.Wait()
	return errs
}

func checkNoErrors(t *testing.T, what string, errs []error) {
	t.Helper()
	for i, err := range errs {
		if err != nil {
			t.Errorf("%s #%d: %v", what, i, err)
		}
	}
}

// Four loaders in one process sharing one embedded store end with the graph
// one sequential load makes; a second process on the same --data is
// refused with a message saying why.
func TestConcurrentLoadsEmbedded(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 640 articles")
	}
	all, halves := concurrentCorpus(t)
	seqDir := t.TempDir()
	m, _, stderr := testMain(nil)
	if err := m.Run(t.Context(), []string{"load", "--data", seqDir, all}); err != nil {
		t.Fatalf("sequential load: %v\n%s", err, stderr)
	}
	seqStore, err := memstore.Open(filepath.Join(seqDir, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := readStore(t, seqStore)
	seqStore.Close(context.Background())
	if got := want.Stats.ByKind[graph.KindArticle]; got != concurrentArticles {
		t.Fatalf("sequential load wrote %d articles, want %d", got, concurrentArticles)
	}

	dir := t.TempDir()
	s, err := memstore.Open(filepath.Join(dir, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())

	cmd, out := geographCmd(t, "", "load", "--data", dir, all)
	if err := cmd.Run(); err == nil {
		t.Errorf("a second process loading into %s while this one holds it succeeded:\n%s", dir, out)
	} else if !strings.Contains(out.String(), "is in use by another geograph process") {
		t.Errorf("a second process on %s was refused without saying the directory is in use:\n%s", dir, out)
	}

	sums := make([]loader.Summary, concurrentLoaders)
	errs := together(concurrentLoaders, func(i int) error {
		ld, err := loader.New(s, loader.Options{BatchSize: 25, Workers: 1})
		if err != nil {
			return err
		}
		sums[i], err = ld.LoadPaths(t.Context(), []string{halves[i]}, loader.Meta{})
		return err
	})
	checkNoErrors(t, "loader", errs)
	for i, sum := range sums {
		if sum.Articles != concurrentArticles/2 || sum.Failed != 0 {
			t.Errorf("loader #%d wrote %d articles with %d failures, want %d and none", i, sum.Articles, sum.Failed, concurrentArticles/2)
		}
	}
	got := readStore(t, s)
	if got.Stats.DistinctIDs != got.Stats.Nodes {
		t.Errorf("%d nodes but %d distinct ids", got.Stats.Nodes, got.Stats.DistinctIDs)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("four loaders at once differ from one sequential load (-sequential +concurrent):\n%.6000s", diff)
	}
}

// neo4jEnv is the test database as the geograph command's own settings.
func neo4jEnv() map[string]string {
	cfg := neo4jtest.Config()
	return map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username,
		"NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database}
}

// testDriver opens a driver on the test database for reading it whole.
func testDriver(t *testing.T) neo4j.DriverWithContext {
	t.Helper()
	cfg := neo4jtest.Config()
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}

// Four `geograph load` commands at once on overlapping halves, each with
// its own connection, end with exactly the graph one sequential load makes:
// every node and relationship, not only the counts.
func TestConcurrentLoadsNeo4j(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 640 articles")
	}
	neo4jtest.Connect(t)
	all, halves := concurrentCorpus(t)
	d := testDriver(t)
	db := neo4jtest.Config().Database
	var want, got graphDump
	var wantStats, gotStats graph.Stats
	t.Run("sequential", func(t *testing.T) {
		s := neo4jtest.Open(t)
		m, _, stderr := testMain(neo4jEnv())
		if err := m.Run(t.Context(), []string{"load", all}); err != nil {
			t.Fatalf("sequential load: %v\n%s", err, stderr)
		}
		want, wantStats = dumpGraph(t, d, db), statsOf(t, s)
	})
	t.Run("four at once", func(t *testing.T) {
		s := neo4jtest.Open(t)
		stderrs := make([]*bytes.Buffer, concurrentLoaders)
		errs := together(concurrentLoaders, func(i int) error {
			m, _, stderr := testMain(neo4jEnv())
			stderrs[i] = stderr
			return m.Run(t.Context(), []string{"load", halves[i]})
		})
		checkNoErrors(t, "load", errs)
		for i, stderr := range stderrs {
			if !strings.Contains(stderr.String(), fmt.Sprintf("loaded %d articles (0 failed)", concurrentArticles/2)) {
				t.Errorf("load #%d did not load its %d articles without failures:\n%s", i, concurrentArticles/2, stderr)
			}
		}
		got, gotStats = dumpGraph(t, d, db), statsOf(t, s)
	})
	if want.Labels["Article"] != concurrentArticles {
		t.Fatalf("sequential load wrote %d articles, want %d", want.Labels["Article"], concurrentArticles)
	}
	if diff := cmp.Diff(wantStats, gotStats); diff != "" {
		t.Errorf("Stats differ (-sequential +concurrent):\n%s", diff)
	}
	checkSameGraph(t, "four loads at once", got, want)
}

// Twenty ingestArticle requests at once through the server (run under
// -race in CI) leave the graph the same twenty requests one at a time do.
func TestConcurrentIngest(t *testing.T) {
	c, err := readBenchCorpus(t.Context(), fixtureArticles, 0)
	if err != nil {
		t.Fatal(err)
	}
	const n = 20
	arts := c.fixtures[:n]
	ingest := func(t *testing.T, h http.Handler, a graph.Article) error {
		body, _ := json.Marshal(map[string]any{
			"query": `mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }`,
			"variables": map[string]any{"in": map[string]any{
				"url": a.URL, "title": a.Title, "source": a.Source, "published": a.Published, "text": a.Text}},
		})
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer ingest-key")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var resp struct {
			Data   json.RawMessage
			Errors []any
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Errors) > 0 || rec.Code != http.StatusOK {
			return fmt.Errorf("ingest %s: status %d, %s", a.URL, rec.Code, rec.Body)
		}
		return nil
	}
	stores := map[string]func(t *testing.T) graph.Store{
		"embedded": func(t *testing.T) graph.Store {
			s, err := memstore.Open("")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close(context.Background()) })
			return s
		},
		"neo4j": func(t *testing.T) graph.Store { return neo4jtest.Open(t) },
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			if name == "neo4j" {
				neo4jtest.Connect(t)
			}
			handler := func(t *testing.T) (graph.Store, http.Handler) {
				s := open(t)
				ld, err := loader.New(s, loader.Options{})
				if err != nil {
					t.Fatal(err)
				}
				srv, err := server.New(server.Config{Store: s, Loader: ld,
					APIKeys: []server.APIKey{{Key: "ingest-key", Role: server.RoleAnalyst, Name: "ingest"}}})
				if err != nil {
					t.Fatal(err)
				}
				return s, srv
			}
			var want, got storeRead
			t.Run("one at a time", func(t *testing.T) {
				s, h := handler(t)
				for _, a := range arts {
					if err := ingest(t, h, a); err != nil {
						t.Fatal(err)
					}
				}
				want = readStore(t, s)
			})
			t.Run("at once", func(t *testing.T) {
				s, h := handler(t)
				checkNoErrors(t, "ingestArticle", together(n, func(i int) error { return ingest(t, h, arts[i]) }))
				got = readStore(t, s)
			})
			if want.Stats.ByKind[graph.KindArticle] != n {
				t.Fatalf("one at a time stored %d articles, want %d", want.Stats.ByKind[graph.KindArticle], n)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("concurrent ingestion differs from one at a time (-sequential +concurrent):\n%.6000s", diff)
			}
		})
	}
}
