package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/regex"
	"geograph/loader/text"
)

func (st *state) meetings(si int, stext string) {
	base := st.sents[si].Start
	if remoteRE.MatchString(stext) {
		return
	}
	trigs := meetingRE.FindAllStringIndex(stext, -1)
	var carry []mention
	for k, m := range trigs {
		trig := stext[m[0]:m[1]]
		lo, hi := clauseBounds(stext, m[0], m[1])
		segEnd := hi
		if k+1 < len(trigs) && trigs[k+1][0] < segEnd {
			segEnd = trigs[k+1][0]
		}
		if strings.HasPrefix(stext[m[1]:], " by") {
			continue // "hosted by": a host, not a meeting
		}
		subjFrom := lo
		if sm := subordRE.FindAllStringIndex(stext[lo:m[0]], -1); len(sm) > 0 {
			subjFrom = lo + sm[len(sm)-1][1] // "…, a day after he sat down with"
		}
		subj := dropPossessors(st, st.peopleIn(si, base+subjFrom, base+m[0]))
		if len(subj) == 0 && twoRE.MatchString(stext[lo:m[0]]) {
			subj = st.lastPeople(si, base+m[0], 2)
		}
		if len(subj) == 0 {
			if p, ok := st.pronounIn(si, stext[subjFrom:m[0]]); ok {
				subj = []mention{p}
			} else if len(carry) > 0 && lo <= m[0] && strings.TrimSpace(stext[lo:m[0]]) == "" || len(carry) > 0 && strings.HasPrefix(strings.TrimSpace(stext[lo:m[0]]), "and") {
				subj = carry
			} else if p, ok := st.relativeHead(si, stext, lo, m[0]); ok {
				subj = []mention{p} // "A, who is in <Capital> for the forum, met B"
			} else if p, ok := st.sentenceSubject(si, stext); ok && strings.HasSuffix(strings.TrimRight(stext[:lo], " "), ", and") && strings.TrimSpace(stext[lo:m[0]]) == "" {
				subj = []mention{p} // "A visited <Capital> …, and held talks with B"
			}
		}
		if strings.HasSuffix(trig, "between") {
			subj = nil
		}
		objs := st.peopleIn(si, base+m[1], base+st.objectEnd(stext, m[1], segEnd))
		if bareMeetRE.MatchString(trig) {
			// "their talks", "a three-way meeting": the people of the
			// sentence, or "the two leaders" named just before.
			if len(subj)+len(objs) < 2 {
				subj, objs = st.peopleIn(si, base, base+len(stext)), nil
			}
			if len(subj) < 2 && twoRE.MatchString(stext[:m[0]]) {
				subj = st.lastPeople(si, base+m[0], 2)
			}
			// "during the top-level talks in <Capital>": leaders' talks, of
			// the states the sentence names when it names no one.
			leaders := len(subj)+len(objs) == 0 && levelTalksRE.MatchString(stext[max(0, m[0]-20):m[0]])
			if !leaders && (len(subj)+len(objs) < 2 || strings.HasPrefix(stext[m[1]:], " of ") || topicOnRE.MatchString(stext[m[1]:])) {
				continue
			}
		}
		if weakMeetRE.MatchString(trig) && !st.objectRightAfter(si, base+m[1]) {
			continue
		}
		objEnd := base + st.objectEnd(stext, m[1], segEnd)
		if (trig == "met" || trig == "meets") && !st.objectRightAfter(si, base+m[1]) && !(len(subj) >= 2 && !startsLetter(stext[m[1]:])) &&
			!(len(subj) == 1 && st.officialsRightAfter(si, base+m[1], objEnd)) &&
			!(len(subj) == 0 && !startsLetter(stext[m[1]:]) && st.sidesMet(si, stext, subjFrom, m[0])) {
			continue // "met its demands"
		}
		if (trig == "met with" || trig == "meet with") && !st.objectRightAfter(si, base+m[1]) && !st.sideRightAfter(si, base+m[1]) {
			continue // "met with criticism"
		}
		if summitRE.MatchString(stext) && (len(subj)+len(objs) < 2 || leadersRE.MatchString(stext)) {
			continue
		}
		if len(subj) > 0 {
			carry = subj
		}
		if leadersRE.MatchString(stext[m[1]:min(len(stext), m[1]+40)]) {
			continue // "sat down with the leaders of all five states": a gathering
		}
		// A host with many leaders at one event is a gathering, not a
		// meeting; a host who has received them one after another
		// ("A has already hosted B, C, D and E") met
		// each.
		oneByOne := weakMeetRE.MatchString(trig) && len(subj) == 1 && perfectRE.MatchString(stext[lo:m[1]]) && !occasionRE.MatchString(stext[lo:hi])
		if len(objs) >= 3 && !separateRE.MatchString(stext[lo:hi]) && !oneByOne {
			continue
		}
		groups := st.splitWith(stext, base, objs)
		if offs := st.officialSides(si, base+m[1], objEnd); len(objs) == 0 && len(subj) == 1 && len(offs) > 1 && !jointRE.MatchString(stext[lo:hi]) {
			// "he met A's president and the vice president of B": one
			// meeting with each state's unnamed official.
			groups = nil
			for _, o := range offs {
				groups = append(groups, []mention{o})
			}
		}
		if len(objs) > 1 && (separateRE.MatchString(stext[lo:hi]) || len(subj) == 1 && !jointRE.MatchString(stext[lo:hi])) {
			groups = nil
			for _, o := range objs {
				groups = append(groups, []mention{o})
			}
		}
		for _, group := range groups {
			e := st.draft(graph.KindMeeting, si, m[0], m[1], "meeting: '"+trig+"'")
			if e.Modality == graph.Planned && attendingRE.MatchString(stext[lo:m[0]]) && !text.PlannedRE.MatchString(strings.ToLower(attendingRE.ReplaceAllString(stext[lo:m[1]], ""))) {
				e.Modality, e.Why = graph.Asserted, "present: "+attendingRE.FindString(stext[lo:m[0]])
			}
			if e.Modality == graph.Asserted && laterPlaceRE.MatchString(stext[m[1]:hi]) {
				e.Modality, e.Why = graph.Planned, "'"+laterPlaceRE.FindString(stext[m[1]:hi])+"' after it"
			}
			if trig == "meet" && e.Modality == graph.Asserted {
				e.Modality, e.Why = graph.Planned, "'meet' in the present speaks of a meeting to come"
			}
			if p, ok := st.titledEarlier(si, base+m[1], objEnd); ok && len(subj) == 1 && p.ID != subj[0].ID && !namedPersonIn(group) {
				group = []mention{p} // the official the article named earlier with this title
			}
			for _, p := range append(append([]mention(nil), subj...), group...) {
				e.add(p.ID, graph.RoleParticipant)
			}
			if len(e.Parts) == 1 {
				for _, s := range st.sidesIn(si, base+m[1], base+segEnd) {
					if s.Country == "" || s.Country != st.ents[e.Parts[0].EntityID].Entity.Country {
						e.add(s.ID, graph.RoleParticipant)
					}
				}
			}
			if len(e.Parts) == 0 && !vagueTalksRE.MatchString(stext[max(0, m[0]-25):m[0]]) {
				from := base + lo
				if strings.HasSuffix(trig, "between") {
					from = base + m[1]
				}
				sides := st.sidesIn(si, from, base+hi)
				if len(sides) >= 2 && len(sides) <= 3 && !strings.HasPrefix(trig, "host") {
					for _, s := range sides {
						e.add(s.ID, graph.RoleParticipant)
					}
				}
			}
			if len(e.Parts) < 2 || len(e.Parts) > 4 {
				continue
			}
			// "had met", "has already hosted": an earlier meeting, which
			// does not take the article's date.
			e.Date = st.clauseDate(si, base+m[0], lo, hi, !perfectRE.MatchString(stext[lo:m[1]]))
			e.Place = st.placeNear(si, base+lo, base+m[1], base+hi, true)
			e.Confidence = 0.75
			st.addEvent(e)
		}
	}
}

