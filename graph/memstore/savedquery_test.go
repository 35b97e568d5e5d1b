package memstore_test

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"geograph/graph"
)

func TestSavedQueryOwnership(t *testing.T) {
	ctx := t.Context()
	s := open(t, "")
	ignoreTime := cmpopts.IgnoreFields(graph.SavedQuery{}, "SavedAt")
	ann := graph.SavedQuery{Name: "q", Document: "query { a }", Variables: "{}", Owner: "ann", SavedBy: "ann"}
	v1, err := s.SaveQuery(ctx, ann, false)
	if err != nil {
		t.Fatal(err)
	}

	bob := graph.SavedQuery{Name: "q", Document: "query { b }", Owner: "bob", SavedBy: "bob"}
	_, err = s.SaveQuery(ctx, bob, false)
	if code := graph.ErrorCode(err); code != graph.EFORBIDDEN {
		t.Errorf("another owner's save: error %v (code %q), want %s", err, code, graph.EFORBIDDEN)
	}
	err = s.DeleteSavedQuery(ctx, "q", "bob", false)
	if code := graph.ErrorCode(err); code != graph.EFORBIDDEN {
		t.Errorf("another owner's delete: error %v (code %q), want %s", err, code, graph.EFORBIDDEN)
	}
	if vs, _ := s.SavedQueryVersions(ctx, "q"); len(vs) != 1 {
		t.Errorf("refused writes changed the query: %d versions, want 1", len(vs))
	}

	// An admin may add a version; the owner stays.
	v2, err := s.SaveQuery(ctx, bob, true)
	if err != nil {
		t.Fatalf("admin save: %v", err)
	}
	want := bob
	want.Owner, want.Version = "ann", 2
	if diff := cmp.Diff(want, v2, ignoreTime); diff != "" {
		t.Errorf("admin's version (-want +got):\n%s", diff)
	}

	// The owner may save again; a retry of the same save is one version.
	ann.Document = "query { c }"
	v3, err := s.SaveQuery(ctx, ann, false)
	if err != nil {
		t.Fatal(err)
	}
	retry, err := s.SaveQuery(ctx, ann, false)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(v3, retry); diff != "" {
		t.Errorf("retried save is not the first save's version (-first +retry):\n%s", diff)
	}
	if v3.Version != 3 || v1.Version != 1 {
		t.Errorf("versions %d, %d, want 1, 3", v1.Version, v3.Version)
	}
	// The same document saved by someone else is a new version.
	other := ann
	other.SavedBy = "carol"
	if v4, err := s.SaveQuery(ctx, other, true); err != nil || v4.Version != 4 {
		t.Errorf("same document by another saver: version %d, %v; want 4", v4.Version, err)
	}

	if err := s.DeleteSavedQuery(ctx, "q", "ann", false); err != nil {
		t.Fatalf("owner's delete: %v", err)
	}
	if err := s.DeleteSavedQuery(ctx, "q", "ann", false); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("delete of a deleted query: %v, want %s", err, graph.ENOTFOUND)
	}
}

// Many callers saving one new name at once: exactly one becomes its owner,
// every other non-admin is refused, and the versions are 1..n without gaps.
func TestSavedQueryRace(t *testing.T) {
	ctx := t.Context()
	s := open(t, filepath.Join(t.TempDir(), "graph.json"))
	const callers = 8
	var wg sync.WaitGroup
	errs := make([]error, callers)
	for i := range callers {
		wg.Go(func() {
			who := fmt.Sprint("user", i)
			_, errs[i] = s.SaveQuery(ctx, graph.SavedQuery{Name: "race", Document: "query { a }", Owner: who, SavedBy: who}, false)
		})
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch graph.ErrorCode(err) {
		case "":
			ok++
		case graph.EFORBIDDEN:
		default:
			t.Errorf("concurrent save: %v", err)
		}
	}
	vs, err := s.SavedQueryVersions(ctx, "race")
	if err != nil {
		t.Fatal(err)
	}
	if ok != 1 || len(vs) != 1 {
		t.Errorf("%d saves succeeded and %d versions exist, want 1 and 1", ok, len(vs))
	}
}
