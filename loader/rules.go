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
	if remoteRE.MatchString(text) {
		return
	}
	trigs := meetingRE.FindAllStringIndex(text, -1)
	var carry []mention
	for k, m := range trigs {
		trig := text[m[0]:m[1]]
		lo, hi := clauseBounds(text, m[0], m[1])
		segEnd := hi
		if k+1 < len(trigs) && trigs[k+1][0] < segEnd {
			segEnd = trigs[k+1][0]
		}
		if strings.HasPrefix(text[m[1]:], " by") {
			continue // "hosted by": a host, not a meeting
		}
		subj := st.peopleIn(si, base+lo, base+m[0])
		if len(subj) == 0 {
			if p, ok := st.pronounIn(si, text[lo:m[0]]); ok {
				subj = []mention{p}
			} else if len(carry) > 0 && lo <= m[0] && strings.TrimSpace(text[lo:m[0]]) == "" || len(carry) > 0 && strings.HasPrefix(strings.TrimSpace(text[lo:m[0]]), "and") {
				subj = carry
			}
		}
		if strings.HasSuffix(trig, "between") {
			subj = nil
		}
		objs := st.peopleIn(si, base+m[1], base+segEnd)
		if weakMeetRE.MatchString(trig) && !st.objectRightAfter(si, base+m[1]) {
			continue
		}
		if summitRE.MatchString(text) && (len(subj)+len(objs) < 2 || leadersRE.MatchString(text)) {
			continue
		}
		if len(subj) > 0 {
			carry = subj
		}
		for _, group := range st.splitWith(text, base, objs) {
			e := st.draft(graph.KindMeeting, si, m[0], m[1], "meeting: '"+trig+"'")
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
			if len(e.Parts) == 0 {
				sides := st.sidesIn(si, base+lo, base+hi)
				if len(sides) >= 2 && len(sides) <= 3 && !strings.HasPrefix(trig, "host") {
					for _, s := range sides {
						e.add(s.ID, graph.RoleParticipant)
					}
				}
			}
			if len(e.Parts) < 2 || len(e.Parts) > 4 {
				continue
			}
			e.Date = st.clauseDate(si, base+m[0], lo, hi, true)
			e.Place = st.placeNear(si, base+lo, base+m[1], base+hi, true)
			e.Confidence = 0.75
			st.addEvent(e)
		}
	}
}

// peopleIn returns the people mentioned in [from, to), each once.
func (st *state) peopleIn(si, from, to int) []mention {
	var out []mention
	for _, m := range st.inSentence(si) {
		if m.Kind == graph.KindPerson && m.Start >= from && m.Start < to && !hasID(out, m.ID) {
			out = append(out, m)
		}
	}
	return out
}

// sidesIn returns the countries and organisations named in [from, to).
func (st *state) sidesIn(si, from, to int) []mention {
	var out []mention
	for _, m := range st.inSentence(si) {
		if (m.Kind == graph.KindCountry || m.Kind == graph.KindOrganization) && !m.Implicit && m.Start >= from && m.Start < to && !hasID(out, m.ID) {
			out = append(out, m)
		}
	}
	return out
}

var pronounWordRE = regexp.MustCompile(`\b(he|she|He|She)\b`)

// pronounIn resolves a "he"/"she" in s (part of sentence si) to the first
// person of the latest earlier sentence naming one.
func (st *state) pronounIn(si int, s string) (mention, bool) {
	if !pronounWordRE.MatchString(s) {
		return mention{}, false
	}
	for k := si - 1; k >= 0 && k >= si-4; k-- {
		for _, m := range st.inSentence(k) {
			if m.Kind == graph.KindPerson {
				return m, true
			}
		}
	}
	return mention{}, false
}

// objectRightAfter reports whether a person follows pos with only titles
// and demonyms between ("received Kazakh President Tokayev").
func (st *state) objectRightAfter(si, pos int) bool {
	for _, m := range st.inSentence(si) {
		if m.Start < pos {
			continue
		}
		if m.Kind != graph.KindPerson {
			if m.Kind == graph.KindCountry || m.Implicit {
				continue
			}
			return false
		}
		gap := st.masked[pos:m.Start]
		return len(gap) <= 50 && !strings.ContainsAny(gap, ",;") && !strings.Contains(gap, " by ")
	}
	return false
}

// splitWith splits the objects of "talks with X and with Y" into separate
// meetings; "with X and Y" stays one.
func (st *state) splitWith(text string, base int, objs []mention) [][]mention {
	if len(objs) == 0 {
		return [][]mention{nil}
	}
	groups := [][]mention{{objs[0]}}
	for i := 1; i < len(objs); i++ {
		gap := st.masked[objs[i-1].End:objs[i].Start]
		if strings.Contains(gap, "with") || strings.Contains(gap, " met ") {
			groups = append(groups, []mention{objs[i]})
			continue
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], objs[i])
	}
	return groups
}

// clauseDate is the nearest date of the clause [lo, hi) of sentence si;
// without one, the article's date for the article's own news.
func (st *state) clauseDate(si, pos, lo, hi int, current bool) graph.Date {
	base := st.sents[si].Start
	best, bestDist := -1, 1<<30
	for k, d := range st.dates[si] {
		if d.Start < base+lo || d.Start >= base+hi || (d.AfterOnly && d.Start > pos) {
			continue
		}
		dist := d.Start - pos
		if dist < 0 {
			dist = pos - d.End
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		return st.dates[si][best].Date
	}
	if current && st.articleDate.Value != "" {
		d := st.articleDate
		d.Derivation = "no date in the clause; the article's date: " + d.Derivation
		return d
	}
	return graph.Date{Granularity: graph.Unknown}
}

// placeNear is the place of an event: one named right after the trigger
// ("in Samarkand"), or before it in the clause, else the article's place.
func (st *state) placeNear(si, lo, trigEnd, hi int, current bool) string {
	var before string
	for _, m := range st.inSentence(si) {
		if m.Kind != graph.KindPlace || m.Start < lo || m.Start >= hi {
			continue
		}
		if m.Start >= trigEnd && m.Start-trigEnd <= 80 {
			return m.ID
		}
		if m.Start < trigEnd && before == "" {
			before = m.ID
		}
	}
	if before != "" {
		return before
	}
	if current {
		return st.mainPlace
	}
	return ""
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
