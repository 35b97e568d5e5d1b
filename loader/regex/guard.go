package regex

import (
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxClassRunes is the largest character class taken as a set of literals
// ("[;—–]"); a larger one requires nothing the guard can search for.
const maxClassRunes = 4

// lit is a string every match may need; fold marks one matched without
// regard to case, stored in folded form.
type lit struct {
	s    string
	fold bool
}

// maxSets is how many of the string sets a concatenation requires the
// guard checks (all must be met).
const maxSets = 3

// guard holds sets of strings; every match contains a string of each set.
// With no sets every input is admitted.
type guard struct {
	sets []litSet
}

// litSet is one set of strings with an index by first byte. scan marks a
// set whose strings are exact or folded ASCII, which the one-pass scan
// handles; ks marks one with a folded K or S, which also match the Kelvin
// sign and the long s, so the scan serves only ASCII inputs.
type litSet struct {
	lits     []lit
	first    [256][]int
	scan, ks bool
}

func newLitSet(lits []lit) litSet {
	set := litSet{lits: lits, scan: true}
	for k, l := range lits {
		if l.s == "" {
			set.scan = false
			continue
		}
		if l.fold && !isASCII(l.s) {
			set.scan = false
		}
		if l.fold && strings.ContainsAny(l.s, "KS") {
			set.ks = true
		}
		c := l.s[0]
		set.first[c] = append(set.first[c], k)
		if l.fold && c >= 'A' && c <= 'Z' {
			lc := c - 'A' + 'a'
			set.first[lc] = append(set.first[lc], k)
		}
	}
	return set
}

func newGuard(re *syntax.Regexp) guard {
	var g guard
	for _, set := range requiredSets(re) {
		ok := true
		for _, l := range set {
			if strings.ContainsRune(l.s, utf8.RuneError) {
				ok = false // U+FFFD in a pattern also matches invalid bytes
			}
		}
		if ok {
			g.sets = append(g.sets, newLitSet(set))
		}
	}
	return g
}

// requiredSets returns the sets of strings every match of re needs one of
// each: for a concatenation, the most selective sets of its parts.
func requiredSets(re *syntax.Regexp) [][]lit {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		if l, _, ok := required(re); ok {
			return [][]lit{l}
		}
		return nil
	}
	var sets [][]lit
	var run []lit
	inRun := false
	flush := func() {
		if inRun {
			sets = append(sets, run)
			inRun = false
		}
	}
	for _, sub := range re.Sub {
		if zeroWidth(sub.Op) {
			continue
		}
		l, exact, ok := required(sub)
		switch {
		case ok && exact && inRun && len(run)*len(l) <= maxProduct:
			run = product(run, l)
		case ok && exact:
			flush()
			run, inRun = l, true
		default:
			flush()
			if ok {
				sets = append(sets, l)
			}
		}
	}
	flush()
	sort.SliceStable(sets, func(i, j int) bool { return better(sets[i], sets[j]) })
	if len(sets) > maxSets {
		sets = sets[:maxSets]
	}
	return sets
}

// admits reports whether s contains a string of every set.
func (g guard) admits(s string) bool {
	ascii := -1 // unknown
	for i := range g.sets {
		set := &g.sets[i]
		if set.scan && !set.ks {
			if !set.scanFor(s) {
				return false
			}
			continue
		}
		if ascii < 0 {
			ascii = 0
			if isASCII(s) {
				ascii = 1
			}
		}
		if set.scan && ascii == 1 {
			if !set.scanFor(s) {
				return false
			}
			continue
		}
		if !set.search(s) {
			return false
		}
	}
	return true
}

// scanFor reports whether s contains a string of the set, in one pass
// over s that checks at each byte only the strings starting with it.
func (set *litSet) scanFor(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, k := range set.first[s[i]] {
			l := &set.lits[k]
			if len(s)-i < len(l.s) {
				continue
			}
			if l.fold {
				if equalUpperASCII(s[i:i+len(l.s)], l.s) {
					return true
				}
			} else if s[i:i+len(l.s)] == l.s {
				return true
			}
		}
	}
	return false
}

