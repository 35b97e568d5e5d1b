package memstore

import (
	"cmp"
	"slices"

	"geograph/graph"
)

// The merge functions return a new record: old (nil when absent) with in
// merged into it as graphtest documents. They never modify old, so a write
// can be undone by storing old again, and they return records in canonical
// form (sorted slices, nil when empty).

// or returns in unless it is empty, else old.
func or(old, in string) string {
	if in != "" {
		return in
	}
	return old
}

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

func mergeEntity(old *graph.Entity, in graph.Entity) *graph.Entity {
	var e graph.Entity
	if old != nil {
		e = *old
	}
	e.ID = in.ID
	e.Kind = graph.Kind(or(string(e.Kind), string(in.Kind)))
	e.Name, e.ISO2, e.ISO3, e.Acronym = or(e.Name, in.Name), or(e.ISO2, in.ISO2), or(e.ISO3, in.ISO3), or(e.Acronym, in.Acronym)
	e.Role, e.Country, e.OrgID = or(e.Role, in.Role), or(e.Country, in.Country), or(e.OrgID, in.OrgID)
	e.Subkind, e.Source = or(e.Subkind, in.Subkind), or(e.Source, in.Source)
	e.Aliases = sortedSet(slices.Concat(e.Aliases, in.Aliases))
	if len(in.Names) > 0 {
		e.Names = slices.Clone(in.Names)
		slices.SortStableFunc(e.Names, func(a, b graph.NamePeriod) int {
			return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Name, b.Name))
		})
	}
	return &e
}

func mergeTerm(old *graph.Term, in graph.Term) *graph.Term {
	if old == nil {
		return &in
	}
	t := *old
	t.To, t.Source = or(t.To, in.To), or(t.Source, in.Source)
	return &t
}

func mergeMembership(old *graph.Membership, in graph.Membership) *graph.Membership {
	if old == nil {
		return &in
	}
	m := *old
	m.From, m.To = or(m.From, in.From), or(m.To, in.To)
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
	e.Kind = graph.Kind(or(string(e.Kind), string(in.Kind)))
	e.Name, e.PlaceID = or(e.Name, in.Name), or(e.PlaceID, in.PlaceID)
	if in.Date.Value != "" {
		e.Date = in.Date
	}
	e.Modality = graph.Modality(or(string(e.Modality), string(in.Modality)))
	e.CAMEO, e.PLOVER, e.Reason = or(e.CAMEO, in.CAMEO), or(e.PLOVER, in.PLOVER), or(e.Reason, in.Reason)
	e.Confidence = max(e.Confidence, in.Confidence)
	e.Participants = unionParticipants(e.Participants, in.Participants)
	e.Evidence = upsertEvidence(e.Evidence, in.Evidence)
	return &e
}

func mergeRoute(old *graph.Route, in graph.Route) *graph.Route {
	var r graph.Route
	if old != nil {
		r = *old
	} else {
		r.Confidence = in.Confidence
	}
	r.ID = in.ID
	r.Kind = graph.Kind(or(string(r.Kind), string(in.Kind)))
	r.Name, r.CommodityID, r.FromID, r.ToID = or(r.Name, in.Name), or(r.CommodityID, in.CommodityID), or(r.FromID, in.FromID), or(r.ToID, in.ToID)
	r.Share = or(r.Share, in.Share)
	r.Modality = graph.Modality(or(string(r.Modality), string(in.Modality)))
	r.Confidence = max(r.Confidence, in.Confidence)
	if len(in.Via) > 0 {
		r.Via = slices.Clone(in.Via)
	}
	r.Halts = upsertHalts(r.Halts, in.Halts)
	r.Evidence = upsertEvidence(r.Evidence, in.Evidence)
	return &r
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

// upsertHalts is the union of halts keyed by Value, incoming ones winning.
func upsertHalts(old, in []graph.Date) []graph.Date {
	out := slices.DeleteFunc(slices.Clone(old), func(o graph.Date) bool {
		return slices.ContainsFunc(in, func(n graph.Date) bool { return n.Value == o.Value })
	})
	out = append(out, in...)
	slices.SortStableFunc(out, func(a, b graph.Date) int { return cmp.Compare(a.Value, b.Value) })
	return nilIfEmpty(lastByKey(out, func(d graph.Date) string { return d.Value }))
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
