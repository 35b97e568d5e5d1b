package memstore

import (
	"cmp"
	"slices"

	"geograph/graph"
)

// The merge functions return a new record: old (nil when absent) with in
// merged into it. They never modify old, so a snapshot can share records
// with the live maps, and they return records in canonical form (sorted
// slices, nil when empty).
//
// Every merge is commutative, associative and idempotent, as MERGE-CONTRACT
// asks: the graph is the same whatever the order, grouping or repetition of
// writes, so reloading, loading in another order or several loaders at once
// all converge. Optional strings take the smallest non-empty value, numbers
// the maximum, dates the most precise value, lists the union; the only
// replacements are of what one article alone says (its evidence record, its
// mentions, the article record itself), which it always says alike.

// least returns the smaller non-empty string of a and b, byte-wise.
func least[S ~string](a, b S) S {
	if a == "" || b != "" && b < a {
		return b
	}
	return a
}

// mergeArticle lets non-empty fields overwrite: an article's fields come
// from the article itself, so every write of one ID carries the same ones
// (graphtest documents this).
func mergeArticle(old *graph.Article, in graph.Article) *graph.Article {
	if old == nil {
		return &in
	}
	a := *old
	a.URL, a.Title, a.Source = or(a.URL, in.URL), or(a.Title, in.Title), or(a.Source, in.Source)
	a.Published, a.Text = or(a.Published, in.Published), or(a.Text, in.Text)
	if !in.LoadedAt.IsZero() {
		a.LoadedAt = in.LoadedAt
	}
	return &a
}

// or returns in unless it is empty, else old.
func or(old, in string) string {
	if in != "" {
		return in
	}
	return old
}

func mergeEntity(old *graph.Entity, in graph.Entity) *graph.Entity {
	var e graph.Entity
	if old != nil {
		e = *old
	}
	e.ID = in.ID
	e.Kind = least(e.Kind, in.Kind)
	e.Name, e.ISO2, e.ISO3, e.Acronym = least(e.Name, in.Name), least(e.ISO2, in.ISO2), least(e.ISO3, in.ISO3), least(e.Acronym, in.Acronym)
	e.Role, e.Country, e.OrgID = least(e.Role, in.Role), least(e.Country, in.Country), least(e.OrgID, in.OrgID)
	e.Subkind, e.Source = least(e.Subkind, in.Subkind), least(e.Source, in.Source)
	e.Aliases = sortedSet(slices.Concat(e.Aliases, in.Aliases))
	e.Names = slices.Concat(e.Names, in.Names)
	slices.SortFunc(e.Names, func(a, b graph.NamePeriod) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Name, b.Name), cmp.Compare(a.To, b.To))
	})
	e.Names = nilIfEmpty(slices.Compact(e.Names))
	return &e
}

func mergeTerm(old *graph.Term, in graph.Term) *graph.Term {
	if old == nil {
		return &in
	}
	t := *old
	t.To, t.Source = least(t.To, in.To), least(t.Source, in.Source)
	return &t
}

func mergeMembership(old *graph.Membership, in graph.Membership) *graph.Membership {
	if old == nil {
		return &in
	}
	m := *old
	m.From, m.To = least(m.From, in.From), least(m.To, in.To)
	return &m
}

func mergeEvent(old *graph.Event, in graph.Event) *graph.Event {
	var e graph.Event
	if old != nil {
		e = *old
	} else {
		e.Date, e.Confidence = in.Date, in.Confidence
	}
	e.ID = in.ID
	e.Kind, e.Modality = least(e.Kind, in.Kind), least(e.Modality, in.Modality)
	e.Name, e.PlaceID, e.Reason = least(e.Name, in.Name), least(e.PlaceID, in.PlaceID), least(e.Reason, in.Reason)
	e.CAMEO, e.PLOVER = least(e.CAMEO, in.CAMEO), least(e.PLOVER, in.PLOVER)
	e.Date = betterDate(e.Date, in.Date)
	e.Confidence = max(e.Confidence, in.Confidence)
	e.Participants = unionParticipants(e.Participants, in.Participants)
	e.Evidence = upsertEvidence(e.Evidence, in.Evidence)
	return &e
}

