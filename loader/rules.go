package loader

import (
	"regexp"
	"strings"

	"geograph/graph"
)

var (
	meetingRE  = regexp.MustCompile(`\b(met|meets|meet with|meeting with|meeting between|met with|talks with|talks between|held talks|holds talks|hold talks|hosted|hosts|received|receives|sat down with|on the sidelines|bilateral (?:meeting|talks)|press conference with|joint press conference|shook hands|welcomed|tete-a-tete|tête-à-tête)\b`)
	weakMeetRE = regexp.MustCompile(`^(hosted|hosts|received|receives|welcomed)$`)
	remoteRE   = regexp.MustCompile(`(?i)\b(phone|telephone|call|video|videoconference|video link|virtual|online|by phone|spoke by)\b`)
	summitRE   = regexp.MustCompile(`\b(summits?|Summit|[Ff]orum|G7|G-7|G20|G-20|Conference)\b`)
	leadersRE  = regexp.MustCompile(`(?i)\bleaders of\b|\bheads of state\b`)
)

// findEvents runs the event rules over every sentence.
func (st *state) findEvents() {
	for si := range st.sents {
		text := st.sentText(si)
		st.summits(si, text)
		st.meetings(si, text)
		st.visits(si, text)
		st.sanctions(si, text)
		st.agreements(si, text)
		st.military(si, text)
		st.statements(si, text)
	}
}

func (st *state) draft(kind graph.Kind, si, ts, te int, rule string) *eventDraft {
	s := st.sents[si]
	text := st.sentText(si)
	mod, why := modalityAt(text, ts, te)
	return &eventDraft{Kind: kind, Sent: si, Start: s.Start + ts, End: s.Start + te, Modality: mod, Why: why,
		Rule: rule, Confidence: 0.7}
}

func (st *state) meetings(si int, text string) {
	base := st.sents[si].Start
	for _, m := range meetingRE.FindAllStringIndex(text, -1) {
		trig := text[m[0]:m[1]]
		a := st.actorsIn(si, base, base+len(text))
		people := a.People
		if p, ok := st.subjectPronoun(si); ok && !hasID(people, p.ID) {
			people = append([]mention{p}, people...)
		}
		if weakMeetRE.MatchString(trig) && !st.personWithin(si, base+m[1], 60) {
			continue
		}
		if remoteRE.MatchString(text) {
			continue
		}
		if summitRE.MatchString(text) && (len(people) < 2 || leadersRE.MatchString(text)) {
			continue
		}
		e := st.draft(graph.KindMeeting, si, m[0], m[1], "meeting: '"+trig+"'")
		switch {
		case len(people) >= 2:
			for _, p := range people {
				e.add(p.ID, graph.RoleParticipant)
			}
		case len(people) == 1 && len(a.Sides) >= 1:
			e.add(people[0].ID, graph.RoleParticipant)
			for _, s := range a.Sides {
				if s.Country == "" || s.Country != st.ents[people[0].ID].Entity.Country {
					e.add(s.ID, graph.RoleParticipant)
				}
			}
			if len(e.Parts) < 2 {
				continue
			}
		case len(people) == 0 && len(a.Sides) >= 2:
			for _, s := range a.Sides {
				e.add(s.ID, graph.RoleParticipant)
			}
		default:
			continue
		}
		if len(e.Parts) > 4 {
			continue // a gathering, not a meeting
		}
		cur := st.current(si)
		e.Date = st.eventDate(si, base+m[0], cur)
		e.Place = st.placeOf(a, cur)
		e.Confidence = 0.75
		st.addEvent(e)
	}
}

func hasID(ms []mention, id string) bool {
	for _, m := range ms {
		if m.ID == id {
			return true
		}
	}
	return false
}

// personWithin reports whether a person is mentioned within n bytes after pos.
func (st *state) personWithin(si, pos, n int) bool {
	for _, m := range st.inSentence(si) {
		if m.Kind == graph.KindPerson && m.Start >= pos && m.Start <= pos+n {
			return true
		}
	}
	return false
}

// placeOf is the event's place: the sentence's first place, else the
// article's main place for the article's own news.
func (st *state) placeOf(a actors, current bool) string {
	if len(a.Places) > 0 {
		return a.Places[0].ID
	}
	if current {
		return st.mainPlace
	}
	return ""
}

