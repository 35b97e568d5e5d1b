// Package neo4jstore implements graph.Store on Neo4j 5 through the official
// Go driver (neo4j-go-driver/v5).
//
// Every node carries the `id` of the domain model; Neo4j element IDs never
// leave this package. Labels come only from the fixed graph.Kind set: events
// are (:Event:<Kind>), routes (:TradeRoute[:ExportDependency]), entities
// (:Entity:<Kind>) and articles (:Article). Cypher text is constant and every
// value travels as a parameter. A batch is written in one managed write
// transaction of a few UNWIND … MERGE statements, which are idempotent
// because a transaction may be retried. Merging a record into a stored one
// is commutative: optional strings keep the smallest non-empty value, the
// more precise date wins, confidence is the maximum and lists are unions
// (graphtest's package comment lists every rule), so the graph does not
// depend on the order, grouping or repetition of writes, nor on several
// writers at once.
package neo4jstore

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph"
)

var _ graph.Store = (*Store)(nil)

// Config says how to reach Neo4j: the standard NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD and NEO4J_DATABASE settings.
type Config struct {
	// URI is bolt://host:port for one server, or neo4j://host:port (and
	// neo4j+s:// for Aura) to route: writes go to the leader and reads may
	// go to followers.
	URI      string
	Username string // empty for a server without authentication
	Password string
	Database string // empty for the server's default database
}

// Store is a graph.Store backed by Neo4j. It is safe for concurrent use.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	now      func() time.Time
	// bookmarks chains this store's sessions causally: a read that follows a
	// write through the same store sees it, even on a follower of a cluster.
	bookmarks neo4j.BookmarkManager
	// closing is held shared by every call that uses the driver and
	// exclusively by Close, so Close waits for calls in flight (the driver's
	// pool must not be closed under a session still returning a connection)
	// and later calls fail cleanly.
	closing sync.RWMutex
	closed  bool
}

// Open connects to Neo4j and checks that it answers. It does not create the
// schema; call Setup for that.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, driverConfig)
	if err != nil {
		return nil, fmt.Errorf("neo4j driver: %w", err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		if classify(err) == unreachable {
			err = errUnavailable(err)
		}
		return nil, fmt.Errorf("neo4j connectivity: %w", err)
	}
	bookmarks := neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{})
	return &Store{driver: driver, database: cfg.Database, now: time.Now, bookmarks: bookmarks}, nil
}

// Close waits for calls in flight, then closes the driver and its
// connections. Calls after Close fail with EUNAVAILABLE.
func (s *Store) Close(ctx context.Context) error {
	s.closing.Lock()
	defer s.closing.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.driver.Close(ctx)
}

// using runs f while the store is open, holding Close off until it returns.
func using[T any](s *Store, f func() (T, error)) (T, error) {
	s.closing.RLock()
	defer s.closing.RUnlock()
	if s.closed {
		var zero T
		return zero, graph.Errorf(graph.EUNAVAILABLE, "the Neo4j store is closed")
	}
	return f()
}

// read runs work in a managed read transaction, which a cluster may serve
// from a follower; see run for retries.
func read[T any](ctx context.Context, s *Store, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	return using(s, func() (T, error) {
		return run(ctx, func() (T, error) {
			session := s.driver.NewSession(ctx, s.sessionConfig(neo4j.AccessModeRead))
			defer session.Close(ctx)
			return neo4j.ExecuteRead(ctx, session, work)
		})
	})
}

// write runs work in a managed write transaction; work must be idempotent
// because it is retried on transient errors (see run).
func write[T any](ctx context.Context, s *Store, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	return using(s, func() (T, error) {
		return run(ctx, func() (T, error) {
			session := s.driver.NewSession(ctx, s.sessionConfig(neo4j.AccessModeWrite))
			defer session.Close(ctx)
			return neo4j.ExecuteWrite(ctx, session, work)
		})
	})
}

func (s *Store) sessionConfig(mode neo4j.AccessMode) neo4j.SessionConfig {
	return neo4j.SessionConfig{DatabaseName: s.database, AccessMode: mode, BookmarkManager: s.bookmarks}
}

// collect runs one query in tx and returns all its records.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// queryRecords runs one read query in its own transaction.
func (s *Store) queryRecords(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return read(ctx, s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		return collect(ctx, tx, cypher, params)
	})
}

// exec runs one write query in its own transaction, discarding its records.
func (s *Store) exec(ctx context.Context, cypher string, params map[string]any) error {
	_, err := write(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return struct{}{}, err
		}
		_, err = res.Consume(ctx)
		return struct{}{}, err
	})
	return err
}

// value returns the map column key of a record, nil when it is absent or
// not a map.
func value(r *neo4j.Record, key string) props {
	v, _ := r.Get(key)
	m, _ := v.(props)
	return m
}
