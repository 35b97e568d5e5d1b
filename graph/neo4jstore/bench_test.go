package neo4jstore_test

import (
	"testing"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/neo4jstore"
	"geograph/graph/neo4jstore/neo4jtest"
)

// labelScanPage is the event page query as it was before queries started
// from an index: every filter written as ($x = [] OR …) over a scan of all
// events. It is the baseline the anchored queries are measured against.
const labelScanPage = `
MATCH (e:Event)
WHERE ($kinds = [] OR e.kind IN $kinds)
  AND ($participants = [] OR EXISTS { MATCH (p:Entity)-[:PARTICIPATED_IN]->(e) WHERE p.id IN $participants })
  AND ($countries = [] OR EXISTS {
        MATCH (p:Entity)-[:PARTICIPATED_IN]->(e)
        WHERE (p:Country AND p.iso2 IN $countries) OR (p:Person AND p.country IN $countries) })
  AND ($from = '' OR (e.date IS NOT NULL AND left(e.date, size($from)) >= left($from, size(e.date))))
  AND ($to = '' OR (e.date IS NOT NULL AND left(e.date, size($to)) <= left($to, size(e.date))))
  AND ($modalities = [] OR e.modality IN $modalities)
  AND e.confidence >= $minConfidence
  AND ($articleId = '' OR EXISTS { MATCH (a:Article {id: $articleId})-[:REPORTS]->(e) })
WITH e ORDER BY coalesce(e.date, '') DESC, e.id ASC
LIMIT $limit
RETURN e {.*,
  participants: [(p:Entity)-[x:PARTICIPATED_IN]->(e) | {entityId: p.id, role: x.role}],
  evidence: [(a:Article)-[x:REPORTS]->(e) | x {.*, articleId: a.id}]} AS item`

// BenchmarkEventPage pages the events of one person and of one month in a
// graph of 12,000 events, through the anchored query and through the label
// scan it replaced; the two sub-benchmarks of each filter print side by side.
//
//	GEOGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:7688 go test -run '^$' -bench EventPage ./graph/neo4jstore/
func BenchmarkEventPage(b *testing.B) {
	s := neo4jtest.Open(b)
	for _, batch := range []*graph.Batch{graphtest.ReferenceBatch(), graphtest.GeneratedBatch("bench", 12000)} {
		if _, err := s.WriteBatch(b.Context(), batch); err != nil {
			b.Fatal(err)
		}
	}
	person := graph.NewID(graph.KindPerson, "bench", "9") // in four events
	for _, tt := range []struct {
		name string
		f    graph.EventFilter
	}{
		{"participant", graph.EventFilter{Participants: []string{person}}},
		{"month", graph.EventFilter{From: "2021-03", To: "2021-03"}},
	} {
		params := neo4jstore.EventParams(tt.f)
		params["after"], params["afterKey"], params["afterId"], params["limit"] = false, "", "", 21
		params["order"], params["afterConfidence"] = string(graph.DateDesc), 0.0
		_, anchored := neo4jstore.EventListQueries(tt.f, graph.DateDesc)
		for _, q := range []struct{ name, cypher string }{{"anchored", anchored}, {"label-scan-baseline", labelScanPage}} {
			b.Run(tt.name+"/"+q.name, func(b *testing.B) {
				rows := 0
				for b.Loop() {
					n, err := neo4jstore.RunRead(b.Context(), s, q.cypher, params)
					if err != nil {
						b.Fatal(err)
					}
					rows = n
				}
				if rows == 0 {
					b.Fatal("the page is empty; the benchmark measures nothing")
				}
			})
		}
	}
}
