package main

import (
	"net/http"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// neo4jScript runs scripts/neo4j verb on the test instance named by
// GEOGRAPH_NEO4J_PORT and GEOGRAPH_NEO4J_HOME, keeping its data.
func neo4jScript(t *testing.T, verb string) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), "../../scripts/neo4j", verb)
	cmd.Env = append(os.Environ(), "GEOGRAPH_NEO4J_KEEP=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/neo4j %s: %v\n%s", verb, err, out)
	}
}

func status(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// Neo4j stopped and started under a running server: /healthz stays up,
// /readyz follows Neo4j, queries fail with UNAVAILABLE while it is down and
// work again once it is back, with no restart of geograph.
//
// It stops the test database, so it runs only when asked to, on an
// instance of its own: GEOGRAPH_TEST_NEO4J_RESTART=1 with
// GEOGRAPH_TEST_NEO4J_URI, GEOGRAPH_NEO4J_PORT and GEOGRAPH_NEO4J_HOME
// naming the instance scripts/neo4j started (`make neo4j-restart-test`).
func TestServeAcrossNeo4jRestart(t *testing.T) {
	uri := os.Getenv("GEOGRAPH_TEST_NEO4J_URI")
	if os.Getenv("GEOGRAPH_TEST_NEO4J_RESTART") != "1" || uri == "" || os.Getenv("GEOGRAPH_NEO4J_PORT") == "" || os.Getenv("GEOGRAPH_NEO4J_HOME") == "" {
		t.Skip("set GEOGRAPH_TEST_NEO4J_RESTART=1, GEOGRAPH_TEST_NEO4J_URI, GEOGRAPH_NEO4J_PORT and GEOGRAPH_NEO4J_HOME to restart a test Neo4j")
	}
	addr := startServe(t, map[string]string{"NEO4J_URI": uri})
	const q = `{ countries { totalCount } }`
	if codes, msgs := postRaw(t, addr, "", q); codes != nil {
		t.Fatalf("before the stop: %v %q", codes, msgs)
	}

	neo4jScript(t, "stop")
	restarted := false
	t.Cleanup(func() {
		if !restarted {
			neo4jScript(t, "start")
		}
	})
	if got := status(t, "http://"+addr+"/healthz"); got != http.StatusOK {
		t.Errorf("/healthz with Neo4j down: %d, want 200", got)
	}
	if got := status(t, "http://"+addr+"/readyz"); got != http.StatusServiceUnavailable {
		t.Errorf("/readyz with Neo4j down: %d, want 503", got)
	}
	start := time.Now()
	codes, msgs := postRaw(t, addr, "", q)
	t.Logf("query with Neo4j down answered in %s: %v %q", time.Since(start).Round(time.Millisecond), codes, msgs)
	if diff := cmp.Diff([]string{"UNAVAILABLE"}, codes); diff != "" {
		t.Errorf("query with Neo4j down: codes (-want +got):\n%s", diff)
	}

	neo4jScript(t, "start")
	restarted = true
	// The driver reconnects on its own; give it a bounded number of tries.
	ready := 0
	for i := 0; ; i++ {
		codes, msgs = postRaw(t, addr, "", q)
		if codes == nil {
			if ready = status(t, "http://"+addr+"/readyz"); ready == http.StatusOK {
				break
			}
		}
		if i == 100 {
			t.Fatalf("after Neo4j came back: query %v %q, /readyz %d", codes, msgs, ready)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
