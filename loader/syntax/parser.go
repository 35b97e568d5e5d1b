package syntax

import "fmt"

// Parser parses sentences. It holds scratch space, so one Parser serves
// one goroutine; the tagger model behind it is shared and read-only.
type Parser struct {
	tagger *tagger
	st     tagState
	fixed  []bool
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
// tags ("Bosnia and Herzegovina", "Power of Siberia").
func (p *Parser) Parse(text string, names []Span) *Sentence {
	s := &Sentence{Text: text}
	s.Tokens = tokenize(text, make([]Token, 0, len(text)/5+1))
	p.tagger.tag(s.Tokens, &p.st)
	fixPastTense(s.Tokens)
	p.fixed = markNames(s.Tokens, names, p.fixed)
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
