package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// blockingStore holds list reads until released or cancelled, reporting
// each step on a channel so tests can order events without timing.
type blockingStore struct {
	graph.Store
	entered chan struct{} // a list read started
	release chan struct{} // closed: list reads may finish
	ended   chan error    // a list read ended by its context, with why
}

func newBlockingStore(t *testing.T) *blockingStore {
	return &blockingStore{Store: newStore(t, fixtureBatches()...), entered: make(chan struct{}, 10),
		release: make(chan struct{}), ended: make(chan error, 10)}
}

func (s *blockingStore) ListEntities(ctx context.Context, f graph.EntityFilter, p graph.Page) (graph.EntityPage, error) {
	s.entered <- struct{}{}
	select {
	case <-s.release:
		return s.Store.ListEntities(ctx, f, p)
	case <-ctx.Done():
		s.ended <- ctx.Err()
		return graph.EntityPage{}, ctx.Err()
	}
}

// serving runs srv.Serve on a loopback port until stop is called; stop
// returns what Serve returned.
func serving(t *testing.T, srv *Server) (addr string, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	stopped := false
	stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		return <-done
	}
	t.Cleanup(func() { stop() })
	return ln.Addr().String(), stop
}

// httpPost sends a GraphQL query to addr and decodes the answer.
func httpPost(ctx context.Context, addr, query string) (response, error) {
	body, _ := json.Marshal(map[string]any{"query": query})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/graphql", bytes.NewReader(body))
	if err != nil {
		return response{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	return roundTrip(req)
}

func roundTrip(req *http.Request) (response, error) {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return response{}, err
	}
	defer resp.Body.Close()
	var r response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return response{}, err
	}
	r.Status = resp.StatusCode
	return r, nil
}

func httpGet(t *testing.T, url string) response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	r, err := roundTrip(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return r
}

// TestShutdownSequence checks the order of a graceful stop: /readyz says
// 503 at once while the server still answers, a request in flight then
// finishes with its data, and Serve returns cleanly.
func TestShutdownSequence(t *testing.T) {
	st := newBlockingStore(t)
	srv := newServer(t, st)
	draining, proceed := make(chan struct{}), make(chan struct{})
	srv.drainWait = func(context.Context) {
		close(draining)
		select {
		case <-proceed:
		case <-t.Context().Done(): // the test failed early
		}
	}
	addr, stop := serving(t, srv)

	if r := httpGet(t, "http://"+addr+"/readyz"); r.Status != http.StatusOK {
		t.Fatalf("/readyz before shutdown: status %d", r.Status)
	}
	inFlight := make(chan response, 1)
	go func() {
		r, err := httpPost(context.Background(), addr, `{ countries { totalCount } }`)
		if err != nil {
			r.Errors = []gqlError{{Message: "transport: " + err.Error()}}
		}
		inFlight <- r
	}()
	<-st.entered

	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	<-draining
	ready := httpGet(t, "http://"+addr+"/readyz")
	want := []gqlError{{Message: "shutting down", Extensions: map[string]any{"code": EUNAVAILABLE}}}
	if diff := cmp.Diff(want, ready.Errors); diff != "" || ready.Status != http.StatusServiceUnavailable {
		t.Errorf("/readyz while draining: status %d, errors (-want +got):\n%s", ready.Status, diff)
	}
	if r := httpGet(t, "http://"+addr+"/healthz"); r.Status != http.StatusOK {
		t.Errorf("/healthz while draining: status %d", r.Status)
	}

	close(proceed)
	close(st.release)
	r := <-inFlight
	if diff := cmp.Diff(`{"countries":{"totalCount":4}}`, string(r.Data)); diff != "" || len(r.Errors) > 0 {
		t.Errorf("in-flight request: errors %+v, data (-want +got):\n%s", r.Errors, diff)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Serve returned %v", err)
	}
}

