package neo4jstore

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// What the package's external tests (which use neo4jtest, and so cannot be
// in this package) need of its insides.

// Schema is the statements Setup runs.
var Schema = schema

// QueryRecords runs one read query on s.
func QueryRecords(ctx context.Context, s *Store, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return s.queryRecords(ctx, cypher, params)
}
