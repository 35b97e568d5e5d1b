//go:build !unix

package memstore_test

import "time"

// cpuTime is not measured here; benchmarks then report a CPU time of 0.
func cpuTime() time.Duration { return 0 }
