package neo4jtest

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// lock takes a machine-wide file lock until t ends. Neo4j Community has one
// user database and `go test ./...` runs packages in parallel, so tests of
// different packages wait for each other instead of emptying each other's
// data.
func lock(t testing.TB) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "geograph-neo4j-test.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("opening the Neo4j test lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("taking the Neo4j test lock: %v", err)
	}
	t.Cleanup(func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}
