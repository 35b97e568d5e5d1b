package graphtest

import (
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"geograph/graph"
)

func testSavedQueries(t *testing.T, s graph.Store) {
	ctx := t.Context()
	ignoreTime := cmpopts.IgnoreFields(graph.SavedQuery{}, "SavedAt")
	save := func(q graph.SavedQuery, admin bool) graph.SavedQuery {
		t.Helper()
		got, err := s.SaveQuery(ctx, q, admin)
		if err != nil {
			t.Fatalf("SaveQuery(%s): %v", q.Name, err)
		}
		if got.SavedAt.IsZero() {
			t.Errorf("SaveQuery(%s) left SavedAt zero", q.Name)
		}
		return got
	}
	v1 := graph.SavedQuery{Name: "kz-events", Description: "events in Kazakhstan", Document: "query($c: String!) { events(countries: [$c]) { id } }",
		Variables: `{"c":"KZ"}`, Owner: "alice", SavedBy: "alice", Version: 1}
	v2 := graph.SavedQuery{Name: "kz-events", Description: "events in Kazakhstan, newest", Document: "query { events { id } }",
		Variables: `{}`, Owner: "alice", SavedBy: "bob", Version: 2}
	other := graph.SavedQuery{Name: "a-first", Document: "query { stats { nodes } }", Owner: "carol", SavedBy: "carol", Version: 1}

	for _, want := range []graph.SavedQuery{v1, v2, other} {
		in := want
		in.Version = 0
		admin := want.Version == 2
		if admin {
			in.Owner = "bob" // an admin's version keeps the owner
		}
		if diff := cmp.Diff(want, save(in, admin), ignoreTime); diff != "" {
			t.Errorf("SaveQuery mismatch (-want +got):\n%s", diff)
		}
	}
	for _, tt := range []struct {
		version int
		want    graph.SavedQuery
	}{{0, v2}, {1, v1}, {2, v2}} {
		got, err := s.SavedQuery(ctx, "kz-events", tt.version)
		if err != nil {
			t.Fatalf("SavedQuery(kz-events, %d): %v", tt.version, err)
		}
		if diff := cmp.Diff(tt.want, got, ignoreTime); diff != "" {
			t.Errorf("SavedQuery(kz-events, %d) mismatch (-want +got):\n%s", tt.version, diff)
		}
	}
	versions, err := s.SavedQueryVersions(ctx, "kz-events")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.SavedQuery{v1, v2}, versions, ignoreTime); diff != "" {
		t.Errorf("SavedQueryVersions mismatch (-want +got):\n%s", diff)
	}
	list, err := s.ListSavedQueries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.SavedQuery{other, v2}, list, ignoreTime); diff != "" {
		t.Errorf("ListSavedQueries mismatch (-want +got):\n%s", diff)
	}
	if st := stats(t, s); st.Nodes != 0 || st.DistinctIDs != 0 {
		t.Errorf("saved queries counted in Stats: %+v", st)
	}

	_, err = s.SavedQuery(ctx, "kz-events", 3)
	wantCode(t, "SavedQuery of a missing version", err, graph.ENOTFOUND)
	_, err = s.SavedQuery(ctx, "missing", 0)
	wantCode(t, "SavedQuery of a missing name", err, graph.ENOTFOUND)
	_, err = s.SaveQuery(ctx, graph.SavedQuery{Document: "query { a }"}, false)
	wantCode(t, "SaveQuery without a name", err, graph.EINVALID)
	_, err = s.SaveQuery(ctx, graph.SavedQuery{Name: "empty"}, false)
	wantCode(t, "SaveQuery without a document", err, graph.EINVALID)

	if err := s.DeleteSavedQuery(ctx, "kz-events", "alice", false); err != nil {
		t.Fatalf("DeleteSavedQuery: %v", err)
	}
	_, err = s.SavedQuery(ctx, "kz-events", 0)
	wantCode(t, "SavedQuery after delete", err, graph.ENOTFOUND)
	_, err = s.SavedQueryVersions(ctx, "kz-events")
	wantCode(t, "SavedQueryVersions after delete", err, graph.ENOTFOUND)
	wantCode(t, "DeleteSavedQuery of a missing name", s.DeleteSavedQuery(ctx, "kz-events", "alice", true), graph.ENOTFOUND)
	list, err = s.ListSavedQueries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.SavedQuery{other}, list, ignoreTime); diff != "" {
		t.Errorf("ListSavedQueries after delete mismatch (-want +got):\n%s", diff)
	}
	// A deleted name starts again at version 1, with a new owner.
	again := v2
	again.Version, again.Owner, again.SavedBy = 0, "dave", "dave"
	want := again
	want.Version = 1
	want.SavedBy = "dave"
	if diff := cmp.Diff(want, save(again, false), ignoreTime); diff != "" {
		t.Errorf("SaveQuery after delete mismatch (-want +got):\n%s", diff)
	}
}

