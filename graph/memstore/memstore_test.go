package memstore_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/memstore"
)

func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		s, err := memstore.Open("")
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestConformancePersisted(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		s, err := memstore.Open(filepath.Join(t.TempDir(), "graph.json"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// open opens a store at path and closes it when the test ends.
func open(t *testing.T, path string) *memstore.Store {
	t.Helper()
	s, err := memstore.Open(path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close(t.Context()) })
	return s
}

// dump reads back everything the fixture batches wrote.
type dump struct {
	Stats    graph.Stats
	Entities []graph.Entity
	Events   graph.EventPage
	Routes   graph.RoutePage
	Articles graph.ArticlePage
	Terms    []graph.Term
	Mentions []graph.Mention
	Queries  []graph.SavedQuery
}

func dumpStore(t *testing.T, s graph.Store) dump {
	t.Helper()
	ctx := t.Context()
	var d dump
	var err error
	all := graph.Page{First: graph.MaxPageSize}
	errs := []error{}
	d.Stats, err = s.Stats(ctx)
	errs = append(errs, err)
	ents, err := s.ListEntities(ctx, graph.EntityFilter{}, all)
	errs = append(errs, err)
	d.Entities = ents.Items
	d.Events, err = s.ListEvents(ctx, graph.EventFilter{}, all)
	errs = append(errs, err)
	d.Routes, err = s.ListRoutes(ctx, graph.RouteFilter{}, all)
	errs = append(errs, err)
	d.Articles, err = s.ListArticles(ctx, all)
	errs = append(errs, err)
	d.Terms, err = s.Terms(ctx, graph.TermFilter{})
	errs = append(errs, err)
	d.Mentions, err = s.Mentions(ctx, "", "")
	errs = append(errs, err)
	d.Queries, err = s.ListSavedQueries(ctx)
	errs = append(errs, err)
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func TestPersistence(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "nested", "dir", "graph.json")
	s := open(t, path)
	for _, b := range []*graph.Batch{graphtest.ReferenceBatch(), graphtest.SummitArticleA(), graphtest.SummitArticleB(),
		graphtest.PipelineArticle(), graphtest.GeneratedBatch("g", 120)} {
		if _, err := s.WriteBatch(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []graph.SavedQuery{{Name: "q", Document: "query { a }", Owner: "ann"}, {Name: "q", Document: "query { b }"}} {
		if _, err := s.SaveQuery(ctx, q, true); err != nil {
			t.Fatal(err)
		}
	}
	want := dumpStore(t, s)
	versions, err := s.SavedQueryVersions(ctx, "q")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}

	again := open(t, path)
	if diff := cmp.Diff(want, dumpStore(t, again)); diff != "" {
		t.Errorf("reopened store differs (-before +after):\n%s", diff)
	}
	gotVersions, err := again.SavedQueryVersions(ctx, "q")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(versions, gotVersions); diff != "" {
		t.Errorf("saved query versions differ after reopening (-before +after):\n%s", diff)
	}
	if want.Stats.Nodes == 0 || len(gotVersions) != 2 {
		t.Fatalf("the test wrote nothing: %+v, %d versions", want.Stats, len(gotVersions))
	}
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.tmp-*"))
	if len(matches) != 0 {
		t.Errorf("temporary files left beside the snapshot: %v", matches)
	}
}

func TestOpenRejectsCorruptSnapshot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	if err := os.WriteFile(path, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := memstore.Open(path); err == nil {
		t.Error("Open of a corrupt snapshot succeeded")
	}
}

// TestConcurrentUse writes and reads from several goroutines at once; run
// with -race it checks the locking.
func TestConcurrentUse(t *testing.T) {
	ctx := t.Context()
	s := open(t, "")
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			if _, err := s.WriteBatch(ctx, graphtest.GeneratedBatch(fmt.Sprint("w", i), 40)); err != nil {
				t.Error(err)
			}
		})
		wg.Go(func() {
			for range 5 {
				if _, err := s.ListEvents(ctx, graph.EventFilter{Countries: []string{"KZ"}}, graph.Page{}); err != nil {
					t.Error(err)
				}
				if _, err := s.Stats(ctx); err != nil {
					t.Error(err)
				}
				if _, err := s.Search(ctx, "generated", nil, 5); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	page, err := s.ListEvents(ctx, graph.EventFilter{}, graph.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 4*40 {
		t.Errorf("Total = %d after four writers of 40 events, want %d", page.Total, 4*40)
	}
}
