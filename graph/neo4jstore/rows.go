package neo4jstore

import (
	"fmt"
	"slices"

	"geograph/graph"
)

// batchRows is a batch turned into the parameter rows of the write
// statements. Props maps hold only the non-empty fields, so a statement
// reads a missing one as null, which never wins a merge.
type batchRows struct {
	articles      []map[string]any
	entities      []map[string]any
	entityIDs     idList // whose IN and OF edges to refresh
	countryIDs    idList // Country entities, to link what lies in them
	terms         []map[string]any
	memberships   []map[string]any
	events        []map[string]any
	eventIDs      idList
	participants  []map[string]any
	eventEvidence []map[string]any
	routes        []map[string]any
	routeIDs      idList
	routeEvidence []map[string]any
	mentions      []map[string]any
}

// rowsOf builds the rows of a validated batch. It checks kinds once more,
// because kinds become labels.
func rowsOf(b *graph.Batch) (batchRows, error) {
	var r batchRows
	for _, a := range b.Articles {
		r.articles = append(r.articles, map[string]any{"id": a.ID, "props": articleProps(a)})
	}
	for _, e := range b.Entities {
		if !e.Kind.IsEntity() {
			return r, fmt.Errorf("entity %s: kind %q is not an entity kind", e.ID, e.Kind)
		}
		aliasWords := make([]string, len(e.Aliases))
		for i, a := range e.Aliases {
			aliasWords[i] = searchText(a)
		}
		r.entities = append(r.entities, map[string]any{
			"id": e.ID, "kind": string(e.Kind), "props": entityProps(e), "names": nameRows(e.Names),
			"aliases": sortedUnique(e.Aliases), "aliasWords": sortedUnique(aliasWords),
		})
		r.entityIDs.add(e.ID)
		if e.Kind == graph.KindCountry {
			r.countryIDs.add(e.ID)
		}
	}
	for _, t := range b.Terms {
		r.terms = append(r.terms, map[string]any{
			"personId": t.PersonID, "officeId": t.OfficeID, "from": t.From,
			"to": orNil(t.To), "source": orNil(t.Source),
		})
	}
	for _, m := range b.Memberships {
		r.memberships = append(r.memberships, map[string]any{
			"memberId": m.MemberID, "orgId": m.OrgID, "from": orNil(m.From), "to": orNil(m.To),
		})
	}
	for _, ev := range b.Events {
		if !ev.Kind.IsEvent() {
			return r, fmt.Errorf("event %s: kind %q is not an event kind", ev.ID, ev.Kind)
		}
		r.events = append(r.events, eventRow(ev))
		r.eventIDs.add(ev.ID)
		for _, p := range ev.Participants {
			r.participants = append(r.participants, map[string]any{"eventId": ev.ID, "entityId": p.EntityID, "role": p.Role})
		}
		r.eventEvidence = append(r.eventEvidence, evidenceRows(ev.ID, ev.Evidence)...)
	}
	for _, rt := range b.Routes {
		if !rt.Kind.IsRoute() {
			return r, fmt.Errorf("route %s: kind %q is not a route kind", rt.ID, rt.Kind)
		}
		r.routes = append(r.routes, routeRow(rt))
		r.routeIDs.add(rt.ID)
		r.routeEvidence = append(r.routeEvidence, evidenceRows(rt.ID, rt.Evidence)...)
	}
	for _, m := range b.Mentions {
		r.mentions = append(r.mentions, map[string]any{
			"articleId": m.ArticleID, "entityId": m.EntityID,
			"props": map[string]any{"start": m.Start, "end": m.End, "text": m.Text, "reason": m.Reason, "count": m.Count},
		})
	}
	return r, nil
}

func articleProps(a graph.Article) map[string]any {
	p := nonEmpty("kind", string(graph.KindArticle), "url", a.URL, "title", a.Title, "titleWords", searchText(a.Title),
		"source", a.Source, "published", a.Published, "text", a.Text)
	if !a.LoadedAt.IsZero() {
		// UTC: the driver sends it with a zone name Neo4j knows.
		p["loadedAt"] = a.LoadedAt.UTC()
	}
	return p
}

