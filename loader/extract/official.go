package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/regex"
)

// officialTitle is the office of an official the text names by post only.
const officialTitle = `(?:(?:first\s+)?(?:vice|deputy)[\s-]+)?(?:president|prime\s+minister|premier|(?:foreign|defen[cs]e|economy|trade|energy|finance)\s+minister|minister|king|emir|crown\s+prince|chancellor|leader|head\s+of\s+state|sultan|monarch|ambassador|envoy|delegation)`

var (
	// "<State>'s president", "the <Demonym> foreign minister".
	officialAfterRE = regex.MustCompile(`(?i)^(?:'s|’s|´s|ʼs)?\s+` + officialTitle + `\b`)
	// "the vice president of <State>".
	officialBeforeRE = regex.MustCompile(`(?i)\b` + officialTitle + `\s+of\s+(?:the\s+)?$`)
)

// officialSides returns the states and organisations in [from, to) of
// sentence si that the text names through an official it does not name:
// "he met A's president and the vice president of B" meets A and B. A named person in the span ends it, since the
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
// starts with an unnamed official of a state: "met <State>'s president".
func (st *state) officialsRightAfter(si, pos, to int) bool {
	sides := st.officialSides(si, pos, to)
	if len(sides) == 0 {
		return false
	}
	gap := strings.ToLower(strings.TrimSpace(st.masked[pos:sides[0].Start]))
	return len(gap) <= 45 && !strings.ContainsAny(gap, ",;")
}

// titleOfRE is a capitalised title of a state's official right before the
// state: "Acting Chairman of the Cabinet of Ministers of (<State>)".
var titleOfRE = regex.MustCompile(`^\s*(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:of|the|for|\p{Lu}[\p{L}-]*))*?)\s+of\s+(?:the\s+)?$`)

// titledEarlier resolves an official the text gives by title only, right
// at pos in sentence si ("had a meeting with Acting Chairman of the Cabinet
// of Ministers of <State>"), to the person of that state the article
// named earlier with the same title.
func (st *state) titledEarlier(si, pos, to int) (mention, bool) {
	for _, side := range st.inSentence(si) {
		if side.Start < pos || side.Start >= to || side.Kind != graph.KindCountry {
			continue
		}
		t := titleOfRE.FindStringSubmatch(st.masked[pos:side.Start])
		if t == nil || len(strings.Fields(t[1])) < 2 {
			return mention{}, false
		}
		for _, m := range st.mentions {
			if m.Start >= st.sents[si].Start {
				break
			}
			if m.Kind != graph.KindPerson || st.ents[m.ID].Entity.Country != side.Country {
				continue
			}
			if strings.Contains(st.text[max(0, m.Start-len(t[1])-60):m.Start], t[1]) {
				return m, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// namedPersonIn reports whether any of ms is a person the text names (not one
// known only by a title).
func namedPersonIn(ms []mention) bool {
	for _, m := range ms {
		if m.Named {
			return true
		}
	}
	return false
}
