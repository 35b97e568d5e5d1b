package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/cmd/internal/loadgen"
)

// proc is a server the bench started, and the client that drives it.
type proc struct {
	cmd *exec.Cmd
	*loadgen.Client
	log string
}

// stop ends the server with SIGTERM (a graceful shutdown) and waits.
func (p *proc) stop() {
	if p == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
	}
}

// freeAddr returns a loopback address no one listens on now.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("pick a port: %w", err)
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// cleanEnv is this process's environment without any Neo4j setting, so a
// child sees only the database the bench names and never a user's.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") {
			env = append(env, kv)
		}
	}
	return env
}

// start runs cmd with env, its output to logPath, and waits for /readyz.
func start(ctx context.Context, cmd *exec.Cmd, addr, logPath string, within time.Duration) (*proc, error) {
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("server log: %w", err)
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	c, err := loadgen.New(addr, maxInFlight)
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", cmd.Path, err)
	}
	p := &proc{cmd: cmd, Client: c, log: logPath}
	exited := make(chan error, 1)
	go func() { exited <- c.WaitReady(ctx, within) }()
	if err := <-exited; err != nil {
		p.stop()
		return nil, fmt.Errorf("%s (log %s): %w", filepath.Base(cmd.Path), logPath, err)
	}
	return p, nil
}

// serveGeograph starts `geograph serve` on a free loopback port, loading
// chunks first; on Neo4j when uri is set, else on the embedded store in data.
func serveGeograph(ctx context.Context, bin, data, uri string, chunks []string, logPath string) (*proc, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	args := []string{"serve", "--addr", addr, "--data", data}
	for _, c := range chunks {
		args = append(args, "--load", c)
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = cleanEnv()
	if uri != "" {
		cmd.Env = append(cmd.Env, "NEO4J_URI="+uri)
		cmd.Env = append(cmd.Env, neo4jAuthEnv()...)
	}
	return start(ctx, cmd, addr, logPath, 2*time.Hour)
}

// neo4jAuthEnv passes the bench's Neo4j credentials on under the names the
// children read.
func neo4jAuthEnv() []string {
	var env []string
	for _, k := range []string{"USERNAME", "PASSWORD", "DATABASE"} {
		if v := os.Getenv("GEOGRAPH_BENCH_NEO4J_" + k); v != "" {
			env = append(env, "NEO4J_"+k+"="+v)
		}
	}
	return env
}

// nodeCount counts the nodes of the bench database.
func nodeCount(ctx context.Context, uri string) (int64, error) {
	auth := neo4j.NoAuth()
	if u := os.Getenv("GEOGRAPH_BENCH_NEO4J_USERNAME"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("GEOGRAPH_BENCH_NEO4J_PASSWORD"), "")
	}
	drv, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		return 0, fmt.Errorf("neo4j %s: %w", uri, err)
	}
	defer drv.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, drv, `MATCH (n) RETURN count(n) AS n`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(os.Getenv("GEOGRAPH_BENCH_NEO4J_DATABASE")))
	if err != nil {
		return 0, fmt.Errorf("neo4j %s: count nodes: %w", uri, err)
	}
	n, _, err := neo4j.GetRecordValue[int64](res.Records[0], "n")
	if err != nil {
		return 0, fmt.Errorf("neo4j %s: count nodes: %w", uri, err)
	}
	return n, nil
}

// errNoNode says the peer cannot run here; the bench skips it.
var errNoNode = errors.New("node and npm are not both on PATH")

// servePeer installs the peer's packages into cache with `npm ci` (again
// only when the lockfile changed) and starts it on a free loopback port
// over the Neo4j at uri.
func servePeer(ctx context.Context, src, cache, uri, logPath string) (*proc, error) {
	node, errNode := exec.LookPath("node")
	npm, errNpm := exec.LookPath("npm")
	if errNode != nil || errNpm != nil {
		return nil, errNoNode
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return nil, fmt.Errorf("peer cache: %w", err)
	}
	lock, err := os.ReadFile(filepath.Join(src, "package-lock.json"))
	if err != nil {
		return nil, fmt.Errorf("peer: %w", err)
	}
	old, _ := os.ReadFile(filepath.Join(cache, "package-lock.json"))
	_, statErr := os.Stat(filepath.Join(cache, "node_modules"))
	for _, f := range []string{"package.json", "package-lock.json", "server.mjs"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			return nil, fmt.Errorf("peer: %w", err)
		}
		if err := os.WriteFile(filepath.Join(cache, f), b, 0o644); err != nil {
			return nil, fmt.Errorf("peer cache: %w", err)
		}
	}
	if !bytes.Equal(lock, old) || statErr != nil {
		ci := exec.CommandContext(ctx, npm, "ci", "--no-audit", "--no-fund", "--loglevel=error")
		ci.Dir = cache
		if out, err := ci.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("peer: npm ci in %s: %w\n%s", cache, err, out)
		}
	}
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, node, "server.mjs")
	cmd.Dir = cache
	cmd.Env = append(cleanEnv(), "NEO4J_URI="+uri, "PEER_ADDR="+addr)
	cmd.Env = append(cmd.Env, neo4jAuthEnv()...)
	return start(ctx, cmd, addr, logPath, 2*time.Minute)
}
