package dashboard

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/memstore"
)

func newStore(t *testing.T) graph.Store {
	t.Helper()
	st, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	return st
}

func TestStoreVersionsOwnersAndHiding(t *testing.T) {
	ctx := context.Background()
	st := newStore(t)
	ds := NewStore(st)
	created, err := ds.EnsureDefault(ctx)
	if err != nil || !created {
		t.Fatalf("EnsureDefault = %v, %v; want it created", created, err)
	}
	if again, err := ds.EnsureDefault(ctx); err != nil || again {
		t.Fatalf("second EnsureDefault = %v, %v; want it left alone", again, err)
	}

	d := Default()
	d.Name = "Mine"
	d.Description = "first"
	v1, err := ds.Save(ctx, d, "alice", false)
	if err != nil {
		t.Fatal(err)
	}
	d.Description = "second"
	v2, err := ds.Save(ctx, d, "alice", false)
	if err != nil {
		t.Fatal(err)
	}
	if v1.Version != 1 || v2.Version != 2 || v2.Owner != "alice" {
		t.Errorf("versions %d, %d owner %q; want 1, 2 and alice", v1.Version, v2.Version, v2.Owner)
	}
	if _, err := ds.Save(ctx, d, "bob", false); graph.ErrorCode(err) != graph.EFORBIDDEN {
		t.Errorf("bob saving alice's dashboard: %v, want FORBIDDEN", err)
	}
	if saved, err := ds.Save(ctx, d, "root", true); err != nil || saved.Owner != "alice" || saved.SavedBy != "root" {
		t.Errorf("admin save = %+v, %v; want alice's dashboard saved by root", saved, err)
	}
	old, err := ds.Get(ctx, "Mine", 1)
	if err != nil || old.Description != "first" {
		t.Errorf("version 1 = %q, %v; want the first description", old.Description, err)
	}
	vs, err := ds.Versions(ctx, "Mine")
	if err != nil || len(vs) != 3 {
		t.Errorf("versions = %d, %v; want 3", len(vs), err)
	}

	bad := Default()
	bad.Name = "Broken"
	bad.Pages[0].Panels[0].Query = "NoSuchQuery"
	if _, err := ds.Save(ctx, bad, "alice", false); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("a panel on a missing saved query: %v, want INVALID", err)
	}

	list, err := ds.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, x := range list {
		names = append(names, x.Name)
	}
	if diff := cmp.Diff([]string{DefaultName, "Mine"}, names); diff != "" {
		t.Errorf("dashboards (-want +got):\n%s", diff)
	}

	// The API's view of the store: saved queries only, no dashboards.
	hidden := Hide(st)
	qs, err := hidden.ListSavedQueries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Name[:len(Prefix)] == Prefix {
			t.Errorf("Hide lists %s", q.Name)
		}
	}
	if want := len(defaultQueries) + len(Documents()) - len(Subscriptions()); len(qs) != want {
		t.Errorf("Hide lists %d saved queries, want the %d default ones and the page's", len(qs), want)
	}
	if _, err := hidden.SavedQuery(ctx, Prefix+"Mine", 0); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("Hide finds a dashboard as a saved query: %v", err)
	}

	if ok, err := ds.Delete(ctx, "Mine", "bob", false); graph.ErrorCode(err) != graph.EFORBIDDEN || ok {
		t.Errorf("bob deleting: %v, %v; want FORBIDDEN", ok, err)
	}
	if ok, err := ds.Delete(ctx, "Mine", "alice", false); err != nil || !ok {
		t.Errorf("alice deleting: %v, %v", ok, err)
	}
	if ok, err := ds.Delete(ctx, "Mine", "alice", false); err != nil || ok {
		t.Errorf("deleting again: %v, %v; want false", ok, err)
	}
}
