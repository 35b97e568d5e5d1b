package neo4jstore

import (
	"cmp"
	"slices"
	"time"

	"geograph/graph"
)

// props is a node, relationship or projection as the driver returns it.
// Queries return map projections (n {.*, …}) rather than nodes, so mapping
// works on plain maps and never sees element IDs.
type props = map[string]any

func str(m props, key string) string {
	s, _ := m[key].(string)
	return s
}

func integer(m props, key string) int {
	n, _ := m[key].(int64)
	return int(n)
}

func float(m props, key string) float64 {
	switch v := m[key].(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

func timeOf(m props, key string) time.Time {
	t, _ := m[key].(time.Time)
	return t
}

// strs returns a list of strings, nil when absent or empty.
func strs(m props, key string) []string {
	list, _ := m[key].([]any)
	var out []string
	for _, v := range list {
		s, _ := v.(string)
		out = append(out, s)
	}
	return out
}

func maps(m props, key string) []props {
	list, _ := m[key].([]any)
	var out []props
	for _, v := range list {
		if p, ok := v.(props); ok {
			out = append(out, p)
		}
	}
	return out
}

func entityFrom(m props) graph.Entity {
	e := graph.Entity{
		ID: str(m, "id"), Kind: graph.Kind(str(m, "kind")), Name: str(m, "name"),
		ISO2: str(m, "iso2"), ISO3: str(m, "iso3"), Acronym: str(m, "acronym"), Role: str(m, "role"),
		Country: str(m, "country"), OrgID: str(m, "orgId"), Subkind: str(m, "subkind"), Source: str(m, "source"),
	}
	e.Aliases = strs(m, "aliases")
	slices.Sort(e.Aliases)
	e.Aliases = slices.Compact(e.Aliases)
	texts, froms, tos := strs(m, "nameTexts"), strs(m, "nameFroms"), strs(m, "nameTos")
	for i, t := range texts {
		n := graph.NamePeriod{Name: t}
		if i < len(froms) {
			n.From = froms[i]
		}
		if i < len(tos) {
			n.To = tos[i]
		}
		e.Names = append(e.Names, n)
	}
	slices.SortFunc(e.Names, func(a, b graph.NamePeriod) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Name, b.Name), cmp.Compare(a.To, b.To))
	})
	return e
}

func articleFrom(m props) graph.Article {
	return graph.Article{
		ID: str(m, "id"), URL: str(m, "url"), Title: str(m, "title"), Source: str(m, "source"),
		Published: str(m, "published"), Text: str(m, "text"), LoadedAt: timeOf(m, "loadedAt"),
	}
}

// eventFrom maps an event projection with its participants and evidence
// lists (see eventProjection).
func eventFrom(m props) graph.Event {
	ev := graph.Event{
		ID: str(m, "id"), Kind: graph.Kind(str(m, "kind")), Name: str(m, "name"),
		Date:    graph.Date{Value: str(m, "date"), Granularity: graph.Granularity(str(m, "granularity")), Derivation: str(m, "derivation")},
		PlaceID: str(m, "placeId"), Modality: graph.Modality(str(m, "modality")),
		CAMEO: str(m, "cameo"), PLOVER: str(m, "plover"), Reason: str(m, "reason"),
		Confidence: float(m, "confidence"),
	}
	for _, p := range maps(m, "participants") {
		ev.Participants = append(ev.Participants, graph.Participant{EntityID: str(p, "entityId"), Role: str(p, "role")})
	}
	slices.SortFunc(ev.Participants, func(a, b graph.Participant) int {
		return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.EntityID, b.EntityID))
	})
	ev.Evidence = evidenceFrom(maps(m, "evidence"))
	return ev
}

// routeFrom maps a route projection with its evidence list.
func routeFrom(m props) graph.Route {
	r := graph.Route{
		ID: str(m, "id"), Kind: graph.Kind(str(m, "kind")), Name: str(m, "name"),
		CommodityID: str(m, "commodityId"), FromID: str(m, "fromId"), Via: strs(m, "via"), ToID: str(m, "toId"),
		Share: str(m, "share"), Modality: graph.Modality(str(m, "modality")), Confidence: float(m, "confidence"),
	}
	values, grans, derivs := strs(m, "haltValues"), strs(m, "haltGranularities"), strs(m, "haltDerivations")
	for i, v := range values {
		h := graph.Date{Value: v}
		if i < len(grans) {
			h.Granularity = graph.Granularity(grans[i])
		}
		if i < len(derivs) {
			h.Derivation = derivs[i]
		}
		r.Halts = append(r.Halts, h)
	}
	slices.SortFunc(r.Halts, func(a, b graph.Date) int { return cmp.Compare(a.Value, b.Value) })
	r.Evidence = evidenceFrom(maps(m, "evidence"))
	return r
}

// evidenceFrom maps REPORTS relationships projected with their article's ID.
func evidenceFrom(list []props) []graph.Evidence {
	var out []graph.Evidence
	for _, m := range list {
		out = append(out, graph.Evidence{
			ArticleID: str(m, "articleId"), Sentence: integer(m, "sentence"),
			Start: integer(m, "start"), End: integer(m, "end"), Quote: str(m, "quote"),
			Confidence: float(m, "confidence"), Extractor: str(m, "extractor"),
		})
	}
	slices.SortFunc(out, func(a, b graph.Evidence) int { return cmp.Compare(a.ArticleID, b.ArticleID) })
	return out
}

func termFrom(m props) graph.Term {
	return graph.Term{PersonID: str(m, "personId"), OfficeID: str(m, "officeId"),
		From: str(m, "from"), To: str(m, "to"), Source: str(m, "source")}
}

// officeholderFrom maps a row of officeholdersQuery: the term projection,
// the person and office records and the owner's ID.
func officeholderFrom(term, person, office props, owner any) graph.Officeholder {
	id, _ := owner.(string)
	return graph.Officeholder{Term: termFrom(term), Person: entityFrom(person), Office: entityFrom(office), OwnerID: id}
}

func membershipFrom(m props) graph.Membership {
	return graph.Membership{MemberID: str(m, "memberId"), OrgID: str(m, "orgId"), From: str(m, "from"), To: str(m, "to")}
}

func mentionFrom(m props) graph.Mention {
	return graph.Mention{
		ArticleID: str(m, "articleId"), EntityID: str(m, "entityId"),
		Start: integer(m, "start"), End: integer(m, "end"), Text: str(m, "text"),
		Reason: str(m, "reason"), Count: integer(m, "count"),
	}
}

// nodeFrom maps a node summary {id, kind, name} (see nodeSummary).
func nodeFrom(m props) graph.Node {
	return graph.Node{ID: str(m, "id"), Kind: graph.Kind(str(m, "kind")), Name: str(m, "name")}
}

// edgeFrom maps an edge {from, type, to, role}.
func edgeFrom(m props) graph.Edge {
	return graph.Edge{From: str(m, "from"), To: str(m, "to"), Type: str(m, "type"), Role: str(m, "role")}
}

func compareEdges(a, b graph.Edge) int {
	return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Type, b.Type), cmp.Compare(a.To, b.To), cmp.Compare(a.Role, b.Role))
}

func savedQueryFrom(m props) graph.SavedQuery {
	return graph.SavedQuery{
		Name: str(m, "name"), Description: str(m, "description"), Document: str(m, "document"),
		Variables: str(m, "variables"), Owner: str(m, "owner"), Version: integer(m, "version"),
		SavedBy: str(m, "savedBy"), SavedAt: timeOf(m, "savedAt"),
	}
}
