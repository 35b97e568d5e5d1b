package neo4jstore

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/neo4jstore/internal/testlock"
)

// These tests need a Neo4j server (scripts/neo4j start). They skip when none
// answers, unless GEOGRAPH_REQUIRE_NEO4J=1 makes that a failure. They share
// one database, emptied before each test, so none of them runs in parallel.

// openTestStore connects, empties the database and runs Setup.
func openTestStore(t *testing.T) *Store {
	t.Helper()
	s := connect(t)
	testlock.Lock(t)
	if err := s.exec(t.Context(), `MATCH (n) DETACH DELETE n`, nil); err != nil {
		t.Fatalf("emptying the database: %v", err)
	}
	if err := s.Setup(t.Context()); err != nil {
		t.Fatalf("Setup: %v", err)
	}
	return s
}

// connect connects to NEO4J_URI (default bolt://127.0.0.1:7687) with the
// other NEO4J_* settings, skipping the test when no server answers.
func connect(t *testing.T) *Store {
	t.Helper()
	cfg := Config{
		URI:      os.Getenv("NEO4J_URI"),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	if cfg.URI == "" {
		cfg.URI = "bolt://127.0.0.1:7687"
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	s, err := Open(ctx, cfg)
	if err != nil {
		if os.Getenv("GEOGRAPH_REQUIRE_NEO4J") == "1" {
			t.Fatalf("Neo4j at %s is required (GEOGRAPH_REQUIRE_NEO4J=1): %v", cfg.URI, err)
		}
		t.Skipf("no Neo4j at %s (start one with scripts/neo4j start): %v", cfg.URI, err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

func TestConformance(t *testing.T) {
	connect(t) // skip once, not in every subtest
	graphtest.Run(t, func(t *testing.T) graph.Store { return openTestStore(t) })
}

func TestSetupTwice(t *testing.T) {
	s := openTestStore(t)
	if err := s.Setup(t.Context()); err != nil {
		t.Fatalf("second Setup: %v", err)
	}
	recs, err := s.queryRecords(t.Context(), `SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'geograph_' RETURN count(*) AS n`, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := recs[0].Get("n")
	want := 0
	for _, stmt := range schema {
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
	s := openTestStore(t)
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
