package neo4jstore_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/neo4jstore"
	"geograph/graph/neo4jstore/neo4jtest"
)

// These tests need the test Neo4j (GEOGRAPH_TEST_NEO4J_URI, see neo4jtest).
// They skip without one, unless GEOGRAPH_REQUIRE_NEO4J=1 makes that a
// failure. They share one database, emptied before each test, so none of
// them runs in parallel.

func TestConformance(t *testing.T) {
	neo4jtest.Connect(t) // skip once, not in every subtest
	graphtest.Run(t, func(t *testing.T) graph.Store { return neo4jtest.Open(t) })
}

func TestSetupTwice(t *testing.T) {
	s := neo4jtest.Open(t)
	if err := s.Setup(t.Context()); err != nil {
		t.Fatalf("second Setup: %v", err)
	}
	recs, err := neo4jstore.QueryRecords(t.Context(), s, `SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'geograph_' RETURN count(*) AS n`, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := recs[0].Get("n")
	want := 0
	for _, stmt := range neo4jstore.Schema {
		if len(stmt) > 17 && stmt[:17] == "CREATE CONSTRAINT" {
			want++
		}
	}
	if got != int64(want) {
		t.Errorf("constraints after two Setups = %v, want %d", got, want)
	}
}

// TestHostileValues checks that names full of Cypher and Lucene syntax are
// stored and found verbatim: values only ever travel as parameters.
func TestHostileValues(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := t.Context()
	names := []string{
		`O'Brien "the" ` + "`Bold`",
		`x"}) DETACH DELETE n //`,
		"`Person` MATCH (n) DETACH DELETE n RETURN 1; //",
		`\u0027; CALL db.clearQueryCaches() //`,
		`name: $id, (a)-[:OF]->(b) {x: 1}`,
		`Lucene +*?~ AND OR NOT (x) [y] {z} ^2 "q" \ / :`,
	}
	var b graph.Batch
	for i, name := range names {
		b.Entities = append(b.Entities, graph.Entity{
			ID: graph.NewID(graph.KindPerson, "hostile", string(rune('a'+i))), Kind: graph.KindPerson,
			Name: name, Aliases: []string{name + " alias"}, Role: name, Source: name,
		})
	}
	if _, err := s.WriteBatch(ctx, &b); err != nil {
		t.Fatalf("WriteBatch: %v", err)
	}
	var ids []string
	for _, e := range b.Entities {
		ids = append(ids, e.ID)
	}
	got, err := s.GetEntities(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b.Entities, got); diff != "" {
		t.Errorf("entities mismatch (-want +got):\n%s", diff)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Nodes != len(names) || st.Relationships != 0 {
		t.Errorf("Stats = %+v, want %d nodes and no relationships", st, len(names))
	}
	for i, name := range names {
		hits, err := s.Search(ctx, name, nil, 0)
		if err != nil {
			t.Errorf("Search(%q): %v", name, err)
			continue
		}
		if len(hits) == 0 || hits[0].Node.ID != ids[i] {
			t.Errorf("Search(%q) = %v, want %s first", name, hits, ids[i])
		}
	}
	q := graph.SavedQuery{Name: names[2], Document: names[1], Variables: names[0], Owner: names[3]}
	saved, err := s.SaveQuery(ctx, q, false)
	if err != nil {
		t.Fatalf("SaveQuery: %v", err)
	}
	q.Version, q.SavedAt = 1, saved.SavedAt
	if diff := cmp.Diff(q, saved); diff != "" {
		t.Errorf("saved query mismatch (-want +got):\n%s", diff)
	}
}
