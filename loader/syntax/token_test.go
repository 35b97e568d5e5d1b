package syntax

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Russia's gas didn't flow.", []string{"Russia", "'s", "gas", "did", "n't", "flow", "."}},
		{"The U.S. and Mr. Smith met.", []string{"The", "U.S.", "and", "Mr.", "Smith", "met", "."}},
		{"the leaders' meeting (in Rome)", []string{"the", "leaders", "'", "meeting", "(", "in", "Rome", ")"}},
		{"\u201CNo,\u201D he said \u2014 twice.", []string{"\u201C", "No", ",", "\u201D", "he", "said", "\u2014", "twice", "."}},
		{"EU-China trade rose 1,000 tonnes", []string{"EU-China", "trade", "rose", "1,000", "tonnes"}},
		{"  spaced   out  ", []string{"spaced", "out"}},
		{"", nil},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, nil)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Text)
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets [%d,%d) reading %q", tt.in, tk.Text, tk.Start, tk.End, tt.in[tk.Start:tk.End])
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("tokenize(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestNamesSplitTokens(t *testing.T) {
	p := newTestParser(t)
	text := "the EU-China summit"
	s := p.Parse(text, []Span{{4, 6}, {7, 12}})
	var got []string
	for _, tk := range s.Tokens {
		got = append(got, tk.Text)
	}
	if diff := cmp.Diff([]string{"the", "EU", "-", "China", "summit"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if n := s.PhraseOf[4]; n < 0 || s.PhraseText(n) != text {
		t.Errorf("the names and the noun should make one phrase, got %q", s.PhraseText(n))
	}
}

func TestTokenRange(t *testing.T) {
	p := newTestParser(t)
	s := p.Parse("Kenya and Uganda signed.", nil)
	tests := []struct {
		sp          Span
		first, last int
		ok          bool
	}{
		{Span{0, 5}, 0, 0, true},
		{Span{10, 23}, 2, 3, true},
		{Span{5, 6}, 0, 0, false}, // a blank
		{Span{2, 12}, 0, 2, true}, // partial overlaps count
	}
	for _, tt := range tests {
		f, l, ok := s.TokenRange(tt.sp)
		if f != tt.first || l != tt.last || ok != tt.ok {
			t.Errorf("TokenRange(%v) = %d, %d, %v; want %d, %d, %v", tt.sp, f, l, ok, tt.first, tt.last, tt.ok)
		}
	}
}
