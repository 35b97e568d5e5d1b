package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/regex"
)

// invitedVisitRE: a visit made at a named host's invitation ("during
// <Name>'s state visit to <Capital> at the invitation of Crown Prince
// <Name>").
var invitedVisitRE = regex.MustCompile(`\b(?:visit(?:ed|ing|s)?|trip|arrived in|arrives in)\b[^.;]{0,80}?\b(?:at|on) the invitation of\b`)

// invitedVisits finds a visit a person makes at another person's
// invitation: the visitor and the host who invited him meet. A visit to
// come ("will pay a visit at the invitation of") is no meeting yet.
func (st *state) invitedVisits(si int, text string) {
	if remoteRE.MatchString(text) {
		return
	}
	base := st.sents[si].Start
	for _, m := range invitedVisitRE.FindAllStringIndex(text, -1) {
		lo, _ := clauseBounds(text, m[0], m[0]+1)
		visitors := st.peopleIn(si, base+max(0, m[0]-80), base+m[0])
		if len(visitors) == 0 {
			visitors = st.peopleIn(si, base+m[0], base+m[1]-len(" at the invitation of"))
		}
		hosts := st.peopleIn(si, base+m[1], base+min(len(text), m[1]+70))
		if len(visitors) == 0 || len(hosts) == 0 {
			continue
		}
		visitor, host := visitors[len(visitors)-1], hosts[0]
		if visitor.ID == host.ID || strings.ContainsAny(st.masked[base+m[1]:host.Start], ";()") {
			continue
		}
		vc, hc := st.ents[visitor.ID].Entity.Country, st.ents[host.ID].Entity.Country
		if vc != "" && vc == hc {
			continue
		}
		e := st.draft(graph.KindMeeting, si, m[0], m[1], "meeting: visit at the invitation of the host")
		if e.Modality != graph.Asserted {
			continue
		}
		e.add(visitor.ID, graph.RoleParticipant)
		e.add(host.ID, graph.RoleParticipant)
		_, hi := clauseBounds(text, m[0], m[1])
		e.Date = st.clauseDate(si, base+m[0], lo, hi, !perfectRE.MatchString(text[lo:m[1]]))
		e.Place = st.placeNear(si, base+lo, base+m[1], base+hi, true)
		e.Confidence = 0.65
		st.addEvent(e)
	}
}
