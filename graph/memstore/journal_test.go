package memstore_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/memstore"
)

// journalFiles returns the journal generations in the directory of path,
// oldest first.
func journalFiles(t *testing.T, path string) []string {
	t.Helper()
	m, err := filepath.Glob(path + ".log.*")
	if err != nil {
		t.Fatal(err)
	}
	// Numeric order: a shorter number is smaller.
	slices.SortFunc(m, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	return m
}

// fixtureBatches are the batches the journal tests write, one record each.
func fixtureBatches() []*graph.Batch {
	return []*graph.Batch{graphtest.ReferenceBatch(), graphtest.SummitArticleA(), graphtest.PipelineArticle(),
		graphtest.GeneratedBatch("g", 40), graphtest.SummitArticleB()}
}

// writeAll writes the batches to a new store at path and closes it, and
// returns what a store in memory holds after all of them and after all but
// the last.
func writeAll(t *testing.T, path string, bs []*graph.Batch) (all, allButLast dump) {
	t.Helper()
	s := open(t, path)
	mem := open(t, "")
	for i, b := range bs {
		if i == len(bs)-1 {
			allButLast = dumpStore(t, mem)
		}
		for _, st := range []*memstore.Store{s, mem} {
			if _, err := st.WriteBatch(t.Context(), b); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	return dumpStore(t, mem), allButLast
}

func TestReopenReplaysJournal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	want, _ := writeAll(t, path, fixtureBatches())
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("a snapshot was written although the journal is small: %v", err)
	}
	if diff := cmp.Diff(want, dumpStore(t, open(t, path))); diff != "" {
		t.Errorf("store reopened from its journal differs (-written +reopened):\n%s", diff)
	}
}

func TestTornLastRecordDropped(t *testing.T) {
	for _, cut := range []int{1, 9, 20} {
		t.Run(fmt.Sprint("cut ", cut, " bytes"), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "graph.json")
			_, want := writeAll(t, path, fixtureBatches())
			files := journalFiles(t, path)
			last := files[len(files)-1]
			info, err := os.Stat(last)
			if err != nil {
				t.Fatal(err)
			}
			// A crash in the middle of appending the last record.
			if err := os.Truncate(last, info.Size()-int64(cut)); err != nil {
				t.Fatal(err)
			}
			var logged bytes.Buffer
			s, err := memstore.Open(path, memstore.WithLogger(slog.New(slog.NewTextHandler(&logged, nil))))
			if err != nil {
				t.Fatalf("Open after a torn record: %v", err)
			}
			t.Cleanup(func() { s.Close(t.Context()) })
			if diff := cmp.Diff(want, dumpStore(t, s)); diff != "" {
				t.Errorf("store after a torn last record differs from the first records' graph (-want +got):\n%s", diff)
			}
			if !strings.Contains(logged.String(), "torn record") {
				t.Errorf("dropping the torn record was not logged; log:\n%s", logged.String())
			}
			// The journal goes on after the cut: a new write survives a reopen.
			if _, err := s.WriteBatch(t.Context(), graphtest.SummitArticleB()); err != nil {
				t.Fatal(err)
			}
			after := dumpStore(t, s)
			if err := s.Close(t.Context()); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(after, dumpStore(t, open(t, path))); diff != "" {
				t.Errorf("write after recovery not kept (-want +got):\n%s", diff)
			}
		})
	}
}

// A damaged record with acknowledged records after it is not a crash's
// leftover: Open refuses rather than silently drop them.
func TestCorruptRecordBeforeOthersRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	writeAll(t, path, fixtureBatches())
	files := journalFiles(t, path)
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	b[20] ^= 0xff // inside the first record's payload
	if err := os.WriteFile(files[0], b, 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := memstore.Open(path); err == nil {
		s.Close(t.Context())
		t.Fatal("Open accepted a journal whose first record is corrupt")
	}
}

func TestCompactPreservesGraph(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s := open(t, path)
	bs := fixtureBatches()
	write := func(bs ...*graph.Batch) {
		t.Helper()
		for _, b := range bs {
			if _, err := s.WriteBatch(t.Context(), b); err != nil {
				t.Fatal(err)
			}
		}
	}
	write(bs[:3]...)
	if err := s.Compact(t.Context()); err != nil {
		t.Fatalf("Compact: %v", err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no snapshot after Compact: %v", err)
	}
	if files := journalFiles(t, path); len(files) != 1 {
		t.Errorf("journal files after Compact: %v, want only the new generation", files)
	}
	write(bs[3:]...) // these stay in the journal, on top of the snapshot
	if _, err := s.SaveQuery(t.Context(), graph.SavedQuery{Name: "q", Document: "query { a }", Owner: "ann"}, false); err != nil {
		t.Fatal(err)
	}
	want := dumpStore(t, s)
	if err := s.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, dumpStore(t, open(t, path))); diff != "" {
		t.Errorf("store reopened from snapshot and journal differs (-before +after):\n%s", diff)
	}
}

// With a tiny threshold compactions run in the background during a stream
// of writes and reads; the reopened store holds exactly what was written.
func TestBackgroundCompaction(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s, err := memstore.Open(path, memstore.WithCompactAfter(64<<10))
	if err != nil {
		t.Fatal(err)
	}
	mem := open(t, "")
	ctx := t.Context()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := s.ListEvents(ctx, graph.EventFilter{}, graph.Page{}); err != nil {
				t.Error(err)
				return
			}
		}
	})
	for i := range 30 {
		b := graphtest.GeneratedBatch(fmt.Sprint("c", i%20), 40) // some batches rewrite earlier ones
		for _, st := range []*memstore.Store{s, mem} {
			if _, err := st.WriteBatch(ctx, b); err != nil {
				t.Fatal(err)
			}
		}
	}
	close(stop)
	wg.Wait()
	want := dumpStore(t, mem)
	if diff := cmp.Diff(want, dumpStore(t, s)); diff != "" {
		t.Errorf("store differs from one in memory after the same writes (-want +got):\n%s", diff)
	}
	if err := s.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no compaction ran: %v", err)
	}
	if diff := cmp.Diff(want, dumpStore(t, open(t, path))); diff != "" {
		t.Errorf("reopened store differs (-want +got):\n%s", diff)
	}
}
