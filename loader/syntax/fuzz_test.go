package syntax

import (
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that any text, with any name spans, parses without a
// panic into tokens that lie inside the text, in order, each reading its
// own bytes, with every phrase and clause index in range.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Iran, which was sanctioned by Canada, rejected the move.",
		"The deal that Chile and Peru signed was hailed.",
		"\u201CNo,\u201D he said \u2014 twice -- and left.",
		"a, and , b ( c ) 's n't --- \" ' ''",
		"X-Y talks",
	} {
		f.Add(s, 0, 3, 4, 9)
	}
	p := newTestParser(f)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			return
		}
		var names []Span
		for _, sp := range [][2]int{{a, b}, {c, d}} {
			if sp[0] >= 0 && sp[0] < sp[1] && sp[1] <= len(text) {
				names = append(names, Span{sp[0], sp[1]})
			}
		}
		s := p.Parse(text, names)
		prev := 0
		for i, tk := range s.Tokens {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) || text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %d %q at [%d,%d) is out of place in %q", i, tk.Text, tk.Start, tk.End, text)
			}
			prev = tk.End
			if ph := s.PhraseOf[i]; ph >= len(s.Phrases) || s.ClauseOf[i] >= len(s.Clauses) {
				t.Fatalf("token %d points past the phrases or clauses", i)
			}
		}
		for _, ph := range s.Phrases {
			if ph.Start < 0 || ph.End > len(s.Tokens) || ph.Head < ph.Start || ph.Head >= ph.End {
				t.Fatalf("phrase %+v out of range in %q", ph, text)
			}
		}
	})
}
