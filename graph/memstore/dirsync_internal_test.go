package memstore

import (
	"os"
	"path/filepath"
	"testing"

	"geograph/graph/graphtest"
)

// dirState is what a directory holds when it is fsynced.
type dirState struct {
	dir   string
	files []string
}

// recordDirSyncs replaces syncDir for the test with one that records the
// directory's files at each call, then fsyncs as before.
func recordDirSyncs(t *testing.T) *[]dirState {
	t.Helper()
	var calls []dirState
	syncDir = func(dir string) error {
		var names []string
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Errorf("read %s at its fsync: %v", dir, err)
		}
		for _, e := range entries {
			names = append(names, e.Name())
		}
		calls = append(calls, dirState{dir, names})
		return fsyncDir(dir)
	}
	t.Cleanup(func() { syncDir = fsyncDir })
	return &calls
}

// TestDirectorySyncedAfterRenames: the data directory is fsynced after the
// snapshot's temporary file is renamed into place, after a journal
// generation is created and after compacted generations are removed, so
// none of these is lost to a power cut.
func TestDirectorySyncedAfterRenames(t *testing.T) {
	calls := recordDirSyncs(t)
	ctx := t.Context()
	dir := t.TempDir()
	path := filepath.Join(dir, "graph.json")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if _, err := s.WriteBatch(ctx, graphtest.ReferenceBatch()); err != nil {
		t.Fatal(err)
	}
	opened := len(*calls)
	if opened == 0 {
		t.Fatal("opening a new store created its journal without fsyncing the directory")
	}
	before, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	// The snapshot's rename: a sync of dir that sees graph.json, no
	// temporary file, and still every file of before the compaction (the
	// journal it covers is removed only after the snapshot is durable).
	renamed := false
	for _, c := range (*calls)[opened:] {
		if c.dir != dir {
			t.Errorf("fsynced %s, not the data directory %s", c.dir, dir)
			continue
		}
		has := map[string]bool{}
		tmp := false
		for _, f := range c.files {
			has[f] = true
			if m, _ := filepath.Match("graph.json.tmp-*", f); m {
				tmp = true
			}
		}
		all := has["graph.json"] && !tmp
		for _, e := range before {
			all = all && has[e.Name()]
		}
		renamed = renamed || all
	}
	if !renamed {
		t.Errorf("no fsync of the data directory between the snapshot's rename and the journal's removal; syncs: %v", (*calls)[opened:])
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no snapshot after Compact: %v", err)
	}
	if n := len(*calls) - opened; n < 2 {
		t.Errorf("%d directory fsyncs in a compaction; want one after the rename and one after removing the journal it covers", n)
	}
}
