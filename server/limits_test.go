package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestLimits sends one hostile request per limit and checks each is refused
// with LIMIT_EXCEEDED and a message naming the limit.
func TestLimits(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...), func(c *Config) {
		c.Limits = Limits{MaxDepth: 8, MaxAliases: 5, MaxTokens: 400}
	})
	deep := `{ country(code: "KZ") { memberships { organization { members { member { ... on Country { memberships { organization { members { member { id } } } } } } } } } } }`
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := range 6 {
		aliases.WriteString(" a" + string(rune('a'+i)) + `: country(code: "KZ") { id }`)
	}
	aliases.WriteString("}")
	tokens := "{ " + strings.Repeat("__typename ", 500) + "}"
	expensive := `{ countries(first: 500) { edges { node { events(first: 500) { name } } } } }`
	tests := []struct {
		name, query, wantMessage, wantCode string
	}{
		{"depth", deep, "operation has depth 10, which exceeds the limit of 8", ELIMIT},
		{"aliases", aliases.String(), "operation has 6 aliases, which exceeds the limit of 5", ELIMIT},
		{"tokens", tokens, "exceeded token limit of 400", "GRAPHQL_PARSE_FAILED"},
		{"complexity", expensive, "which exceeds the limit of 50000", "COMPLEXITY_LIMIT_EXCEEDED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv, "", tt.query, nil)
			if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, tt.wantMessage) {
				t.Fatalf("errors %+v, want one containing %q", r.Errors, tt.wantMessage)
			}
			if diff := cmp.Diff([]string{tt.wantCode}, r.codes()); diff != "" {
				t.Errorf("codes (-want +got):\n%s", diff)
			}
			if r.Data != nil && string(r.Data) != "null" {
				t.Errorf("data %s, want none: nothing may run", r.Data)
			}
		})
	}
}

// TestIntrospectionWithinLimits checks the deep type-wrapper nesting that
// GraphiQL's schema query uses is not refused by the depth limit.
func TestIntrospectionWithinLimits(t *testing.T) {
	srv := newServer(t, newStore(t))
	q := `{ __schema { types { name fields { name type { ` + strings.Repeat("kind name ofType { ", 8) + "kind" + strings.Repeat(" }", 8) + ` } } } } }`
	if r := post(t, srv, "", q, nil); len(r.Errors) > 0 {
		t.Errorf("introspection refused: %+v", r.Errors)
	}
}

// TestBodyLimit checks an oversized body is refused before it is read.
func TestBodyLimit(t *testing.T) {
	srv := newServer(t, newStore(t), func(c *Config) { c.Limits.MaxBodyBytes = 1000 })
	body := `{"query": "{ countries { totalCount } }", "variables": {"pad": "` + strings.Repeat("x", 2000) + `"}}`
	r := do(t, srv, "", httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body)))
	if r.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", r.Status)
	}
	if diff := cmp.Diff([]string{ELIMIT}, r.codes()); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
}

// slowStore blocks list reads until the request's deadline passes, like a
// store stuck on a heavy query.
type slowStore struct{ graph.Store }

func (s slowStore) ListEntities(ctx context.Context, _ graph.EntityFilter, _ graph.Page) (graph.EntityPage, error) {
	<-ctx.Done()
	return graph.EntityPage{}, ctx.Err()
}

// TestTimeout checks the per-request deadline reaches the store and the
// client gets TIMEOUT, not a hang or an internal message.
func TestTimeout(t *testing.T) {
	srv := newServer(t, slowStore{newStore(t)}, func(c *Config) { c.Limits.Timeout = 50 * time.Millisecond })
	r := post(t, srv, "", `{ countries { totalCount } }`, nil)
	if diff := cmp.Diff([]string{ETIMEOUT}, r.codes()); diff != "" {
		t.Errorf("codes (-want +got):\n%s\nerrors: %+v", diff, r.Errors)
	}
}

