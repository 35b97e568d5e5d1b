package memstore

import (
	"context"
	"maps"
	"slices"

	"geograph/graph"
)

// candidateEvents returns the events f's participants or article take part
// in or report, found through their edges, and whether f names any; the
// caller still filters them with matchEvent.
func (s *Store) candidateEvents(f graph.EventFilter) ([]*graph.Event, bool) {
	from, edgeType := f.Participants, "PARTICIPATED_IN"
	if len(from) == 0 {
		if f.ArticleID == "" {
			return nil, false
		}
		from, edgeType = []string{f.ArticleID}, "REPORTS"
	}
	var out []*graph.Event
	seen := map[string]bool{}
	for _, id := range from {
		for e := range s.adj[id] {
			if e.Type != edgeType || e.From != id || seen[e.To] {
				continue
			}
			seen[e.To] = true
			if ev := s.events[e.To]; ev != nil {
				out = append(out, ev)
			}
		}
	}
	return out, true
}

// matchingEvents returns the events matching f, in no order.
func (s *Store) matchingEvents(f graph.EventFilter) []*graph.Event {
	var out []*graph.Event
	if cands, ok := s.candidateEvents(f); ok {
		for _, e := range cands {
			if s.matchEvent(e, f) {
				out = append(out, e)
			}
		}
		return out
	}
	for _, e := range s.events {
		if s.matchEvent(e, f) {
			out = append(out, e)
		}
	}
	return out
}

func (s *Store) matchEvent(e *graph.Event, f graph.EventFilter) bool {
	switch {
	case len(f.Kinds) > 0 && !slices.Contains(f.Kinds, e.Kind),
		len(f.Modalities) > 0 && !slices.Contains(f.Modalities, e.Modality),
		e.Confidence < f.MinConfidence:
		return false
	case !graph.InRange(e.Date.Value, f.From, f.To):
		return false
	}
	if len(f.Participants) > 0 && !slices.ContainsFunc(e.Participants, func(p graph.Participant) bool {
		return slices.Contains(f.Participants, p.EntityID)
	}) {
		return false
	}
	if len(f.Countries) > 0 && !slices.ContainsFunc(e.Participants, func(p graph.Participant) bool {
		c := s.participantCountry(p.EntityID)
		return c != "" && slices.Contains(f.Countries, c)
	}) {
		return false
	}
	if f.ArticleID != "" && !slices.ContainsFunc(e.Evidence, func(ev graph.Evidence) bool { return ev.ArticleID == f.ArticleID }) {
		return false
	}
	return true
}

// eventCountries returns the ISO2 codes of an event's participating
// countries and of its participating persons' countries, each once.
func (s *Store) eventCountries(e *graph.Event) []string {
	var out []string
	for _, p := range e.Participants {
		if c := s.participantCountry(p.EntityID); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// participantCountry returns the ISO2 a participant stands for: a country's
// own, a person's country, or "".
func (s *Store) participantCountry(id string) string {
	switch e := s.entities[id]; {
	case e == nil:
		return ""
	case e.Kind == graph.KindCountry:
		return e.ISO2
	case e.Kind == graph.KindPerson:
		return e.Country
	}
	return ""
}

// EventsByParticipant returns, per entity, up to limit matching events it
// takes part in, newest first.
func (s *Store) EventsByParticipant(ctx context.Context, ids []string, f graph.EventFilter, limit int) (map[string][]graph.Event, error) {
	if limit <= 0 {
		limit = graph.DefaultPageSize
	}
	f.Order = graph.DateDesc
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := map[string][]graph.Event{}
	for _, id := range ids {
		if _, done := out[id]; done {
			continue
		}
		f.Participants = []string{id}
		for _, pe := range s.byParticipant[id] {
			if len(out[id]) == limit {
				break
			}
			if e := s.events[pe.id]; e != nil && s.matchEvent(e, f) {
				out[id] = append(out[id], copyEvent(e))
			}
		}
	}
	return out, nil
}

// CountEvents counts matching events by kind, country or month.
func (s *Store) CountEvents(ctx context.Context, f graph.EventFilter, by graph.GroupBy) ([]graph.Count, error) {
	if by != graph.ByKind && by != graph.ByCountry && by != graph.ByMonth {
		return nil, graph.Errorf(graph.EINVALID, "unknown grouping %q", by)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if out, ok := s.countFromTally(f, by); ok {
		return out, nil
	}
	return s.countByScan(f, by), nil
}

// countByScan counts the events matching f one by one.
func (s *Store) countByScan(f graph.EventFilter, by graph.GroupBy) []graph.Count {
	counts := map[string]int{}
	for _, e := range s.matchingEvents(f) {
		switch by {
		case graph.ByKind:
			counts[string(e.Kind)]++
		case graph.ByCountry:
			for _, c := range s.eventCountries(e) {
				counts[c]++
			}
		case graph.ByMonth:
			if len(e.Date.Value) >= 7 {
				counts[e.Date.Value[:7]]++
			}
		}
	}
	var out []graph.Count
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		out = append(out, graph.Count{Key: k, Count: counts[k]})
	}
	return out
}
