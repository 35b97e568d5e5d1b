package loader

import (
	"context"
	"errors"
	"sort"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// countingCtx is a context that is done after its first `after` calls of
// Err, so a test can cancel at any one of the extraction's checks.
type countingCtx struct {
	context.Context
	after int64
	calls atomic.Int64
}

func newCountingCtx(after int64) *countingCtx {
	return &countingCtx{Context: context.Background(), after: after}
}

func (c *countingCtx) Err() error {
	if c.calls.Add(1) > c.after {
		return context.Canceled
	}
	return nil
}

// sortedArticles is every fixture article in the order of their names.
func sortedArticles(t *testing.T) []graph.Article {
	t.Helper()
	byName := fixtureArticles(t)
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]graph.Article, len(names))
	for i, n := range names {
		out[i] = byName[n].Article
	}
	return out
}

// extractionChecks is how many context checks extracting a makes.
func extractionChecks(t *testing.T, a graph.Article) int64 {
	t.Helper()
	c := newCountingCtx(1 << 62)
	a.ID = ArticleID(a)
	if _, err := newTestExtractor(t).ExtractContext(c, a); err != nil {
		t.Fatal(err)
	}
	return c.calls.Load()
}

// TestLoadArticleCancelledInExtraction: an ingest whose context ends while
// its article is being extracted returns the context's error at the next
// check and leaves the store as it was.
func TestLoadArticleCancelledInExtraction(t *testing.T) {
	s := newRecordingStore(t)
	l, err := New(s, Options{Extractor: newTestExtractor(t)})
	if err != nil {
		t.Fatal(err)
	}
	arts := sortedArticles(t)
	if _, err := l.LoadArticle(t.Context(), arts[0]); err != nil {
		t.Fatal(err)
	}
	before, writes := stats(t.Context(), t, s.Store), len(s.batches)
	a := arts[1]
	total := extractionChecks(t, a)
	for _, k := range []int64{1, total / 4, total / 2, total - 1} {
		c := newCountingCtx(k)
		b, err := l.LoadArticle(c, a)
		if !errors.Is(err, context.Canceled) || b != nil {
			t.Fatalf("cancelled at check %d of %d: got (%v, %v), want context.Canceled", k+1, total, b != nil, err)
		}
		if got := c.calls.Load(); got != k+1 {
			t.Errorf("cancelled at check %d of %d: the ingest went on to check %d", k+1, total, got)
		}
	}
	if diff := cmp.Diff(before, stats(t.Context(), t, s.Store)); diff != "" || len(s.batches) != writes {
		t.Errorf("cancelled ingests changed the store (%d writes, want %d) (-before +after):\n%s", len(s.batches), writes, diff)
	}
}

// TestIngestCancelledWritesNothing: ingests cancelled at every stage of
// their extraction, between others that complete, leave exactly the graph
// that loading only the completed articles makes: whole articles, nothing
// of the cancelled ones.
func TestIngestCancelledWritesNothing(t *testing.T) {
	arts := sortedArticles(t)
	if len(arts) > 24 {
		arts = arts[:24]
	}
	l, s := newTestLoader(t)
	var done []graph.Article
	cancelled := 0
	for i, a := range arts {
		ctx := context.Context(t.Context())
		if i%3 != 0 {
			// Cancel at a different point of each article's extraction.
			total := extractionChecks(t, a)
			ctx = newCountingCtx(total * int64(i%7+1) / 8)
		}
		_, err := l.LoadArticle(ctx, a)
		switch {
		case err == nil:
			done = append(done, a)
		case errors.Is(err, context.Canceled):
			cancelled++
		default:
			t.Fatalf("article %d: %v", i, err)
		}
	}
	if cancelled == 0 || len(done) == 0 {
		t.Fatalf("%d ingests cancelled, %d completed; want some of each", cancelled, len(done))
	}
	t.Logf("%d ingests cancelled, %d completed", cancelled, len(done))
	want, ws := newTestLoader(t)
	for _, a := range done {
		if _, err := want.LoadArticle(t.Context(), a); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(stats(t.Context(), t, ws), stats(t.Context(), t, s)); diff != "" {
		t.Errorf("after %d cancelled ingests the graph differs from loading the %d completed ones (-want +got):\n%s", cancelled, len(done), diff)
	}
}

// TestLoadCancelledDuringExtraction: a load cancelled while its workers are
// extracting returns the context's error and has written only whole
// batches of whole articles.
func TestLoadCancelledDuringExtraction(t *testing.T) {
	files := fixtureFiles(t)
	s := newRecordingStore(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var articles atomic.Int64
	l, err := New(s, Options{Extractor: newTestExtractor(t), Workers: 2, BatchSize: 4,
		OnArticle: func(string, error) {
			// The first batch is written; the workers are extracting the
			// articles after it.
			if articles.Add(1) == 4 {
				cancel()
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = l.LoadPaths(ctx, files, Meta{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("LoadPaths error = %v, want context.Canceled", err)
	}
	var written []graph.Article
	for _, b := range s.batches {
		written = append(written, b.Articles...)
	}
	want, ws := newTestLoader(t)
	for _, a := range written {
		if _, err := want.LoadArticle(t.Context(), a); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(stats(t.Context(), t, ws), stats(t.Context(), t, s.Store)); diff != "" || len(written) != 4 {
		t.Errorf("a cancelled load left %d articles; want the first batch's 4 whole (-want +got):\n%s", len(written), diff)
	}
}
