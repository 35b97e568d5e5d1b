package syntax

import (
	"strings"
	"testing"
)

// workPerToken bounds the look-back steps per token (see Sentence.work).
const workPerToken = 64

// TestLinearOnLargeInput parses a megabyte with no sentence boundary, in
// several shapes that would make a careless pass quadratic: plain prose
// with its punctuation gone, one endless coordination, stacked relative
// clauses, long runs of prepositional phrases and of adverbs. The time is
// not asserted; the work is: every parse must finish within a constant
// number of look-back steps per token, and a parse keeps every byte.
func TestLinearOnLargeInput(t *testing.T) {
	p := newTestParser(t)
	prose := strings.NewReplacer(".", "", ",", "", "\n", " ").Replace(
		"The European Union imposed sanctions on Russia, which denied wrongdoing. " +
			"Leaders of Kenya and Uganda met in Nairobi and signed a railway deal that the two states had negotiated for years. ")
	shapes := map[string]string{
		"prose without punctuation": prose,
		"one coordination":          "Russia and China and ",
		"stacked relatives":         "the deal which the state which ",
		"chained PPs":               "a pipeline from Russia through Georgia to Turkey via Iran ",
		"adverbs before verbs":      "very very very quickly signed ",
		"dashes":                    "--a",
	}
	const size = 1 << 20
	for name, unit := range shapes {
		text := strings.Repeat(unit, size/len(unit)+1)[:size]
		s := p.Parse(text, nil)
		if len(s.Tokens) == 0 {
			t.Errorf("%s: no tokens", name)
			continue
		}
		if last := s.Tokens[len(s.Tokens)-1]; strings.TrimSpace(text[last.End:]) != "" {
			t.Errorf("%s: text after the last token: %q", name, text[last.End:])
		}
		if s.work > workPerToken*len(s.Tokens) {
			t.Errorf("%s: %d look-back steps for %d tokens, more than %d a token", name, s.work, len(s.Tokens), workPerToken)
		}
		t.Logf("%s: %d tokens, %d phrases, %d clauses, %d look-back steps", name, len(s.Tokens), len(s.Phrases), len(s.Clauses), s.work)
	}
}
