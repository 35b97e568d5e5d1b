package extract

import (
	"fmt"
	"sort"
	"strings"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/regex"
	"geograph/loader/text"
)

// eventDraft is an event found in one article, before IDs are given.
type eventDraft struct {
	Kind       graph.Kind
	Name       string
	Date       graph.Date
	Place      string // place entity ID
	Parts      []graph.Participant
	Modality   graph.Modality
	Why        string // modality cue
	Reason     string // a sanction's reason
	Sent       int
	Start, End int // the trigger
	Confidence float64
	Rule       string
}

func (e *eventDraft) add(id, role string) {
	if id == "" {
		return
	}
	for _, p := range e.Parts {
		if p.EntityID == id && p.Role == role {
			return
		}
	}
	e.Parts = append(e.Parts, graph.Participant{EntityID: id, Role: role})
}

func (e *eventDraft) hasRole(id, role string) bool {
	for _, p := range e.Parts {
		if p.EntityID == id && p.Role == role {
			return true
		}
	}
	return false
}

func (e *eventDraft) ids(role string) []string {
	var out []string
	for _, p := range e.Parts {
		if role == "" || p.Role == role {
			out = append(out, p.EntityID)
		}
	}
	return out
}

// actors are the people, sides (countries and organisations) and places a
// sentence names, each once, in order of appearance.
type actors struct {
	People []mention
	Sides  []mention
	Places []mention
}

func (st *state) actorsIn(si int, from, to int) actors {
	var a actors
	seen := map[string]bool{}
	for _, m := range st.inSentence(si) {
		if m.Start < from || m.Start >= to || seen[m.ID] {
			continue
		}
		switch m.Kind {
		case graph.KindPerson:
			a.People = append(a.People, m)
		case graph.KindCountry:
			if m.Implicit {
				continue
			}
			a.Sides = append(a.Sides, m)
		case graph.KindOrganization:
			a.Sides = append(a.Sides, m)
		case graph.KindPlace:
			a.Places = append(a.Places, m)
		default:
			continue
		}
		seen[m.ID] = true
	}
	return a
}

var pronounRE = regex.MustCompile(`^["“']?\s*(He|She)\b`)

// subjectPronoun resolves a sentence-initial "He"/"She" to the first
// person of the latest earlier sentence that names one.
func (st *state) subjectPronoun(si int) (mention, bool) {
	s := st.sents[si]
	if !pronounRE.MatchString(strings.TrimLeft(st.masked[s.Start:s.End], " ")) {
		return mention{}, false
	}
	for k := si - 1; k >= 0 && k >= si-4; k-- {
		for _, m := range st.inSentence(k) {
			if m.Kind == graph.KindPerson {
				m.Reason = fmt.Sprintf("pronoun → %s, subject of sentence %d", st.ents[m.ID].Entity.Name, k)
				return m, true
			}
		}
	}
	return mention{}, false
}

// sentText returns the masked text of sentence si.
func (st *state) sentText(si int) string {
	st.check()
	s := st.sents[si]
	return st.masked[s.Start:s.End]
}

// addEvent merges a draft into an earlier event of the article that reports
// the same happening, or adds it.
func (st *state) addEvent(e *eventDraft) {
	if len(e.Parts) == 0 {
		return
	}
	for _, o := range st.events {
		if sameEvent(o, e) {
			for _, p := range e.Parts {
				o.add(p.EntityID, p.Role)
			}
			if o.Place == "" {
				o.Place = e.Place
			}
			if graph.GranularityOf(e.Date.Value) == graph.Day && o.Date.Granularity != graph.Day && graph.Compatible(o.Date.Value, e.Date.Value) ||
				strings.HasPrefix(o.Date.Derivation, "no date") && e.Date.Value != "" && !strings.HasPrefix(e.Date.Derivation, "no date") {
				o.Date = e.Date
			}
			if o.Name == "" || (!hasUpperWord(o.Name) && hasUpperWord(e.Name)) ||
				o.Kind == graph.KindSummit && placeNamed(o.Name, o.Place) && e.Name != "" && !placeNamed(e.Name, o.Place) {
				o.Name = e.Name
			}
			if o.Kind == graph.KindSummit && strings.HasPrefix(o.Date.Derivation, "no date") && !strings.HasPrefix(e.Date.Derivation, "no date") && e.Date.Value != "" {
				o.Date = e.Date
			}
			if o.Reason == "" {
				o.Reason = e.Reason
			}
			if o.Kind == graph.KindSummit && e.Modality == graph.Asserted {
				o.Modality, o.Why = e.Modality, e.Why
			}
			return
		}
	}
	st.events = append(st.events, e)
}

