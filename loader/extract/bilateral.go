package extract

import (
	"geograph/graph"
	"geograph/loader/regex"
)

var (
	// "held bilateral meetings", "separate talks", "one-on-one meetings":
	// a leader meeting several others one at a time.
	bilateralsRE = regex.MustCompile(`(?i)\b(?:bilateral|separate|one-on-one|individual)\s+(?:meetings|talks)\b`)
	// "the presidents of", "the leaders of": the head of a list of states
	// whose officials the text does not name.
	listLeadersRE = regex.MustCompile(`(?i)\b(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)|counterparts|(?:foreign|defen[cs]e)\s+ministers)\s+of\s+(?:the\s+)?`)
	// what may stand between two items of a list of states.
	listGapRE = regex.MustCompile(`^(?:\s*,)?\s*(?:and\s+)?(?:the\s+)?$`)
)

// bilaterals reads a leader's one-to-one meetings with the unnamed leaders
// of a list of states ("<Leader> and the presidents of A, B and C held
// bilateral meetings"): one meeting of the leader with
// each state. The leader is the one person the sentence names before the
// list; a sentence that names the other leaders is left to the meeting
// verbs, and a call or video link is no meeting.
func (st *state) bilaterals(si int, text string) {
	trig := bilateralsRE.FindStringIndex(text)
	if trig == nil || remoteRE.MatchString(text) {
		return
	}
	base := st.sents[si].Start
	lo := listLeadersRE.FindStringIndex(text)
	if lo == nil {
		return
	}
	host := st.peopleIn(si, base, base+lo[0])
	if len(host) != 1 || len(st.peopleIn(si, base+lo[0], base+len(text))) > 0 {
		return
	}
	var states []mention
	pos := base + lo[1]
	for _, m := range st.inSentence(si) {
		if m.Start < pos || m.Kind != graph.KindCountry || m.Implicit {
			continue
		}
		if !listGapRE.MatchString(st.masked[pos:m.Start]) {
			break
		}
		if !hasID(states, m.ID) {
			states = append(states, m)
		}
		pos = m.End
	}
	if len(states) < 2 {
		return
	}
	own := st.ents[host[0].ID].Entity.Country
	for _, s := range states {
		if s.Country != "" && s.Country == own {
			continue
		}
		e := st.draft(graph.KindMeeting, si, trig[0], trig[1], "meeting: bilateral meetings with each of the leaders of a list of states")
		if e.Modality != graph.Asserted {
			return
		}
		e.add(host[0].ID, graph.RoleParticipant)
		e.add(s.ID, graph.RoleParticipant)
		e.Date = st.clauseDate(si, base+trig[0], 0, len(text), true)
		e.Place = st.placeNear(si, base, base+trig[1], base+len(text), true)
		e.Confidence = 0.7
		st.addEvent(e)
	}
}