func (st *state) summits(si int, text string) {
	base := st.sents[si].Start
	for _, m := range summitRE.FindAllStringIndex(text, -1) {
		trig := text[m[0]:m[1]]
		lt := strings.ToLower(trig)
		if lt == "conference" && !startsUpper(precedingWord(text, m[0])) {
			continue
		}
		if (lt == "forum") && !startsUpper(trig) && !startsUpper(precedingWord(text, m[0])) {
			continue
		}
		name := summitName(text, m[0], m[1])
		plural := lt == "summits"
		a := st.actorsIn(si, base, base+len(text))
		e := st.draft(graph.KindSummit, si, m[0], m[1], "summit: '"+trig+"'")
		e.Name = name
		if name == "" && !plural && len(st.events) > 0 && definiteBefore(text, m[0]) {
			if prev := st.lastEvent(graph.KindSummit); prev != nil {
				e.Name, e.Date, e.Place, e.Modality = prev.Name, prev.Date, prev.Place, prev.Modality
				if prev.Name == "" {
					continue
				}
			}
		}
		for _, s := range a.Sides {
			e.add(s.ID, graph.RoleParticipant)
		}
		for _, p := range a.People {
			e.add(p.ID, graph.RoleParticipant)
		}
		cur := st.current(si)
		if e.Place == "" {
			e.Place = st.placeOf(a, cur)
		}
		if e.Place != "" {
			if pl, ok := st.ents[e.Place]; ok && pl.Entity.Country != "" {
				e.add(graph.NewID(graph.KindCountry, pl.Entity.Country), graph.RoleHost)
				st.ensureRef(graph.NewID(graph.KindCountry, pl.Entity.Country))
			}
		}
		if e.Date.Value == "" {
			e.Date = st.eventDate(si, base+m[0], cur)
		}
		e.Confidence = 0.7
		if name != "" {
			e.Confidence = 0.85
		}
		st.addEvent(e)
	}
}

func (st *state) lastEvent(k graph.Kind) *eventDraft {
	for i := len(st.events) - 1; i >= 0; i-- {
		if st.events[i].Kind == k {
			return st.events[i]
		}
	}
	return nil
}

// ensureRef makes sure a reference entity the facts point at is known to
// the extraction, without counting it as mentioned.
func (st *state) ensureRef(id string) {
	if _, ok := st.ents[id]; ok {
		return
	}
	if e, ok := st.x.ref.entities[id]; ok {
		st.ents[id] = &entityInfo{Entity: e, Reason: "referred to by a fact", First: -1}
	}
}

func precedingWord(text string, pos int) string {
	return lastWord(strings.TrimRight(text[:pos], " "))
}

func definiteBefore(text string, pos int) bool {
	w := strings.ToLower(precedingWord(text, pos))
	return w == "the" || w == "this" || w == "that" || w == "its"
}

var nameChunkRE = regexp.MustCompile(`((?:(?:\p{Lu}[\p{L}\p{M}.'’]*|[0-9]{4}|G-?\d+)[\s\-–—/]*(?:and\s+|of\s+)?)+)$`)

// summitName is the proper name before "summit": "European Union–Central
// Asia summit", "SCO summit"; or "" when the summit is not named.
func summitName(text string, ts, te int) string {
	trig := text[ts:te]
	if startsUpper(trig) && strings.ToLower(trig) != "summit" && strings.ToLower(trig) != "summits" {
		// "G20", "Conference", "Forum": the name is the capitalised run.
	}
	pre := strings.TrimRight(text[:ts], " ")
	m := nameChunkRE.FindStringSubmatch(pre)
	if m == nil {
		if strings.HasPrefix(trig, "G") && trig != "Conference" {
			return trig + " summit"
		}
		return ""
	}
	chunk := strings.TrimSpace(m[1])
	for _, w := range []string{"The ", "A ", "An ", "In ", "At ", "On ", "This "} {
		chunk = strings.TrimPrefix(chunk, w)
	}
	if chunk == "" || notNameWords[chunk] {
		return ""
	}
	return chunk + " " + trig
}
