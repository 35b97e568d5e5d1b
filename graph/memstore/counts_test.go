package memstore

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestCountsKeptOnWrite checks the counts kept on write against a count of
// the events one by one, for every filter they answer, after events are
// written, rewritten, and after people change country.
func TestCountsKeptOnWrite(t *testing.T) {
	s, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	codes := []string{"AA", "BB", "CC", "DD"}
	kinds := []graph.Kind{graph.KindSummit, graph.KindSanction, graph.KindMeeting}
	modalities := []graph.Modality{graph.Asserted, graph.Planned, graph.Negated}
	var people []string
	b := &graph.Batch{}
	for _, c := range codes {
		b.Entities = append(b.Entities, graph.Entity{ID: graph.NewID(graph.KindCountry, c), Kind: graph.KindCountry, Name: "Country " + c, ISO2: c})
	}
	for i := range 8 {
		id := graph.NewID(graph.KindPerson, fmt.Sprint("person", i))
		people = append(people, id)
		b.Entities = append(b.Entities, graph.Entity{ID: id, Kind: graph.KindPerson, Name: fmt.Sprint("Person ", i), Country: codes[i%len(codes)]})
	}
	event := func(i int) graph.Event {
		e := graph.Event{
			ID: graph.HashID(graph.KindSummit, fmt.Sprint("event", i)), Kind: kinds[r.IntN(len(kinds))], Name: fmt.Sprint("Event ", i),
			Modality: modalities[r.IntN(len(modalities))], Confidence: float64(r.IntN(10)) / 10,
		}
		if r.IntN(5) > 0 {
			e.Date = graph.NewDate(fmt.Sprintf("2023-%02d-%02d", 1+r.IntN(6), 1+r.IntN(28)), "stated")
		}
		for range 1 + r.IntN(3) {
			p := people[r.IntN(len(people))]
			if r.IntN(3) == 0 {
				p = graph.NewID(graph.KindCountry, codes[r.IntN(len(codes))])
			}
			e.Participants = append(e.Participants, graph.Participant{EntityID: p, Role: graph.RoleImposer})
		}
		return e
	}
	for i := range 200 {
		b.Events = append(b.Events, event(i))
	}
	s.mu.Lock()
	s.apply(b)
	s.mu.Unlock()
	check := func(stage string) {
		t.Helper()
		var filters []graph.EventFilter
		for _, scope := range []graph.EventFilter{{}, {Countries: []string{"AA"}}, {Countries: []string{"ZZ"}}, {Participants: []string{people[0]}}, {Participants: []string{graph.NewID(graph.KindCountry, "BB")}}} {
			for _, ks := range [][]graph.Kind{nil, {graph.KindSanction}, {graph.KindSummit, graph.KindMeeting}} {
				for _, ms := range [][]graph.Modality{nil, {graph.Asserted}} {
					for _, min := range []float64{0, 0.5, 0.95} {
						f := scope
						f.Kinds, f.Modalities, f.MinConfidence = ks, ms, min
						filters = append(filters, f)
					}
				}
			}
		}
		// Each participant's newest events, against a sort of all its events.
		var ids []string
		for _, c := range codes {
			ids = append(ids, graph.NewID(graph.KindCountry, c))
		}
		for _, f := range filters[:18] {
			f.Participants, f.Countries = nil, nil
			for _, limit := range []int{1, 3, 50} {
				got, err := s.EventsByParticipant(t.Context(), append(ids, people...), f, limit)
				if err != nil {
					t.Fatal(err)
				}
				for _, id := range append(ids, people...) {
					g := f
					g.Participants = []string{id}
					s.mu.RLock()
					var want []graph.Event
					for _, e := range smallest(s.matchingEvents(g), limit, func(a, b *graph.Event) int {
						return cmp.Or(cmp.Compare(b.Date.Value, a.Date.Value), cmp.Compare(a.ID, b.ID))
					}) {
						want = append(want, *e)
					}
					s.mu.RUnlock()
					if diff := gocmp.Diff(want, got[id]); diff != "" {
						t.Errorf("%s: events of %s, %+v, limit %d (-sorted +listed):\n%s", stage, id, f, limit, diff)
					}
				}
			}
		}
		for _, f := range filters {
			for _, by := range []graph.GroupBy{graph.ByKind, graph.ByMonth, graph.ByCountry} {
				s.mu.RLock()
				got, ok := s.countFromTally(f, by)
				want := s.countByScan(f, by)
				s.mu.RUnlock()
				if !ok {
					t.Fatalf("%s: %+v by %s not answered from the counts", stage, f, by)
				}
				if diff := gocmp.Diff(want, got); diff != "" {
					t.Errorf("%s: %+v by %s (-scan +kept):\n%s", stage, f, by, diff)
				}
			}
		}
	}
	check("written")
	// Rewrite half the events with new kinds, dates and participants, and
	// move people to other countries.
	b = &graph.Batch{}
	for i := range 100 {
		b.Events = append(b.Events, event(2*i))
	}
	for i, p := range people[:4] {
		b.Entities = append(b.Entities, graph.Entity{ID: p, Kind: graph.KindPerson, Name: fmt.Sprint("Person ", i), Country: codes[(i+1)%len(codes)]})
	}
	s.mu.Lock()
	for _, e := range b.Entities { // a merge keeps a person's first country; set it
		s.setEntity(e.ID, &e)
	}
	b.Entities = nil
	s.apply(b)
	s.mu.Unlock()
	check("rewritten")
}
