package frames

import (
	"testing"
	"unicode/utf8"
)

// FuzzApply checks that any sentence with any mention spans gives facts
// whose trigger and role mentions lie inside the sentence, and no panic.
func FuzzApply(f *testing.F) {
	f.Add("Venezuela was sanctioned by Canada over the election.", 0, 9, 27, 33)
	f.Add("A pipeline from A through B to C, which X and Y signed, runs.", 16, 17, 26, 27)
	f.Add("talks talks , and sanctions ( on ) ' the leaders' meeting", 0, 5, 6, 11)
	a := newTestApplier(f)
	kinds := []string{"Country", "Organization", "Person", "Place", "Commodity"}
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1 int) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			return
		}
		var ms []Mention
		for i, sp := range [][2]int{{a0, a1}, {b0, b1}} {
			if sp[0] >= 0 && sp[0] < sp[1] && sp[1] <= len(text) {
				ms = append(ms, Mention{Start: sp[0], End: sp[1], Kind: kinds[(sp[0]+i)%len(kinds)]})
			}
		}
		for _, fact := range a.Apply(text, ms) {
			if fact.Trigger.Start < 0 || fact.Trigger.End > len(text) || fact.Trigger.Start >= fact.Trigger.End {
				t.Fatalf("trigger %+v outside %q", fact.Trigger, text)
			}
			for r, rs := range fact.Roles {
				for _, m := range rs {
					if m.Start < 0 || m.End > len(text) {
						t.Fatalf("role %s mention %+v outside %q", r, m, text)
					}
				}
			}
		}
	})
}
