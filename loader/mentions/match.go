package mentions

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"geograph/graph"
	"geograph/loader/text"
)

// match is a dictionary word found in the text.
type Match struct {
	Start, End int
	Word       string   // the dictionary form
	Targets    []Target // what it can name, best first
}

// find returns the dictionary words of text on word boundaries, with
// case rules applied, leftmost-longest and not overlapping.
func (d *Dictionary) Find(text string) []Match {
	var cands []Match
	for _, h := range d.trie.hits(text) {
		s, e, p := h.start, h.end, h.p
		word := d.patterns[p]
		got := text[s:e]
		if !caseOK(word, got, d.caseSens[p], lenientCase(word, d.targets[p])) {
			continue
		}
		end, ok := boundaries(text, s, e, d.targets[p])
		if !ok {
			continue
		}
		cands = append(cands, Match{Start: s, End: end, Word: word, Targets: d.targets[p]})
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].Start != cands[j].Start {
			return cands[i].Start < cands[j].Start
		}
		return cands[i].End > cands[j].End
	})
	var out []Match
	last := -1
	for _, c := range cands {
		if c.Start < last {
			continue
		}
		out = append(out, c)
		last = c.End
	}
	return out
}

// inner returns every dictionary word inside text (overlapping ones
// too, longest first at each start), for the words a longer title holds.
func (d *Dictionary) Inner(text string) []Match {
	var out []Match
	for _, h := range d.trie.hits(text) {
		s, e, p := h.start, h.end, h.p
		if !caseOK(d.patterns[p], text[s:e], d.caseSens[p], lenientCase(d.patterns[p], d.targets[p])) {
			continue
		}
		if end, ok := boundaries(text, s, e, d.targets[p]); ok {
			out = append(out, Match{Start: s, End: end, Word: d.patterns[p], Targets: d.targets[p]})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

// caseOK applies the case rules: exact matches always count; words that must
// keep their case (acronyms, common words) count only exactly; others may
// differ in the case of a word's first letter, and a name starting with a
// capital must be capitalised in the text. Headlines in capitals count for
// words of four letters or more.
func caseOK(word, got string, caseSensitive, lenient bool) bool {
	if word == got {
		return true
	}
	if len(word) != len(got) {
		return false
	}
	if caseSensitive {
		return false
	}
	if len(got) >= 4 && strings.ToUpper(got) == got && strings.ToUpper(word) != word {
		return true
	}
	if !lenient {
		return false
	}
	if text.StartsUpper(word) && !text.StartsUpper(got) {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] == got[i] {
			continue
		}
		if i > 0 && word[i-1] != ' ' && word[i-1] != '-' {
			return false
		}
		if unicode.ToLower(rune(word[i])) != unicode.ToLower(rune(got[i])) {
			return false
		}
	}
	return true
}

// lenientCase: titles ("Kazakh president") and phrases starting in lower
// case ("the <Seat>") may differ in the case of a word's first letter;
// names of places, people and organisations must match exactly.
func lenientCase(word string, ts []Target) bool {
	if word != "" && word[0] >= 'a' && word[0] <= 'z' {
		return true
	}
	for _, t := range ts {
		if t.Kind == graph.KindOffice || t.Kind == graph.KindCommodity {
			return true
		}
	}
	return false
}

// boundaries checks a match starts and ends on word boundaries. A demonym
// may take a plural "s" ("Afghans"); the returned end includes it.
func boundaries(text string, s, e int, ts []Target) (int, bool) {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if isWordRune(r) {
			return 0, false
		}
	}
	if e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if isWordRune(r) {
			if r == 's' && DemonymOnly(ts) {
				if e+n >= len(text) {
					return e + n, true
				}
				r2, _ := utf8.DecodeRuneInString(text[e+n:])
				if !isWordRune(r2) {
					return e + n, true
				}
			}
			return 0, false
		}
	}
	return e, true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func DemonymOnly(ts []Target) bool {
	for _, t := range ts {
		if t.How != HowDemonym {
			return false
		}
	}
	return len(ts) > 0
}
