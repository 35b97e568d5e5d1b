//go:build !unix

package memstore

import (
	"errors"
	"os"
)

// errLocked says another process holds the lock.
var errLocked = errors.New("locked")

// flock is not available here: rather than run unprotected, opening a
// persisted store fails with a clear error.
func flock(f *os.File) error {
	return errors.New("file locking is not supported on this platform; use Neo4j")
}
