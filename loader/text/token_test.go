package text

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tokenPattern is the definition of a token as a regular expression; the
// scanner must find exactly its matches.
var tokenPattern = regexp.MustCompile(`\p{Lu}\.|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|[0-9]+|[,;:()—–"“”]`)

func TestTokenizeAsPattern(t *testing.T) {
	pieces := []string{"U.", "S.", "Kassym", "-", "Jomart", "'", "’", "s", " ", "O", "Neill", "2022", "3.5", ",", ";", ":", "(", ")",
		"—", "–", "\"", "“", "”", "é", "É", "\u0301", "Ǆ", "中国", "\xff", ".", "..", "-", "--", "a", "B", "\n", "!", "?", "42nd"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(15) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		var want, got [][2]int
		for _, m := range tokenPattern.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		for _, tk := range Tokenize(s, 0) {
			end := tk.End
			if tk.Poss {
				end += len(s[tk.End:]) - len(strings.TrimPrefix(strings.TrimPrefix(s[tk.End:], "'s"), "’s"))
			}
			got = append(got, [2]int{tk.Start, end})
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("Tokenize(%q) mismatch (-want +got):\n%s", s, diff)
		}
	}
}

func TestTokenizePossessive(t *testing.T) {
	got := Tokenize("Russia's gas, U.S. oil", 10)
	want := []Token{{10, 16, "Russia", true}, {19, 22, "gas", false}, {22, 23, ",", false}, {24, 26, "U.", false}, {26, 28, "S.", false}, {29, 32, "oil", false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokenize mismatch (-want +got):\n%s", diff)
	}
}
