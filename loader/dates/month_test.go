package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMonthWordGate: the expressions hasMonthWord lets a sentence skip
// match nothing in it, over the fixtures' lines and forms at the edges.
func TestMonthWordGate(t *testing.T) {
	lines := []string{"5 Jan.2022", "Jan.5, 2021", "on 3 Sept 2020", "in mid-March", "_March 5", "xMarch 5, 2020",
		"Marching 5, 2020", "Sept.", "May 2021", "the end of Dec 2019", "déJune 5", "late-October 2022", "in May"}
	files, _ := filepath.Glob("../../fixtures/articles/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	matched := 0
	for _, l := range lines {
		for _, re := range []interface{ MatchString(string) bool }{mdyRE, dmyRE, monthYrRE, monthDayRE, monthRE} {
			if re.MatchString(l) {
				matched++
				if !hasMonthWord(l) {
					t.Errorf("%q matches %v but has no month word", l, re)
				}
			}
		}
	}
	if matched < 50 {
		t.Errorf("only %d lines with a month expression", matched)
	}
}
