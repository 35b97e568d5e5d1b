// Package testlock serialises tests that use the one local Neo4j database.
//
// Neo4j Community has one user database and `go test ./...` runs packages in
// parallel, so a test that empties the database holds a machine-wide file
// lock until it ends: tests of different packages wait for each other
// instead of wiping each other's data.
package testlock

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Lock takes the lock until t ends.
func Lock(t testing.TB) {
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
