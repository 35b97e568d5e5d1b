package memstore

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"geograph/graph"
)

// snapshotVersion is written into every snapshot, so a future format can
// tell old files apart.
const snapshotVersion = 1

// snapshot is the file format: every record, sorted, so equal graphs give
// equal files.
type snapshot struct {
	Version int
	Batch   graph.Batch
	Queries []graph.SavedQuery
}

// sortedValues returns the records of m ordered by key.
func sortedValues[V any](m map[string]*V) []V {
	out := make([]V, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, *m[k])
	}
	return nilIfEmpty(out)
}

// save writes the snapshot to a temporary file beside the target and renames
// it into place, so a crash leaves either the old file or the new one. The
// caller holds the write lock.
func (s *Store) save() error {
	if s.path == "" {
		return nil
	}
	snap := snapshot{Version: snapshotVersion, Batch: graph.Batch{
		Articles: sortedValues(s.articles), Entities: sortedValues(s.entities),
		Terms: sortedValues(s.terms), Memberships: sortedValues(s.memberships),
		Events: sortedValues(s.events), Routes: sortedValues(s.routes), Mentions: sortedValues(s.mentions),
	}}
	for _, name := range slices.Sorted(maps.Keys(s.queries)) {
		snap.Queries = append(snap.Queries, s.queries[name]...)
	}
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("save snapshot: %w", err)
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(s.path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("save snapshot: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	w := bufio.NewWriterSize(tmp, 1<<20)
	err = json.NewEncoder(w).Encode(snap)
	err = cmp.Or(err, w.Flush(), tmp.Sync(), tmp.Close())
	if err != nil {
		tmp.Close()
		return fmt.Errorf("save snapshot: %w", err)
	}
	if err := os.Rename(tmp.Name(), s.path); err != nil {
		return fmt.Errorf("save snapshot: %w", err)
	}
	return nil
}

// load reads the snapshot at s.path into the empty store; a missing file is
// an empty graph.
func (s *Store) load() error {
	f, err := os.Open(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	var snap snapshot
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&snap); err != nil {
		return fmt.Errorf("read snapshot: %w", err)
	}
	if snap.Version != snapshotVersion {
		return fmt.Errorf("snapshot version %d, want %d", snap.Version, snapshotVersion)
	}
	// Records were valid when written; merging each into an empty store
	// gives it back unchanged and rebuilds the indexes.
	s.apply(&snap.Batch)
	s.undo = nil
	for _, q := range snap.Queries {
		s.queries[q.Name] = append(s.queries[q.Name], q)
	}
	return nil
}
