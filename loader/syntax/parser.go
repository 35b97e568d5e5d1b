package syntax

import (
	"fmt"
	"strings"
)

// Parser parses sentences. It holds scratch space, so one Parser serves
// one goroutine; the tagger model behind it is shared and read-only.
type Parser struct {
	tagger    *tagger
	st        tagState
	fixed     []bool
	compounds map[string][][]string // first word → word sequences
}

// SetCompounds gives multiword nouns, as lower-case words split like the
// tokenizer splits them, that must stay one noun phrase whatever the
// tagger says of their words: "export controls", where "controls" alone
// reads as a verb.
func (p *Parser) SetCompounds(words [][]string) {
	p.compounds = map[string][][]string{}
	for _, w := range words {
		if len(w) > 1 {
			p.compounds[w[0]] = append(p.compounds[w[0]], w)
		}
	}
}

// NewParser returns a parser. The first call in a process decodes the
// tagger model (about a second); later calls share it.
func NewParser() (*Parser, error) {
	t, err := loadTagger()
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	return &Parser{tagger: t}, nil
}

// Parse parses one sentence. Names are byte spans the caller already knows
// to be names (entity mentions): each is kept inside one noun phrase and
// never split by a coordination or a clause boundary, whatever its words'
// tags ("X and Y", "the Bank of X").
func (p *Parser) Parse(text string, names []Span) *Sentence {
	s := &Sentence{Text: text}
	s.Tokens = tokenize(text, make([]Token, 0, len(text)/5+1))
	s.Tokens = splitAtNames(text, s.Tokens, names)
	p.tagger.tag(s.Tokens, &p.st)
	fixPastTense(s.Tokens)
	p.fixed = markNames(s.Tokens, names, p.fixed)
	p.markCompounds(s.Tokens)
	chunk(s, p.fixed)
	coordinate(s, p.fixed)
	clauses(s)
	attach(s)
	arguments(s)
	return s
}

// markNames flags the tokens inside a name; a name's words that are not
// already nominal are retagged as proper nouns so they chunk as one NP.
func markNames(toks []Token, names []Span, fixed []bool) []bool {
	fixed = fixed[:0]
	for range toks {
		fixed = append(fixed, false)
	}
	if len(names) == 0 {
		return fixed
	}
	// Tokens and names are both in text order, so one merge pass does.
	sorted := true
	for i := 1; i < len(names); i++ {
		if names[i].Start < names[i-1].Start {
			sorted = false
			break
		}
	}
	if !sorted {
		names = sortSpans(names)
	}
	k := 0
	for i := range toks {
		for k < len(names) && names[k].End <= toks[i].Start {
			k++
		}
		if k < len(names) && names[k].Start < toks[i].End {
			fixed[i] = true
			if !nominal(toks[i].Tag) && !isPossessive(toks[i]) {
				toks[i].Tag = "NNP"
			}
		}
	}
	return fixed
}

func sortSpans(in []Span) []Span {
	out := append([]Span(nil), in...)
	// Insertion sort: callers pass a handful of names per sentence.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// TokenRange returns the token indices [first, last] that overlap the byte
// span, or ok=false when none does. Tokens are in order, so it is a binary
// search.
func (s *Sentence) TokenRange(sp Span) (first, last int, ok bool) {
	lo, hi := 0, len(s.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if s.Tokens[m].End <= sp.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo >= len(s.Tokens) || s.Tokens[lo].Start >= sp.End {
		return 0, 0, false
	}
	last = lo
	for last+1 < len(s.Tokens) && s.Tokens[last+1].Start < sp.End {
		last++
	}
	return lo, last, true
}

// splitAtNames cuts tokens at name boundaries that fall inside them:
// "X-Y" with both names known is "X", "-", "Y".
func splitAtNames(text string, toks []Token, names []Span) []Token {
	if len(names) == 0 {
		return toks
	}
	var cuts []int
	for _, n := range names {
		cuts = append(cuts, n.Start, n.End)
	}
	for i := 1; i < len(cuts); i++ { // few names per sentence
		for j := i; j > 0 && cuts[j] < cuts[j-1]; j-- {
			cuts[j], cuts[j-1] = cuts[j-1], cuts[j]
		}
	}
	out := toks[:0:0]
	k := 0
	for _, t := range toks {
		for k < len(cuts) && cuts[k] <= t.Start {
			k++
		}
		start := t.Start
		for k < len(cuts) && cuts[k] < t.End {
			out = add(text, start, cuts[k], out)
			start = cuts[k]
			k++
		}
		if start == t.Start {
			out = append(out, t)
			continue
		}
		out = addSplit(text, start, t.End, out)
	}
	return out
}

// addSplit adds the rest of a cut token, with a leading hyphen or slash
// as its own token.
func addSplit(text string, s, e int, toks []Token) []Token {
	if s < e && (text[s] == '-' || text[s] == '/') {
		toks = add(text, s, s+1, toks)
		s++
	}
	return add(text, s, e, toks)
}

// markCompounds fixes the tokens of every compound found, retagging a
// word the tagger read as a verb as a noun.
func (p *Parser) markCompounds(toks []Token) {
	if len(p.compounds) == 0 {
		return
	}
	for i := range toks {
		for _, c := range p.compounds[toks[i].Lower] {
			if i+len(c) > len(toks) || !wordsAt(toks, i, c) {
				continue
			}
			for k := i; k < i+len(c); k++ {
				p.fixed[k] = true
				if t := &toks[k]; !nominal(t.Tag) && !isPossessive(*t) && t.Tag != "JJ" && t.Tag != "IN" {
					t.Tag = "NN"
					if strings.HasSuffix(t.Lower, "s") {
						t.Tag = "NNS"
					}
				}
			}
			break
		}
	}
}

func wordsAt(toks []Token, i int, words []string) bool {
	for j, w := range words {
		if toks[i+j].Lower != w {
			return false
		}
	}
	return true
}
