package extract

import (
	"strings"

	"geograph/loader/refdata"
	"geograph/loader/regex"
)

// worldWords are the reference data's lists of world names the rules read.
var worldWords = refdata.MustLoadWords()

// lexicon is the reference data's lists of English words the rules read.
var lexicon = refdata.MustLoadLexicon()

// alternation is the names as alternatives of a regular expression, in
// their order.
func alternation(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = regex.QuoteMeta(n)
	}
	return strings.Join(q, "|")
}

// bodyNames are the names of the government bodies; with sanctionsOnly,
// of those whose designations are sanctions.
func bodyNames(sanctionsOnly bool) []string {
	var out []string
	for _, b := range worldWords.GovernmentBodies {
		if b.DesignatesSanctions || !sanctionsOnly {
			out = append(out, b.Name)
		}
	}
	return out
}

// withPattern puts alternatives in place of <names> in a pattern.
func withPattern(pattern string, names []string) *regex.Regexp {
	return regex.MustCompile(strings.Replace(pattern, "<names>", alternation(names), 1))
}
