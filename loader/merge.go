package loader

import (
	"cmp"
	"slices"

	"geograph/graph"
)

// mergeBatch builds one batch from several extractions. Every event takes
// its MergeID, and the reports of one batch that share an ID are folded
// into one event by the rules the stores apply to a write of an existing
// ID (MERGE-CONTRACT.md §2). Those rules are commutative, associative and
// idempotent, so the stored graph is the same whatever the order, grouping
// or repetition of articles, and the loader never reads the store. It
// returns the batch and how many reports joined another one of the batch.
func mergeBatch(exs []*Extraction) (*graph.Batch, int) {
	b := &graph.Batch{}
	ents := map[string]graph.Entity{}
	events := map[string]int{}
	routes := map[string]int{}
	arts := map[string]bool{}
	merged := 0
	for _, x := range exs {
		if arts[x.Article.ID] {
			continue // the same article twice in one batch: the first stands
		}
		arts[x.Article.ID] = true
		b.Articles = append(b.Articles, x.Article)
		b.Mentions = append(b.Mentions, x.Mentions...)
		own := make(map[string]graph.Entity, len(x.Entities))
		for _, e := range x.Entities {
			own[e.ID] = e
			if old, ok := ents[e.ID]; ok {
				e = combineEntity(old, e)
			}
			ents[e.ID] = e
		}
		for _, ev := range x.Events {
			ev.ID = MergeID(ev, own)
			if i, ok := events[ev.ID]; ok {
				b.Events[i] = combineEvent(b.Events[i], ev)
				merged++
				continue
			}
			events[ev.ID] = len(b.Events)
			b.Events = append(b.Events, canonEvent(ev))
		}
		for _, r := range x.Routes {
			if i, ok := routes[r.ID]; ok {
				b.Routes[i] = combineRoute(b.Routes[i], r)
				continue
			}
			routes[r.ID] = len(b.Routes)
			b.Routes = append(b.Routes, combineRoute(graph.Route{}, r))
		}
	}
	for _, e := range ents {
		b.Entities = append(b.Entities, e)
	}
	slices.SortFunc(b.Entities, func(x, y graph.Entity) int { return cmp.Compare(x.ID, y.ID) })
	return b, merged
}

// canonEvent sorts an event's participants and evidence and drops repeats,
// the form combineEvent returns.
func canonEvent(e graph.Event) graph.Event {
	e.Participants = unionParticipants(nil, e.Participants)
	e.Evidence = unionEvidence(nil, e.Evidence)
	return e
}

// combineEvent folds two reports of one event (same ID, kind and modality)
// into one, symmetrically: participants are united, each article keeps one
// evidence record, the more precise date wins (the smaller one at equal
// precision), optional strings take the smallest non-empty value and the
// confidence the maximum.
func combineEvent(a, b graph.Event) graph.Event {
	e := a
	e.Date = betterDate(a.Date, b.Date)
	e.Name, e.PlaceID, e.Reason = smallest(a.Name, b.Name), smallest(a.PlaceID, b.PlaceID), smallest(a.Reason, b.Reason)
	e.CAMEO, e.PLOVER = smallest(a.CAMEO, b.CAMEO), smallest(a.PLOVER, b.PLOVER)
	e.Confidence = max(a.Confidence, b.Confidence)
	e.Participants = unionParticipants(a.Participants, b.Participants)
	e.Evidence = unionEvidence(a.Evidence, b.Evidence)
	return e
}

// betterDate: the more precise date, the smaller value at equal precision;
// granularity and derivation travel with the value.
func betterDate(a, b graph.Date) graph.Date {
	switch {
	case len(a.Value) != len(b.Value):
		if len(a.Value) > len(b.Value) {
			return a
		}
		return b
	case a.Value != b.Value:
		if a.Value < b.Value {
			return a
		}
		return b
	case a.Derivation <= b.Derivation:
		return a
	}
	return b
}

// smallest returns the smaller non-empty string (byte order), or "".
func smallest(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "" || a < b:
		return a
	}
	return b
}