// sidesMet reports whether the subject [from, to) of "met" is the envoys
// of two or three states named by no person: "the A and B foreign ministers
// have met", A and B demonyms.
func (st *state) sidesMet(si int, text string, from, to int) bool {
	base := st.sents[si].Start
	n := len(st.sidesIn(si, base+from, base+to))
	return n >= 2 && n <= 3 && envoysRE.MatchString(text[from:to])
}

// levelTalksRE: talks between states' leaders or top officials.
var levelTalksRE = regex.MustCompile(`(?i)\b(?:top|high|highest|summit|leaders?)[- ]level\s+$`)

// laterPlaceRE: a meeting the sentence says is still to take place ("the
// talks with <Name> will take place on the same day").
var laterPlaceRE = regex.MustCompile(`\b(?:will|would|is to|are to|(?:is|are) (?:due|scheduled|set|expected|slated) to)\s+(?:\w+\s+)?(?:take place|be held|happen|go ahead|follow)\b`)

// occasionRE: an event at which a host receives many guests together.
var occasionRE = regex.MustCompile(`(?i)\b(summits?|forum|dinner|lunch|luncheon|banquet|reception|conference|gathering|ceremony|session|meeting|talks|parade|celebrations?|jointly|together|heads of|leaders)\b`)

var perfectRE = regex.MustCompile(`\b(?:had|has|have)\s+(?:already\s+|previously\s+|also\s+|twice\s+|never\s+|not\s+)?(?:met|hosted|held talks|received|sat down)\b`)

