package neo4jstore

import (
	"context"
	"reflect"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph"
)

// What the package's external tests (which use neo4jtest, and so cannot be
// in this package) need of its insides.

// Schema is the statements Setup runs.
var Schema = schema

// QueryRecords runs one read query on s.
func QueryRecords(ctx context.Context, s *Store, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return s.queryRecords(ctx, cypher, params)
}

// HotQuery is one query text with parameters as the store would send them.
type HotQuery struct {
	Name   string
	Cypher string
	Params map[string]any
}

// HotQueries returns every shape of every list, count, relation and lookup
// query, with the parameters the store builds for it.
func HotQueries() []HotQuery {
	var out []HotQuery
	add := func(name, cypher string, params map[string]any) {
		out = append(out, HotQuery{name, cypher, params})
	}
	page := func(p map[string]any) map[string]any {
		p["after"], p["afterKey"], p["afterId"], p["limit"] = true, "2022-10-27", "meeting:x", 21
		p["order"], p["afterConfidence"] = "DATE_DESC", 0.5
		return p
	}
	events := map[string]graph.EventFilter{
		"article":      {ArticleID: "article:x", Kinds: []graph.Kind{graph.KindSummit}},
		"participants": {Participants: []string{"country:kz"}, From: "2022"},
		"countries":    {Countries: []string{"KZ"}, MinConfidence: 0.5},
		"dates":        {From: "2022-10", To: "2023", Modalities: []graph.Modality{graph.Asserted}},
		"kinds":        {Kinds: []graph.Kind{graph.KindSummit, graph.KindMeeting}},
		"nothing":      {},
	}
	for name, f := range events {
		for _, order := range []graph.EventOrder{graph.DateDesc, graph.DateAsc, graph.ConfidenceDesc} {
			count, pg := eventListQueries(f, order)
			add("count events by "+name, count, eventParams(f))
			add("page events by "+name+" "+string(order), pg, page(eventParams(f)))
		}
		for _, by := range []graph.GroupBy{graph.ByKind, graph.ByMonth, graph.ByCountry} {
			add("count events by "+name+" grouped by "+string(by), eventCountQuery(f, by), eventParams(f))
		}
	}
	p := eventParams(graph.EventFilter{Kinds: []graph.Kind{graph.KindSummit}})
	p["ids"], p["limit"] = []string{"country:kz", "person:x"}, 20
	add("events by participant", eventsByParticipant, p)

	for name, f := range map[string]graph.EntityFilter{
		"name": {Name: "kaz"}, "country": {Country: "KZ", Kinds: []graph.Kind{graph.KindPerson}},
		"kinds": {Kinds: []graph.Kind{graph.KindPerson}}, "nothing": {},
	} {
		count, pg := entityListQueries(f)
		params := map[string]any{"kinds": kindStrings(f.Kinds), "country": f.Country, "name": f.Name, "nameLower": f.Name}
		add("count entities by "+name, count, params)
		add("page entities by "+name, pg, page(params))
	}
	routes := map[string]any{"kinds": []string{}, "countries": []string{"KZ"}, "commodityId": ""}
	add("count routes", countRoutes, routes)
	add("page routes", pageRoutes, page(routes))
	add("count articles", countArticles, map[string]any{})
	add("page articles", pageArticles, page(map[string]any{"upper": "2022-10-27"}))

	for name, f := range map[string]graph.TermFilter{
		"person": {PersonIDs: []string{"person:x"}, At: "2022"}, "office": {OfficeIDs: []string{"office:x"}},
		"owner": {OwnerIDs: []string{"country:kz"}}, "nothing": {},
	} {
		terms, holders := termQueries(f)
		add("terms by "+name, terms, termParams(f))
		add("officeholders by "+name, holders, termParams(f))
	}
	for name, ids := range map[string][2][]string{
		"member": {{"country:kz"}, {}}, "org": {{}, {"org:sco"}}, "nothing": {{}, {}},
	} {
		add("memberships by "+name, membershipsQuery(ids[0], ids[1]), map[string]any{"memberIds": ids[0], "orgIds": ids[1]})
	}
	for name, ids := range map[string][2]string{"article": {"article:x", ""}, "entity": {"", "country:kz"}, "nothing": {"", ""}} {
		add("mentions by "+name, mentionsQuery(ids[0], ids[1]), map[string]any{"articleId": ids[0], "entityId": ids[1]})
	}

	ids := map[string]any{"ids": []string{"country:kz", "meeting:x"}}
	add("node", nodeQuery, map[string]any{"id": "country:kz"})
	add("get entities", getEntities, ids)
	add("get events", getEvents, ids)
	add("get routes", getRoutes, ids)
	add("get articles", getArticles, ids)
	add("neighbourhood", neighbourhoodQuery, map[string]any{"id": "country:kz", "depth": 2, "kinds": []string{}, "rest": 99})
	add("paths", pathQuery(4), map[string]any{"from": "country:kz", "to": "country:ru"})
	add("search", searchQuery, map[string]any{"query": "kaz*", "kinds": []string{}, "candidates": 300})
	return out
}

// Explain returns the plan Neo4j makes for cypher without running it.
func Explain(ctx context.Context, s *Store, cypher string, params map[string]any) (neo4j.Plan, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: neo4j.AccessModeRead})
	defer session.Close(ctx)
	res, err := session.Run(ctx, "EXPLAIN "+cypher, params)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	return sum.Plan(), nil
}

// PlanSteps returns "operator details" for every step of p. It reads the
// driver's plan tree through reflection because Plan.Children of driver
// v5.28 hands back the last child once per child (its loop keeps a pointer
// to the loop variable), which would hide every other branch of the plan.
func PlanSteps(p neo4j.Plan) []string {
	raw := reflect.ValueOf(p).Elem().FieldByName("plan").Elem() // a db.Plan
	var out []string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		step := v.FieldByName("Operator").String()
		if d := v.FieldByName("Arguments").MapIndex(reflect.ValueOf("Details")); d.IsValid() && d.Elem().Kind() == reflect.String {
			step += " " + d.Elem().String()
		}
		out = append(out, step)
		children := v.FieldByName("Children")
		for i := range children.Len() {
			walk(children.Index(i))
		}
	}
	walk(raw)
	return out
}

// RunRead runs one read query on s and returns how many rows it gave.
func RunRead(ctx context.Context, s *Store, cypher string, params map[string]any) (int, error) {
	recs, err := s.queryRecords(ctx, cypher, params)
	return len(recs), err
}

// EventParams is eventParams for the benchmarks.
func EventParams(f graph.EventFilter) map[string]any { return eventParams(f) }

// EventListQueries is eventListQueries for the benchmarks.
func EventListQueries(f graph.EventFilter, order graph.EventOrder) (count, page string) {
	return eventListQueries(f, order)
}
