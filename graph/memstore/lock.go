package memstore

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// dirLock is an exclusive lock on a data directory, held for as long as a
// Store has it open, so that two processes never append to one log or
// rename snapshots over each other. It is a flock on a lock file: the kernel
// drops it when the process dies, so a crash leaves no stale lock.
type dirLock struct {
	f *os.File
}

// lockName is the lock file beside a snapshot.
func lockName(snapshot string) string { return snapshot + ".lock" }

// lockDir creates the directory of snapshot if needed and takes its lock.
// When another process holds it, the error names the directory and, when
// the holder recorded it, its pid.
func lockDir(snapshot string) (*dirLock, error) {
	dir := filepath.Dir(snapshot)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create data directory: %w", err)
		}
		// The new directory's own entry must survive a crash too.
		if err := syncDir(filepath.Dir(dir)); err != nil {
			return nil, err
		}
	}
	f, err := os.OpenFile(lockName(snapshot), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	if err := flock(f); err != nil {
		pid := ""
		if b, rerr := os.ReadFile(f.Name()); rerr == nil {
			pid = strings.TrimSpace(string(b))
		}
		f.Close()
		switch {
		case errors.Is(err, errLocked) && pid == strconv.Itoa(os.Getpid()):
			return nil, fmt.Errorf("data directory %s is in use: this process (pid %s) has it open already", dir, pid)
		case errors.Is(err, errLocked) && pid != "":
			return nil, fmt.Errorf("data directory %s is in use by another geograph process (pid %s); stop it or use another --data directory", dir, pid)
		case errors.Is(err, errLocked):
			return nil, fmt.Errorf("data directory %s is in use by another geograph process; stop it or use another --data directory", dir)
		}
		return nil, fmt.Errorf("lock data directory %s: %w", dir, err)
	}
	// The pid is only for the error message above; the flock is the lock.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &dirLock{f: f}, nil
}

// release drops the lock. The file stays: removing it could let a third
// process lock a new file while a second still waits on the old one.
func (l *dirLock) release() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	err := l.f.Close() // closing the descriptor releases the flock
	l.f = nil
	return err
}

// removeStaleTemps deletes the temporary snapshots an interrupted write left
// beside snapshot. Only the lock holder calls it, so none is in use.
func removeStaleTemps(snapshot string, log *slog.Logger) error {
	matches, err := filepath.Glob(snapshot + ".tmp-*")
	if err != nil {
		return err
	}
	for _, m := range matches {
		if err := os.Remove(m); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("remove stale temporary snapshot: %w", err)
		}
		log.Info("memstore: removed a temporary snapshot left by an interrupted write", "file", m)
	}
	return nil
}

// syncDir fsyncs a directory, so that a rename or a new file in it survives
// a power cut. A variable so a test can see when it runs.
var syncDir = fsyncDir

func fsyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync directory: %w", err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("sync directory %s: %w", dir, err)
	}
	return nil
}
