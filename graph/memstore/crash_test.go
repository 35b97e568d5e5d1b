package memstore_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/memstore"
)

// crashHelperEnv makes TestCrashHelper, run in a child process, write to
// the store at the path it names until it is killed.
const crashHelperEnv = "GEOGRAPH_MEMSTORE_CRASH_HELPER"

// crashBatch is the i-th batch the child writes.
func crashBatch(i int) *graph.Batch { return graphtest.GeneratedBatch(fmt.Sprint("k", i), 20) }

// TestCrashHelper is the child side of TestKilledWriterLosesNothingAcknowledged:
// it writes batch after batch, printing "acked i" once WriteBatch(i) returned.
// Compactions are frequent, so a kill may land in one.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv(crashHelperEnv)
	if path == "" {
		t.Skip("runs only as a child of TestKilledWriterLosesNothingAcknowledged")
	}
	s, err := memstore.Open(path, memstore.WithCompactAfter(16<<10))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for i := 0; ; i++ {
		if _, err := s.WriteBatch(t.Context(), crashBatch(i)); err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println("acked", i)
	}
}

// A writer killed at an arbitrary moment (mid-append, mid-compaction or
// between writes) loses no acknowledged write: the reopened store holds
// exactly the acknowledged batches, or those and the one in flight.
func TestKilledWriterLosesNothingAcknowledged(t *testing.T) {
	for round := range 3 {
		t.Run(fmt.Sprint("kill ", round+1), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "graph.json")
			cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestCrashHelper$")
			cmd.Env = append(os.Environ(), crashHelperEnv+"="+path)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			acked, killAt := -1, 40+25*round
			lines := bufio.NewScanner(out)
			for lines.Scan() {
				line := lines.Text()
				if strings.HasPrefix(line, "error:") {
					t.Fatalf("child: %s", line)
				}
				if n, ok := strings.CutPrefix(line, "acked "); ok {
					acked, _ = strconv.Atoi(n)
					if acked == killAt {
						cmd.Process.Kill()
					}
				}
			}
			cmd.Wait()
			if acked < killAt {
				t.Fatalf("child stopped after acknowledging %d writes, before the kill at %d", acked+1, killAt)
			}

			files, _ := filepath.Glob(path + "*")
			t.Logf("killed after %d acknowledged writes; files: %v", acked+1, files)
			s, err := memstore.Open(path)
			if err != nil {
				t.Fatalf("Open after the writer was killed: %v", err)
			}
			defer s.Close(t.Context())
			got := readAll(t, s)
			mem := open(t, "")
			for i := range acked + 1 {
				if _, err := mem.WriteBatch(t.Context(), crashBatch(i)); err != nil {
					t.Fatal(err)
				}
			}
			want := readAll(t, mem)
			if diff := cmp.Diff(want, got); diff == "" {
				return
			}
			// The write in flight may have been made durable before the kill.
			if _, err := mem.WriteBatch(t.Context(), crashBatch(acked+1)); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(readAll(t, mem), got); diff != "" {
				t.Errorf("after a kill following %d acknowledged writes the store holds neither them nor them and the next (-acknowledged and next +reopened):\n%s", acked+1, diff)
			}
		})
	}
}
