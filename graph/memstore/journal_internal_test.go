package memstore

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"geograph/graph"
	"geograph/graph/graphtest"
)

// An append that fails leaves the graph as it was, and the store refuses
// further writes rather than append after a possibly partial record.
func TestFailedAppendWritesNothing(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "graph.json")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if _, err := s.WriteBatch(ctx, graphtest.ReferenceBatch()); err != nil {
		t.Fatal(err)
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Swap in a descriptor that cannot be written (nor cut back).
	ro, err := os.Open(s.journal.f.Name())
	if err != nil {
		t.Fatal(err)
	}
	s.journal.f.Close()
	s.journal.f = ro
	if _, err := s.WriteBatch(ctx, graphtest.SummitArticleA()); err == nil {
		t.Fatal("WriteBatch succeeded although the journal cannot be written")
	}
	if _, err := s.SaveQuery(ctx, graph.SavedQuery{Name: "q", Document: "query { a }"}, false); err == nil {
		t.Fatal("SaveQuery succeeded although the journal cannot be written")
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before.Nodes != after.Nodes || before.Relationships != after.Relationships {
		t.Errorf("a failed append changed the graph: %+v, then %+v", before, after)
	}
	if _, err := s.Node(ctx, graphtest.SummitID()); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("Node(summit) after a failed write: %v, want NOT_FOUND", err)
	}
	if _, err := s.SavedQuery(ctx, "q", 0); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("SavedQuery after a failed save: %v, want NOT_FOUND", err)
	}
}

// Readers never wait on disk: while a writer is stuck in its journal append
// (the journal is a pipe nobody drains), reads still answer. Were a read to
// wait for the writer, this test would hang until go test's timeout.
func TestReadersDoNotWaitOnDisk(t *testing.T) {
	ctx := t.Context()
	s, err := Open(filepath.Join(t.TempDir(), "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteBatch(ctx, graphtest.ReferenceBatch()); err != nil {
		t.Fatal(err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	s.journal.f.Close()
	s.journal.f = w

	// Far more than a pipe buffers, so the append blocks.
	big := graphtest.GeneratedBatch("big", 2000)
	done := make(chan error, 1)
	go func() {
		_, err := s.WriteBatch(ctx, big)
		done <- err
	}()
	for s.wmu.TryLock() { // wait until the writer holds the writer lock
		s.wmu.Unlock()
		runtime.Gosched()
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ListEvents(ctx, graph.EventFilter{}, graph.Page{}); err != nil {
		t.Fatal(err)
	}
	if st.Nodes == 0 {
		t.Errorf("Stats during a blocked write: %+v, want the reference data", st)
	}
	select {
	case err := <-done:
		t.Fatalf("the write finished although its journal was never drained: %v", err)
	default:
	}
	go io.Copy(io.Discard, r) // let the writer finish (fsync of a pipe fails)
	<-done
	s.Close(ctx) // closes w
}
