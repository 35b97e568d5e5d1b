// Package neo4jtest gives tests of any package an empty Neo4j store, holding
// the machine-wide test lock (see internal/testlock) until the test ends.
package neo4jtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph/neo4jstore"
	"geograph/graph/neo4jstore/internal/testlock"
)

// Config reads the NEO4J_* settings, defaulting to the local server that
// scripts/neo4j starts.
func Config() neo4jstore.Config {
	cfg := neo4jstore.Config{
		URI:      os.Getenv("NEO4J_URI"),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	if cfg.URI == "" {
		cfg.URI = "bolt://127.0.0.1:7687"
	}
	return cfg
}

// Open returns a store on an emptied database, set up and locked for t alone.
// It skips t when no Neo4j answers, or fails it when GEOGRAPH_REQUIRE_NEO4J=1.
func Open(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg := Config()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		if os.Getenv("GEOGRAPH_REQUIRE_NEO4J") == "1" {
			t.Fatalf("Neo4j at %s is required (GEOGRAPH_REQUIRE_NEO4J=1): %v", cfg.URI, err)
		}
		t.Skipf("no Neo4j at %s (start one with scripts/neo4j start): %v", cfg.URI, err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	testlock.Lock(t)
	if err := Empty(context.Background(), cfg); err != nil {
		t.Fatalf("emptying the database: %v", err)
	}
	if err := s.Setup(context.Background()); err != nil {
		t.Fatalf("Setup: %v", err)
	}
	return s
}

// Empty deletes every node of the configured database.
func Empty(ctx context.Context, cfg neo4jstore.Config) error {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	_, err = neo4j.ExecuteQuery(ctx, d, `MATCH (n) DETACH DELETE n`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	return err
}
