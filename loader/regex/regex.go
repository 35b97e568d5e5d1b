// Package regex wraps Go's regular expressions with a literal guard: from
// a pattern's syntax it derives a set of strings of which every match must
// contain at least one, and it runs the expression only on inputs that
// contain one. The extraction rules run many expressions over every
// sentence, and most sentences hold none of an expression's words, so most
// runs are answered by a few substring searches instead of a backtracking
// match. An expression whose every match begins with one of a set of
// strings is moreover tried only where one of them occurs (see starts.go).
// Results are exactly those of package regexp.
package regex

import (
	"regexp"
	"regexp/syntax"
)

// Regexp is a compiled expression with its guard. Its methods behave like
// those of regexp.Regexp of the same name.
type Regexp struct {
	re *regexp.Regexp
	g  guard
	st *starts // nil unless every match starts with a known string
}

// MustCompile compiles expr like regexp.MustCompile and derives its guard.
func MustCompile(expr string) *Regexp {
	re := regexp.MustCompile(expr)
	r := &Regexp{re: re}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil && !anchored(tree) {
		r.g = newGuard(tree.Simplify())
		r.st = newStarts(expr, tree.Simplify())
		if r.st != nil && len(r.g.sets) <= 1 {
			// The search for start strings does the one set's work.
			r.g = guard{}
		}
	}
	return r
}

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.re.String() }

// Regexp returns the underlying expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re }

// MayMatch reports whether s holds one of the strings every match needs;
// when it is false, no method can find a match in s.
func (r *Regexp) MayMatch(s string) bool {
	if !r.g.admits(s) {
		return false
	}
	return r.st == nil || !r.st.usable(s) || r.st.next(s, 0) >= 0
}

// MatchString reports whether s contains a match.
func (r *Regexp) MatchString(s string) bool {
	if !r.g.admits(s) {
		return false
	}
	if r.st != nil && r.st.usable(s) {
		return r.st.find(s, 0) != nil
	}
	return r.re.MatchString(s)
}

// FindString returns the leftmost match, or "".
func (r *Regexp) FindString(s string) string {
	if !r.g.admits(s) {
		return ""
	}
	if r.st != nil && r.st.usable(s) {
		if m := r.st.find(s, 0); m != nil {
			return s[m[0]:m[1]]
		}
		return ""
	}
	return r.re.FindString(s)
}

// FindStringIndex returns the bounds of the leftmost match, or nil.
func (r *Regexp) FindStringIndex(s string) []int {
	if !r.g.admits(s) {
		return nil
	}
	if r.st != nil && r.st.usable(s) {
		if m := r.st.find(s, 0); m != nil {
			return []int{m[0], m[1]}
		}
		return nil
	}
	return r.re.FindStringIndex(s)
}

// FindStringSubmatch returns the leftmost match and its groups, or nil.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.g.admits(s) {
		return nil
	}
	if r.st != nil && r.st.usable(s) {
		return substrings(s, r.st.find(s, 0))
	}
	return r.re.FindStringSubmatch(s)
}

// FindStringSubmatchIndex returns the bounds of the leftmost match and of
// its groups, or nil.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.g.admits(s) {
		return nil
	}
	if r.st != nil && r.st.usable(s) {
		return r.st.find(s, 0)
	}
	return r.re.FindStringSubmatchIndex(s)
}

// FindAllStringIndex returns the bounds of successive matches.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !r.g.admits(s) {
		return nil
	}
	if r.st != nil && r.st.usable(s) {
		var out [][]int
		for _, m := range r.st.findAll(s, n) {
			out = append(out, []int{m[0], m[1]})
		}
		return out
	}
	return r.re.FindAllStringIndex(s, n)
}

// FindAllStringSubmatchIndex returns the bounds of successive matches and
// of their groups.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.g.admits(s) {
		return nil
	}
	if r.st != nil && r.st.usable(s) {
		return r.st.findAll(s, n)
	}
	return r.re.FindAllStringSubmatchIndex(s, n)
}

// FindAllString returns successive matches.
func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.g.admits(s) {
		return nil
	}
	if r.st != nil && r.st.usable(s) {
		var out []string
		for _, m := range r.st.findAll(s, n) {
			out = append(out, s[m[0]:m[1]])
		}
		return out
	}
	return r.re.FindAllString(s, n)
}

// ReplaceAllString replaces every match with repl, expanding $ groups.
func (r *Regexp) ReplaceAllString(s, repl string) string {
	if !r.g.admits(s) {
		return s
	}
	return r.re.ReplaceAllString(s, repl)
}

// ReplaceAllStringFunc replaces every match with what f returns for it.
func (r *Regexp) ReplaceAllStringFunc(s string, f func(string) string) string {
	if !r.g.admits(s) {
		return s
	}
	return r.re.ReplaceAllStringFunc(s, f)
}

// QuoteMeta is regexp.QuoteMeta.
func QuoteMeta(s string) string { return regexp.QuoteMeta(s) }

// anchored reports whether every match must start at the start of the
// input: regexp then tries one position only, and a guard scanning the
// whole input would cost more than it saves.
func anchored(re *syntax.Regexp) bool {
	for re.Op == syntax.OpConcat || re.Op == syntax.OpCapture {
		if len(re.Sub) == 0 {
			return false
		}
		re = re.Sub[0]
	}
	return re.Op == syntax.OpBeginText
}

// substrings is the text of each submatch of m in s, "" for one that did
// not take part, or nil without a match.
func substrings(s string, m []int) []string {
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}
