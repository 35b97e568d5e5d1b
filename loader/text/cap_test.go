package text

import (
	"strings"
	"testing"
)

// TestSentenceCap: a long text without sentence ends is cut into pieces of
// at most MaxSentenceBytes at word boundaries that together cover it, and
// pieces are not taken for headings.
func TestSentenceCap(t *testing.T) {
	words := "the ministers of the two states discussed gas transit and the new railway line "
	tests := map[string]string{
		"no full stop": strings.Repeat(words, 2000),
		"no space":     strings.Repeat("x", 5000),
		"multibyte":    strings.Repeat("Türkiye–Azərbaycan ", 500),
		"cut lines":    strings.Repeat("ministers of the\n", 3000),
	}
	for name, s := range tests {
		t.Run(name, func(t *testing.T) {
			sents := SplitSentences(s)
			if len(sents) < len(s)/MaxSentenceBytes {
				t.Fatalf("%d sentences for %d bytes", len(sents), len(s))
			}
			covered := 0
			for i, se := range sents {
				if n := se.End - se.Start; n > MaxSentenceBytes {
					t.Errorf("sentence %d is %d bytes, over the cap of %d", i, n, MaxSentenceBytes)
				}
				if i+1 < len(sents) && !se.Cut {
					t.Errorf("sentence %d ends without a full stop but is not marked Cut", i)
				}
				if se.Fragment && i+1 < len(sents) {
					t.Errorf("sentence %d, a piece of a long sentence, is marked a fragment", i)
				}
				if strings.Contains(name, "full stop") && se.End < len(s) && s[se.End] != ' ' {
					t.Errorf("sentence %d is cut inside a word: %q", i, s[se.Start:se.End])
				}
				covered += len(strings.TrimSpace(s[se.Start:se.End]))
			}
			if want := len(strings.Join(strings.Fields(s), "")); covered < want {
				t.Errorf("pieces cover %d bytes of text, want at least %d", covered, want)
			}
		})
	}
}

// TestShortSentencesUncut: ordinary sentences are never cut.
func TestShortSentencesUncut(t *testing.T) {
	s := "The ministers met in the capital. They signed a deal on gas transit."
	for _, se := range SplitSentences(s) {
		if se.Cut {
			t.Errorf("sentence %q marked Cut", s[se.Start:se.End])
		}
	}
}