// TestShutdownCancelsOverrunningRequests checks a request still running at
// the end of the grace period is cancelled and answered, not cut off.
func TestShutdownCancelsOverrunningRequests(t *testing.T) {
	st := newBlockingStore(t)
	srv := newServer(t, st, func(c *Config) { c.ShutdownGrace = 1 })
	srv.drainWait = func(context.Context) {}
	srv.lastCall = 10 * 60e9 // as long as the answer takes
	addr, stop := serving(t, srv)

	inFlight := make(chan response, 1)
	go func() {
		r, err := httpPost(context.Background(), addr, `{ countries { totalCount } }`)
		if err != nil {
			r.Errors = []gqlError{{Message: "transport: " + err.Error()}}
		}
		inFlight <- r
	}()
	<-st.entered
	if err := stop(); err != nil {
		t.Errorf("Serve returned %v", err)
	}
	r := <-inFlight
	want := []gqlError{{Message: "the request was cancelled", Path: []any{"countries"}, Extensions: map[string]any{"code": ETIMEOUT}}}
	if diff := cmp.Diff(want, r.Errors); diff != "" {
		t.Errorf("overrunning request (-want +got):\n%s", diff)
	}
}

// TestClientGoneStopsWork checks a client that hangs up cancels the work
// its request started.
func TestClientGoneStopsWork(t *testing.T) {
	st := newBlockingStore(t)
	addr, _ := serving(t, newServer(t, st))
	ctx, cancel := context.WithCancel(context.Background())
	go httpPost(ctx, addr, `{ countries { totalCount } }`)
	<-st.entered
	cancel()
	if err := <-st.ended; !errors.Is(err, context.Canceled) {
		t.Errorf("store read ended with %v, want context.Canceled", err)
	}
}

// TestSlowClients checks a body or headers sent a byte at a time do not
// hold a connection: the read timeout closes it and nothing runs.
func TestSlowClients(t *testing.T) {
	st := newBlockingStore(t)
	srv := newServer(t, st, func(c *Config) { c.Limits.ReadTimeout, c.Limits.ReadHeaderTimeout = 50e6, 50e6 })
	addr, _ := serving(t, srv)
	tests := []struct{ name, sent, want string }{
		{"body", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\":",
			"the request body did not arrive within the read timeout"},
		{"headers", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := io.WriteString(conn, tt.sent); err != nil {
				t.Fatal(err)
			}
			// The client sends no more; the server must give up on it.
			got, _ := io.ReadAll(conn)
			if strings.Contains(string(got), " 200 ") || !strings.Contains(string(got), tt.want) {
				t.Errorf("server answered %q, want a refusal containing %q or a closed connection", got, tt.want)
			}
		})
	}
	select {
	case <-st.entered:
		t.Error("a slow request reached the store")
	default:
	}
}

// flakyStore is a store that can be taken down: reads then fail at once
// with UNAVAILABLE (as the stores do when their database cannot be
// reached), and Stats waits until its context ends.
type flakyStore struct {
	graph.Store
	down atomic.Bool
}

func (s *flakyStore) Stats(ctx context.Context) (graph.Stats, error) {
	if s.down.Load() {
		<-ctx.Done()
		return graph.Stats{}, ctx.Err()
	}
	return s.Store.Stats(ctx)
}

func (s *flakyStore) ListEntities(ctx context.Context, f graph.EntityFilter, p graph.Page) (graph.EntityPage, error) {
	if s.down.Load() {
		return graph.EntityPage{}, graph.Errorf(EUNAVAILABLE, "the graph database cannot be reached")
	}
	return s.Store.ListEntities(ctx, f, p)
}

// TestStoreOutage checks /readyz gives up on a store that does not answer
// after its own short timeout and says 503, queries carry the store's
// UNAVAILABLE error, and both recover when the store is back, with no
// restart.
func TestStoreOutage(t *testing.T) {
	st := &flakyStore{Store: newStore(t, fixtureBatches()...)}
	srv := newServer(t, st, func(c *Config) { c.Limits.ReadyTimeout = 1e6 })
	check := func(phase string, wantReady int, wantCodes []string) {
		t.Helper()
		r := do(t, srv, "", httptest.NewRequest(http.MethodGet, "/readyz", nil))
		if r.Status != wantReady {
			t.Errorf("%s: /readyz status %d, want %d", phase, r.Status, wantReady)
		}
		q := post(t, srv, "", `{ countries { totalCount } }`, nil)
		if diff := cmp.Diff(wantCodes, q.codes()); diff != "" {
			t.Errorf("%s: query codes (-want +got):\n%s\nerrors: %+v", phase, diff, q.Errors)
		}
	}
	check("up", http.StatusOK, nil)
	st.down.Store(true)
	check("down", http.StatusServiceUnavailable, []string{EUNAVAILABLE})
	st.down.Store(false)
	check("back", http.StatusOK, nil)
}
