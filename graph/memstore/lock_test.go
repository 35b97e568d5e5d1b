package memstore_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"geograph/graph/memstore"
)

// lockHelperEnv makes TestLockHelper, run in a child process, try to open
// the store at the path it names.
const lockHelperEnv = "GEOGRAPH_MEMSTORE_LOCK_HELPER"

// TestLockHelper is the child side of TestSecondProcessRefused: it prints
// "opened" or the error Open returned.
func TestLockHelper(t *testing.T) {
	path := os.Getenv(lockHelperEnv)
	if path == "" {
		t.Skip("runs only as a child of TestSecondProcessRefused")
	}
	s, err := memstore.Open(path)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("opened")
	if err := s.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// openInChild runs TestLockHelper in a new process of the test binary.
func openInChild(t *testing.T, path string) string {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestLockHelper$", "-test.v")
	cmd.Env = append(os.Environ(), lockHelperEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child process: %v\n%s", err, out)
	}
	return string(out)
}

func TestSecondProcessRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "graph.json")
	s, err := memstore.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	out := openInChild(t, path)
	for _, want := range []string{"error:", dir, "in use", fmt.Sprintf("pid %d", os.Getpid())} {
		if !strings.Contains(out, want) {
			t.Errorf("child opening a locked directory: output lacks %q:\n%s", want, out)
		}
	}
	if err := s.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	if out := openInChild(t, path); !strings.Contains(out, "opened") {
		t.Errorf("child could not open the directory after Close:\n%s", out)
	}
}

// A second Open in the same process opens the lock file again, a new open
// file description, so flock refuses it as it would another process.
func TestSecondOpenInProcessRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "graph.json")
	s := open(t, path)
	if _, err := memstore.Open(path); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("second Open of a locked directory: %v, want an error naming %s", err, dir)
	}
	if err := s.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	again, err := memstore.Open(path)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	again.Close(t.Context())
}

func TestOpenRemovesStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "graph.json")
	stale := path + ".tmp-12345"
	if err := os.WriteFile(stale, []byte(`{"Version":`), 0o644); err != nil {
		t.Fatal(err)
	}
	open(t, path)
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary snapshot still there after Open: %v", err)
	}
}