// TestServerTimeouts: the HTTP server Serve runs has header, read, write
// and idle timeouts, by default and as configured, and its write timeout
// outlasts a request's deadline so a TIMEOUT answer can still be written.
func TestServerTimeouts(t *testing.T) {
	check := func(name string, hs *http.Server, want Limits) {
		t.Helper()
		if hs.ReadHeaderTimeout != want.ReadHeaderTimeout || hs.ReadTimeout != want.ReadTimeout || hs.IdleTimeout != want.IdleTimeout {
			t.Errorf("%s: header %v, read %v, idle %v; want %v, %v, %v", name,
				hs.ReadHeaderTimeout, hs.ReadTimeout, hs.IdleTimeout, want.ReadHeaderTimeout, want.ReadTimeout, want.IdleTimeout)
		}
		for what, d := range map[string]time.Duration{"header": hs.ReadHeaderTimeout, "read": hs.ReadTimeout, "write": hs.WriteTimeout, "idle": hs.IdleTimeout} {
			if d <= 0 {
				t.Errorf("%s: no %s timeout", name, what)
			}
		}
		if hs.WriteTimeout <= want.Timeout+want.ReadTimeout {
			t.Errorf("%s: write timeout %v does not outlast the request deadline %v after a read of up to %v", name, hs.WriteTimeout, want.Timeout, want.ReadTimeout)
		}
	}
	def := newServer(t, newStore(t))
	check("defaults", def.HTTPServer(t.Context()), Limits{Timeout: 30 * time.Second, ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout: 15 * time.Second, IdleTimeout: 120 * time.Second})
	set := Limits{Timeout: 3 * time.Second, ReadHeaderTimeout: time.Second, ReadTimeout: 2 * time.Second, IdleTimeout: 9 * time.Second}
	conf := newServer(t, newStore(t), func(c *Config) {
		c.Limits.Timeout, c.Limits.ReadHeaderTimeout, c.Limits.ReadTimeout, c.Limits.IdleTimeout = set.Timeout, set.ReadHeaderTimeout, set.ReadTimeout, set.IdleTimeout
	})
	check("configured", conf.HTTPServer(t.Context()), set)
}

// failingStore fails with a message that must not reach clients.
type failingStore struct{ graph.Store }

func (failingStore) ListEntities(context.Context, graph.EntityFilter, graph.Page) (graph.EntityPage, error) {
	return graph.EntityPage{}, errorString("neo4j: connection refused to bolt://10.0.0.7:7687 as user admin")
}

type errorString string

func (e errorString) Error() string { return string(e) }

// TestInternalErrorsHidden checks an unexpected store error reaches clients
// as "internal error" with code INTERNAL and nothing of its text.
func TestInternalErrorsHidden(t *testing.T) {
	srv := newServer(t, failingStore{newStore(t)})
	r := post(t, srv, "", `{ countries { totalCount } }`, nil)
	want := []gqlError{{Message: "internal error", Path: []any{"countries"}, Extensions: map[string]any{"code": "INTERNAL"}}}
	if diff := cmp.Diff(want, r.Errors); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// TestTransports checks GET requests and automatic persisted queries: a
// hash alone is unknown until the query has been sent once with it.
func TestTransports(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	const q = `{ country(code: "KZ") { name } }`
	want := parseJSON(t, `{"country": {"name": "Kazakhstan"}}`)

	get := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(q), nil)
	if diff := cmp.Diff(want, mustData(t, do(t, srv, "", get))); diff != "" {
		t.Errorf("GET (-want +got):\n%s", diff)
	}

	sum := sha256.Sum256([]byte(q))
	ext := `{"persistedQuery": {"version": 1, "sha256Hash": "` + hex.EncodeToString(sum[:]) + `"}}`
	hashOnly := func() response {
		return do(t, srv, "", httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewBufferString(`{"extensions": `+ext+`}`)))
	}
	if diff := cmp.Diff([]string{"PERSISTED_QUERY_NOT_FOUND"}, hashOnly().codes()); diff != "" {
		t.Errorf("unknown hash codes (-want +got):\n%s", diff)
	}
	first := do(t, srv, "", httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewBufferString(`{"query": "`+strings.ReplaceAll(q, `"`, `\"`)+`", "extensions": `+ext+`}`)))
	if diff := cmp.Diff(want, mustData(t, first)); diff != "" {
		t.Errorf("query with hash (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, mustData(t, hashOnly())); diff != "" {
		t.Errorf("hash after registration (-want +got):\n%s", diff)
	}
}
