//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The fault tests load faultArticles replicated fixture articles in
// batches of faultBatch, interrupt the load in several ways, and check what
// is left and that a rerun completes it.
const (
	faultArticles = 100
	faultBatch    = 10
)

// faultCorpus writes the corpus as one .jsonl file and returns its path and
// its lines.
func faultCorpus(t *testing.T) (string, [][]byte) {
	t.Helper()
	c, err := readBenchCorpus(t.Context(), fixtureArticles, faultArticles)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := writeJSONL(path, c.copies); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(raw, []byte("\n"))
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	if len(lines) != faultArticles {
		t.Fatalf("corpus has %d lines, want %d", len(lines), faultArticles)
	}
	return path, lines
}

// loadRun is a `geograph load` process reading its articles from a named
// pipe the test writes: while the pipe is open the load cannot finish, so
// the test decides when it may, and interrupts it at a point it chose.
type loadRun struct {
	t     *testing.T
	cmd   *exec.Cmd
	out   *lockedBuffer
	fifo  *os.File
	lines [][]byte
	sent  int
	done  chan struct{}
	err   error
}

func startFedLoad(t *testing.T, n *ownNeo4j, lines [][]byte) *loadRun {
	t.Helper()
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd, out := geographCmd(t, n.uri, "load", "--batch", fmt.Sprint(faultBatch), "--workers", "2", path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &loadRun{t: t, cmd: cmd, out: out, lines: lines, done: make(chan struct{})}
	go func() { r.err = cmd.Wait(); close(r.done) }()
	t.Cleanup(func() {
		if !r.exited() {
			cmd.Process.Kill()
			<-r.done
		}
		if r.fifo != nil {
			r.fifo.Close()
		}
	})
	// Opening the write end without blocking fails until the load has
	// opened the read end.
	waitFor(t, "the load to open its input", func() bool {
		if r.exited() {
			t.Fatalf("load exited before reading its input: %v\n%s", r.err, out)
		}
		f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return false
		}
		r.fifo = f
		return true
	})
	return r
}

func (r *loadRun) exited() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// feed writes the articles up to the upto-th.
func (r *loadRun) feed(upto int) {
	r.t.Helper()
	upto = min(upto, len(r.lines))
	for ; r.sent < upto; r.sent++ {
		if _, err := r.fifo.Write(r.lines[r.sent]); err != nil {
			r.t.Fatalf("feeding article %d: %v\n%s", r.sent, err, r.out)
		}
	}
}

// finishInput writes what is left and closes the pipe; a load that has
// died makes the writes fail, which is expected then.
func (r *loadRun) finishInput() {
	for ; r.sent < len(r.lines); r.sent++ {
		if _, err := r.fifo.Write(r.lines[r.sent]); err != nil {
			break
		}
	}
	r.fifo.Close()
	r.fifo = nil
}

// wait returns the load's exit error. The bound only guards against a hang.
func (r *loadRun) wait() error {
	r.t.Helper()
	select {
	case <-r.done:
		return r.err
	case <-time.After(5 * time.Minute):
		r.cmd.Process.Kill()
		<-r.done
		r.t.Fatalf("load did not exit\n%s", r.out)
		return nil
	}
}

// runUntil starts a fed load, feeds it two batches past threshold articles
// and returns once Neo4j holds at least threshold articles, the load still
// running (its input is still open).
func runUntil(t *testing.T, n *ownNeo4j, lines [][]byte, threshold int) *loadRun {
	t.Helper()
	r := startFedLoad(t, n, lines)
	r.feed(threshold + 2*faultBatch)
	waitFor(t, fmt.Sprintf("%d articles written", threshold), func() bool {
		if r.exited() {
			t.Fatalf("load exited with its input still open: %v\n%s", r.err, r.out)
		}
		return n.articles() >= threshold
	})
	return r
}

