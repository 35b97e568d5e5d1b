package dates

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"geograph/graph"
)

// FuzzFind: any text up to 1 MB, against any publication day, yields dates
// that are well formed, with offsets inside the text that do not
// overlap; nothing panics. `go test` runs the seeds; `go test -fuzz
// FuzzFind ./loader/dates` explores.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Leaders met on Thursday and again two weeks after the summit.",
		"Sanctions imposed in 2014 were tightened in March and renewed on 3 October 2019.",
		"It happened last October, a few days before the talks of Oct. 20, 2021.",
		"On 29 February 2023 and on February 30 nothing happened; on Feb. 29, 2024 it did.",
		strings.Repeat("in March 2021 on Monday ", 10000),
		strings.Repeat("9", 1<<20),
	} {
		f.Add(s, int64(19294)) // 2022-10-27 as days since 1970
	}
	f.Fuzz(func(t *testing.T, text string, day int64) {
		if !utf8.ValidString(text) || len(text) > 1<<20 {
			return
		}
		day = day%40000 - 20000 // about 1915 to 2024 either side of 1970
		pub := time.Unix(day*86400, 0).UTC()
		ctx := Context{Pub: pub, Anchor: pub, Known: true}
		found := Find(text, 0, ctx, strings.Contains(text, "will"))
		slices.SortFunc(found, func(a, b Mention) int { return a.Start - b.Start })
		last := 0
		for _, m := range found {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("date %+v has offsets outside the text (%d bytes)", m, len(text))
			}
			if m.Start < last {
				t.Fatalf("date %+v overlaps another date ending at %d", m, last)
			}
			last = m.End
			if !graph.ValidDate(m.Date.Value) {
				t.Fatalf("date %+v: %q is not YYYY, YYYY-MM or YYYY-MM-DD", m, m.Date.Value)
			}
		}
	})
}
