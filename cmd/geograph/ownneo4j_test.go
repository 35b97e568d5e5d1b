//go:build unix

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph/neo4jstore/neo4jtest"
)

// envKillPort is the port of the Neo4j the fault tests start, kill and
// restart themselves. It is never the shared test instance
// (GEOGRAPH_TEST_NEO4J_URI), which other packages use at the same time.
const envKillPort = "GEOGRAPH_TEST_NEO4J_KILL_PORT"

// ownNeo4j is a Neo4j started by scripts/neo4j for one test, with its own
// port and home, so the test may SIGKILL it.
type ownNeo4j struct {
	t    *testing.T
	port string
	home string
	uri  string
	d    neo4j.DriverWithContext
}

// startOwnNeo4j starts an empty Neo4j for t and stops it when t ends. It
// skips without Java (scripts/neo4j's Java mode is the one whose process the
// test can kill), unless GEOGRAPH_REQUIRE_NEO4J=1.
func startOwnNeo4j(t *testing.T) *ownNeo4j {
	t.Helper()
	if testing.Short() {
		t.Skip("starts and kills its own Neo4j")
	}
	if _, err := exec.LookPath("java"); err != nil {
		if os.Getenv(neo4jtest.EnvRequire) == "1" {
			t.Fatalf("java is needed to start a Neo4j this test may kill (%s=1)", neo4jtest.EnvRequire)
		}
		t.Skip("no java: cannot start a Neo4j of this test's own")
	}
	port := os.Getenv(envKillPort)
	if port == "" {
		port = "7689"
	}
	if c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, time.Second); err == nil {
		c.Close()
		t.Fatalf("port %s is in use; this test starts and kills a Neo4j of its own there (set %s to a free port)", port, envKillPort)
	}
	n := &ownNeo4j{t: t, port: port, home: t.TempDir(), uri: "bolt://127.0.0.1:" + port}
	t.Cleanup(func() {
		if n.d != nil {
			n.d.Close(context.Background())
		}
		n.script("stop", false)
	})
	n.script("start", false)
	d, err := neo4j.NewDriverWithContext(n.uri, neo4j.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	n.d = d
	return n
}

// script runs scripts/neo4j for this instance; keep restarts it on the
// data it had.
func (n *ownNeo4j) script(verb string, keep bool) {
	n.t.Helper()
	cmd := exec.Command("../../scripts/neo4j", verb)
	k := "0"
	if keep {
		k = "1"
	}
	cmd.Env = append(os.Environ(), "GEOGRAPH_NEO4J_MODE=java", "GEOGRAPH_NEO4J_PORT="+n.port,
		"GEOGRAPH_NEO4J_HOME="+n.home, "GEOGRAPH_NEO4J_KEEP="+k, "GEOGRAPH_NEO4J_TIMEOUT=300")
	out, err := cmd.CombinedOutput()
	if err != nil {
		n.t.Fatalf("scripts/neo4j %s: %v\n%s", verb, err, out)
	}
	if verb == "start" {
		if _, err := n.pid(); err != nil {
			n.t.Fatalf("scripts/neo4j start left no pid of its own (another server on port %s?): %v\n%s", n.port, err, out)
		}
	}
}

func (n *ownNeo4j) pid() (int, error) {
	raw, err := os.ReadFile(filepath.Join(n.home, "neo4j.pid"))
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(strings.TrimSpace(string(raw)))
}

// kill SIGKILLs this instance's server and waits until it is gone.
func (n *ownNeo4j) kill() {
	n.t.Helper()
	pid, err := n.pid()
	if err != nil {
		n.t.Fatalf("no pid to kill: %v", err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		n.t.Fatalf("kill Neo4j (pid %d): %v", pid, err)
	}
	waitFor(n.t, fmt.Sprintf("the killed Neo4j (pid %d) to be gone", pid), func() bool {
		return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
	})
}

// restart starts the instance again on the data the kill left.
func (n *ownNeo4j) restart() { n.script("start", true) }

// waitFor polls cond until it holds; the bound only guards against a hang.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// The queries the fault tests read the whole graph with.
const (
	countArticles = `MATCH (a:Article) RETURN count(a) AS n`
	wipeOwn       = `MATCH (n) DETACH DELETE n`
	dumpNodes     = `MATCH (n) WHERE NOT n:GeographTestDatabase RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`
	dumpRels      = `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`
)

func (n *ownNeo4j) query(ctx context.Context, cypher string) ([]*neo4j.Record, error) {
	return query(ctx, n.d, "", cypher)
}

func query(ctx context.Context, d neo4j.DriverWithContext, db, cypher string) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, d, cypher, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
	if err != nil {
		return nil, err
	}
	return res.Records, nil
}

// articles returns how many Article nodes the graph holds, or -1 while
// Neo4j does not answer.
func (n *ownNeo4j) articles() int {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	recs, err := n.query(ctx, countArticles)
	if err != nil || len(recs) != 1 {
		return -1
	}
	v, _ := recs[0].Get("n")
	return int(v.(int64))
}

func (n *ownNeo4j) wipe() {
	n.t.Helper()
	if _, err := n.query(n.t.Context(), wipeOwn); err != nil {
		n.t.Fatalf("emptying the test's own Neo4j: %v", err)
	}
}

// graphDump is everything in the graph, each node and relationship as one
// line of JSON (maps marshal with sorted keys), sorted.
type graphDump struct {
	Nodes []string
	Rels  []string
	// ArticleRels holds each article's outgoing relationships, by article ID.
	ArticleRels map[string][]string
	Labels      map[string]int
	Types       map[string]int
	IDs         map[string]int // nodes per id
}

func (n *ownNeo4j) dump() graphDump {
	n.t.Helper()
	return dumpGraph(n.t, n.d, "")
}

// dumpGraph reads every node and relationship of database db.
func dumpGraph(t *testing.T, d neo4j.DriverWithContext, db string) graphDump {
	t.Helper()
	ctx := t.Context()
	g := graphDump{ArticleRels: map[string][]string{}, Labels: map[string]int{}, Types: map[string]int{}, IDs: map[string]int{}}
	recs, err := query(ctx, d, db, dumpNodes)
	if err != nil {
		t.Fatalf("reading nodes: %v", err)
	}
	articles := map[string]bool{}
	for _, r := range recs {
		m := r.AsMap()
		// When an article was (re)loaded is the one value two loads of
		// the same input may differ in.
		delete(m["props"].(map[string]any), "loadedAt")
		raw, _ := json.Marshal(m)
		g.Nodes = append(g.Nodes, string(raw))
		id, _ := m["id"].(string)
		g.IDs[id]++
		for _, l := range m["labels"].([]any) {
			g.Labels[l.(string)]++
			if l == "Article" {
				articles[id] = true
				g.ArticleRels[id] = nil
			}
		}
	}
	if recs, err = query(ctx, d, db, dumpRels); err != nil {
		t.Fatalf("reading relationships: %v", err)
	}
	for _, r := range recs {
		raw, _ := json.Marshal(r.AsMap())
		g.Rels = append(g.Rels, string(raw))
		typ, _ := r.Get("type")
		g.Types[typ.(string)]++
		if from, _ := r.Get("from"); articles[fmt.Sprint(from)] {
			g.ArticleRels[fmt.Sprint(from)] = append(g.ArticleRels[fmt.Sprint(from)], string(raw))
		}
	}
	slices.Sort(g.Nodes)
	slices.Sort(g.Rels)
	for _, rels := range g.ArticleRels {
		slices.Sort(rels)
	}
	return g
}