func entityProps(e graph.Entity) map[string]any {
	p := nonEmpty("kind", string(e.Kind), "name", e.Name, "nameWords", searchText(e.Name), "iso2", e.ISO2, "iso3", e.ISO3,
		"acronym", e.Acronym, "role", e.Role, "country", e.Country, "orgId", e.OrgID,
		"subkind", e.Subkind, "source", e.Source)
	if e.Country != "" {
		// countryRef is the ID of the Country node the entity lies in, so
		// IN and OF edges can be found from either end.
		p["countryRef"] = graph.NewID(graph.KindCountry, e.Country)
	}
	return p
}

// nameRows turns dated names into [text, from, to, words] rows without
// duplicates, the tuples mergeEntities unites with the stored ones.
func nameRows(names []graph.NamePeriod) [][]string {
	out := [][]string{}
	for _, n := range names {
		row := []string{n.Name, n.From, n.To, searchText(n.Name)}
		if !slices.ContainsFunc(out, func(x []string) bool { return slices.Equal(x, row) }) {
			out = append(out, row)
		}
	}
	return out
}

func eventRow(ev graph.Event) map[string]any {
	p := nonEmpty("name", ev.Name, "nameWords", searchText(ev.Name), "placeId", ev.PlaceID,
		"modality", string(ev.Modality), "cameo", ev.CAMEO, "plover", ev.PLOVER, "reason", ev.Reason)
	return map[string]any{
		"id": ev.ID, "kind": string(ev.Kind), "props": p, "confidence": ev.Confidence,
		"date": orNil(ev.Date.Value), "granularity": string(ev.Date.Granularity), "derivation": ev.Date.Derivation,
	}
}

func routeRow(rt graph.Route) map[string]any {
	p := nonEmpty("name", rt.Name, "nameWords", searchText(rt.Name), "commodityId", rt.CommodityID,
		"fromId", rt.FromID, "toId", rt.ToID, "share", rt.Share, "modality", string(rt.Modality))
	if len(rt.Via) > 0 {
		p["via"] = slices.Clone(rt.Via)
	}
	// Halts as [value, granularity, derivation]; of two with one value the
	// smaller derivation stays, as mergeRoutes does with stored ones.
	halts := [][]string{}
	for _, h := range rt.Halts {
		row := []string{h.Value, string(h.Granularity), h.Derivation}
		i := slices.IndexFunc(halts, func(x []string) bool { return x[0] == h.Value })
		switch {
		case i < 0:
			halts = append(halts, row)
		case h.Derivation < halts[i][2]:
			halts[i] = row
		}
	}
	return map[string]any{"id": rt.ID, "kind": string(rt.Kind), "props": p, "confidence": rt.Confidence, "halts": halts}
}

func evidenceRows(factID string, evs []graph.Evidence) []map[string]any {
	rows := make([]map[string]any, 0, len(evs))
	for _, e := range evs {
		rows = append(rows, map[string]any{
			"factId": factID, "articleId": e.ArticleID,
			"props": map[string]any{
				"sentence": e.Sentence, "start": e.Start, "end": e.End, "quote": e.Quote,
				"confidence": e.Confidence, "extractor": e.Extractor,
			},
		})
	}
	return rows
}

// nonEmpty builds a map from key, value pairs, leaving out empty values.
func nonEmpty(kv ...string) map[string]any {
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			m[kv[i]] = kv[i+1]
		}
	}
	return m
}

// orNil turns an empty string into nil, which a statement reads as null.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func sortedUnique(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return orEmpty(slices.Compact(out))
}

// orEmpty turns nil into an empty list, which Cypher list operations accept.
func orEmpty(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

// idList collects distinct IDs in first-seen order.
type idList struct {
	ids  []string
	seen map[string]bool
}

func (l *idList) add(id string) {
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	if !l.seen[id] {
		l.seen[id] = true
		l.ids = append(l.ids, id)
	}
}