// precision ranks a date: day over month over year over none.
func precision(d graph.Date) int { return len(d.Value) }

// betterDate returns the more precise date, at equal precision the smaller
// value, and at equal value the smaller non-empty derivation; granularity
// and derivation travel with the value chosen.
func betterDate(a, b graph.Date) graph.Date {
	if c := cmp.Or(cmp.Compare(precision(b), precision(a)), cmp.Compare(a.Value, b.Value)); c != 0 {
		if c < 0 {
			return a
		}
		return b
	}
	if least(a.Derivation, b.Derivation) == a.Derivation {
		return a
	}
	return b
}

func mergeRoute(old *graph.Route, in graph.Route) *graph.Route {
	var r graph.Route
	if old != nil {
		r = *old
	} else {
		r.Confidence = in.Confidence
	}
	r.ID = in.ID
	r.Kind, r.Modality = least(r.Kind, in.Kind), least(r.Modality, in.Modality)
	r.Name, r.CommodityID, r.FromID, r.ToID = least(r.Name, in.Name), least(r.CommodityID, in.CommodityID), least(r.FromID, in.FromID), least(r.ToID, in.ToID)
	r.Share = least(r.Share, in.Share)
	r.Confidence = max(r.Confidence, in.Confidence)
	r.Via = mergeVia(r.Via, in.Via)
	r.Halts = unionHalts(r.Halts, in.Halts)
	r.Evidence = upsertEvidence(r.Evidence, in.Evidence)
	return &r
}

// mergeVia unites two ordered lists of waypoints. Route IDs derive from
// their content, so two writes of one route normally agree; when one list
// holds the other's waypoints it wins, order kept, else the smaller list.
func mergeVia(old, in []string) []string {
	switch {
	case len(in) == 0:
		return old
	case len(old) == 0:
		return slices.Clone(in)
	case len(in) > len(old) && containsAll(in, old):
		return slices.Clone(in)
	case len(old) > len(in) && containsAll(old, in):
		return old
	case slices.Compare(in, old) < 0:
		return slices.Clone(in)
	}
	return old
}

// compareNonEmpty orders strings byte-wise with the empty string last.
func compareNonEmpty(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return cmp.Compare(a, b)
}

func containsAll(s, sub []string) bool {
	for _, x := range sub {
		if !slices.Contains(s, x) {
			return false
		}
	}
	return true
}

func unionParticipants(old, in []graph.Participant) []graph.Participant {
	ps := slices.Concat(old, in)
	slices.SortFunc(ps, func(a, b graph.Participant) int {
		return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.EntityID, b.EntityID))
	})
	return nilIfEmpty(slices.Compact(ps))
}

// upsertEvidence replaces old records from the articles in brings, adds the
// rest, and sorts by article.
func upsertEvidence(old, in []graph.Evidence) []graph.Evidence {
	out := slices.DeleteFunc(slices.Clone(old), func(o graph.Evidence) bool {
		return slices.ContainsFunc(in, func(n graph.Evidence) bool { return n.ArticleID == o.ArticleID })
	})
	out = append(out, in...)
	slices.SortStableFunc(out, func(a, b graph.Evidence) int { return cmp.Compare(a.ArticleID, b.ArticleID) })
	return nilIfEmpty(lastByKey(out, func(e graph.Evidence) string { return e.ArticleID }))
}

// unionHalts is the union of halts; of two with one Value the one with the
// smaller non-empty derivation stays.
func unionHalts(old, in []graph.Date) []graph.Date {
	out := slices.Concat(old, in)
	slices.SortFunc(out, func(a, b graph.Date) int {
		return cmp.Or(cmp.Compare(a.Value, b.Value), compareNonEmpty(a.Derivation, b.Derivation))
	})
	return nilIfEmpty(slices.CompactFunc(out, func(a, b graph.Date) bool { return a.Value == b.Value }))
}

// lastByKey keeps the last of each run of items with equal keys in a list
// sorted stably by key.
func lastByKey[T any](s []T, key func(T) string) []T {
	out := s[:0]
	for i, x := range s {
		if i+1 < len(s) && key(s[i+1]) == key(x) {
			continue
		}
		out = append(out, x)
	}
	return out
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
