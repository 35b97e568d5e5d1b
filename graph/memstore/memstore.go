// Package memstore is an embedded graph.Store: the whole graph in memory,
// indexed by maps, so geograph runs on a machine without Neo4j. A persisted
// store lives in a data directory: every write is appended to a journal and
// fsynced before it is acknowledged, a snapshot written in the background
// compacts the journal, and a lock file keeps a second process out. It
// follows the semantics documented in graphtest.
package memstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"geograph/graph"
)

var _ graph.Store = (*Store)(nil)

// Store is an in-memory graph.Store. It is safe for concurrent use.
//
// Two locks: wmu orders writers and guards the journal, so a writer holds it
// across the disk append; mu guards the maps and is held only for memory
// work, so readers never wait on disk.
type Store struct {
	path string           // snapshot file; "" keeps everything in memory
	now  func() time.Time // clock for SavedQuery.SavedAt
	log  *slog.Logger

	wmu        sync.Mutex
	lock       *dirLock    // data directory lock; nil in memory
	journal    *journal    // nil in memory
	seq        uint64      // last journal record applied
	closed     bool        // Close was called
	compactAt  int64       // journal size that starts a compaction
	minCompact int64       // compactAt never goes below this
	compacting *compaction // the running compaction; nil when none runs

	mu          sync.RWMutex
	articles    map[string]*graph.Article
	entities    map[string]*graph.Entity
	events      map[string]*graph.Event
	routes      map[string]*graph.Route
	terms       map[string]*graph.Term       // by termKey
	memberships map[string]*graph.Membership // by memberKey
	mentions    map[string]*graph.Mention    // by mentionKey
	queries     map[string][]graph.SavedQuery

	owned map[string][]edge       // edges each record owns, by owner key
	adj   map[string]map[edge]int // edges touching each node ID, both ends
	words map[string][][]string   // searchable texts of each node, tokenized
	cache readCache               // sorted lists and Stats, dropped by writes

	tally   map[string]*tallies // event counts by scope (counts.go)
	tallied map[string]*tallied // what each event added to them

	byParticipant map[string][]partEntry // each participant's events, newest first
}

// Option configures Open.
type Option func(*Store)

// WithLogger sets where the store logs recoveries and background
// compactions; the default is slog.Default().
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// WithCompactAfter sets the journal size in bytes past which a background
// compaction starts (it also waits for the journal to reach the size of the
// last snapshot, so compaction costs each write a constant share). The
// default is 16 MiB.
func WithCompactAfter(bytes int64) Option { return func(s *Store) { s.minCompact = bytes } }

// Open returns a store. With an empty path it lives in memory only.
// Otherwise path names the snapshot file in the data directory: Open locks
// the directory (failing if another process has it), removes temporary
// files an interrupted snapshot left, loads the snapshot and replays the
// journal written since.
func Open(path string, opts ...Option) (*Store, error) {
	s := &Store{
		path:        path,
		now:         time.Now,
		log:         slog.Default(),
		minCompact:  16 << 20,
		articles:    map[string]*graph.Article{},
		entities:    map[string]*graph.Entity{},
		events:      map[string]*graph.Event{},
		routes:      map[string]*graph.Route{},
		terms:       map[string]*graph.Term{},
		memberships: map[string]*graph.Membership{},
		mentions:    map[string]*graph.Mention{},
		queries:     map[string][]graph.SavedQuery{},
		owned:       map[string][]edge{},
		adj:         map[string]map[edge]int{},
		words:       map[string][][]string{},
	}
	for _, o := range opts {
		o(s)
	}
	if path == "" {
		return s, nil
	}
	if err := s.openDisk(); err != nil {
		s.journal.close()
		s.lock.release()
		return nil, fmt.Errorf("open memstore %s: %w", path, err)
	}
	return s, nil
}

// openDisk does Open's work on disk. Nothing else runs yet, so it takes no
// store locks.
func (s *Store) openDisk() error {
	var err error
	if s.lock, err = lockDir(s.path); err != nil {
		return err
	}
	if err := removeStaleTemps(s.path, s.log); err != nil {
		return err
	}
	size, err := s.loadSnapshot()
	if err != nil {
		return err
	}
	s.journal, err = replayJournal(s.path, s.log, s.replay)
	if err != nil {
		return err
	}
	s.compactAt = max(s.minCompact, size)
	return nil
}

// Setup does nothing: the maps need no schema.
func (s *Store) Setup(ctx context.Context) error { return nil }

// Close waits for a running compaction, closes the journal and releases the
// data directory. Every acknowledged write is already on disk.
func (s *Store) Close(ctx context.Context) error {
	s.wmu.Lock()
	if s.closed || s.path == "" {
		s.closed = true
		s.wmu.Unlock()
		return nil
	}
	s.closed = true
	running := s.compacting
	s.wmu.Unlock()
	if running != nil {
		<-running.done
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return errors.Join(s.journal.close(), s.lock.release())
}

// exists reports whether a node with the ID is stored.
func (s *Store) exists(id string) bool {
	if s.entities[id] != nil || s.events[id] != nil || s.routes[id] != nil || s.articles[id] != nil {
		return true
	}
	return false
}

// node returns the summary of a stored node.
func (s *Store) node(id string) (graph.Node, bool) {
	if e := s.entities[id]; e != nil {
		return graph.Node{ID: id, Kind: e.Kind, Name: e.Name}, true
	}
	if e := s.events[id]; e != nil {
		return graph.Node{ID: id, Kind: e.Kind, Name: e.Name}, true
	}
	if r := s.routes[id]; r != nil {
		return graph.Node{ID: id, Kind: r.Kind, Name: r.Name}, true
	}
	if a := s.articles[id]; a != nil {
		return graph.Node{ID: id, Kind: graph.KindArticle, Name: a.Title}, true
	}
	return graph.Node{}, false
}
