package memstore

import (
	"cmp"
	"context"
	"maps"
	"slices"

	"geograph/graph"
)

// Reads hand out copies, so callers may change what they get.

func copyEntity(e *graph.Entity) graph.Entity {
	c := *e
	c.Aliases, c.Names = slices.Clone(e.Aliases), slices.Clone(e.Names)
	return c
}

func copyEvent(e *graph.Event) graph.Event {
	c := *e
	c.Participants, c.Evidence = slices.Clone(e.Participants), slices.Clone(e.Evidence)
	return c
}

func copyRoute(r *graph.Route) graph.Route {
	c := *r
	c.Via, c.Halts, c.Evidence = slices.Clone(r.Via), slices.Clone(r.Halts), slices.Clone(r.Evidence)
	return c
}

// Node returns the summary of any node.
func (s *Store) Node(ctx context.Context, id string) (graph.Node, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n, ok := s.node(id)
	if !ok {
		return graph.Node{}, graph.Errorf(graph.ENOTFOUND, "node %q not found", id)
	}
	return n, nil
}

// getMany returns copies of the records of ids found in m, in order.
func getMany[R, T any](s *Store, m map[string]*R, ids []string, copyOf func(*R) T) []T {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []T
	for _, id := range ids {
		if r := m[id]; r != nil {
			out = append(out, copyOf(r))
		}
	}
	return out
}

// GetEntities returns the entities of ids that exist, in order.
func (s *Store) GetEntities(ctx context.Context, ids []string) ([]graph.Entity, error) {
	return getMany(s, s.entities, ids, copyEntity), nil
}

// GetEvents returns the events of ids that exist, in order.
func (s *Store) GetEvents(ctx context.Context, ids []string) ([]graph.Event, error) {
	return getMany(s, s.events, ids, copyEvent), nil
}

// GetRoutes returns the routes of ids that exist, in order.
func (s *Store) GetRoutes(ctx context.Context, ids []string) ([]graph.Route, error) {
	return getMany(s, s.routes, ids, copyRoute), nil
}

// GetArticles returns the articles of ids that exist, in order.
func (s *Store) GetArticles(ctx context.Context, ids []string) ([]graph.Article, error) {
	return getMany(s, s.articles, ids, func(a *graph.Article) graph.Article { return *a }), nil
}

// in reports whether v is in list, or list is empty.
func in(list []string, v string) bool { return len(list) == 0 || slices.Contains(list, v) }

// Terms returns the terms matching f, by (From, PersonID, OfficeID).
func (s *Store) Terms(ctx context.Context, f graph.TermFilter) ([]graph.Term, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.matchTerms(f), nil
}

// Officeholders returns the terms matching f with their person and office
// records and the office's owner, ordered like Terms.
func (s *Store) Officeholders(ctx context.Context, f graph.TermFilter) ([]graph.Officeholder, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []graph.Officeholder
	for _, t := range s.matchTerms(f) {
		h := graph.Officeholder{Term: t, OwnerID: s.officeOwner(t.OfficeID)}
		// A batch cannot name a missing person or office, so both exist.
		if p := s.entities[t.PersonID]; p != nil {
			h.Person = copyEntity(p)
		}
		if o := s.entities[t.OfficeID]; o != nil {
			h.Office = copyEntity(o)
		}
		out = append(out, h)
	}
	return out, nil
}

// matchTerms returns the terms matching f, by (From, PersonID, OfficeID).
// The caller holds the read lock.
func (s *Store) matchTerms(f graph.TermFilter) []graph.Term {
	var out []graph.Term
	for _, t := range s.terms {
		if !in(f.PersonIDs, t.PersonID) || !in(f.OfficeIDs, t.OfficeID) || !in(f.OwnerIDs, s.officeOwner(t.OfficeID)) {
			continue
		}
		if f.At != "" && !t.Covers(f.At) {
			continue
		}
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b graph.Term) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.PersonID, b.PersonID), cmp.Compare(a.OfficeID, b.OfficeID))
	})
	return out
}

// officeOwner returns the ID of the organisation or country an office belongs to.
func (s *Store) officeOwner(officeID string) string {
	o := s.entities[officeID]
	switch {
	case o == nil:
		return ""
	case o.OrgID != "":
		return o.OrgID
	case o.Country != "":
		return countryID(o.Country)
	}
	return ""
}

// Memberships returns the memberships of the given members and organisations.
func (s *Store) Memberships(ctx context.Context, memberIDs, orgIDs []string) ([]graph.Membership, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []graph.Membership
	for _, m := range s.memberships {
		if in(memberIDs, m.MemberID) && in(orgIDs, m.OrgID) {
			out = append(out, *m)
		}
	}
	slices.SortFunc(out, func(a, b graph.Membership) int {
		return cmp.Or(cmp.Compare(a.MemberID, b.MemberID), cmp.Compare(a.OrgID, b.OrgID))
	})
	return out, nil
}

// Mentions returns the mentions an article makes or an entity receives.
func (s *Store) Mentions(ctx context.Context, articleID, entityID string) ([]graph.Mention, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []graph.Mention
	add := func(m *graph.Mention) {
		if (articleID == "" || m.ArticleID == articleID) && (entityID == "" || m.EntityID == entityID) {
			out = append(out, *m)
		}
	}
	switch {
	case articleID != "" || entityID != "":
		// The MENTIONS edges of the article or entity lead to the records.
		for e := range s.adj[cmp.Or(articleID, entityID)] {
			if e.Type == "MENTIONS" {
				if m := s.mentions[mentionKey(e.From, e.To)]; m != nil {
					add(m)
				}
			}
		}
	default:
		for _, m := range s.mentions {
			add(m)
		}
	}
	slices.SortFunc(out, func(a, b graph.Mention) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start), cmp.Compare(a.EntityID, b.EntityID))
	})
	return out, nil
}

// Stats counts nodes, live relationships and nodes by kind.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.cache.mu.Lock()
	defer s.cache.mu.Unlock()
	if s.cache.stats == nil {
		st := s.stats()
		s.cache.stats = &st
	}
	st := *s.cache.stats
	st.ByKind = maps.Clone(st.ByKind)
	return st, nil
}

// stats counts what Stats reports. The caller holds the read lock.
func (s *Store) stats() graph.Stats {
	st := graph.Stats{Nodes: len(s.articles) + len(s.entities) + len(s.events) + len(s.routes)}
	ids := make(map[string]struct{}, st.Nodes)
	for _, m := range []func(func(string)){keysOf(s.articles), keysOf(s.entities), keysOf(s.events), keysOf(s.routes)} {
		m(func(id string) { ids[id] = struct{}{} })
	}
	st.DistinctIDs = len(ids)
	for _, edges := range s.owned {
		for _, e := range edges {
			if s.live(e) {
				st.Relationships++
			}
		}
	}
	count := func(k graph.Kind) {
		if st.ByKind == nil {
			st.ByKind = map[graph.Kind]int{}
		}
		st.ByKind[k]++
	}
	for range s.articles {
		count(graph.KindArticle)
	}
	for _, e := range s.entities {
		count(e.Kind)
	}
	for _, e := range s.events {
		count(e.Kind)
	}
	for _, r := range s.routes {
		count(r.Kind)
	}
	return st
}

// keysOf returns a function that calls yield with every key of m.
func keysOf[V any](m map[string]V) func(func(string)) {
	return func(yield func(string)) {
		for k := range m {
			yield(k)
		}
	}
}
