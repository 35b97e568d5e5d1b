package memstore

import (
	"cmp"
	"maps"
	"slices"
	"sort"

	"geograph/graph"
)

// Event counts are kept up to date on write, so CountEvents costs the
// number of groups, not the number of events: each event adds its
// confidence to buckets keyed by kind, modality and month (or country), in
// the scope of all events, of each of its countries and of each of its
// participants. A count with a minimum confidence is a binary search in a
// bucket's sorted confidences.

// tallies are the buckets of one scope.
type tallies struct {
	months    map[tallyKey][]float64 // group: YYYY-MM, "" when undated
	countries map[tallyKey][]float64 // group: ISO2
}

type tallyKey struct {
	kind     graph.Kind
	modality graph.Modality
	group    string
}

// tallyEntry is one confidence an event added to one bucket.
type tallyEntry struct {
	scope   string
	country bool // in countries, not months
	key     tallyKey
}

// Scope keys: all events, a country's, a participant's.
const allScope = ""

func countryScope(iso2 string) string   { return "c\x00" + iso2 }
func participantScope(id string) string { return "p\x00" + id }

// tallyEvent replaces what event id adds to the counts with what ev (nil:
// nothing) adds given the entities stored now.
func (s *Store) tallyEvent(id string, ev *graph.Event) {
	if s.tally == nil {
		s.tally = map[string]*tallies{}
		s.tallied = map[string]*tallied{}
	}
	if old := s.tallied[id]; old != nil {
		old.each(func(t tallyEntry) { s.untally(t, old.conf) })
		for _, p := range old.participants {
			s.unlistParticipant(p, partEntry{old.date, id})
		}
		delete(s.tallied, id)
	}
	if ev == nil {
		return
	}
	t := &tallied{kind: ev.Kind, modality: ev.Modality, conf: ev.Confidence, date: ev.Date.Value, countries: s.eventCountries(ev)}
	if len(ev.Date.Value) >= 7 {
		t.month = ev.Date.Value[:7]
	}
	for _, p := range ev.Participants {
		if !slices.Contains(t.participants, p.EntityID) {
			t.participants = append(t.participants, p.EntityID)
		}
	}
	t.each(func(e tallyEntry) {
		b := s.bucketsOf(e.scope, e.country, true)
		confs := b[e.key]
		i := sort.SearchFloat64s(confs, t.conf)
		b[e.key] = slices.Insert(confs, i, t.conf)
	})
	for _, p := range t.participants {
		s.listParticipant(p, partEntry{t.date, id})
	}
	s.tallied[id] = t
}

// tallied is what one event added to the counts.
type tallied struct {
	kind         graph.Kind
	modality     graph.Modality
	month        string
	date         string
	conf         float64
	countries    []string
	participants []string
}

// each calls f for every bucket t's event is in.
func (t *tallied) each(f func(tallyEntry)) {
	scope := func(sc string) {
		f(tallyEntry{sc, false, tallyKey{t.kind, t.modality, t.month}})
		for _, c := range t.countries {
			f(tallyEntry{sc, true, tallyKey{t.kind, t.modality, c}})
		}
	}
	scope(allScope)
	for _, c := range t.countries {
		scope(countryScope(c))
	}
	for _, p := range t.participants {
		scope(participantScope(p))
	}
}

func (s *Store) untally(t tallyEntry, conf float64) {
	b := s.bucketsOf(t.scope, t.country, false)
	if b == nil {
		return
	}
	confs := b[t.key]
	i := sort.SearchFloat64s(confs, conf)
	for i < len(confs) && confs[i] != conf {
		i++
	}
	if i == len(confs) {
		return
	}
	if confs = slices.Delete(confs, i, i+1); len(confs) == 0 {
		delete(b, t.key)
	} else {
		b[t.key] = confs
	}
}

func (s *Store) bucketsOf(scope string, country, create bool) map[tallyKey][]float64 {
	ts := s.tally[scope]
	if ts == nil {
		if !create {
			return nil
		}
		ts = &tallies{months: map[tallyKey][]float64{}, countries: map[tallyKey][]float64{}}
		s.tally[scope] = ts
	}
	if country {
		return ts.countries
	}
	return ts.months
}

// retallyParticipant recounts the events entity id takes part in, after
// the country it stands for changed.
func (s *Store) retallyParticipant(id string) {
	for e := range s.adj[id] {
		if e.Type == "PARTICIPATED_IN" && e.From == id {
			if ev := s.events[e.To]; ev != nil {
				s.tallyEvent(e.To, ev)
			}
		}
	}
}

// countFromTally answers CountEvents from the buckets when f selects one
// scope and filters only on kind, modality and confidence; ok is false
// otherwise.
func (s *Store) countFromTally(f graph.EventFilter, by graph.GroupBy) (out []graph.Count, ok bool) {
	if f.ArticleID != "" || f.From != "" || f.To != "" {
		return nil, false
	}
	scope := allScope
	switch {
	case len(f.Participants) == 0 && len(f.Countries) == 0:
	case len(f.Participants) == 0 && len(f.Countries) == 1:
		scope = countryScope(f.Countries[0])
	case len(f.Participants) == 1 && len(f.Countries) == 0:
		scope = participantScope(f.Participants[0])
	default:
		return nil, false
	}
	counts := map[string]int{}
	if ts := s.tally[scope]; ts != nil {
		b := ts.months
		if by == graph.ByCountry {
			b = ts.countries
		}
		for k, confs := range b {
			if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, k.kind) ||
				len(f.Modalities) > 0 && !slices.Contains(f.Modalities, k.modality) {
				continue
			}
			n := len(confs) - sort.SearchFloat64s(confs, f.MinConfidence)
			if n == 0 {
				continue
			}
			switch by {
			case graph.ByKind:
				counts[string(k.kind)] += n
			case graph.ByMonth:
				if k.group != "" {
					counts[k.group] += n
				}
			case graph.ByCountry:
				counts[k.group] += n
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		out = append(out, graph.Count{Key: k, Count: counts[k]})
	}
	return out, true
}

// Each participant's events are also kept newest first (undated last, then
// by ID), so EventsByParticipant reads the newest matching ones and stops.

// partEntry is one event in a participant's list.
type partEntry struct{ date, id string }

func comparePart(a, b partEntry) int {
	return cmp.Or(cmp.Compare(b.date, a.date), cmp.Compare(a.id, b.id))
}

func (s *Store) listParticipant(p string, e partEntry) {
	if s.byParticipant == nil {
		s.byParticipant = map[string][]partEntry{}
	}
	list := s.byParticipant[p]
	i, found := slices.BinarySearchFunc(list, e, comparePart)
	if !found {
		s.byParticipant[p] = slices.Insert(list, i, e)
	}
}

func (s *Store) unlistParticipant(p string, e partEntry) {
	list := s.byParticipant[p]
	i, found := slices.BinarySearchFunc(list, e, comparePart)
	if !found {
		return
	}
	if list = slices.Delete(list, i, i+1); len(list) == 0 {
		delete(s.byParticipant, p)
	} else {
		s.byParticipant[p] = list
	}
}