// search reports whether s contains a string of the set, folding s when a
// string needs it.
func (set *litSet) search(s string) bool {
	folded, done := "", false
	for _, l := range set.lits {
		if !l.fold {
			if strings.Contains(s, l.s) {
				return true
			}
			continue
		}
		if !done {
			folded, done = fold(s), true
		}
		if strings.Contains(folded, l.s) {
			return true
		}
	}
	return false
}

// equalUpperASCII reports whether s equals u (ASCII, letters in upper
// case) without regard to the case of ASCII letters.
func equalUpperASCII(s, u string) bool {
	for j := 0; j < len(u); j++ {
		if upperASCII(s[j]) != u[j] {
			return false
		}
	}
	return true
}

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// maxProduct bounds the strings a run of exact parts may combine into.
const maxProduct = 64

// required returns a set of strings of which every match of re contains
// one, and false when re can match without any string the guard knows.
// exact reports that every match of re is one of the strings.
func required(re *syntax.Regexp) (lits []lit, exact, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, false, true
	case syntax.OpLiteral:
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 {
			return []lit{{s: fold(s), fold: true}}, true, true
		}
		return []lit{{s: s}}, true, true
	case syntax.OpCharClass:
		var out []lit
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if int(hi-lo)+1+len(out) > maxClassRunes {
				return nil, false, false
			}
			for r := lo; r <= hi; r++ {
				out = append(out, lit{s: string(r)})
			}
		}
		return out, true, len(out) > 0
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		l, _, ok := required(re.Sub[0])
		return l, false, ok
	case syntax.OpRepeat:
		if re.Min >= 1 {
			l, _, ok := required(re.Sub[0])
			return l, false, ok
		}
		return nil, false, false
	case syntax.OpConcat:
		return concat(re.Sub)
	case syntax.OpAlternate:
		var out []lit
		exact := true
		for _, sub := range re.Sub {
			l, e, ok := required(sub)
			if !ok {
				return nil, false, false
			}
			out = append(out, l...)
			exact = exact && e
		}
		return out, exact, true
	}
	return nil, false, false
}

// concat picks the most selective set a sequence requires: runs of exact
// parts combine into the strings they spell out, and zero-width
// assertions between them do not break a run.
func concat(subs []*syntax.Regexp) ([]lit, bool, bool) {
	var best, run []lit
	found, inRun, allExact := false, false, true
	consider := func(l []lit) {
		if !found || better(l, best) {
			best, found = l, true
		}
	}
	for _, sub := range subs {
		if zeroWidth(sub.Op) {
			continue
		}
		l, exact, ok := required(sub)
		if !ok || !exact {
			allExact = false
			if inRun {
				consider(run)
				inRun = false
			}
			if ok {
				consider(l)
			}
			continue
		}
		if !inRun {
			run, inRun = l, true
			continue
		}
		if len(run)*len(l) > maxProduct {
			consider(run)
			allExact = false
			run = l
			continue
		}
		run = product(run, l)
	}
	if inRun {
		consider(run)
	}
	return best, allExact && found, found
}

func zeroWidth(op syntax.Op) bool {
	switch op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	return false
}

// product is every string of a followed by every string of b; a pair with
// one part folded is folded whole, which admits at least what it should.
func product(a, b []lit) []lit {
	out := make([]lit, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			l := lit{s: x.s + y.s, fold: x.fold || y.fold}
			if l.fold {
				l.s = fold(x.s) + fold(y.s)
			}
			out = append(out, l)
		}
	}
	return out
}

// better reports whether set a is a more selective guard than set b: its
// shortest string is longer, or as long and it has fewer strings.
func better(a, b []lit) bool {
	if ma, mb := minLen(a), minLen(b); ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func minLen(ls []lit) int {
	m := -1
	for _, l := range ls {
		if m < 0 || len(l.s) < m {
			m = len(l.s)
		}
	}
	return m
}

// fold maps every rune of s to the smallest rune it equals under simple
// case folding (the folding regexp applies), so that two strings equal
// without regard to case fold to the same string.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
		return string(b)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func foldRune(r rune) rune {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}
