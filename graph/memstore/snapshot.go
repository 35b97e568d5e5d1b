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
// tell old files apart. Version 1 had no Seq: it included no journal.
const snapshotVersion = 2

// snapshot is the file format: every record, sorted, so equal graphs give
// equal files, and the sequence number of the last journal record included.
type snapshot struct {
	Version int
	Seq     uint64
	Batch   graph.Batch
	Queries []graph.SavedQuery
}

// state is what a snapshot is made of: shallow copies of the store's maps.
// Stored records are never modified in place (every write stores a new
// record), so the copies stay valid while writers go on.
type state struct {
	seq         uint64
	articles    map[string]*graph.Article
	entities    map[string]*graph.Entity
	events      map[string]*graph.Event
	routes      map[string]*graph.Route
	terms       map[string]*graph.Term
	memberships map[string]*graph.Membership
	mentions    map[string]*graph.Mention
	queries     map[string][]graph.SavedQuery
}

// capture copies the maps; the caller holds the writer lock, so seq and the
// maps agree. It costs memory time only, never disk.
func (s *Store) capture() *state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return &state{
		seq: s.seq, articles: maps.Clone(s.articles), entities: maps.Clone(s.entities),
		events: maps.Clone(s.events), routes: maps.Clone(s.routes), terms: maps.Clone(s.terms),
		memberships: maps.Clone(s.memberships), mentions: maps.Clone(s.mentions), queries: maps.Clone(s.queries),
	}
}

// sortedValues returns the records of m ordered by key.
func sortedValues[V any](m map[string]*V) []V {
	out := make([]V, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, *m[k])
	}
	return nilIfEmpty(out)
}

// writeSnapshot writes st to a temporary file beside path, fsyncs it and
// renames it into place, then fsyncs the directory, so a crash leaves either
// the old snapshot or the new one. It returns the snapshot's size.
func writeSnapshot(path string, st *state) (int64, error) {
	snap := snapshot{Version: snapshotVersion, Seq: st.seq, Batch: graph.Batch{
		Articles: sortedValues(st.articles), Entities: sortedValues(st.entities),
		Terms: sortedValues(st.terms), Memberships: sortedValues(st.memberships),
		Events: sortedValues(st.events), Routes: sortedValues(st.routes), Mentions: sortedValues(st.mentions),
	}}
	for _, name := range slices.Sorted(maps.Keys(st.queries)) {
		snap.Queries = append(snap.Queries, st.queries[name]...)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return 0, fmt.Errorf("save snapshot: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	w := bufio.NewWriterSize(tmp, 1<<20)
	err = json.NewEncoder(w).Encode(snap)
	err = cmp.Or(err, w.Flush(), tmp.Sync())
	size, serr := tmp.Seek(0, 1)
	err = cmp.Or(err, serr, tmp.Close())
	if err != nil {
		tmp.Close()
		return 0, fmt.Errorf("save snapshot: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return 0, fmt.Errorf("save snapshot: %w", err)
	}
	if err := syncDir(dir); err != nil {
		return 0, fmt.Errorf("save snapshot: %w", err)
	}
	return size, nil
}

// loadSnapshot reads the snapshot at s.path into the empty store and returns
// its size; a missing file is an empty graph.
func (s *Store) loadSnapshot() (int64, error) {
	f, err := os.Open(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return 0, err
	}
	var snap snapshot
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&snap); err != nil {
		return 0, fmt.Errorf("read snapshot: %w", err)
	}
	if snap.Version != snapshotVersion && snap.Version != 1 {
		return 0, fmt.Errorf("snapshot version %d, want %d", snap.Version, snapshotVersion)
	}
	// Records were valid when written; merging each into an empty store
	// gives it back unchanged and rebuilds the indexes.
	s.apply(&snap.Batch)
	for _, q := range snap.Queries {
		s.queries[q.Name] = append(s.queries[q.Name], q)
	}
	s.seq = snap.Seq
	return info.Size(), nil
}
