// Package neo4jtest gives tests of any package a Neo4j store on the test
// database, emptied and set up, and held for the test alone.
//
// A test must never touch a user's database, so the helper reads only its own
// variables (GEOGRAPH_TEST_NEO4J_URI, _USERNAME, _PASSWORD, _DATABASE), never
// the binary's NEO4J_URI and never a default. Without a URI the test skips,
// or fails when GEOGRAPH_REQUIRE_NEO4J=1. It also refuses a database that
// holds data the tests did not put there: the first time it finds the
// database empty it writes a marker node, and it empties only a database
// that carries the marker (see claim).
package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph/neo4jstore"
)

// The variables the tests read; the binary's NEO4J_* never reach a test.
const (
	EnvURI      = "GEOGRAPH_TEST_NEO4J_URI"
	EnvUsername = "GEOGRAPH_TEST_NEO4J_USERNAME"
	EnvPassword = "GEOGRAPH_TEST_NEO4J_PASSWORD"
	EnvDatabase = "GEOGRAPH_TEST_NEO4J_DATABASE"
	EnvRequire  = "GEOGRAPH_REQUIRE_NEO4J"
)

// Config reads the test database's settings; URI is empty when the tests
// have no database of their own.
func Config() neo4jstore.Config {
	return neo4jstore.Config{
		URI:      os.Getenv(EnvURI),
		Username: os.Getenv(EnvUsername),
		Password: os.Getenv(EnvPassword),
		Database: os.Getenv(EnvDatabase),
	}
}

// unavailable skips t, or fails it when GEOGRAPH_REQUIRE_NEO4J=1.
func unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv(EnvRequire) == "1" {
		t.Fatalf("%s; Neo4j is required (%s=1)", msg, EnvRequire)
	}
	t.Skip(msg)
}

// Connect opens a store on the test database without locking or emptying
// it, skipping t when there is none (see unavailable). Tests use it to skip
// once before running many subtests that each call Open.
func Connect(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg := Config()
	if cfg.URI == "" {
		unavailable(t, "%s is not set (scripts/neo4j start, then %s=bolt://127.0.0.1:7688)", EnvURI, EnvURI)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		unavailable(t, "no Neo4j at %s (%s): %v", cfg.URI, EnvURI, err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// Open returns a store on the test database, emptied and set up, locked for
// t alone until it ends. It fails t when the database holds data without the
// tests' marker.
func Open(t testing.TB) *neo4jstore.Store {
	t.Helper()
	s := Connect(t)
	lock(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := driver(Config())
	if err != nil {
		t.Fatalf("test Neo4j driver: %v", err)
	}
	defer d.Close(ctx)
	if err := claim(ctx, d, Config().Database); err != nil {
		t.Fatal(err)
	}
	if err := clean(ctx, d, Config().Database); err != nil {
		t.Fatalf("emptying the test database: %v", err)
	}
	if err := s.Setup(ctx); err != nil {
		t.Fatalf("Setup: %v", err)
	}
	return s
}

func driver(cfg neo4jstore.Config) (neo4j.DriverWithContext, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	return neo4j.NewDriverWithContext(cfg.URI, auth)
}

// The marker is a node no store reads (Stats counts only the graph's
// labels), so it can stay while tests run.
const (
	markerLabel = "GeographTestDatabase"

	// findMarker reports whether the marker is there and whether any other
	// node is; the LIMIT keeps it cheap on a large database.
	findMarker = `
OPTIONAL MATCH (m:GeographTestDatabase)
WITH count(m) AS markers
OPTIONAL MATCH (n) WHERE NOT n:GeographTestDatabase
WITH markers, n LIMIT 1
RETURN markers, count(n) AS others`

	createMarker = `
CREATE (:GeographTestDatabase {note: 'geograph tests own this database and delete everything else in it', createdAt: datetime()})`

	// cleanAll deletes everything but the marker in chunks, so a large test
	// graph does not need one huge transaction.
	cleanAll = `
MATCH (n) WHERE NOT n:GeographTestDatabase
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`
)

// ErrForeignDatabase is the error claim returns for a database that holds
// data without the tests' marker.
var ErrForeignDatabase = errors.New("the test database holds data the tests did not create")

// claim checks, in one write transaction, that the database is the tests'
// own: it carries the marker, or it is empty and then gets the marker. A
// non-empty database without the marker is refused and left untouched.
func claim(ctx context.Context, d neo4j.DriverWithContext, database string) error {
	session := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, findMarker, nil)
		if err != nil {
			return struct{}{}, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return struct{}{}, err
		}
		markers, _ := rec.Get("markers")
		others, _ := rec.Get("others")
		switch {
		case markers.(int64) > 0:
			return struct{}{}, nil
		case others.(int64) > 0:
			return struct{}{}, fmt.Errorf("%w: it has nodes but no (:%s) marker, so it may be someone's real data; "+
				"point %s at an empty database (scripts/neo4j start gives one)", ErrForeignDatabase, markerLabel, EnvURI)
		}
		res, err = tx.Run(ctx, createMarker, nil)
		if err != nil {
			return struct{}{}, err
		}
		_, err = res.Consume(ctx)
		return struct{}{}, err
	})
	if errors.Is(err, ErrForeignDatabase) {
		return err
	}
	if err != nil {
		return fmt.Errorf("checking the test database's marker: %w", err)
	}
	return nil
}

// clean deletes every node but the marker. Only call it after claim.
func clean(ctx context.Context, d neo4j.DriverWithContext, database string) error {
	// CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
	session := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: database, AccessMode: neo4j.AccessModeWrite})
	defer session.Close(ctx)
	res, err := session.Run(ctx, cleanAll, nil)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}
