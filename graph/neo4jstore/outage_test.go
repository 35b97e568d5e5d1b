package neo4jstore_test

import (
	"context"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"geograph/graph"
	"geograph/graph/neo4jstore"
	"geograph/graph/neo4jstore/neo4jtest"
)

// proxy forwards TCP connections from its own port to target, and can be
// taken down (refusing connections, cutting the open ones) and brought back
// on the same port: an outage of the real test Neo4j as a client sees it.
type proxy struct {
	target string
	addr   string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	p := &proxy{target: target}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.down)
	return p
}

func (p *proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			u, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, u)
			p.mu.Unlock()
			go func() { io.Copy(u, c); u.Close() }()
			go func() { io.Copy(c, u); c.Close() }()
		}
	}()
}

// down stops listening and cuts every forwarded connection.
func (p *proxy) down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// up listens again on the same port.
func (p *proxy) up(t *testing.T) {
	t.Helper()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatalf("listening again on %s: %v", p.addr, err)
	}
	p.serve(ln)
}

// While Neo4j cannot be reached every call fails with EUNAVAILABLE rather
// than hanging, and once it is back the same store works again.
func TestOutageFailsFastAndRecovers(t *testing.T) {
	neo4jtest.Open(t) // the test database, claimed and locked
	cfg := neo4jtest.Config()
	host := strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "bolt://"), "neo4j://")
	p := startProxy(t, host)
	cfg.URI = "bolt://" + p.addr
	s, err := neo4jstore.Open(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	if _, err := s.Stats(t.Context()); err != nil {
		t.Fatalf("Stats through the proxy: %v", err)
	}

	p.down()
	start := time.Now()
	_, err = s.ListEvents(t.Context(), graph.EventFilter{}, graph.Page{})
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("ListEvents while Neo4j is down: error %v, want code %s", err, graph.EUNAVAILABLE)
	}
	_, err = s.WriteBatch(t.Context(), &graph.Batch{Entities: []graph.Entity{{ID: "country:xx", Kind: graph.KindCountry, Name: "X"}}})
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("WriteBatch while Neo4j is down: error %v, want code %s", err, graph.EUNAVAILABLE)
	}
	t.Logf("two calls failed in %s while Neo4j was down", time.Since(start))
	if _, err := neo4jstore.Open(t.Context(), cfg); graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("Open while Neo4j is down: error %v, want code %s", err, graph.EUNAVAILABLE)
	}

	p.up(t)
	if _, err := s.ListEvents(t.Context(), graph.EventFilter{}, graph.Page{}); err != nil {
		t.Errorf("ListEvents after Neo4j is back: %v", err)
	}
}

// A neo4j:// URI routes through the server's routing table; the store reads
// its own write through it.
func TestRoutingURI(t *testing.T) {
	neo4jtest.Open(t)
	cfg := neo4jtest.Config()
	cfg.URI = "neo4j://" + strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "bolt://"), "neo4j://")
	s, err := neo4jstore.Open(t.Context(), cfg)
	if err != nil {
		t.Fatalf("Open(%s): %v", cfg.URI, err)
	}
	defer s.Close(context.Background())
	e := graph.Entity{ID: "country:xx", Kind: graph.KindCountry, Name: "Routed", ISO2: "XX"}
	if _, err := s.WriteBatch(t.Context(), &graph.Batch{Entities: []graph.Entity{e}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetEntities(t.Context(), []string{e.ID})
	if err != nil || len(got) != 1 || got[0].Name != "Routed" {
		t.Errorf("GetEntities after the write = %v, %v; want the entity", got, err)
	}
}
