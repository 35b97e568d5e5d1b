package regex

import (
	"regexp"
	"regexp/syntax"
)

// starts lets an expression whose every match begins with one of a set of
// strings be tried only where one of them occurs: at each such place an
// anchored copy of the expression is run on the rest of the input. The
// leftmost place where it matches is where the unanchored expression's
// leftmost match starts, and the anchored copy chooses the same match
// there, so results are those of the expression itself.
//
// It applies to expressions that assert nothing about the text before the
// match except, optionally, a leading \b; that word boundary is checked
// against the byte before each place, which the anchored copy cannot see.
type starts struct {
	set      litSet
	anchored *regexp.Regexp
	boundary bool // the expression starts with \b
}

func newStarts(expr string, tree *syntax.Regexp) *starts {
	if hasLineOrTextStart(tree) {
		return nil
	}
	for tree.Op == syntax.OpCapture {
		tree = tree.Sub[0]
	}
	boundary := false
	var subs []*syntax.Regexp
	if tree.Op == syntax.OpConcat {
		subs = tree.Sub
	} else {
		subs = []*syntax.Regexp{tree}
	}
	if len(subs) > 0 && subs[0].Op == syntax.OpWordBoundary {
		boundary, subs = true, subs[1:]
	}
	if len(subs) == 0 {
		return nil
	}
	lits, ok := prefixes(subs, false)
	if !ok || len(lits) == 0 {
		return nil
	}
	for _, l := range lits {
		if len(l.s) < minStartLen || l.fold && !isASCII(l.s) {
			return nil
		}
		if boundary && !isWordByte(l.s[0]) {
			return nil // \b before a non-word byte needs the byte before it
		}
	}
	anchored, err := regexp.Compile(`^(?:` + expr + `)`)
	if err != nil || anchored.NumSubexp() != regexp.MustCompile(expr).NumSubexp() {
		return nil
	}
	return &starts{set: newLitSet(lits), anchored: anchored, boundary: boundary}
}

// prefixes returns strings one of which every match of the sequence subs
// starts with. started says a character has been consumed before subs, so
// that a zero-width assertion there sees only text after the match start.
func prefixes(subs []*syntax.Regexp, started bool) ([]lit, bool) {
	if len(subs) == 0 {
		return nil, false
	}
	first := subs[0]
	switch first.Op {
	case syntax.OpCapture:
		return prefixes(append([]*syntax.Regexp{first.Sub[0]}, subs[1:]...), started)
	case syntax.OpConcat:
		return prefixes(append(append([]*syntax.Regexp{}, first.Sub...), subs[1:]...), started)
	case syntax.OpAlternate:
		var out []lit
		for _, alt := range first.Sub {
			l, ok := prefixes(append([]*syntax.Regexp{alt}, subs[1:]...), started)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case syntax.OpLiteral:
		l, _, ok := required(first)
		if !ok {
			return nil, false
		}
		return extend(l, subs[1:]), true
	case syntax.OpCharClass:
		l, ok := classPrefixes(first)
		if !ok {
			return nil, false
		}
		return extend(l, subs[1:]), true
	case syntax.OpPlus:
		return prefixes([]*syntax.Regexp{first.Sub[0]}, started)
	case syntax.OpRepeat:
		if first.Min >= 1 {
			return prefixes([]*syntax.Regexp{first.Sub[0]}, started)
		}
		return optional(first.Sub[0], subs[1:], started)
	case syntax.OpQuest, syntax.OpStar:
		return optional(first.Sub[0], subs[1:], started)
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		if started {
			return prefixes(subs[1:], started)
		}
	}
	return nil, false
}

// extend joins the exact strings l with the strings the rest of the
// sequence starts with, when it has them and they stay few.
func extend(l []lit, rest []*syntax.Regexp) []lit {
	r, ok := prefixes(rest, true)
	if !ok || len(l)*len(r) > maxProduct {
		return l
	}
	return product(l, r)
}

// optional returns the strings a match of sub (which may be skipped)
// followed by rest starts with: those of sub and those of rest.
func optional(sub *syntax.Regexp, rest []*syntax.Regexp, started bool) ([]lit, bool) {
	if len(rest) == 0 {
		return nil, false // the whole may match empty
	}
	a, ok := prefixes([]*syntax.Regexp{sub}, started)
	if !ok {
		return nil, false
	}
	b, ok := prefixes(rest, started)
	if !ok {
		return nil, false
	}
	return append(a, b...), true
}

// minStartLen is the shortest string worth looking for: single characters
// (a space, a comma) occur so often that trying the expression at each
// costs more than one unanchored run.
const minStartLen = 2

// maxStartRunes is the largest character class taken as a set of first
// characters ("\s", "[;—–]").
const maxStartRunes = 8

func classPrefixes(re *syntax.Regexp) ([]lit, bool) {
	var out []lit
	for i := 0; i+1 < len(re.Rune); i += 2 {
		lo, hi := re.Rune[i], re.Rune[i+1]
		if int(hi-lo)+1+len(out) > maxStartRunes {
			return nil, false
		}
		for r := lo; r <= hi; r++ {
			out = append(out, lit{s: string(r)})
		}
	}
	return out, len(out) > 0
}

// hasLineOrTextStart reports whether re holds an assertion that looks
// before the match: a start of text or line, or a word boundary other
// than the leading one newStarts handles.
func hasLineOrTextStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpNoWordBoundary:
		return true
	}
	for _, sub := range re.Sub {
		if hasLineOrTextStart(sub) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// usable reports whether the places can be found in s by the scan: folded
// strings with K or S also match non-ASCII runes.
func (st *starts) usable(s string) bool {
	return !st.set.ks || isASCII(s)
}

// next returns the first place at or after from where one of the strings
// starts and the expression may start, or -1.
func (st *starts) next(s string, from int) int {
	for i := from; i < len(s); i++ {
		if st.boundary && i > 0 && isWordByte(s[i-1]) {
			continue
		}
		for _, k := range st.set.first[s[i]] {
			l := &st.set.lits[k]
			if len(s)-i < len(l.s) {
				continue
			}
			if l.fold && equalUpperASCII(s[i:i+len(l.s)], l.s) || !l.fold && s[i:i+len(l.s)] == l.s {
				return i
			}
		}
	}
	return -1
}

// find returns the submatch indexes of the leftmost match at or after
// from, shifted to s, or nil.
func (st *starts) find(s string, from int) []int {
	for i := st.next(s, from); i >= 0; i = st.next(s, i+1) {
		if m := st.anchored.FindStringSubmatchIndex(s[i:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
	}
	return nil
}

// findAll returns the submatch indexes of successive matches, at most n
// when n >= 0. Matches are never empty (each starts with a string).
func (st *starts) findAll(s string, n int) [][]int {
	var out [][]int
	for from := 0; n < 0 || len(out) < n; {
		m := st.find(s, from)
		if m == nil {
			break
		}
		out = append(out, m)
		from = m[1]
	}
	return out
}
