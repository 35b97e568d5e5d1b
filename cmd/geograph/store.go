package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"

	"geograph/graph"
	"geograph/graph/memstore"
	"geograph/graph/neo4jstore"
)

// storeFlags are the flags every command that touches the graph shares.
type storeFlags struct {
	neo4j   bool   // use Neo4j even without NEO4J_URI
	dataDir string // embedded store's file
}

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.neo4j, "neo4j", false, "use Neo4j (NEO4J_URI, default bolt://127.0.0.1:7687) instead of the embedded store")
	fs.StringVar(&f.dataDir, "data", ".geograph", "folder of the embedded store's file")
}

// openStore opens Neo4j when NEO4J_URI is set or --neo4j is given, and the
// embedded store otherwise. Either way the schema is set up.
func (m *Main) openStore(ctx context.Context, f storeFlags) (graph.Store, error) {
	var (
		s   graph.Store
		err error
	)
	uri := m.Getenv("NEO4J_URI")
	if uri != "" || f.neo4j {
		if uri == "" {
			uri = "bolt://127.0.0.1:7687"
		}
		s, err = neo4jstore.Open(ctx, neo4jstore.Config{
			URI:      uri,
			Username: m.Getenv("NEO4J_USERNAME"),
			Password: m.Getenv("NEO4J_PASSWORD"),
			Database: m.Getenv("NEO4J_DATABASE"),
		})
		if err != nil {
			return nil, fmt.Errorf("open neo4j at %s: %w", uri, err)
		}
		m.Logger.Info("store", "kind", "neo4j", "uri", uri)
	} else {
		path := ""
		if f.dataDir != "" {
			path = filepath.Join(f.dataDir, "graph.json")
		}
		s, err = memstore.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open embedded store: %w", err)
		}
		m.Logger.Info("store", "kind", "embedded", "file", path)
	}
	if err := s.Setup(ctx); err != nil {
		s.Close(ctx)
		return nil, fmt.Errorf("set up store: %w", err)
	}
	return s, nil
}
