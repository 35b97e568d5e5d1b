package loader

import (
	"regexp"
	"strings"

	"geograph/graph"
)

// ceremonyRE: acts that leaders perform together in one place.
var ceremonyRE = regexp.MustCompile(`\b(?:jointly\s+)?(?:inaugurated|unveiled|laid (?:the |a )?(?:foundation|first) stone|turned (?:a |the )?(?:symbolic |ceremonial )?(?:valve|wheel|switch|key)|cut (?:a |the )?(?:symbolic |ceremonial )?ribbon|pressed (?:a |the )?(?:symbolic |ceremonial )?button)\b`)

// ceremonies finds leaders of two or more states who perform a ceremony
// together: "Erdogan, Putin, Vucic and Borisov turned a symbolic valve" is
// a small-group meeting of the four. The leaders must be the subject the
// sentence opens with, so a single leader's act with others named
// elsewhere in the sentence is not one.
func (st *state) ceremonies(si int, text string) {
	if remoteRE.MatchString(text) {
		return
	}
	base := st.sents[si].Start
	for _, m := range ceremonyRE.FindAllStringIndex(text, -1) {
		lo, hi := clauseBounds(text, m[0], m[1])
		subj := dropPossessors(st, st.peopleIn(si, base+lo, base+m[0]))
		if len(subj) < 2 || len(subj) > 4 || subj[0].Start-(base+lo) > 60 || base+m[0]-subj[len(subj)-1].End > 25 {
			continue
		}
		countries := map[string]bool{}
		for _, p := range subj {
			countries[st.ents[p.ID].Entity.Country] = true
		}
		if len(countries) < 2 || countries[""] {
			continue
		}
		// Only names, titles, commas and "and" between the leaders.
		gap := false
		for i := 1; i < len(subj); i++ {
			if g := st.masked[subj[i-1].End:subj[i].Start]; len(g) > 45 || strings.ContainsAny(g, ";:()") || subordRE.MatchString(g) {
				gap = true
			}
		}
		if gap {
			continue
		}
		e := st.draft(graph.KindMeeting, si, m[0], m[1], "meeting: joint ceremony '"+text[m[0]:m[1]]+"'")
		if e.Modality != graph.Asserted {
			continue
		}
		for _, p := range subj {
			e.add(p.ID, graph.RoleParticipant)
		}
		e.Date = st.clauseDate(si, base+m[0], lo, hi, true)
		e.Place = st.placeNear(si, base+lo, base+m[1], base+hi, true)
		e.Confidence = 0.65
		st.addEvent(e)
	}
}
