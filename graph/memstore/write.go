package memstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"geograph/graph"
)

// entry is the payload of a journal record: one acknowledged write.
type entry struct {
	Batch  *graph.Batch      `json:",omitempty"`
	Save   *graph.SavedQuery `json:",omitempty"` // the version as stored
	Delete string            `json:",omitempty"` // name of a deleted query
}

// WriteBatch validates b, appends it to the journal and merges it into the
// graph. If validation or the append fails the graph is left as it was.
func (s *Store) WriteBatch(ctx context.Context, b *graph.Batch) (graph.WriteResult, error) {
	if err := b.Validate(); err != nil {
		return graph.WriteResult{}, err
	}
	if err := ctx.Err(); err != nil {
		return graph.WriteResult{}, err
	}
	// Encoding needs no lock: it costs the batch and holds up nobody.
	payload, err := s.encode(entry{Batch: b})
	if err != nil {
		return graph.WriteResult{}, fmt.Errorf("write batch: %w", err)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.commit(payload, func() { s.apply(b) }); err != nil {
		return graph.WriteResult{}, fmt.Errorf("write batch: %w", err)
	}
	return graph.WriteResult{Articles: len(b.Articles), Entities: len(b.Entities), Events: len(b.Events), Routes: len(b.Routes)}, nil
}

// encode returns the journal payload of e, or nil for a store in memory.
func (s *Store) encode(e entry) ([]byte, error) {
	if s.path == "" {
		return nil, nil
	}
	return json.Marshal(e)
}

// commit appends payload to the journal, fsyncs it, then runs apply under
// the read-write lock. The caller holds the writer lock, so journal order is
// the order writes are applied in, and replay rebuilds the same graph.
func (s *Store) commit(payload []byte, apply func()) error {
	if s.closed {
		return fmt.Errorf("store is closed")
	}
	if s.journal != nil {
		if err := s.journal.append(s.seq+1, payload); err != nil {
			return err
		}
		s.seq++
	}
	s.mu.Lock()
	apply()
	s.cache.reset()
	s.mu.Unlock()
	s.maybeCompact()
	return nil
}

// replay applies one journal record during Open, skipping those the
// snapshot already holds.
func (s *Store) replay(seq uint64, payload []byte) error {
	switch {
	case seq <= s.seq:
		return nil
	case seq != s.seq+1:
		return fmt.Errorf("record %d follows record %d: records are missing", seq, s.seq)
	}
	var e entry
	if err := json.Unmarshal(payload, &e); err != nil {
		return fmt.Errorf("record %d: %w", seq, err)
	}
	switch {
	case e.Batch != nil:
		s.apply(e.Batch)
	case e.Save != nil:
		s.putQuery(*e.Save)
	case e.Delete != "":
		delete(s.queries, e.Delete)
	default:
		return fmt.Errorf("record %d is empty", seq)
	}
	s.seq = seq
	return nil
}

// putQuery stores q as the newest version of its name.
func (s *Store) putQuery(q graph.SavedQuery) {
	s.queries[q.Name] = append(slices.Clip(s.queries[q.Name]), q)
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
