package loader

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/memstore"
)

// recordingStore is a memstore that remembers every batch written to it and
// can run a hook inside a write.
type recordingStore struct {
	*memstore.Store
	mu      sync.Mutex
	batches []*graph.Batch
	onWrite func(n int) // called with the number of batches written so far
}

func newRecordingStore(t *testing.T) *recordingStore {
	t.Helper()
	s, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Setup(t.Context()); err != nil {
		t.Fatal(err)
	}
	return &recordingStore{Store: s}
}

func (s *recordingStore) WriteBatch(ctx context.Context, b *graph.Batch) (graph.WriteResult, error) {
	r, err := s.Store.WriteBatch(ctx, b)
	if err != nil {
		return r, err
	}
	s.mu.Lock()
	s.batches = append(s.batches, b)
	n := len(s.batches)
	s.mu.Unlock()
	if s.onWrite != nil {
		s.onWrite(n)
	}
	return r, nil
}

// TestPipelineMatchesSequential: extracting on several workers writes the
// very batches, in the same order, that one worker writes.
func TestPipelineMatchesSequential(t *testing.T) {
	files := fixtureFiles(t)
	paths := append(append([]string{}, files...), "testdata/broken")
	load := func(workers int) ([]*graph.Batch, Summary) {
		s := newRecordingStore(t)
		l, err := New(s, Options{Extractor: newTestExtractor(t), Workers: workers, BatchSize: 5})
		if err != nil {
			t.Fatal(err)
		}
		sum, err := l.LoadPaths(t.Context(), paths, Meta{})
		if err != nil {
			t.Fatal(err)
		}
		return s.batches, sum
	}
	want, wantSum := load(1)
	if len(want) < 3 || wantSum.Failed == 0 {
		t.Fatalf("sequential load wrote %d batches with %d failures; want several of each", len(want), wantSum.Failed)
	}
	for _, workers := range []int{2, 4, 8} {
		got, gotSum := load(workers)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d workers: batches differ from one worker's (-want +got):\n%s", workers, diff)
		}
		if diff := cmp.Diff(fmt.Sprint(wantSum), fmt.Sprint(gotSum)); diff != "" {
			t.Errorf("%d workers: summary differs (-want +got):\n%s", workers, diff)
		}
	}
}

// TestConcurrentLoadArticle: many goroutines ingesting at once write the
// reference data once and every article (run with -race).
func TestConcurrentLoadArticle(t *testing.T) {
	s := newRecordingStore(t)
	l, err := New(s, Options{Extractor: newTestExtractor(t)})
	if err != nil {
		t.Fatal(err)
	}
	const n = 20
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = l.LoadArticle(t.Context(), graph.Article{URL: fmt.Sprintf("https://example.org/%d", i), Published: "2022-11-30",
				Text: "Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Moscow on Monday."})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	refs := 0
	for _, b := range s.batches {
		if len(b.Articles) == 0 {
			refs++
		}
	}
	st := stats(t.Context(), t, s.Store)
	if refs != 1 || len(s.batches) != n+1 || st.ByKind[graph.KindArticle] != n || st.ByKind[graph.KindMeeting] != 1 {
		t.Errorf("%d reference writes, %d writes, %d articles, %d meetings; want 1, %d, %d, 1",
			refs, len(s.batches), st.ByKind[graph.KindArticle], st.ByKind[graph.KindMeeting], n+1, n)
	}
}

// TestLoadCancelled: a load cancelled during a write returns the context's
// error and leaves only whole batches written.
func TestLoadCancelled(t *testing.T) {
	files := fixtureFiles(t)
	s := newRecordingStore(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	s.onWrite = func(n int) {
		if n == 2 { // the reference data, then the first batch of articles
			cancel()
		}
	}
	const size = 4
	l, err := New(s, Options{Extractor: newTestExtractor(t), Workers: 3, BatchSize: size})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := l.LoadPaths(ctx, files, Meta{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("LoadPaths error = %v, want context.Canceled", err)
	}
	st := stats(t.Context(), t, s.Store)
	if len(s.batches) != 2 || sum.Articles != size || st.ByKind[graph.KindArticle] != size {
		t.Errorf("%d writes, %d articles reported, %d stored; want 2 writes and %d articles", len(s.batches), sum.Articles, st.ByKind[graph.KindArticle], size)
	}
}