// sameEvent: same kind and modality, compatible dates, and the same
// participants (for a summit: the same name or place).
func sameEvent(a, b *eventDraft) bool {
	if a.Kind == graph.KindSummit && b.Kind == a.Kind && sameSummitDay(a, b) {
		return true
	}
	if a.Kind == graph.KindSummit && a.Kind == b.Kind && a.Modality == b.Modality && (a.Name == "" || b.Name == "") {
		return sameSummitNearby(a, b)
	}
	if a.Kind == graph.KindMeeting && b.Kind == a.Kind && a.Modality == b.Modality && !graph.Compatible(a.Date.Value, b.Date.Value) &&
		(strings.HasPrefix(a.Date.Derivation, "no date") || strings.HasPrefix(b.Date.Derivation, "no date")) && sameSummitNearby(a, b) {
		return Overlap(uniq(a.ids("")), uniq(b.ids(""))) >= 2
	}
	if a.Kind != b.Kind || a.Modality != b.Modality || !graph.Compatible(a.Date.Value, b.Date.Value) {
		return false
	}
	switch a.Kind {
	case graph.KindSummit:
		if a.Name != "" && b.Name != "" {
			return strings.EqualFold(a.Name, b.Name)
		}
		return (a.Place == "" || b.Place == "" || a.Place == b.Place) && a.Date.Value != "" && a.Date.Value == b.Date.Value
	case graph.KindSanction:
		if !SameSet(a.ids(graph.RoleTarget), b.ids(graph.RoleTarget)) {
			return false
		}
		if ea, eb := strings.Contains(a.Rule, "(earlier)"), strings.Contains(b.Rule, "(earlier)"); ea != eb && (a.Date.Value == "") != (b.Date.Value == "") {
			return false // earlier sanctions are not the ones just reported
		}
		ia, ib := a.ids(graph.RoleImposer), b.ids(graph.RoleImposer)
		wa, wb := strings.Contains(a.Rule, "(Western)"), strings.Contains(b.Rule, "(Western)")
		switch {
		case len(ia) == 0 && len(ib) == 0:
			return wa == wb
		case len(ia) == 0:
			return !wa
		case len(ib) == 0:
			return !wb
		}
		return Overlap(ia, ib) > 0
	case graph.KindAgreement:
		if a.Name != "" && b.Name != "" && (hasUpperWord(a.Name) && hasUpperWord(b.Name)) {
			return strings.EqualFold(a.Name, b.Name)
		}
		if strings.EqualFold(a.Name, b.Name) {
			return true
		}
		if Overlap(uniq(a.ids("")), uniq(b.ids(""))) < 2 || hasUpperWord(a.Name) && hasUpperWord(b.Name) || otherDocuments(a.Name, b.Name) {
			return false
		}
		ca, cb := agreementClass(a.Name+" "+a.Rule), agreementClass(b.Name+" "+b.Rule)
		// A bare "deal" or "agreement" may be any document the article names.
		return ca == cb || a.Name == "" && ca == "deal" || b.Name == "" && cb == "deal"
	case graph.KindMeeting:
		return Overlap(a.ids(""), b.ids("")) >= 2
	}
	return SameSet(a.ids(""), b.ids(""))
}

// sameSummitDay: two summits in one place on one stated day are one summit,
// even when one is named by its acronym ("CIS summit") and the other in
// full, or one is reported as under way and the other as about to open.
func sameSummitDay(a, b *eventDraft) bool {
	if a.Place == "" || a.Place != b.Place || graph.GranularityOf(a.Date.Value) != graph.Day || a.Date.Value != b.Date.Value {
		return false
	}
	if strings.HasPrefix(a.Date.Derivation, "no date") && strings.HasPrefix(b.Date.Derivation, "no date") &&
		!placeNamed(a.Name, a.Place) && !placeNamed(b.Name, b.Place) {
		return false
	}
	ok := func(m graph.Modality) bool { return m == graph.Asserted || m == graph.Planned }
	return ok(a.Modality) && ok(b.Modality)
}