// testSavedQueryOwners checks the owner rule and the unchanged retry, each
// decided by the store in the transaction that writes.
func testSavedQueryOwners(t *testing.T, s graph.Store) {
	ctx := t.Context()
	q := graph.SavedQuery{Name: "owned", Document: "query { stats { nodes } }", Variables: "{}", Owner: "alice", SavedBy: "alice"}
	first, err := s.SaveQuery(ctx, q, false)
	if err != nil {
		t.Fatal(err)
	}
	// A retried save (same document, variables, description and saver) is
	// the version it already made.
	again, err := s.SaveQuery(ctx, q, false)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(first, again); diff != "" {
		t.Errorf("retried save made a new version (-first +retry):\n%s", diff)
	}

	// Another caller may neither save over nor delete alice's query.
	byBob := q
	byBob.Owner, byBob.SavedBy, byBob.Document = "bob", "bob", "query { stats { relationships } }"
	_, err = s.SaveQuery(ctx, byBob, false)
	wantCode(t, "SaveQuery by another owner", err, graph.EFORBIDDEN)
	wantCode(t, "DeleteSavedQuery by another owner", s.DeleteSavedQuery(ctx, "owned", "bob", false), graph.EFORBIDDEN)
	versions, err := s.SavedQueryVersions(ctx, "owned")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.SavedQuery{first}, versions); diff != "" {
		t.Errorf("refused calls changed the query (-want +got):\n%s", diff)
	}

	// An admin may; the query stays alice's. The same document saved by
	// someone else is a new version.
	admin := q
	admin.Owner, admin.SavedBy = "root", "root"
	v2, err := s.SaveQuery(ctx, admin, true)
	if err != nil {
		t.Fatal(err)
	}
	if v2.Version != 2 || v2.Owner != "alice" || v2.SavedBy != "root" {
		t.Errorf("admin save = version %d owner %q saved by %q, want 2, alice, root", v2.Version, v2.Owner, v2.SavedBy)
	}
	if err := s.DeleteSavedQuery(ctx, "owned", "root", true); err != nil {
		t.Errorf("admin delete: %v", err)
	}
	_, err = s.SavedQuery(ctx, "owned", 0)
	wantCode(t, "SavedQuery after the admin's delete", err, graph.ENOTFOUND)
}

// testSavedQueriesAtOnce saves from several goroutines at once: distinct
// documents get distinct versions 1..n, and the same save retried at once
// makes one version.
func testSavedQueriesAtOnce(t *testing.T, s graph.Store) {
	ctx := t.Context()
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, 2*n)
	for i := range n {
		wg.Add(2)
		go func() {
			defer wg.Done()
			_, errs[i] = s.SaveQuery(ctx, graph.SavedQuery{Name: "many", Document: fmt.Sprintf("query { q%d: stats { nodes } }", i),
				Owner: "alice", SavedBy: "alice"}, false)
		}()
		go func() {
			defer wg.Done()
			_, errs[n+i] = s.SaveQuery(ctx, graph.SavedQuery{Name: "retried", Document: "query { stats { nodes } }",
				Owner: "alice", SavedBy: "alice"}, false)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("save #%d: %v", i, err)
		}
	}
	many, err := s.SavedQueryVersions(ctx, "many")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for i, v := range many {
		docs[v.Document] = true
		if v.Version != i+1 {
			t.Errorf("version %d of %d is numbered %d", i+1, len(many), v.Version)
		}
	}
	if len(many) != n || len(docs) != n {
		t.Errorf("%d saves of distinct documents made %d versions holding %d documents, want %d", n, len(many), len(docs), n)
	}
	retried, err := s.SavedQueryVersions(ctx, "retried")
	if err != nil {
		t.Fatal(err)
	}
	if len(retried) != 1 {
		t.Errorf("%d identical saves at once made %d versions, want 1", n, len(retried))
	}
}
