package memstore

import (
	"strconv"

	"geograph/graph"
)

// edge is a stored relationship. Key tells apart parallel edges of the same
// type between the same nodes (a VIA's order, a HELD term's start).
type edge struct {
	From, To, Type, Role, Key string
}

func (e edge) public() graph.Edge {
	return graph.Edge{From: e.From, To: e.To, Type: e.Type, Role: e.Role}
}

// other returns the end of e that is not id.
func (e edge) other(id string) string {
	if e.From == id {
		return e.To
	}
	return e.From
}

// Owner keys name the record that owns a set of edges.
func termKey(person, office, from string) string {
	return "t\x00" + person + "\x00" + office + "\x00" + from
}
func memberKey(member, org string) string      { return "m\x00" + member + "\x00" + org }
func mentionKey(article, entity string) string { return "n\x00" + article + "\x00" + entity }

// countryID is the ID of the Country node of an ISO2 code.
func countryID(iso2 string) string { return graph.NewID(graph.KindCountry, iso2) }

// setOwned replaces the edges an owner contributes, keeping adj in step.
// Edges to nodes that do not exist yet are kept: they come alive (for reads
// and Stats) when the node is written.
func (s *Store) setOwned(owner string, edges []edge) {
	for _, e := range s.owned[owner] {
		s.unlink(e.From, e)
		if e.To != e.From {
			s.unlink(e.To, e)
		}
	}
	if len(edges) == 0 {
		delete(s.owned, owner)
		return
	}
	s.owned[owner] = edges
	for _, e := range edges {
		s.link(e.From, e)
		if e.To != e.From {
			s.link(e.To, e)
		}
	}
}

func (s *Store) link(id string, e edge) {
	m := s.adj[id]
	if m == nil {
		m = map[edge]int{}
		s.adj[id] = m
	}
	m[e]++
}

func (s *Store) unlink(id string, e edge) {
	m := s.adj[id]
	if m[e] <= 1 {
		delete(m, e)
	} else {
		m[e]--
	}
	if len(m) == 0 {
		delete(s.adj, id)
	}
}

// live reports whether both ends of e exist. Only IN and OF edges, which
// point at a country by its code, can lack an end: validation makes every
// other edge's ends part of the batch that writes it.
func (s *Store) live(e edge) bool {
	return e.Type != "IN" && e.Type != "OF" || s.exists(e.To)
}

// The set* methods store a record (nil deletes it) and refresh what it
// indexes.

func (s *Store) setArticle(id string, a *graph.Article) {
	if a == nil {
		delete(s.articles, id)
		delete(s.words, id)
		return
	}
	s.articles[id] = a
	s.words[id] = tokenizeAll(a.Title)
}

func (s *Store) setEntity(id string, e *graph.Entity) {
	was := s.participantCountry(id)
	defer func() {
		if s.participantCountry(id) != was {
			s.retallyParticipant(id)
		}
	}()
	if e == nil {
		delete(s.entities, id)
		delete(s.words, id)
		s.setOwned("e\x00"+id, nil)
		return
	}
	s.entities[id] = e
	texts := append([]string{e.Name}, e.Aliases...)
	for _, n := range e.Names {
		texts = append(texts, n.Name)
	}
	s.words[id] = tokenizeAll(texts...)
	var edges []edge
	switch {
	case (e.Kind == graph.KindPerson || e.Kind == graph.KindPlace) && e.Country != "":
		edges = append(edges, edge{From: id, To: countryID(e.Country), Type: "IN"})
	case e.Kind == graph.KindOffice && e.OrgID != "":
		edges = append(edges, edge{From: id, To: e.OrgID, Type: "OF"})
	case e.Kind == graph.KindOffice && e.Country != "":
		edges = append(edges, edge{From: id, To: countryID(e.Country), Type: "OF"})
	}
	s.setOwned("e\x00"+id, edges)
}

func (s *Store) setEvent(id string, ev *graph.Event) {
	s.tallyEvent(id, ev)
	if ev == nil {
		delete(s.events, id)
		delete(s.words, id)
		s.setOwned("v\x00"+id, nil)
		return
	}
	s.events[id] = ev
	s.words[id] = tokenizeAll(ev.Name)
	var edges []edge
	for _, p := range ev.Participants {
		edges = append(edges, edge{From: p.EntityID, To: id, Type: "PARTICIPATED_IN", Role: p.Role})
	}
	if ev.PlaceID != "" {
		edges = append(edges, edge{From: id, To: ev.PlaceID, Type: "AT"})
	}
	s.setOwned("v\x00"+id, append(edges, reports(id, ev.Evidence)...))
}

func (s *Store) setRoute(id string, r *graph.Route) {
	if r == nil {
		delete(s.routes, id)
		delete(s.words, id)
		s.setOwned("r\x00"+id, nil)
		return
	}
	s.routes[id] = r
	s.words[id] = tokenizeAll(r.Name)
	var edges []edge
	for _, x := range []struct{ to, typ string }{{r.FromID, "FROM"}, {r.ToID, "TO"}, {r.CommodityID, "CARRIES"}} {
		if x.to != "" {
			edges = append(edges, edge{From: id, To: x.to, Type: x.typ})
		}
	}
	for i, v := range r.Via {
		edges = append(edges, edge{From: id, To: v, Type: "VIA", Key: strconv.Itoa(i)})
	}
	s.setOwned("r\x00"+id, append(edges, reports(id, r.Evidence)...))
}

func reports(id string, evs []graph.Evidence) []edge {
	var edges []edge
	for _, e := range evs {
		edges = append(edges, edge{From: e.ArticleID, To: id, Type: "REPORTS"})
	}
	return edges
}

func (s *Store) setTerm(k string, t *graph.Term) {
	if t == nil {
		delete(s.terms, k)
		s.setOwned(k, nil)
		return
	}
	s.terms[k] = t
	s.setOwned(k, []edge{{From: t.PersonID, To: t.OfficeID, Type: "HELD", Key: t.From}})
}

func (s *Store) setMembership(k string, m *graph.Membership) {
	if m == nil {
		delete(s.memberships, k)
		s.setOwned(k, nil)
		return
	}
	s.memberships[k] = m
	s.setOwned(k, []edge{{From: m.MemberID, To: m.OrgID, Type: "MEMBER_OF"}})
}

func (s *Store) setMention(k string, m *graph.Mention) {
	if m == nil {
		delete(s.mentions, k)
		s.setOwned(k, nil)
		return
	}
	s.mentions[k] = m
	s.setOwned(k, []edge{{From: m.ArticleID, To: m.EntityID, Type: "MENTIONS"}})
}
