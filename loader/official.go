package loader

import (
	"regexp"
	"strings"

	"geograph/graph"
)

// officialTitle is the office of an official the text names by post only.
const officialTitle = `(?:(?:first\s+)?(?:vice|deputy)[\s-]+)?(?:president|prime\s+minister|premier|(?:foreign|defen[cs]e|economy|trade|energy|finance)\s+minister|minister|king|emir|crown\s+prince|chancellor|leader|head\s+of\s+state|sultan|monarch|ambassador|envoy|delegation)`

var (
	// "Tunisia's president", "the Iranian foreign minister".
	officialAfterRE = regexp.MustCompile(`(?i)^(?:'s|’s|´s|ʼs)?\s+` + officialTitle + `\b`)
	// "the vice president of the United Arab Emirates".
	officialBeforeRE = regexp.MustCompile(`(?i)\b` + officialTitle + `\s+of\s+(?:the\s+)?$`)
)

// officialSides returns the states and organisations in [from, to) of
// sentence si that the text names through an official it does not name:
// "he met Tunisia's president and the vice president of the United Arab
// Emirates" meets TN and AE. A named person in the span ends it, since the
// officials then have names of their own.
func (st *state) officialSides(si, from, to int) []mention {
	var out []mention
	for _, m := range st.inSentence(si) {
		if m.Start < from || m.Start >= to {
			continue
		}
		if m.Kind == graph.KindPerson {
			break
		}
		if m.Kind != graph.KindCountry && m.Kind != graph.KindOrganization || hasID(out, m.ID) {
			continue
		}
		if officialAfterRE.MatchString(st.masked[m.End:min(len(st.masked), m.End+40)]) ||
			officialBeforeRE.MatchString(st.masked[max(from, m.Start-40):m.Start]) {
			out = append(out, m)
		}
	}
	return out
}

// officialsRightAfter reports whether the object of a meeting verb at pos
// starts with an unnamed official of a state: "met Tunisia's president".
func (st *state) officialsRightAfter(si, pos, to int) bool {
	sides := st.officialSides(si, pos, to)
	if len(sides) == 0 {
		return false
	}
	gap := strings.ToLower(strings.TrimSpace(st.masked[pos:sides[0].Start]))
	return len(gap) <= 45 && !strings.ContainsAny(gap, ",;")
}
