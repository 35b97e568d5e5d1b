package loader

import (
	"regexp"
	"sort"
	"strings"

	"geograph/graph"
)

var (
	meetingRE  = regexp.MustCompile(`\b(met|meets|meet with|meet|meeting with|meeting between|met with|talks with|talks between|held talks|holds talks|hold talks|hosted|hosts|received|receives|sat down with|on the sidelines|bilateral (?:meeting|talks)|press conference with|joint press conference|shook hands|welcomed|tete-a-tete|tête-à-tête|talks|meeting)\b`)
	bareMeetRE = regexp.MustCompile(`^(talks|meeting)$`)
	twoRE      = regexp.MustCompile(`(?i)\b(?:the|both) (?:two )?(?:leaders|men|presidents|heads of state|ministers)\b`)
	weakMeetRE = regexp.MustCompile(`^(hosted|hosts|received|receives|welcomed)$`)
	remoteRE   = regexp.MustCompile(`(?i)\b(phone|telephone|call|video|videoconference|video link|virtual|online|by phone|spoke by)\b`)
	summitRE   = regexp.MustCompile(`\b(summits?|Summit|[Ff]orum|G7|G-7|G20|G-20|Conference|COP ?\d{1,2})\b`)
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
	st.finishSummits()
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
		subjFrom := lo
		if sm := subordRE.FindAllStringIndex(text[lo:m[0]], -1); len(sm) > 0 {
			subjFrom = lo + sm[len(sm)-1][1] // "…, a day after he sat down with"
		}
		subj := dropPossessors(st, st.peopleIn(si, base+subjFrom, base+m[0]))
		if len(subj) == 0 && twoRE.MatchString(text[lo:m[0]]) {
			subj = st.lastPeople(si, base+m[0], 2)
		}
		if len(subj) == 0 {
			if p, ok := st.pronounIn(si, text[subjFrom:m[0]]); ok {
				subj = []mention{p}
			} else if len(carry) > 0 && lo <= m[0] && strings.TrimSpace(text[lo:m[0]]) == "" || len(carry) > 0 && strings.HasPrefix(strings.TrimSpace(text[lo:m[0]]), "and") {
				subj = carry
			}
		}
		if strings.HasSuffix(trig, "between") {
			subj = nil
		}
		objs := st.peopleIn(si, base+m[1], base+st.objectEnd(text, m[1], segEnd))
		if bareMeetRE.MatchString(trig) {
			// "their talks", "a three-way meeting": the people of the
			// sentence, or "the two leaders" named just before.
			if len(subj)+len(objs) < 2 {
				subj, objs = st.peopleIn(si, base, base+len(text)), nil
			}
			if len(subj) < 2 && twoRE.MatchString(text[:m[0]]) {
				subj = st.lastPeople(si, base+m[0], 2)
			}
			if len(subj)+len(objs) < 2 || strings.HasPrefix(text[m[1]:], " of ") || topicOnRE.MatchString(text[m[1]:]) {
				continue
			}
		}
		if weakMeetRE.MatchString(trig) && !st.objectRightAfter(si, base+m[1]) {
			continue
		}
		if (trig == "met" || trig == "meets") && !st.objectRightAfter(si, base+m[1]) && !(len(subj) >= 2 && !startsLetter(text[m[1]:])) {
			continue // "met its demands"
		}
		if (trig == "met with" || trig == "meet with") && !st.objectRightAfter(si, base+m[1]) && !st.sideRightAfter(si, base+m[1]) {
			continue // "met with criticism"
		}
		if summitRE.MatchString(text) && (len(subj)+len(objs) < 2 || leadersRE.MatchString(text)) {
			continue
		}
		if len(subj) > 0 {
			carry = subj
		}
		if leadersRE.MatchString(text[m[1]:min(len(text), m[1]+40)]) {
			continue // "sat down with the leaders of all five states": a gathering
		}
		if len(objs) >= 3 && (weakMeetRE.MatchString(trig) || !separateRE.MatchString(text[lo:hi])) {
			continue // a host with many leaders: a gathering, not a meeting
		}
		groups := st.splitWith(text, base, objs)
		if len(objs) > 1 && (separateRE.MatchString(text[lo:hi]) || len(subj) == 1 && !jointRE.MatchString(text[lo:hi])) {
			groups = nil
			for _, o := range objs {
				groups = append(groups, []mention{o})
			}
		}
		for _, group := range groups {
			e := st.draft(graph.KindMeeting, si, m[0], m[1], "meeting: '"+trig+"'")
		if trig == "meet" && e.Modality == graph.Asserted {
			e.Modality, e.Why = graph.Planned, "'meet' in the present speaks of a meeting to come"
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
			if len(e.Parts) == 0 && !vagueTalksRE.MatchString(text[max(0, m[0]-25):m[0]]) {
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
			e.Date = st.clauseDate(si, base+m[0], lo, hi, true)
			e.Place = st.placeNear(si, base+lo, base+m[1], base+hi, true)
			e.Confidence = 0.75
			st.addEvent(e)
		}
	}
}

// dropPossessors removes "Biden's" from "Biden's adviser, Jake Sullivan,
// met": a possessor followed by the person who acts.
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
	case "", "in", "on", "at", "for", "again", "last", "briefly", "twice", "separately", "privately", "later", "earlier", "face", "behind", "during", "after", "before", "over", "this", "that":
		return false
	}
	return true
}

