package syntax

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func newTestParser(t testing.TB) *Parser {
	t.Helper()
	p, err := NewParser()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// verbView is what a test states about a verb group: its head, voice,
// subject and object as text, and whether it sits in a relative clause.
type verbView struct {
	Head, Voice, Subject, Object string
	Relative                     bool
}

func verbs(s *Sentence) []verbView {
	var out []verbView
	for _, p := range s.Phrases {
		if p.Kind != VG {
			continue
		}
		out = append(out, verbView{
			Head: s.Tokens[p.Head].Text, Voice: p.Voice.String(),
			Subject: s.GroupText(p.Subject), Object: s.GroupText(p.Object),
			Relative: s.Clauses[s.ClauseOf[p.Start]].Relative,
		})
	}
	return out
}

func TestVoiceAndArguments(t *testing.T) {
	p := newTestParser(t)
	tests := []struct {
		in   string
		want []verbView
	}{
		{"Iran was sanctioned by the European Union.",
			[]verbView{{"sanctioned", "passive", "Iran", "-", false}}},
		{"The United States on Monday imposed sanctions on Turkey.",
			[]verbView{{"imposed", "active", "The United States", "sanctions", false}}},
		{"Brazil has signed the accord.",
			[]verbView{{"signed", "active", "Brazil", "the accord", false}}},
		{"The treaty is expected to be signed next week.",
			[]verbView{{"signed", "passive", "The treaty", "next week", false}}},
		{"Iran, which was sanctioned by Canada, rejected the move.",
			[]verbView{{"sanctioned", "passive", "Iran", "-", true}, {"rejected", "active", "Iran", "the move", false}}},
		{"The deal that Chile and Peru signed was hailed by investors.",
			[]verbView{{"signed", "active", "Chile + Peru", "The deal", true}, {"hailed", "passive", "The deal", "-", false}}},
		{"Putin met Erdogan and signed an agreement.",
			[]verbView{{"met", "active", "Putin", "Erdogan", false}, {"signed", "active", "Putin", "an agreement", false}}},
		{"The deal signed by Chile was hailed.",
			[]verbView{{"signed", "passive", "The deal", "-", false}, {"hailed", "passive", "The deal", "-", false}}},
		{"The leaders of Chile and Peru, who met in Lima, signed a deal.",
			[]verbView{{"met", "active", "The leaders", "-", true}, {"signed", "active", "The leaders", "a deal", false}}},
		{"The EU imposed sanctions, cutting imports of oil.",
			[]verbView{{"imposed", "active", "The EU", "sanctions", false}, {"cutting", "active", "The EU", "imports", false}}},
		{"After Kenya met Peru, Chile signed the deal.",
			[]verbView{{"met", "active", "Kenya", "Peru", false}, {"signed", "active", "Chile", "the deal", false}}},
		{"The gathering on Bali, hosted by Indonesia, ended.",
			[]verbView{{"hosted", "passive", "The gathering", "-", false}, {"ended", "active", "The gathering", "-", false}}},
	}
	for _, tt := range tests {
		s := p.Parse(tt.in, nil)
		if diff := cmp.Diff(tt.want, verbs(s)); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s\n%s", tt.in, diff, s)
		}
	}
}

func TestCoordination(t *testing.T) {
	p := newTestParser(t)
	tests := []struct {
		in   string
		want []string // every group of two or more, as text
	}{
		{"Russia, China and Iran held drills.", []string{"Russia + China + Iran"}},
		{"Sanctions on Syria as well as Iran.", []string{"Syria + Iran"}},
		{"The president, Kassym-Jomart Tokayev, spoke.", nil}, // apposition
		{"Kenya met Peru in Lima, and Chile hosted Japan.", nil},
		{"Talks between Russia and Ukraine began.", []string{"Russia + Ukraine"}},
	}
	for _, tt := range tests {
		s := p.Parse(tt.in, nil)
		var got []string
		for g := range s.Groups {
			if len(s.Groups[g].Members) > 1 {
				got = append(got, s.GroupText(g))
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s\n%s", tt.in, diff, s)
		}
	}
}

func TestAttachment(t *testing.T) {
	p := newTestParser(t)
	tests := []struct {
		in   string
		want []string // "prep object → attached phrase"
	}{
		{"The pipeline runs from Azerbaijan through Georgia to Turkey.",
			[]string{"from Azerbaijan → runs", "through Georgia → runs", "to Turkey → runs"}},
		{"A pipeline from Azerbaijan through Georgia to Turkey opened.",
			[]string{"from Azerbaijan → A pipeline", "through Georgia → A pipeline", "to Turkey → A pipeline"}},
		{"Canada imposed sanctions against the leaders of Mali.",
			[]string{"against the leaders → imposed", "of Mali → the leaders"}},
		{"Talks between Egypt and Sudan were held with Ethiopia.",
			[]string{"between Egypt + Sudan → Talks", "with Ethiopia → were held"}},
	}
	for _, tt := range tests {
		s := p.Parse(tt.in, nil)
		var got []string
		for _, pp := range s.PPs {
			got = append(got, s.Tokens[pp.Prep].Text+" "+s.GroupText(pp.Object)+" → "+s.PhraseText(pp.Attach))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s\n%s", tt.in, diff, s)
		}
	}
}

func TestNamesStayWhole(t *testing.T) {
	p := newTestParser(t)
	text := "Bosnia and Herzegovina signed a deal with Trinidad and Tobago."
	names := []Span{{0, 22}, {42, 61}}
	s := p.Parse(text, names)
	var got []string
	for i, ph := range s.Phrases {
		if ph.Kind == NP {
			got = append(got, s.PhraseText(i))
		}
	}
	if diff := cmp.Diff([]string{"Bosnia and Herzegovina", "a deal", "Trinidad and Tobago"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s\n%s", diff, s)
	}
}

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
