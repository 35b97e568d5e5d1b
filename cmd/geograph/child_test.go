//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

// envChild makes the test binary run as the geograph command itself, so the
// fault tests can start, signal and kill real `geograph load` processes
// without building a second binary.
const envChild = "GEOGRAPH_TEST_RUN_AS_COMMAND"

func TestMain(m *testing.M) {
	if os.Getenv(envChild) == "1" {
		main() // exits 1 on failure
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// lockedBuffer collects a child's output while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// geographCmd is `geograph args...` run by the test binary as a separate
// process on the Neo4j at uri. The child gets none of the caller's NEO4J_*
// settings, so it can reach no database but the one the test names.
func geographCmd(t *testing.T, uri string, args ...string) (*exec.Cmd, *lockedBuffer) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, envChild+"=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, envChild+"=1", "NEO4J_URI="+uri)
	out := &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	return cmd, out
}
