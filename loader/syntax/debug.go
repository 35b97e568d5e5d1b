package syntax

import (
	"fmt"
	"strings"
)

// String renders the parse for tests and debugging: tokens with tags,
// bracketed chunks, and each verb group's voice and arguments.
func (s *Sentence) String() string {
	var b strings.Builder
	for i, t := range s.Tokens {
		if p := s.PhraseOf[i]; p >= 0 && s.Phrases[p].Start == i {
			if s.Phrases[p].Kind == NP {
				b.WriteString("[NP ")
			} else {
				b.WriteString("[VG ")
			}
		}
		fmt.Fprintf(&b, "%s/%s", t.Text, t.Tag)
		if p := s.PhraseOf[i]; p >= 0 && s.Phrases[p].End == i+1 {
			b.WriteString("]")
		}
		b.WriteString(" ")
	}
	for _, p := range s.Phrases {
		if p.Kind != VG {
			continue
		}
		fmt.Fprintf(&b, "\n  %s: %s clause=%d subj=%s obj=%s", s.Tokens[p.Head].Text, p.Voice, s.ClauseOf[p.Start], s.GroupText(p.Subject), s.GroupText(p.Object))
	}
	for _, pp := range s.PPs {
		fmt.Fprintf(&b, "\n  %s %s → %s", s.Tokens[pp.Prep].Text, s.GroupText(pp.Object), s.PhraseText(pp.Attach))
	}
	return b.String()
}

// PhraseText is the text of phrase p, or "-".
func (s *Sentence) PhraseText(p int) string {
	if p < 0 {
		return "-"
	}
	ph := s.Phrases[p]
	return s.Text[s.Tokens[ph.Start].Start:s.Tokens[ph.End-1].End]
}

// GroupText is the text of group g's members joined by " + ", or "-".
func (s *Sentence) GroupText(g int) string {
	if g < 0 {
		return "-"
	}
	var parts []string
	for _, m := range s.Groups[g].Members {
		parts = append(parts, s.PhraseText(m))
	}
	return strings.Join(parts, " + ")
}
