package graphtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"geograph/graph"
)

func testSavedQueries(t *testing.T, s graph.Store) {
	ctx := t.Context()
	ignoreTime := cmpopts.IgnoreFields(graph.SavedQuery{}, "SavedAt")
	save := func(q graph.SavedQuery) graph.SavedQuery {
		t.Helper()
		got, err := s.SaveQuery(ctx, q, true)
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
		if want.Version == 2 {
			in.Owner = "bob" // a later version cannot change the owner
		}
		if diff := cmp.Diff(want, save(in), ignoreTime); diff != "" {
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

	if err := s.DeleteSavedQuery(ctx, "kz-events", "", true); err != nil {
		t.Fatalf("DeleteSavedQuery: %v", err)
	}
	_, err = s.SavedQuery(ctx, "kz-events", 0)
	wantCode(t, "SavedQuery after delete", err, graph.ENOTFOUND)
	_, err = s.SavedQueryVersions(ctx, "kz-events")
	wantCode(t, "SavedQueryVersions after delete", err, graph.ENOTFOUND)
	wantCode(t, "DeleteSavedQuery of a missing name", s.DeleteSavedQuery(ctx, "kz-events", "", true), graph.ENOTFOUND)
	list, err = s.ListSavedQueries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]graph.SavedQuery{other}, list, ignoreTime); diff != "" {
		t.Errorf("ListSavedQueries after delete mismatch (-want +got):\n%s", diff)
	}
	// A deleted name starts again at version 1, with a new owner.
	again := v2
	again.Version, again.Owner = 0, "dave"
	want := again
	want.Version = 1
	if diff := cmp.Diff(want, save(again), ignoreTime); diff != "" {
		t.Errorf("SaveQuery after delete mismatch (-want +got):\n%s", diff)
	}
}
