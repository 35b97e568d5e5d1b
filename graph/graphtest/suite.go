package graphtest

import (
	"cmp"
	"slices"
	"testing"

	"geograph/graph"
)

// Run runs the conformance suite against the stores open returns. open must
// return a fresh, empty store on which Setup has run, and arrange its cleanup.
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s graph.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"GetSkipsMissing", testGetSkipsMissing},
		{"NodeNotFound", testNodeNotFound},
		{"StatsOfReference", testStatsOfReference},
		{"RewriteIsIdempotent", testRewriteIsIdempotent},
		{"EdgesToLaterCountry", testEdgesToLaterCountry},
		{"MergeSummit", testMergeSummit},
		{"MergeSummitReversed", testMergeSummitReversed},
		{"MergeEntity", testMergeEntity},
		{"MergeRoute", testMergeRoute},
		{"MergeTermsMentions", testMergeTermsMentions},
		{"ValidationWritesNothing", testValidationWritesNothing},
		{"MalformedCursor", testMalformedCursor},
		{"PageEvents", testPageEvents},
		{"PageEventsWithInserts", testPageEventsWithInserts},
		{"PageEntities", testPageEntities},
		{"PageRoutes", testPageRoutes},
		{"PageArticles", testPageArticles},
		{"FilterEvents", testFilterEvents},
		{"FilterEntities", testFilterEntities},
		{"FilterRoutes", testFilterRoutes},
		{"EventsByParticipant", testEventsByParticipant},
		{"Terms", testTerms},
		{"Officeholders", testOfficeholders},
		{"Memberships", testMemberships},
		{"Mentions", testMentions},
		{"Neighbourhood", testNeighbourhood},
		{"Paths", testPaths},
		{"Search", testSearch},
		{"CountEvents", testCountEvents},
		{"SavedQueries", testSavedQueries},
		{"SavedQueryOwners", testSavedQueryOwners},
		{"SavedQueriesAtOnce", testSavedQueriesAtOnce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.fn(t, open(t))
		})
	}

	// Tests that compare fresh stores written in different ways.
	fresh := []struct {
		name string
		fn   func(t *testing.T, open func(t *testing.T) graph.Store)
	}{
		{"MergeOrderIndependent", testMergeOrderIndependent},
	}
	for _, tt := range fresh {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

// write writes batches in order and fails the test on any error.
func write(t *testing.T, s graph.Store, batches ...*graph.Batch) {
	t.Helper()
	for i, b := range batches {
		if _, err := s.WriteBatch(t.Context(), b); err != nil {
			t.Fatalf("WriteBatch #%d: %v", i, err)
		}
	}
}

func stats(t *testing.T, s graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// wantCode fails the test unless err carries the error code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Errorf("%s: error %v has code %q, want %q", what, err, got, code)
	}
}

// canonEntity returns e as a store reads it back: Aliases sorted and
// deduplicated, Names sorted by (From, Name), empty slices nil.
func canonEntity(e graph.Entity) graph.Entity {
	e.Aliases = sortedSet(e.Aliases)
	e.Names = nilIfEmpty(slices.Clone(e.Names))
	slices.SortStableFunc(e.Names, func(a, b graph.NamePeriod) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Name, b.Name))
	})
	return e
}

// canonEvent returns ev with Participants sorted by (Role, EntityID) and
// Evidence by ArticleID, empty slices nil.
func canonEvent(ev graph.Event) graph.Event {
	ev.Participants = nilIfEmpty(slices.Clone(ev.Participants))
	slices.SortFunc(ev.Participants, func(a, b graph.Participant) int {
		return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.EntityID, b.EntityID))
	})
	ev.Evidence = canonEvidence(ev.Evidence)
	return ev
}

// canonRoute returns r with Halts sorted by Value and Evidence by ArticleID.
func canonRoute(r graph.Route) graph.Route {
	r.Via = nilIfEmpty(r.Via)
	r.Halts = nilIfEmpty(slices.Clone(r.Halts))
	slices.SortFunc(r.Halts, func(a, b graph.Date) int { return cmp.Compare(a.Value, b.Value) })
	r.Evidence = canonEvidence(r.Evidence)
	return r
}

func canonEvidence(evs []graph.Evidence) []graph.Evidence {
	evs = nilIfEmpty(slices.Clone(evs))
	slices.SortFunc(evs, func(a, b graph.Evidence) int { return cmp.Compare(a.ArticleID, b.ArticleID) })
	return evs
}

func sortedSet(ss []string) []string {
	ss = slices.Clone(ss)
	slices.Sort(ss)
	return nilIfEmpty(slices.Compact(ss))
}

func nilIfEmpty[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return s
}

// ids returns the IDs of items, in order.
func ids[T any](items []T, id func(T) string) []string {
	var out []string
	for _, it := range items {
		out = append(out, id(it))
	}
	return out
}

func eventID(e graph.Event) string     { return e.ID }
func entityID(e graph.Entity) string   { return e.ID }
func routeID(r graph.Route) string     { return r.ID }
func articleID(a graph.Article) string { return a.ID }