// loadFile runs a whole load of path and fails t unless it succeeds.
func loadFile(t *testing.T, n *ownNeo4j, path string) string {
	t.Helper()
	cmd, out := geographCmd(t, n.uri, "load", "--batch", fmt.Sprint(faultBatch), "--workers", "2", path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &loadRun{t: t, cmd: cmd, out: out, done: make(chan struct{})}
	go func() { r.err = cmd.Wait(); close(r.done) }()
	if err := r.wait(); err != nil {
		t.Fatalf("load %s: %v\n%s", path, err, out)
	}
	t.Logf("%s", out)
	return out.String()
}

// checkWholeBatches checks what an interrupted load left: whole batches of
// articles, each with every relationship a clean load gives it, and no id
// on two nodes.
func checkWholeBatches(t *testing.T, got, clean graphDump) {
	t.Helper()
	arts := got.Labels["Article"]
	if arts%faultBatch != 0 || arts > faultArticles {
		t.Errorf("interrupted load left %d articles, not whole batches of %d", arts, faultBatch)
	}
	for id, rels := range got.ArticleRels {
		want, ok := clean.ArticleRels[id]
		if !ok {
			t.Errorf("article %s is not in a clean load", id)
			continue
		}
		if diff := cmp.Diff(want, rels); diff != "" {
			t.Errorf("article %s lacks some of its facts (-clean +left):\n%s", id, diff)
		}
	}
	checkDistinctIDs(t, got)
}

func checkDistinctIDs(t *testing.T, g graphDump) {
	t.Helper()
	for id, k := range g.IDs {
		if k != 1 {
			t.Errorf("%d nodes have id %q", k, id)
		}
	}
}

// checkSameGraph compares a graph with the clean load's: counts first (a
// short message), then every node and relationship.
func checkSameGraph(t *testing.T, what string, got, clean graphDump) {
	t.Helper()
	if diff := cmp.Diff(clean.Labels, got.Labels); diff != "" {
		t.Errorf("%s: nodes per label differ from a clean load (-clean +got):\n%s", what, diff)
	}
	if diff := cmp.Diff(clean.Types, got.Types); diff != "" {
		t.Errorf("%s: relationships per type differ from a clean load (-clean +got):\n%s", what, diff)
	}
	if diff := cmp.Diff(clean.Nodes, got.Nodes); diff != "" {
		t.Errorf("%s: nodes differ from a clean load (-clean +got):\n%.4000s", what, diff)
	}
	if diff := cmp.Diff(clean.Rels, got.Rels); diff != "" {
		t.Errorf("%s: relationships differ from a clean load (-clean +got):\n%.4000s", what, diff)
	}
	checkDistinctIDs(t, got)
}

// Neo4j SIGKILLed during a load, after the first batch, midway and near
// the end, then restarted: the load fails saying why, it left whole batches
// only, and a rerun ends with exactly the graph of a clean load. Then the
// same with the loader SIGKILLed, and with the loader sent SIGTERM (it stops
// with a clear message although its input is still open).
func TestLoadSurvivesKills(t *testing.T) {
	n := startOwnNeo4j(t)
	path, lines := faultCorpus(t)
	loadFile(t, n, path)
	clean := n.dump()
	if got := clean.Labels["Article"]; got != faultArticles {
		t.Fatalf("clean load wrote %d articles, want %d", got, faultArticles)
	}
	checkDistinctIDs(t, clean)

	for _, threshold := range []int{faultBatch, faultArticles / 2, faultArticles - 2*faultBatch} {
		t.Run(fmt.Sprintf("neo4j killed after %d articles", threshold), func(t *testing.T) {
			n.wipe()
			r := runUntil(t, n, lines, threshold)
			n.kill()
			r.finishInput()
			err := r.wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 1 {
				t.Errorf("load with Neo4j killed: exit %v, want status 1\n%s", err, r.out)
			}
			if out := r.out.String(); !strings.Contains(out, "geograph: load: write batch:") {
				t.Errorf("load with Neo4j killed does not say a batch could not be written:\n%s", out)
			}
			n.restart()
			checkWholeBatches(t, n.dump(), clean)
			loadFile(t, n, path)
			checkSameGraph(t, "rerun after Neo4j was killed", n.dump(), clean)
		})
	}

	t.Run("loader killed", func(t *testing.T) {
		n.wipe()
		r := runUntil(t, n, lines, faultArticles/2)
		if err := r.cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		if err := r.wait(); err == nil {
			t.Error("killed load exited 0")
		}
		checkWholeBatches(t, n.dump(), clean)
		loadFile(t, n, path)
		checkSameGraph(t, "rerun after the loader was killed", n.dump(), clean)
	})

	t.Run("loader sent SIGTERM", func(t *testing.T) {
		n.wipe()
		r := runUntil(t, n, lines, 3*faultBatch)
		if err := r.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		// The input stays open: the load must stop without waiting for it.
		err := r.wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("load sent SIGTERM: exit %v, want status 1\n%s", err, r.out)
		}
		if out := r.out.String(); !strings.Contains(out, "geograph: load: interrupted after") {
			t.Errorf("load sent SIGTERM does not say it was interrupted and how far it got:\n%s", out)
		}
		left := n.dump()
		if left.Labels["Article"] < 3*faultBatch {
			t.Errorf("load sent SIGTERM left %d articles, fewer than the %d written before", left.Labels["Article"], 3*faultBatch)
		}
		checkWholeBatches(t, left, clean)
		loadFile(t, n, path)
		checkSameGraph(t, "rerun after SIGTERM", n.dump(), clean)
	})
}