var (
	objectStopRE = regexp.MustCompile(`\b(after|before|following|amid|despite|over|about|since|because|when|while|whose|which|who|to discuss|on the)\b|[;:]`)
	vagueTalksRE = regexp.MustCompile(`(?i)\b(indirect|rounds? of|months of|years of|weeks of|several|peace|proximity|technical|future|further|new)\s+$`)
)

// objectEnd is where the people met end: before the first clause or
// prepositional phrase after the trigger ("… met Netanyahu after the
// killing of Sinwar").
func (st *state) objectEnd(text string, from, segEnd int) int {
	if m := objectStopRE.FindStringIndex(text[from:segEnd]); m != nil {
		return from + m[0]
	}
	return segEnd
}

// lastPeople returns the n people mentioned last before pos, at most four
// sentences back.
func (st *state) lastPeople(si, pos, n int) []mention {
	var out []mention
	for k := si; k >= 0 && k >= si-8 && len(out) < n; k-- {
		ms := st.inSentence(k)
		for i := len(ms) - 1; i >= 0 && len(out) < n; i-- {
			if ms[i].Kind == graph.KindPerson && ms[i].Start < pos && !hasID(out, ms[i].ID) {
				out = append(out, ms[i])
			}
		}
	}
	if len(out) < n {
		return st.mainPeople(n)
	}
	return out
}

