package loader

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"geograph/graph"
)

// merge builds one batch from several extractions. An event that repeats
// one of the batch or one already in the store (same kind and modality,
// compatible dates, overlapping participants) takes that event's ID and
// adds its evidence, so one happening stays one node however many articles
// report it, and reloading an article finds its own events again.
func (l *Loader) merge(ctx context.Context, exs []*Extraction) (*graph.Batch, int, error) {
	b := &graph.Batch{}
	ents := map[string]graph.Entity{}
	var events []graph.Event
	routes := map[string]int{}
	merged := 0
	for _, x := range exs {
		b.Articles = append(b.Articles, x.Article)
		b.Mentions = append(b.Mentions, x.Mentions...)
		for _, e := range x.Entities {
			ents[e.ID] = mergeEntity(ents[e.ID], e)
		}
		for _, ev := range x.Events {
			if i := findEvent(events, ev); i >= 0 {
				events[i] = combine(events[i], ev)
				merged++
				continue
			}
			old, err := l.known(ctx, ev)
			if err != nil {
				return nil, 0, err
			}
			if old != nil {
				if !hasEvidenceOnly(old, ev.Evidence[0].ArticleID) {
					merged++
				}
				ev = adopt(*old, ev)
			}
			events = append(events, ev)
		}
		for _, r := range x.Routes {
			if i, ok := routes[r.ID]; ok {
				b.Routes[i] = combineRoute(b.Routes[i], r)
				continue
			}
			routes[r.ID] = len(b.Routes)
			b.Routes = append(b.Routes, r)
		}
	}
	for _, e := range ents {
		b.Entities = append(b.Entities, e)
	}
	sort.Slice(b.Entities, func(i, j int) bool { return b.Entities[i].ID < b.Entities[j].ID })
	// Events whose evidence refers to articles outside the batch keep only
	// this batch's evidence: the store keeps the rest.
	inBatch := map[string]bool{}
	for _, a := range b.Articles {
		inBatch[a.ID] = true
	}
	for i := range events {
		var evs []graph.Evidence
		for _, e := range events[i].Evidence {
			if inBatch[e.ArticleID] {
				evs = append(evs, e)
			}
		}
		events[i].Evidence = evs
	}
	b.Events = events
	return b, merged, nil
}

func hasEvidenceOnly(e *graph.Event, articleID string) bool {
	return len(e.Evidence) == 1 && e.Evidence[0].ArticleID == articleID
}

// known looks for a stored event the new one repeats.
func (l *Loader) known(ctx context.Context, ev graph.Event) (*graph.Event, error) {
	ids := ev.ParticipantIDs("")
	if len(ids) == 0 {
		return nil, nil
	}
	page, err := l.s.ListEvents(ctx, graph.EventFilter{Kinds: []graph.Kind{ev.Kind}, Participants: ids,
		Modalities: []graph.Modality{ev.Modality}}, graph.Page{First: 100})
	if err != nil {
		return nil, fmt.Errorf("look up events like %s: %w", ev.ID, err)
	}
	// Prefer the event this article reported before (a reload), then the
	// best match.
	art := ev.Evidence[0].ArticleID
	for i := range page.Items {
		c := &page.Items[i]
		if sameHappening(*c, ev) && hasEvidenceFrom(c, art) {
			return c, nil
		}
	}
	for i := range page.Items {
		if sameHappening(page.Items[i], ev) {
			return &page.Items[i], nil
		}
	}
	return nil, nil
}

func hasEvidenceFrom(e *graph.Event, articleID string) bool {
	for _, ev := range e.Evidence {
		if ev.ArticleID == articleID {
			return true
		}
	}
	return false
}

func findEvent(evs []graph.Event, ev graph.Event) int {
	for i := range evs {
		if sameHappening(evs[i], ev) {
			return i
		}
	}
	return -1
}

