// Package memstore is an embedded graph.Store: the whole graph in memory,
// indexed by maps, optionally persisted to a JSON snapshot file after every
// write, so geograph runs on a machine without Neo4j and a restart loses
// nothing. It follows the semantics documented in graphtest.
package memstore

import (
	"context"
	"fmt"
	"sync"
	"time"

	"geograph/graph"
)

var _ graph.Store = (*Store)(nil)

// Store is an in-memory graph.Store. It is safe for concurrent use.
type Store struct {
	path string           // snapshot file; "" keeps everything in memory
	now  func() time.Time // clock for SavedQuery.SavedAt

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
	undo  []func()                // restores what the current write changed
	cache readCache               // sorted lists and Stats, dropped by writes
}

// Open returns a store. With an empty path it lives in memory only;
// otherwise it loads the snapshot at path if the file exists and saves to it
// after every successful write.
func Open(path string) (*Store, error) {
	s := &Store{
		path:        path,
		now:         time.Now,
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
	if path != "" {
		if err := s.load(); err != nil {
			return nil, fmt.Errorf("open memstore %s: %w", path, err)
		}
	}
	return s, nil
}

// Setup does nothing: the maps need no schema.
func (s *Store) Setup(ctx context.Context) error { return nil }

// Close does nothing: every write is already saved.
func (s *Store) Close(ctx context.Context) error { return nil }

// WriteBatch validates b, merges it into the graph and saves the snapshot.
// If validation or saving fails the graph is left as it was.
func (s *Store) WriteBatch(ctx context.Context, b *graph.Batch) (graph.WriteResult, error) {
	if err := b.Validate(); err != nil {
		return graph.WriteResult{}, err
	}
	if err := ctx.Err(); err != nil {
		return graph.WriteResult{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.apply(b)
	defer s.cache.reset()
	if err := s.save(); err != nil {
		s.rollback()
		return graph.WriteResult{}, fmt.Errorf("write batch: %w", err)
	}
	clear(s.undo) // let the replaced records go
	s.undo = s.undo[:0]
	return graph.WriteResult{Articles: len(b.Articles), Entities: len(b.Entities), Events: len(b.Events), Routes: len(b.Routes)}, nil
}

// apply merges every record of b, in the order graphtest documents. The
// caller holds the write lock.
func (s *Store) apply(b *graph.Batch) {
	for _, a := range b.Articles {
		s.setArticle(a.ID, mergeArticle(s.articles[a.ID], a))
	}
	for _, e := range b.Entities {
		s.setEntity(e.ID, mergeEntity(s.entities[e.ID], e))
	}
	for _, t := range b.Terms {
		k := termKey(t.PersonID, t.OfficeID, t.From)
		s.setTerm(k, mergeTerm(s.terms[k], t))
	}
	for _, m := range b.Memberships {
		k := memberKey(m.MemberID, m.OrgID)
		s.setMembership(k, mergeMembership(s.memberships[k], m))
	}
	for _, ev := range b.Events {
		s.setEvent(ev.ID, mergeEvent(s.events[ev.ID], ev))
	}
	for _, r := range b.Routes {
		s.setRoute(r.ID, mergeRoute(s.routes[r.ID], r))
	}
	for _, m := range b.Mentions {
		s.setMention(mentionKey(m.ArticleID, m.EntityID), &m)
	}
}

// rollback undoes the current write, newest change first.
func (s *Store) rollback() {
	undo := s.undo
	s.undo = nil
	for i := len(undo) - 1; i >= 0; i-- {
		undo[i]()
	}
	s.undo = undo[:0]
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