// mainPeople returns the n people the article names most, in order of
// first mention: whom "the two leaders" means when no recent sentence does.
func (st *state) mainPeople(n int) []mention {
	type cand struct {
		m     mention
		count int
	}
	var cs []cand
	seen := map[string]int{}
	for _, m := range st.mentions {
		if m.Kind != graph.KindPerson || !m.Named {
			continue
		}
		if i, ok := seen[m.ID]; ok {
			cs[i].count++
			continue
		}
		seen[m.ID] = len(cs)
		cs = append(cs, cand{m, 1})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].count > cs[j].count })
	if len(cs) < n || n < len(cs) && cs[n-1].count == cs[n].count {
		return nil
	}
	out := make([]mention, n)
	for i := range out {
		out[i] = cs[i].m
	}
	return out
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
	if strings.TrimSpace(s) != "" {
		// An earlier person of the same sentence: "Michel held talks …, a
		// day after he sat down with …".
		pos := strings.Index(st.sentText(si), s)
		for _, m := range st.inSentence(si) {
			if m.Kind == graph.KindPerson && pos > 0 && m.End <= st.sents[si].Start+pos {
				return m, true
			}
		}
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

// sideRightAfter reports whether a country or organisation follows pos
// closely ("met with Kazakh officials").
func (st *state) sideRightAfter(si, pos int) bool {
	for _, m := range st.inSentence(si) {
		if m.Start < pos || m.Implicit {
			continue
		}
		gap := st.masked[pos:m.Start]
		return (m.Kind == graph.KindCountry || m.Kind == graph.KindOrganization) && len(gap) <= 12 && !strings.ContainsAny(gap, ",;")
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
		if d.Start > pos && subordRE.MatchString(st.masked[pos:d.Start]) {
			continue // "shook hands before the summit opens on Tuesday"
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
	if !current {
		return graph.Date{Granularity: graph.Unknown}
	}
	// A date earlier in the sentence ("On Wednesday he stopped in
	// Nur-Sultan, where he held talks").
	for k := len(st.dates[si]) - 1; k >= 0; k-- {
		if d := st.dates[si][k]; d.End <= pos && !d.AfterOnly {
			d.Date.Derivation += " (earlier in the sentence)"
			return d.Date
		}
	}
	// "that day": the last date named before.
	if sameDayRE.MatchString(st.sentText(si)) {
		for k := si - 1; k >= 0 && k >= si-3; k-- {
			if n := len(st.dates[k]); n > 0 {
				d := st.dates[k][n-1].Date
				d.Derivation += " ('that day')"
				return d
			}
		}
	}
	if st.articleDate.Value != "" {
		d := st.articleDate
		d.Derivation = "no date in the clause; the article's date: " + d.Derivation
		return d
	}
	return graph.Date{Granularity: graph.Unknown}
}

var topicOnRE = regexp.MustCompile(`^ on (?:the |a |an )?\p{Ll}`)

var jointRE = regexp.MustCompile(`(?i)\b(three-way|trilateral|four-way|joint|together|jointly)\b`)

var separateRE = regexp.MustCompile(`(?i)\b(separate|separately|one-on-one|each of)\b`)

var subordRE = regexp.MustCompile(`\b(before|after|ahead of|until|when|since|while|as|following)\b`)

var openedRE = regexp.MustCompile(`\b(opened|began|started|kicked off|opens|begins|starts)\b`)

var sameDayRE = regexp.MustCompile(`(?i)\b(that day|the same day|that evening|that night)\b`)

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

func (st *state) summits(si int, text string) {
	base := st.sents[si].Start
	for _, m := range summitRE.FindAllStringIndex(text, -1) {
		trig := text[m[0]:m[1]]
		lt := strings.ToLower(trig)
		if lt == "conference" && !startsUpper(precedingWord(text, m[0])) {
			continue
		}
		if lt == "forum" && !startsUpper(trig) && !startsUpper(precedingWord(text, m[0])) {
			continue
		}
		lo, hi := clauseBounds(text, m[0], m[1])
		if remoteRE.MatchString(text[max(lo, m[0]-30):m[0]]) {
			continue // a virtual summit is neither a summit nor a meeting
		}
		name := summitName(text, m[0], m[1])
		plural := lt == "summits"
		e := st.draft(graph.KindSummit, si, m[0], m[1], "summit: '"+trig+"'")
		e.Name = name
		e.Date = st.clauseDate(si, base+m[0], lo, hi, e.Modality == graph.Asserted)
		if name == "" && !plural {
			if main := st.firstSummit(); main != nil && !otherSummitRE.MatchString(text[lo:hi]) {
				st.addSummitParticipants(main, si)
				if d := st.clauseDate(si, base+m[0], lo, hi, false); d.Value != "" && (strings.HasPrefix(main.Date.Derivation, "no date") || openedRE.MatchString(text[lo:hi])) {
					main.Date = d
				}
				continue
			}
			if org := st.gatheringOrg(si); org != "" {
				e.Name = org + " summit"
			}
		}
		st.addSummitParticipants(e, si)
		if twoRE.MatchString(text[:m[0]]) {
			for _, p := range st.lastPeople(si, base+m[0], 2) {
				e.add(p.ID, graph.RoleParticipant)
			}
		}
		e.Place = st.placeInName(si, base+m[0]-len(e.Name), base+m[0])
		if e.Place == "" {
			e.Place = st.placeNear(si, base+lo, base+m[1], base+hi, st.firstSummit() == nil)
		}
		if pl, ok := st.ents[e.Place]; ok && pl.Entity.Country != "" {
			host := graph.NewID(graph.KindCountry, pl.Entity.Country)
			st.ensureRef(host)
			e.add(host, graph.RoleHost)
		}
		e.Confidence = 0.7
		if e.Name != "" {
			e.Confidence = 0.85
		}
		st.addEvent(e)
	}
}

var (
	otherSummitRE = regexp.MustCompile(`(?i)\b(last|next|previous|earlier|later|another|virtual|upcoming|year's)\b`)
	attendRE      = regexp.MustCompile(`(?i)\b(attend\w*|took part|taking part|take part|gathered|gathering|joined|leaders of|heads of state|delegations?|participants?|guests?|hosted)\b`)
)

// firstSummit is the article's first unnamed or main summit, the one a bare
// "the summit" refers to.
func (st *state) firstSummit() *eventDraft {
	for _, e := range st.events {
		if e.Kind == graph.KindSummit && (e.Name == "" || st.nearArticleDate(e.Date)) {
			return e
		}
	}
	return nil
}

// nearArticleDate reports whether d is a day within two days of the
// article's date.
func (st *state) nearArticleDate(d graph.Date) bool {
	a, ok1 := parseDay(st.articleDate.Value)
	b, ok2 := parseDay(d.Value)
	if !ok1 || !ok2 {
		return false
	}
	diff := a.Sub(b).Hours() / 24
	return diff <= 2 && diff >= -2
}

// placeInName returns a place named inside a summit's name ("St Petersburg
// International Economic Forum").
func (st *state) placeInName(si, from, to int) string {
	for _, m := range st.inSentence(si) {
		if m.Kind == graph.KindPlace && m.Start >= from && m.End <= to {
			return m.ID
		}
	}
	return ""
}

// mainSummit is the summit the article reports as its news: the first one
// dated the article's date.
func (st *state) mainSummit() *eventDraft {
	for _, e := range st.events {
		if e.Kind == graph.KindSummit && e.Date.Value != "" && e.Date.Value == st.articleDate.Value {
			return e
		}
	}
	return nil
}

// gatheringOrg names an unnamed summit after the organisation whose
// leaders gather in the sentence: "Leaders of the Organization of Turkic
// States gathered … for a summit".
func (st *state) gatheringOrg(si int) string {
	if !attendRE.MatchString(st.sentText(si)) {
		return ""
	}
	for _, m := range st.inSentence(si) {
		if m.Kind == graph.KindOrganization {
			if info := st.ents[m.ID]; info != nil && info.Entity.Subkind != "company" {
				return st.text[m.Start:m.End]
			}
		}
	}
	return ""
}

// addSummitParticipants adds the states, organisations and people of
// sentence si to a summit.
func (st *state) addSummitParticipants(e *eventDraft, si int) {
	for _, m := range st.inSentence(si) {
		switch {
		case m.Kind == graph.KindPerson, m.Kind == graph.KindOrganization && st.ents[m.ID].Entity.Subkind != "company",
			m.Kind == graph.KindCountry && !m.Implicit:
			e.add(m.ID, graph.RoleParticipant)
		case m.Kind == graph.KindPlace && e.Place == "":
		}
	}
}

// namedSummitIn reports whether a sentence names a summit of its own.
func namedSummitIn(text string) bool {
	for _, m := range summitRE.FindAllStringIndex(text, -1) {
		if summitName(text, m[0], m[1]) != "" {
			return true
		}
	}
	return false
}

// finishSummits completes the summits once every sentence is read: the
// article's main summit takes the people and states of the sentences about
// attending it, and a "summit" of just two leaders becomes a meeting.
func (st *state) finishSummits() {
	if main := st.mainSummit(); main != nil {
		for si := range st.sents {
			if attendRE.MatchString(st.sentText(si)) && si != main.Sent && !namedSummitIn(st.sentText(si)) {
				st.addSummitParticipants(main, si)
			}
		}
		// Leaders who met at the summit's place on its days attended it.
		for _, e := range st.events {
			if e.Kind == graph.KindMeeting && e.Modality == graph.Asserted && (e.Place == "" || e.Place == main.Place) && sameSummitNearby(main, e) {
				for _, p := range e.Parts {
					if st.ents[p.EntityID].Entity.Kind == graph.KindPerson {
						main.add(p.EntityID, graph.RoleParticipant)
					}
				}
			}
		}
	}
	for _, e := range st.events {
		if e.Kind != graph.KindSummit || e.Modality != graph.Asserted {
			continue
		}
		people, countries, orgs := 0, map[string]bool{}, 0
		for _, p := range e.Parts {
			if p.Role == graph.RoleHost {
				continue
			}
			info := st.ents[p.EntityID]
			switch info.Entity.Kind {
			case graph.KindPerson:
				people++
				if info.Entity.Country != "" {
					countries[info.Entity.Country] = true
				} else if info.Entity.Source != "article" {
					orgs++ // an official of an international body
				}
			case graph.KindOrganization:
				orgs++
			}
		}
		if orgs == 0 && e.Name == "" && (people >= 2 && len(countries) == 2 || people == 2 && len(countries) < 2) {
			e.Kind = graph.KindMeeting
			e.Rule += " (two leaders: a meeting)"
			var ps []graph.Participant
			for _, p := range e.Parts {
				if st.ents[p.EntityID].Entity.Kind == graph.KindPerson {
					ps = append(ps, graph.Participant{EntityID: p.EntityID, Role: graph.RoleParticipant})
				}
			}
			e.Parts = ps
		}
	}
	// Documents the leaders signed at the summit have its states as parties.
	if main := st.firstSummit(); main != nil {
		for _, e := range st.events {
			if e.Kind == graph.KindAgreement && strings.Contains(e.Rule, "(signed at the summit)") {
				for _, p := range main.Parts {
					if p.Role != graph.RoleHost {
						e.add(p.EntityID, graph.RoleParty)
					}
				}
			}
		}
	}
	// Merge what the conversion made equal.
	evs := st.events
	st.events = nil
	for _, e := range evs {
		if e.Kind == graph.KindMeeting {
			st.addEvent(e)
		} else {
			st.events = append(st.events, e)
		}
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
	if strings.HasPrefix(trig, "G") && trig != "Conference" {
		return strings.ReplaceAll(trig, "-", "") + " summit"
	}
	if strings.HasPrefix(trig, "COP") {
		return strings.ReplaceAll(trig, " ", "")
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
