package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/regex"
	"geograph/loader/text"
)

func (st *state) summits(si int, stext string) {
	base := st.sents[si].Start
	st.orgGatherings(si, stext)
	for _, m := range summitRE.FindAllStringIndex(stext, -1) {
		trig := stext[m[0]:m[1]]
		lt := strings.ToLower(trig)
		title := titledGathering(stext, m[0], m[1])
		if lt == "conference" && !text.StartsUpper(precedingWord(stext, m[0])) && title == "" {
			continue
		}
		if lt == "forum" && !text.StartsUpper(trig) && !text.StartsUpper(precedingWord(stext, m[0])) {
			continue
		}
		if groupNameRE.MatchString(trig) && !summitAfterRE.MatchString(stext[m[1]:]) && !bareGroupCueRE.MatchString(stext[:m[0]]) {
			continue // "G7 leaders pledged", "the G7 countries are": the group, not its summit
		}
		lo, hi := clauseBounds(stext, m[0], m[1])
		if remoteRE.MatchString(stext[max(lo, m[0]-30):m[0]]) {
			continue // a virtual summit is neither a summit nor a meeting
		}
		name := summitName(stext, m[0], m[1])
		if title != "" && (name == "" || lt == "conference") {
			name = title
		} else if name != "" && text.StartsUpper(trig) && lt != "summits" {
			name += titleTailRE.FindString(stext[m[1]:]) // "Belt and Road Forum for International Cooperation"
		}
		plural := lt == "summits"
		e := st.draft(graph.KindSummit, si, m[0], m[1], "summit: '"+trig+"'")
		e.Name = name
		e.Date = st.clauseDate(si, base+m[0], lo, hi, e.Modality == graph.Asserted)
		if e.Modality == graph.Planned && attendingRE.MatchString(stext[lo:m[0]]) && !text.PlannedRE.MatchString(strings.ToLower(attendingRE.ReplaceAllString(stext[lo:m[0]], ""))) {
			// "who is in <Capital> to attend the forum": under way or imminent.
			e.Modality, e.Why = graph.Asserted, "present: "+attendingRE.FindString(stext[lo:m[0]])
		}
		if groupSummitRE.MatchString(stext[max(lo, m[0]-25):min(hi, m[1]+60)]) {
			e.Rule += " (of a group)"
		}
		opened := st.openedDate(si, stext, m[1])
		if opened.Value != "" {
			e.Date = opened
		}
		if name == "" && !plural {
			if main := st.firstSummit(); main != nil && !otherSummitRE.MatchString(stext[lo:hi]) && !st.ownSummit(main, e, stext, m[0], lo, hi) {
				if attendRE.MatchString(stext) || atSummitRE.MatchString(stext[max(0, m[0]-40):m[0]]) || summitSubjectRE.MatchString(stext[:m[0]]) {
					// Only those the sentence places at the summit: not
					// "the US, which slammed the summit".
					st.addSummitParticipants(main, si)
				}
				if d := st.clauseDate(si, base+m[0], lo, hi, false); d.Value != "" && (strings.HasPrefix(main.Date.Derivation, "no date") || openedRE.MatchString(stext[lo:hi])) {
					main.Date = d
				}
				if opened.Value != "" {
					main.Date = opened
				}
				continue
			}
			if org := st.gatheringOrg(si); org != "" {
				e.Name = org + " summit"
			}
		}
		st.addSummitParticipants(e, si)
		if twoRE.MatchString(stext[:m[0]]) {
			for _, p := range st.lastPeople(si, base+m[0], 2) {
				e.add(p.ID, graph.RoleParticipant)
			}
		}
		e.Place = st.placeInName(si, base+m[0]-len(e.Name), base+m[0])
		if e.Place == "" {
			e.Place = st.placeNear(si, base+lo, base+m[1], base+hi, st.firstSummit() == nil)
		}
		if e.Place == "" {
			e.Place = st.countryPlace(si, base+m[1], base+hi)
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

// ownSummit reports whether an unnamed summit is another one than the
// article's first: "a summit … held in <State> in September" names a
// summit of its own by the indefinite article, or by a date of its own.
func (st *state) ownSummit(main, e *eventDraft, text string, ts, lo, hi int) bool {
	if indefiniteRE.MatchString(text[max(lo, ts-40):ts]) {
		return true
	}
	if e.Date.Value == "" || strings.HasPrefix(e.Date.Derivation, "no date") || strings.HasPrefix(main.Date.Derivation, "no date") {
		return false
	}
	return !graph.Compatible(main.Date.Value, e.Date.Value) && !sameSummitNearby(main, e)
}

// openedDate is the date of a relative clause that says when the summit
// opened: "the three-day summit, which opened on Tuesday" (a summit is
// dated by its first day).
func (st *state) openedDate(si int, text string, te int) graph.Date {
	r := openedAfterRE.FindStringIndex(text[te:])
	if r == nil {
		return graph.Date{}
	}
	_, hi := clauseBounds(text, te+r[1]-1, te+r[1])
	return st.clauseDate(si, st.sents[si].Start+te+r[0], te, hi, false)
}

// atSummitRE: a back-reference that places the sentence's people at the
// summit ("told the summit", "on the sidelines of the summit").
var atSummitRE = regex.MustCompile(`(?i)\b(?:at|to|in|during|(?:sidelines|margins|speech|remarks|address|session|opening|start|close) of|after|before|ahead of|address\w*|told|attend\w*|host\w*|chair\w*|open\w*|joined|welcomed \w+ to)\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}$`)

// summitSubjectRE: the summit is what the sentence is about ("The
// three-day summit … is the first since the group took in <State>").
var summitSubjectRE = regex.MustCompile(`^\s*(?:The|This)\s+(?:[\w-]+\s+){0,2}$`)

var openedAfterRE = regex.MustCompile(`^,?\s+(?:which|that)\s+(?:opened|began|started|kicked off|got under way)\b`)

// countryPlace is the country a summit is said to be held in when no city
// is named: "a summit … held in <State>".
func (st *state) countryPlace(si, from, to int) string {
	for _, m := range st.inSentence(si) {
		if m.Kind != graph.KindCountry || m.Implicit || m.Start < from || m.Start >= to || m.Start-from > 60 {
			continue
		}
		if strings.HasSuffix(st.masked[:m.Start], " in ") {
			return m.ID
		}
	}
	return ""
}

// titledGathering is the full title of a gathering named by a capitalised
// "Conference on …", "Forum for …" after a cue of attending it: "on the
// sidelines of the Conference on <Subject> in <Region>".
func titledGathering(stext string, ts, te int) string {
	trig := stext[ts:te]
	if !text.StartsUpper(trig) || !gatheringCueRE.MatchString(stext[max(0, ts-45):ts]) {
		return ""
	}
	tail := titleTailRE.FindString(stext[te:])
	if tail == "" {
		return ""
	}
	return trig + strings.TrimRight(tail, " ")
}

var (
	groupNameRE    = regex.MustCompile(`^G-?\d+$`)
	summitAfterRE  = regex.MustCompile(`^\s+(?:[Ss]ummits?|[Mm]eeting|[Gg]athering)\b`)
	bareGroupCueRE = regex.MustCompile(`(?i)\b(?:at|attend\w*|host\w*|chair\w*|during|sidelines of|margins of|ahead of|before|after)\s+(?:the|this|that|next|last)?\s*(?:year's\s+|week's\s+)?$`)
	indefiniteRE   = regex.MustCompile(`(?i)\b(a|an)\s+(?:[\w-]+\s+){0,2}$`)
	attendingRE    = regex.MustCompile(`\b(?:is|are|was|were|arrived|arrives|has arrived|have arrived|landed|lands)\s+in\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}to attend\b`)
	groupSummitRE  = regex.MustCompile(`(?i)\b(?:summits? of (?:the )?(?:[\w-]+ ){0,3}(?:republics|states|countries|nations|members|heads of state|leaders)|(?:ex|post|former)-?\s?Soviet (?:summit|leaders)|(?:regional|multilateral) summit)\b`)
	gatheringCueRE = regex.MustCompile(`(?i)\b(?:sidelines of|margins of|attend|attended|attending|at|during|addressed|addressing|opening of|hosted|hosting|hosts)\s+the\s+(?:\w+\s+)?$`)
	titleTailRE    = withPattern(`^\s+(?:on|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:and|of|for|the)\s+)*\p{Lu}[\p{L}\p{M}'’-]*|\s+in\s+(?:<names>)\b)*`, worldWords.Continents)
	otherSummitRE  = regex.MustCompile(`(?i)\b(last|next|previous|earlier|later|another|virtual|upcoming|year's)\b`)
	attendRE       = regex.MustCompile(`(?i)\b(attend\w*|took part|taking part|take part|gathered|gathering|joined|leaders of|heads of state|delegations?|participants?|guests?|hosted)\b`)
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
	a, ok1 := dates.ParseDay(st.articleDate.Value)
	b, ok2 := dates.ParseDay(d.Value)
	if !ok1 || !ok2 {
		return false
	}
	diff := a.Sub(b).Hours() / 24
	return diff <= 2 && diff >= -2
}

// placeInName returns a place named inside a summit's name ("<City>
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
	// A summit that ended the day before the dateline ("that ended on
	// Friday") is still the article's news.
	for _, e := range st.events {
		if e.Kind == graph.KindSummit && e.Modality == graph.Asserted && e.Name != "" && st.nearArticleDate(e.Date) {
			return e
		}
	}
	return nil
}

// gatheringOrg names an unnamed summit after the organisation whose
// leaders gather in the sentence: "Leaders of the <Organisation>
// gathered … for a summit".
func (st *state) gatheringOrg(si int) string {
	if !attendRE.MatchString(st.sentText(si)) {
		return ""
	}
	for _, m := range st.inSentence(si) {
		if m.Kind == graph.KindOrganization {
			if info := st.ents[m.ID]; info != nil && info.Entity.Subkind != "company" {
				name := st.text[m.Start:m.End]
				// "the <Bloc> and five countries of <Region>": a
				// bi-regional summit, named as such ("<Bloc>-<Region>").
				if r := withRegionRE.FindStringSubmatch(st.text[m.End:min(len(st.text), m.End+60)]); r != nil {
					if info.Entity.Acronym != "" {
						name = info.Entity.Acronym
					}
					return name + "-" + strings.TrimSuffix(r[1], "n")
				}
				return name
			}
		}
	}
	return ""
}

var withRegionRE = withPattern(`^\s+(?:and|with)\s+(?:the\s+)?(?:\w+\s+)?(?:(?:countries|states|nations|leaders)\s+of\s+(?:the\s+)?)?(<names>)\b`, worldWords.SummitRegions)

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

var arriveRE = regex.MustCompile(`(?i)\barriv(?:ed|es|ing)\s+(?:in|at)\s+$`)

// arrivingAt reports whether sentence si has people arriving in the
// summit's city ("among the leaders arriving in <City> are A and B"):
// they come to take part in it.
func (st *state) arrivingAt(si int, place string) bool {
	if place == "" {
		return false
	}
	for _, m := range st.inSentence(si) {
		if m.ID == place && arriveRE.MatchString(st.masked[max(st.sents[si].Start, m.Start-30):m.Start]) {
			return true
		}
	}
	return false
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
		own := map[int]bool{} // sentences that report a summit of their own
		for _, e := range st.events {
			if e.Kind == graph.KindSummit && e != main {
				own[e.Sent] = true
			}
		}
		for si := range st.sents {
			if (attendRE.MatchString(st.sentText(si)) || st.arrivingAt(si, main.Place)) && si != main.Sent && !own[si] && !namedSummitIn(st.sentText(si)) {
				st.addSummitParticipants(main, si)
			}
		}
		// States that concluded a document on a named summit's stated day,
		// in its city or nowhere else, did so there: they took part.
		for _, e := range st.events {
			if e.Kind == graph.KindAgreement && e.Modality == graph.Asserted && (e.Place == "" || e.Place == main.Place) &&
				main.Modality == graph.Asserted && main.Name != "" && graph.GranularityOf(e.Date.Value) == graph.Day && e.Date.Value == main.Date.Value &&
				!strings.HasPrefix(e.Date.Derivation, "no date") {
				for _, p := range e.Parts {
					if k := st.ents[p.EntityID].Entity.Kind; k == graph.KindCountry || k == graph.KindOrganization && st.ents[p.EntityID].Entity.Subkind != "company" {
						main.add(p.EntityID, graph.RoleParticipant)
					}
				}
			}
		}
		// Leaders who met at the summit's place on its days attended it,
		// and so did the states of unnamed officials they met there.
		for _, e := range st.events {
			if e.Kind == graph.KindMeeting && e.Modality == graph.Asserted && (e.Place == "" || e.Place == main.Place) && sameSummitNearby(main, e) {
				for _, p := range e.Parts {
					if k := st.ents[p.EntityID].Entity.Kind; k == graph.KindPerson || k == graph.KindCountry {
						main.add(p.EntityID, graph.RoleParticipant)
					}
				}
			}
		}
	}
	var meetings []*eventDraft
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
		if orgs == 0 && e.Name == "" && people == 1 && len(countries) == 1 && !strings.Contains(e.Rule, "(of a group)") {
			if other := st.hostCounterpart(e, countries); other != "" {
				// "a summit in <Capital>, where A was making his first
				// visit": a visitor and the host's leader, a meeting.
				e.add(other, graph.RoleParticipant)
				people, countries[st.ents[other].Entity.Country] = 2, true
			}
		}
		if orgs == 0 && e.Name == "" && (people >= 2 && len(countries) == 2 || people == 2 && len(countries) < 2) {
			if strings.Contains(e.Rule, "(of a group)") {
				// Two leaders who talked at a summit of many: the summit
				// stays, and their talk is a meeting.
				if talkedRE.MatchString(st.sentText(e.Sent)) {
					m := *e
					m.Kind, m.Rule, m.Parts = graph.KindMeeting, e.Rule+" (two leaders talked there: a meeting)", nil
					for _, p := range e.Parts {
						if st.ents[p.EntityID].Entity.Kind == graph.KindPerson {
							m.add(p.EntityID, graph.RoleParticipant)
						}
					}
					meetings = append(meetings, &m)
				}
				continue
			}
			if st.plannedMeetingIn(e.Sent) || text.PlannedRE.MatchString(strings.ToLower(st.text[st.sents[e.Sent].Start:e.Start])) {
				continue // the two leaders' talks there are still to come
			}
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
	for _, e := range append(evs, meetings...) {
		if e.Kind == graph.KindMeeting {
			st.addEvent(e)
		} else {
			st.events = append(st.events, e)
		}
	}
}

// hostCounterpart is the host's leader at an unnamed summit that one
// visiting leader (of the state in visitors) attended, when the article's
// named officials all serve one of the two states: the person of the host
// state the article names most. It is "" when the summit has another
// participating state, or the article has people of other states.
func (st *state) hostCounterpart(e *eventDraft, visitors map[string]bool) string {
	host := ""
	for _, p := range e.Parts {
		info := st.ents[p.EntityID]
		if info.Entity.Kind != graph.KindCountry {
			continue
		}
		switch {
		case p.Role == graph.RoleHost:
			host = info.Entity.ISO2
		case !visitors[info.Entity.ISO2] && !e.hasRole(p.EntityID, graph.RoleHost):
			return "" // another state takes part
		}
	}
	if host == "" || visitors[host] {
		return ""
	}
	best, count := "", 0
	for id, info := range st.ents {
		if info.Entity.Kind != graph.KindPerson || info.Entity.Country == "" {
			continue
		}
		c := info.Entity.Country
		if c != host && !visitors[c] {
			return ""
		}
		if c == host && (info.Count > count || info.Count == count && id < best) {
			best, count = id, info.Count
		}
	}
	return best
}

// plannedMeetingIn reports whether the meeting rules found a meeting still
// to come in sentence si.
func (st *state) plannedMeetingIn(si int) bool {
	for _, e := range st.events {
		if e.Kind == graph.KindMeeting && e.Sent == si && e.Modality != graph.Asserted {
			return true
		}
	}
	return false
}

var talkedRE = regex.MustCompile(`\b(talked|spoke|met|held talks|conferred|shook hands)\b`)

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

var nameChunkRE = regex.MustCompile(`((?:(?:\p{Lu}[\p{L}\p{M}.'’]*|[0-9]{4}|G-?\d+)[\s\-–—/]*(?:and\s+|of\s+)?)+)$`)

// summitName is the proper name before "summit": "<Bloc>–<Region>
// summit", "<Acronym> summit"; or "" when the summit is not named.
func summitName(stext string, ts, te int) string {
	trig := stext[ts:te]
	if text.StartsUpper(trig) && strings.ToLower(trig) != "summit" && strings.ToLower(trig) != "summits" {
		// "G20", "Conference", "Forum": the name is the capitalised run.
	}
	if strings.HasPrefix(trig, "G") && trig != "Conference" {
		return strings.ReplaceAll(trig, "-", "") + " summit"
	}
	if strings.HasPrefix(trig, "COP") {
		return strings.ReplaceAll(trig, " ", "")
	}
	pre := strings.TrimRight(stext[:ts], " ")
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
	if chunk == "" || text.NotNameWords[chunk] {
		return ""
	}
	return chunk + " " + trig
}