var envoysRE = regex.MustCompile(`\b(?:ministers|leaders|presidents|premiers|delegations|negotiators|envoys|officials|diplomats|counterparts)\s+(?:have\s+|had\s+|also\s+)?$`)

// relativeHead is the person a closed relative clause describes, when the
// verb at pos follows it: "A, who is in <Capital> …, met B".
func (st *state) relativeHead(si int, text string, lo, pos int) (mention, bool) {
	head := strings.TrimRight(text[:lo], " ")
	if !strings.HasSuffix(head, ", who") || !strings.Contains(text[lo:pos], ", ") {
		return mention{}, false
	}
	base := st.sents[si].Start
	ps := st.peopleIn(si, base, base+len(head)-len(", who"))
	if len(ps) == 0 || ps[len(ps)-1].End != base+len(head)-len(", who") {
		return mention{}, false
	}
	return ps[len(ps)-1], true
}

// sentenceSubject is the one person named at the head of sentence si,
// before its first clause break: the subject a later "…, and held talks
// with" shares.
func (st *state) sentenceSubject(si int, stext string) (mention, bool) {
	end := len(stext)
	if c := text.ClauseCutRE.FindStringIndex(stext); c != nil {
		end = c[0]
	}
	base := st.sents[si].Start
	ps := st.peopleIn(si, base, base+end)
	if len(ps) != 1 || ps[0].Start-base > 60 {
		return mention{}, false
	}
	return ps[0], true
}

// dropPossessors removes "A's" from "A's adviser, B, met": a possessor
// followed by the person who acts.
func dropPossessors(st *state, ps []mention) []mention {
	if len(ps) < 2 {
		return ps
	}
	var out []mention
	for i, p := range ps {
		rest := st.masked[p.End:]
		if i < len(ps)-1 && (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// startsLetter reports whether s continues with a word ("met its"), not a
// preposition or punctuation ("met in", "met.").
func startsLetter(s string) bool {
	w := firstWord(strings.TrimLeft(s, " "))
	switch w {
	case "", "in", "on", "at", "for", "again", "once", "two", "three", "four", "five", "six", "several", "many", "regularly", "repeatedly", "last", "briefly", "twice", "separately", "privately", "later", "earlier", "face", "behind", "during", "after", "before", "over", "this", "that":
		return false
	}
	return true
}

var (
	objectStopRE = regex.MustCompile(`\b(after|before|following|amid|despite|over|about|since|because|when|while|whose|which|who|to discuss|on the)\b|[;:]`)
	vagueTalksRE = regex.MustCompile(`(?i)\b(indirect|rounds? of|months of|years of|weeks of|several|peace|proximity|technical|future|further|new)\s+$`)
)

// objectEnd is where the people met end: before the first clause or
// prepositional phrase after the trigger ("… met <Name> after the
// killing of <Name>").
func (st *state) objectEnd(text string, from, segEnd int) int {
	if m := objectStopRE.FindStringIndex(text[from:segEnd]); m != nil {
		return from + m[0]
	}
	return segEnd
}
