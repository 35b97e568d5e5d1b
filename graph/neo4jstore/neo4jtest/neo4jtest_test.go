package neo4jtest

import (
	"context"
	"errors"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// testDriver opens the claimed, locked test database and a driver on it.
func testDriver(t *testing.T) neo4j.DriverWithContext {
	t.Helper()
	Open(t)
	d, err := driver(Config())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}

// run runs one statement; it does not use t.Context, which is already
// cancelled when cleanups run.
func run(t *testing.T, d neo4j.DriverWithContext, cypher string) {
	t.Helper()
	if _, err := neo4j.ExecuteQuery(context.Background(), d, cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(Config().Database)); err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
}

func count(t *testing.T, d neo4j.DriverWithContext, cypher string) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(t.Context(), d, cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(Config().Database))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	n, _ := res.Records[0].Get("n")
	return n.(int64)
}

// A database with data but without the marker stands for a user's database:
// claim refuses it and deletes nothing.
func TestRefusesDatabaseWithoutMarker(t *testing.T) {
	d := testDriver(t)
	run(t, d, `MATCH (m:GeographTestDatabase) DELETE m`)
	run(t, d, `CREATE (:NotGeograph {name: 'data the tests did not write'})-[:KNOWS]->(:NotGeograph {name: 'more'})`)
	t.Cleanup(func() {
		// Give the test database back as the other tests expect it.
		run(t, d, `MATCH (n:NotGeograph) DETACH DELETE n`)
		if err := claim(context.Background(), d, Config().Database); err != nil {
			t.Errorf("claiming the emptied database again: %v", err)
		}
	})

	err := claim(t.Context(), d, Config().Database)
	if !errors.Is(err, ErrForeignDatabase) {
		t.Fatalf("claim of a database holding foreign data = %v, want %v", err, ErrForeignDatabase)
	}
	if got := count(t, d, `MATCH (n:NotGeograph) RETURN count(n) AS n`); got != 2 {
		t.Errorf("after the refusal %d foreign nodes are left, want 2", got)
	}
	if got := count(t, d, `MATCH ()-[r:KNOWS]->() RETURN count(r) AS n`); got != 1 {
		t.Errorf("after the refusal %d foreign relationships are left, want 1", got)
	}
	if got := count(t, d, `MATCH (m:GeographTestDatabase) RETURN count(m) AS n`); got != 0 {
		t.Errorf("the refusal wrote %d markers, want none", got)
	}
}

// An empty database gets one marker, and claiming it again adds none.
func TestClaimsEmptyDatabaseOnce(t *testing.T) {
	d := testDriver(t)
	run(t, d, `MATCH (m:GeographTestDatabase) DELETE m`)
	for range 2 {
		if err := claim(t.Context(), d, Config().Database); err != nil {
			t.Fatalf("claim of an empty database: %v", err)
		}
	}
	if got := count(t, d, `MATCH (m:GeographTestDatabase) RETURN count(m) AS n`); got != 1 {
		t.Errorf("%d markers after two claims, want 1", got)
	}
}

// Cleaning a claimed database leaves the marker and nothing else.
func TestCleanKeepsMarker(t *testing.T) {
	d := testDriver(t)
	run(t, d, `CREATE (:Article {id: 'article:left-over'})-[:MENTIONS]->(:Entity {id: 'country:xx'})`)
	if err := clean(t.Context(), d, Config().Database); err != nil {
		t.Fatal(err)
	}
	if got := count(t, d, `MATCH (n) WHERE NOT n:GeographTestDatabase RETURN count(n) AS n`); got != 0 {
		t.Errorf("%d nodes left after clean, want 0", got)
	}
	if got := count(t, d, `MATCH (m:GeographTestDatabase) RETURN count(m) AS n`); got != 1 {
		t.Errorf("%d markers after clean, want 1", got)
	}
}
