//go:build unix

package memstore_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system, so a
// benchmark can report its own work apart from the wall-clock time other
// processes on a busy machine take from it.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