// sameHappening decides whether two events are one happening: same kind and
// modality, compatible dates, and participants that overlap enough for the
// kind (a named summit or agreement may match on its name).
func sameHappening(a, b graph.Event) bool {
	if a.ID == b.ID {
		return true
	}
	if a.Kind != b.Kind || a.Modality != b.Modality || !graph.Compatible(a.Date.Value, b.Date.Value) {
		return false
	}
	pa, pb := a.ParticipantIDs(""), b.ParticipantIDs("")
	shared := overlap(uniq(pa), uniq(pb))
	need := min(2, len(uniq(pa)), len(uniq(pb)))
	switch a.Kind {
	case graph.KindSummit, graph.KindAgreement:
		if a.Name != "" && b.Name != "" {
			return strings.EqualFold(a.Name, b.Name)
		}
		if a.PlaceID != "" && b.PlaceID != "" && a.PlaceID != b.PlaceID {
			return false
		}
	case graph.KindSanction:
		return sameSet(a.ParticipantIDs(graph.RoleTarget), b.ParticipantIDs(graph.RoleTarget)) &&
			(len(a.ParticipantIDs(graph.RoleImposer)) == 0 || len(b.ParticipantIDs(graph.RoleImposer)) == 0 ||
				overlap(a.ParticipantIDs(graph.RoleImposer), b.ParticipantIDs(graph.RoleImposer)) > 0)
	case graph.KindVisit:
		return sameSet(a.ParticipantIDs(graph.RoleVisitor), b.ParticipantIDs(graph.RoleVisitor)) &&
			overlap(a.ParticipantIDs(graph.RoleHost), b.ParticipantIDs(graph.RoleHost)) > 0
	}
	return need > 0 && shared >= need
}

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

// adopt makes a new report of a stored event carry that event's ID and the
// more precise of the two dates. Its participants and evidence stay its
// own: the store unions participants and replaces evidence per article.
func adopt(old, in graph.Event) graph.Event {
	in.ID = old.ID
	if len(old.Date.Value) > len(in.Date.Value) {
		in.Date = old.Date
	}
	if in.Name == "" {
		in.Name = old.Name
	}
	return in
}

// combine folds a new report into an event: the old ID, the union of
// participants, the more precise date, and the new evidence replacing any
// older evidence of the same article.
func combine(old, in graph.Event) graph.Event {
	e := old
	e.Participants = append([]graph.Participant(nil), old.Participants...)
	for _, p := range in.Participants {
		found := false
		for _, q := range e.Participants {
			if q == p {
				found = true
				break
			}
		}
		if !found {
			e.Participants = append(e.Participants, p)
		}
	}
	sort.Slice(e.Participants, func(i, j int) bool {
		a, b := e.Participants[i], e.Participants[j]
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		return a.EntityID < b.EntityID
	})
	if len(in.Date.Value) > len(e.Date.Value) {
		e.Date = in.Date
	}
	if e.Name == "" {
		e.Name = in.Name
	}
	if e.PlaceID == "" {
		e.PlaceID = in.PlaceID
	}
	if e.Reason == "" {
		e.Reason = in.Reason
	}
	e.Confidence = max(e.Confidence, in.Confidence)
	var evs []graph.Evidence
	for _, x := range old.Evidence {
		if !containsEvidence(in.Evidence, x.ArticleID) {
			evs = append(evs, x)
		}
	}
	e.Evidence = append(evs, in.Evidence...)
	sort.Slice(e.Evidence, func(i, j int) bool { return e.Evidence[i].ArticleID < e.Evidence[j].ArticleID })
	return e
}

func containsEvidence(evs []graph.Evidence, articleID string) bool {
	for _, e := range evs {
		if e.ArticleID == articleID {
			return true
		}
	}
	return false
}

func combineRoute(old, in graph.Route) graph.Route {
	r := old
	for _, v := range in.Via {
		if !contains(r.Via, v) {
			r.Via = append(r.Via, v)
		}
	}
	r.Halts = append(append([]graph.Date(nil), old.Halts...), in.Halts...)
	var evs []graph.Evidence
	for _, x := range old.Evidence {
		if !containsEvidence(in.Evidence, x.ArticleID) {
			evs = append(evs, x)
		}
	}
	r.Evidence = append(evs, in.Evidence...)
	return r
}

// mergeEntity fills the blanks of one record of an entity with another's.
func mergeEntity(old, in graph.Entity) graph.Entity {
	if old.ID == "" {
		return in
	}
	if old.Role == "" {
		old.Role = in.Role
	}
	if old.Country == "" {
		old.Country = in.Country
	}
	return old
}
