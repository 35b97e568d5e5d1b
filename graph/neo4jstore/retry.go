package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"geograph/graph"
)

// How long a call waits for Neo4j. The driver itself does not retry (its
// retry loop would keep a caller waiting 30 s while Neo4j is down); run
// retries instead, telling the two kinds of retryable failure apart:
//
//   - Neo4j cannot be reached (refused, timed out, no routing table): retried
//     for unavailableBudget, then the call fails with graph.EUNAVAILABLE, so
//     a request fails fast and the next one succeeds once Neo4j is back;
//   - Neo4j answered with a transient error (a deadlock between concurrent
//     writers, a leader switch): retried with backoff for transientBudget.
const (
	connectTimeout    = 2 * time.Second
	unavailableBudget = 2 * time.Second
	transientBudget   = 30 * time.Second
)

// driverConfig sets short connection timeouts and turns the driver's own
// retries off.
func driverConfig(c *config.Config) {
	c.SocketConnectTimeout = connectTimeout
	c.ConnectionAcquisitionTimeout = connectTimeout
	c.MaxTransactionRetryTime = 0
}

// failure says how a driver error may be retried.
type failure int

const (
	permanent failure = iota
	unreachable
	transient
)

func classify(err error) failure {
	// Without driver retries, the driver returns a failure it deems
	// retryable as the limit error holding the attempt's raw error (such as
	// io.EOF from a cut connection), and any other failure as it is.
	var limit *neo4j.TransactionExecutionLimit
	retryable := errors.As(err, &limit)
	if retryable && len(limit.Errors) > 0 {
		err = limit.Errors[len(limit.Errors)-1]
	}
	var server *neo4j.Neo4jError
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return permanent
	case errors.As(err, &server):
		if server.IsRetriable() {
			return transient
		}
		return permanent
	case retryable || neo4j.IsRetryable(err) || neo4j.IsConnectivityError(err):
		return unreachable
	}
	return permanent
}

// errUnavailable is the client-safe error of a call that could not reach
// Neo4j; the cause stays in the chain for logs.
func errUnavailable(cause error) error {
	return fmt.Errorf("%w: %w", graph.Errorf(graph.EUNAVAILABLE, "the graph database is unavailable; try again shortly"), cause)
}

// run calls attempt until it succeeds, fails for good, or its failure
// kind's budget is spent.
func run[T any](ctx context.Context, attempt func() (T, error)) (T, error) {
	start := time.Now()
	wait := 50 * time.Millisecond
	for {
		v, err := attempt()
		if err == nil {
			return v, nil
		}
		var budget time.Duration
		switch classify(err) {
		case unreachable:
			budget = unavailableBudget
		case transient:
			budget = transientBudget
		default:
			return v, err
		}
		if time.Since(start)+wait > budget {
			if classify(err) == unreachable {
				return v, errUnavailable(err)
			}
			return v, err
		}
		select {
		case <-ctx.Done():
			return v, errors.Join(err, ctx.Err())
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}
