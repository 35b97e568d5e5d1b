package neo4jtest

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// lock takes a machine-wide file lock on the test database until t ends.
// Neo4j Community has one user database and `go test ./...` runs packages
// in parallel, so tests of different packages wait for each other instead of
// emptying each other's data. The lock is per database (URI and name), so
// test runs against different servers do not wait for each other.
func lock(t testing.TB) {
	t.Helper()
	cfg := Config()
	key := fmt.Sprintf("%x", sha256.Sum256([]byte(cfg.URI+"\x00"+cfg.Database)))
	name := filepath.Join(os.TempDir(), "geograph-neo4j-test-"+key[:16]+".lock")
	f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o666)
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