// placeNamed: a summit named after the city it meets in ("the <City>
// summit" in <City>) is whatever gathering meets there that day.
func placeNamed(name, place string) bool {
	city := place[strings.LastIndex(place, ":")+1:]
	slug := strings.ReplaceAll(strings.ToLower(name), " ", "-")
	return city != "" && strings.HasPrefix(slug, city+"-")
}

// sameSummitNearby: an unnamed summit and another in the same place (or
// one without place) within two days are one summit.
func sameSummitNearby(a, b *eventDraft) bool {
	if a.Place != "" && b.Place != "" && a.Place != b.Place {
		return false
	}
	if strings.Contains(a.Rule, "summits") || strings.Contains(b.Rule, "summits") {
		return false // "several summits" are not the one summit
	}
	x, ok1 := dates.ParseDay(a.Date.Value)
	y, ok2 := dates.ParseDay(b.Date.Value)
	if !ok1 || !ok2 {
		return a.Date.Value != "" && a.Date.Value == b.Date.Value
	}
	d := x.Sub(y).Hours() / 24
	return d <= 2 && d >= -2
}

// agreementClass groups the words for one kind of document, so "the
// ceasefire" and "the deal" can be one agreement but a declaration and a
// contract cannot.
func agreementClass(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.Contains(n, "declaration"), strings.Contains(n, "statement"):
		return "declaration"
	case strings.Contains(n, "memorand"), strings.Contains(n, "mou"):
		return "memorandum"
	case strings.Contains(n, "contract"):
		return "contract"
	case strings.Contains(n, "road map"), strings.Contains(n, "roadmap"):
		return "roadmap"
	case strings.Contains(n, "treat"):
		return "treaty"
	}
	return "deal"
}

func SameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x := append([]string(nil), a...)
	y := append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

func Overlap(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

var (
	meetingRE  = regex.MustCompile(`\b(met|meets|meet with|meet|meeting with|meeting between|met with|talks with|talks between|held talks|holds talks|hold talks|hosted|hosts|received|receives|sat down with|on the sidelines|bilateral (?:meeting|talks)|press conference with|joint press conference|shook hands|welcomed|tete-a-tete|tête-à-tête|talks|meeting)\b`)
	bareMeetRE = regex.MustCompile(`^(talks|meeting)$`)
	twoRE      = regex.MustCompile(`(?i)\b(?:the|both) (?:two )?(?:leaders|men|presidents|heads of state|ministers)\b`)
	weakMeetRE = regex.MustCompile(`^(hosted|hosts|received|receives|welcomed)$`)
	remoteRE   = regex.MustCompile(`(?i)\b(phone|telephone|call|video|videoconference|video link|virtual|online|by phone|spoke by)\b`)
	summitRE   = regex.MustCompile(`\b(summits?|Summit|[Ff]orum|G7|G-7|G20|G-20|Conference|COP ?\d{1,2})\b`)
	leadersRE  = regex.MustCompile(`(?i)\bleaders of\b|\bheads of state\b`)
)

// findEvents runs the event rules over every sentence.
func (st *state) findEvents() {
	st.sanctionArticle = sanctionWordRE.MatchString(st.masked)
	st.framed = st.applyFrames()
	fds := st.framed
	for si := range st.sents {
		text := st.sentText(si)
		st.summits(si, text)
		st.meetings(si, text)
		st.bilaterals(si, text)
		st.ceremonies(si, text)
		st.invitedVisits(si, text)
		st.visits(si, text)
		st.sanctions(si, text)
		st.framedSanctions(si, fds[si])
		st.agreements(si, text)
		st.military(si, text)
		st.statements(si, text)
	}
	st.finishSummits()
}

func (st *state) draft(kind graph.Kind, si, ts, te int, rule string) *eventDraft {
	s := st.sents[si]
	stext := st.sentText(si)
	mod, why := text.ModalityAt(stext, ts, te)
	return &eventDraft{Kind: kind, Sent: si, Start: s.Start + ts, End: s.Start + te, Modality: mod, Why: why,
		Rule: rule, Confidence: 0.7}
}

func uniq(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
