package memstore

import (
	"context"
	"fmt"
)

// Compaction folds the journal into a new snapshot. It starts when the
// newest journal generation outgrows compactAt: under the writer lock the
// store starts a new generation and copies its maps (memory only); a
// goroutine then writes the snapshot and deletes the generations it covers.
// Writers go on appending to the new generation and readers never wait. As
// compactAt is at least the last snapshot's size, the snapshot bytes written
// per journal byte stay bounded, so a write's cost does not grow with the
// graph.

// compaction is one run; err is set before done is closed.
type compaction struct {
	done chan struct{}
	err  error
}

// maybeCompact starts a compaction when one is due. The caller holds the
// writer lock.
func (s *Store) maybeCompact() {
	if s.journal == nil || s.compacting != nil || s.journal.size < s.compactAt {
		return
	}
	s.startCompaction()
}

// startCompaction rotates the journal and writes the snapshot in the
// background. The caller holds the writer lock and no compaction runs.
func (s *Store) startCompaction() *compaction {
	c := &compaction{done: make(chan struct{})}
	gen, err := s.journal.rotate()
	if err != nil {
		c.err = err
		s.log.Error("memstore: compaction not started", "err", err)
		close(c.done)
		return c
	}
	st := s.capture()
	s.compacting = c
	go func() {
		size, err := writeSnapshot(s.path, st)
		if err == nil {
			err = removeUpTo(s.path, gen)
		}
		s.wmu.Lock()
		if err != nil {
			// The journal still holds everything; the next compaction retries.
			s.log.Error("memstore: compaction failed", "snapshot", s.path, "err", err)
		} else {
			s.compactAt = max(s.minCompact, size)
		}
		s.compacting = nil
		c.err = err
		s.wmu.Unlock()
		close(c.done)
	}()
	return c
}

// Compact writes a snapshot of everything written so far and deletes the
// journal it covers, waiting until it is done. Stores compact by themselves;
// this is for tests and for tools that want a small directory.
func (s *Store) Compact(ctx context.Context) error {
	if s.path == "" {
		return nil
	}
	for {
		s.wmu.Lock()
		if s.closed {
			s.wmu.Unlock()
			return fmt.Errorf("compact: store is closed")
		}
		// A compaction already running may have started before the last
		// write: wait for it, then start one that covers everything.
		running := s.compacting
		var own *compaction
		if running == nil {
			own = s.startCompaction()
			running = own
		}
		s.wmu.Unlock()
		select {
		case <-running.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if own != nil {
			if own.err != nil {
				return fmt.Errorf("compact: %w", own.err)
			}
			return nil
		}
	}
}