func unionParticipants(a, b []graph.Participant) []graph.Participant {
	ps := slices.Concat(a, b)
	slices.SortFunc(ps, func(x, y graph.Participant) int {
		return cmp.Or(cmp.Compare(x.Role, y.Role), cmp.Compare(x.EntityID, y.EntityID))
	})
	return slices.Compact(ps)
}

// unionEvidence keeps one record per article. Two records of one article
// in a batch come from one extraction (an article that reports a happening
// twice); the earlier sentence stands, whichever order they come in.
func unionEvidence(a, b []graph.Evidence) []graph.Evidence {
	evs := slices.Concat(a, b)
	slices.SortFunc(evs, func(x, y graph.Evidence) int {
		return cmp.Or(cmp.Compare(x.ArticleID, y.ArticleID), cmp.Compare(x.Sentence, y.Sentence),
			cmp.Compare(x.Start, y.Start), cmp.Compare(x.Quote, y.Quote))
	})
	return slices.CompactFunc(evs, func(x, y graph.Evidence) bool { return x.ArticleID == y.ArticleID })
}

// combineRoute folds two records of one route (same content-derived ID)
// symmetrically: the longer via list (the smaller at equal length) keeps
// its order and the other's stops follow it, halts are united by value,
// strings take the smallest non-empty value.
func combineRoute(a, b graph.Route) graph.Route {
	r := b
	if a.ID != "" {
		r = a
	}
	r.Name, r.Share = smallest(a.Name, b.Name), smallest(a.Share, b.Share)
	r.CommodityID, r.FromID, r.ToID = smallest(a.CommodityID, b.CommodityID), smallest(a.FromID, b.FromID), smallest(a.ToID, b.ToID)
	r.Confidence = max(a.Confidence, b.Confidence)
	base, other := a.Via, b.Via
	if len(other) > len(base) || len(other) == len(base) && slices.Compare(other, base) < 0 {
		base, other = other, base
	}
	r.Via = slices.Clone(base)
	rest := slices.Clone(other)
	slices.Sort(rest)
	for _, v := range rest {
		if !slices.Contains(r.Via, v) {
			r.Via = append(r.Via, v)
		}
	}
	halts := slices.Concat(a.Halts, b.Halts)
	slices.SortFunc(halts, func(x, y graph.Date) int {
		return cmp.Or(cmp.Compare(x.Value, y.Value), cmp.Compare(x.Derivation, y.Derivation))
	})
	r.Halts = slices.CompactFunc(halts, func(x, y graph.Date) bool { return x.Value == y.Value })
	r.Evidence = unionEvidence(a.Evidence, b.Evidence)
	return r
}

// combineEntity merges two records of one entity symmetrically: optional
// fields take the smallest non-empty value, aliases and dated names are
// united.
func combineEntity(a, b graph.Entity) graph.Entity {
	e := a
	e.Name = smallest(a.Name, b.Name)
	e.ISO2, e.ISO3, e.Acronym = smallest(a.ISO2, b.ISO2), smallest(a.ISO3, b.ISO3), smallest(a.Acronym, b.Acronym)
	e.Role, e.Country, e.OrgID = smallest(a.Role, b.Role), smallest(a.Country, b.Country), smallest(a.OrgID, b.OrgID)
	e.Subkind, e.Source = smallest(a.Subkind, b.Subkind), smallest(a.Source, b.Source)
	aliases := slices.Concat(a.Aliases, b.Aliases)
	slices.Sort(aliases)
	e.Aliases = slices.Compact(aliases)
	names := slices.Concat(a.Names, b.Names)
	slices.SortFunc(names, func(x, y graph.NamePeriod) int {
		return cmp.Or(cmp.Compare(x.From, y.From), cmp.Compare(x.Name, y.Name), cmp.Compare(x.To, y.To))
	})
	e.Names = slices.Compact(names)
	if len(e.Aliases) == 0 {
		e.Aliases = nil
	}
	if len(e.Names) == 0 {
		e.Names = nil
	}
	return e
}

// uniq returns ids without repeats, in first-seen order.
func uniq(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
