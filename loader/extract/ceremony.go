package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/regex"
)

// ceremonyRE: acts that leaders perform together in one place, signing
// documents among them.
var ceremonyRE = regex.MustCompile(`\b(?:jointly\s+)?(?:signed|inaugurated|unveiled|laid (?:the |a )?(?:foundation|first) stone|turned (?:a |the )?(?:symbolic |ceremonial )?(?:valve|wheel|switch|key)|cut (?:a |the )?(?:symbolic |ceremonial )?ribbon|pressed (?:a |the )?(?:symbolic |ceremonial )?button)\b`)

// ceremonies finds leaders of two or more states who perform a ceremony
// together: "A, B, C and D turned a symbolic valve", four leaders, is a
// small-group meeting of the four. The leaders must be the subject the
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
		if strings.HasSuffix(text[m[0]:m[1]], "signed") && !signedAtRE.MatchString(text[m[1]:hi]) {
			continue // a text each side may have signed at home
		}
		st.ceremonyMeeting(si, m[0], m[1], lo, hi, subj)
	}
	for _, m := range attendedByRE.FindAllStringIndex(text, -1) {
		// "The signing ceremony was attended by <State>'s ambassador, X,
		// and Y, head of <Demonym> gas company": the two sides met there.
		lo, _ := clauseBounds(text, m[0], m[1])
		hi := len(text) // the appositions' commas do not end the list
		ps := st.peopleIn(si, base+m[1], base+hi)
		if len(ps) >= 2 && len(ps) <= 4 && st.statesOf(ps) >= 2 {
			st.ceremonyMeeting(si, m[0], m[1], lo, hi, ps)
		}
	}
}

// signedAtRE: a signing at a place named after the verb ("signed two
// statements in the Kremlin").
var signedAtRE = regex.MustCompile(`\b(?:in|at)\s+(?:the\s+)?\p{Lu}`)

// attendedByRE: a ceremony the text says people attended.
var attendedByRE = regex.MustCompile(`\bceremony\b[^.;]{0,40}?\b(?:was|were) attended by\b`)

// statesOf is the number of states the people serve, or 0 when one serves
// none.
func (st *state) statesOf(ps []mention) int {
	countries := map[string]bool{}
	for _, p := range ps {
		c := st.ents[p.ID].Entity.Country
		if c == "" {
			return 0
		}
		countries[c] = true
	}
	return len(countries)
}

// ceremonyMeeting adds the meeting of people at a ceremony [ts, te) in
// clause [lo, hi) of sentence si.
func (st *state) ceremonyMeeting(si, ts, te, lo, hi int, subj []mention) {
	text := st.sentText(si)
	base := st.sents[si].Start
	e := st.draft(graph.KindMeeting, si, ts, te, "meeting: joint ceremony '"+text[ts:te]+"'")
	if e.Modality != graph.Asserted {
		return
	}
	for _, p := range subj {
		e.add(p.ID, graph.RoleParticipant)
	}
	e.Date = st.clauseDate(si, base+ts, lo, hi, true)
	e.Place = st.placeNear(si, base+lo, base+te, base+hi, true)
	e.Confidence = 0.65
	st.addEvent(e)
}
