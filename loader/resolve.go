package loader

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"geograph/graph"
	"geograph/loader/refdata"
)

// titleMatch is an office title found in the text, resolved once people are known.
type titleMatch struct {
	match
	Office string
	Sent   int
}

// resolveMatches turns dictionary matches into mentions, choosing among a
// word's targets by context.
func (st *state) resolveMatches() {
	st.covered = make([]bool, len(st.text)+1)
	for _, m := range st.matches {
		sent := st.sentenceAt(m.Start)
		var chosen *target
		for i := range m.Targets {
			t := &m.Targets[i]
			if t.How == howMask {
				chosen = t
				break
			}
			if t.Kind == graph.KindOrganization && t.How == howMetonym && !st.actorContext(m.End) {
				continue
			}
			if t.Weak && !st.weakOK(m) {
				continue
			}
			if t.Kind == graph.KindPlace && !strings.Contains(st.text[m.Start:m.End], " ") && st.firstNameOf(m) {
				continue // "Sofia Smith": a first name, not the city
			}
			chosen = t
			break
		}
		if chosen == nil {
			continue
		}
		st.cover(m.Start, m.End)
		if chosen.How == howMask {
			continue
		}
		word := st.text[m.Start:m.End]
		mt := mention{Start: m.Start, End: m.End, Sent: sent, ID: chosen.ID, Country: chosen.Country, How: chosen.How, Named: true}
		switch chosen.Kind {
		case graph.KindOffice:
			st.titles = append(st.titles, titleMatch{match: m, Office: chosen.ID, Sent: sent})
			st.subMentions(m, sent)
			continue
		case graph.KindPerson:
			mt.Reason = fmt.Sprintf("%s '%s' of reference person", chosen.How, word)
			if chosen.Weak {
				mt.Reason = fmt.Sprintf("surname '%s' of reference person, unique in the reference data", word)
			}
		case graph.KindPlace:
			mt.Reason = fmt.Sprintf("%s '%s' of reference place", chosen.How, word)
		case graph.KindCountry:
			mt.Reason = fmt.Sprintf("%s '%s'", chosen.How, word)
		default:
			mt.Reason = fmt.Sprintf("%s '%s'", chosen.How, word)
		}
		if !st.refMention(mt) {
			continue
		}
		if chosen.Kind == graph.KindPlace {
			if st.actsForCountry(m) {
				id := graph.NewID(graph.KindCountry, chosen.Country)
				st.refMention(mention{Start: m.Start, End: m.End, Sent: sent, ID: id, Country: chosen.Country, How: howMetonym,
					Reason: fmt.Sprintf("capital '%s' standing for its government", word), Named: true})
			} else {
				st.countryOfMention(mt, fmt.Sprintf("place '%s' lies in %s", word, chosen.Country))
			}
			if st.mainPlace == "" && sent < 4 {
				st.mainPlace = chosen.ID
			}
		}
	}
}

// actsForCountry reports whether a capital stands for its government
// ("Moscow imposed", "Moscow's invasion", "sanctions on Moscow") rather
// than for the city ("in Moscow").
func (st *state) actsForCountry(m match) bool {
	capital := false
	for _, t := range m.Targets {
		if t.How == howCapital || (t.Kind == graph.KindCountry && t.How == howMetonym) {
			capital = true
		}
		if t.Kind == graph.KindPlace {
			if p := st.x.dict.places[t.ID]; p != nil && (p.Subkind == "capital") {
				capital = true
			}
		}
	}
	if !capital {
		return false
	}
	prev := strings.ToLower(lastWord(strings.TrimRight(st.masked[:m.Start], " ")))
	switch prev {
	case "in", "at", "to", "from", "near", "via", "outside", "around", "into", "of", "visited", "visit", "visits", "through":
		return false
	}
	return !sentenceStartBefore(st.masked, m.Start) || st.actorContext(m.End)
}

func (st *state) cover(s, e int) {
	for i := s; i < e && i < len(st.covered); i++ {
		st.covered[i] = true
	}
}

// subMentions adds the countries and organisations a title names:
// "Kazakh President" mentions Kazakhstan.
func (st *state) subMentions(m match, sent int) {
	span := st.masked[m.Start:m.End]
	last := -1
	for _, sm := range st.x.dict.inner(span) {
		if sm.Start < last {
			continue
		}
		for _, t := range sm.Targets {
			if t.Kind != graph.KindCountry && t.Kind != graph.KindOrganization || t.How == howMetonym {
				continue
			}
			word := span[sm.Start:sm.End]
			st.refMention(mention{Start: m.Start + sm.Start, End: m.Start + sm.End, Sent: sent, ID: t.ID, Country: t.Country,
				How: t.How, Reason: fmt.Sprintf("%s '%s' in title '%s'", t.How, word, st.text[m.Start:m.End]), Named: true})
			last = sm.End
			break
		}
	}
}

// actorContext reports whether the word ending at end acts or speaks
// ("Brussels said"), which makes a metonym stand for its organisation.
func (st *state) actorContext(end int) bool {
	rest := strings.TrimLeft(st.masked[end:], " ")
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") || strings.HasPrefix(rest, "' ") {
		return true
	}
	w := firstWord(rest)
	if speechVerbs[w] || actorVerbs[w] {
		return true
	}
	// A verb in the present or past: "Brussels accuses", "Brussels warned".
	return len(w) > 3 && !strings.HasSuffix(w, "ss") && (strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ed")) ||
		w == "accuse" || w == "say" || w == "want" || w == "insist" || w == "argue" || w == "fear"
}

var actorVerbs = map[string]bool{
	"wants": true, "imposed": true, "accused": true, "decided": true, "adopted": true, "approved": true,
	"threatened": true, "responded": true, "demanded": true, "hopes": true, "sees": true, "fears": true,
	"has": true, "have": true, "is": true, "was": true, "plans": true, "proposed": true, "needs": true,
}

func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// weakOK accepts a surname alone unless it is part of a longer name: a
// capitalised name word right before or after it.
func (st *state) weakOK(m match) bool {
	word := st.text[m.Start:m.End]
	if _, ok := months[strings.ToLower(word)]; ok {
		return false
	}
	if _, ok := weekdays[strings.ToLower(word)]; ok {
		return false
	}
	after := strings.TrimPrefix(st.masked[m.End:], " ")
	if after != "" && after[0] >= '0' && after[0] <= '9' {
		return false
	}
	if len(after) < len(st.masked[m.End:]) && nameLike(after) {
		return false
	}
	before := st.masked[:m.Start]
	if strings.HasSuffix(before, " ") {
		w := lastWord(strings.TrimSuffix(before, " "))
		if w != "" && nameWord(w) && !titleWords[strings.ToLower(strings.TrimSuffix(w, "."))] && !sentenceStartBefore(st.masked, m.Start-1-len(w)) {
			return false
		}
	}
	return true
}

// firstNameOf reports whether a one-word place is followed by a
// capitalised name word no dictionary entry starts with: a first name.
func (st *state) firstNameOf(m match) bool {
	after := st.masked[m.End:]
	if !strings.HasPrefix(after, " ") || !nameLike(after[1:]) {
		return false
	}
	w := after[1:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !(unicode.IsLetter(r) || r == '-') }); i >= 0 {
		w = w[:i]
	}
	if titleWords[strings.ToLower(w)] {
		return false
	}
	for _, n := range st.matches {
		if n.Start == m.End+1 {
			return false
		}
	}
	return true
}

// nameLike reports whether s starts with a capitalised name word.
func nameLike(s string) bool {
	w := s
	if i := strings.IndexFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || r == '-') }); i >= 0 {
		w = s[:i]
	}
	return nameWord(w)
}

func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) >= 2 && unicode.IsUpper(r) && !notNameWords[w] && strings.ToUpper(w) != w
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || r == '-' || r == '.') })
	return s[i+1:]
}

// sentenceStartBefore reports whether position p starts a sentence or line.
func sentenceStartBefore(s string, p int) bool {
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	return p <= 0 || strings.ContainsRune(".!?\n\"“:", rune(s[p-1]))
}

// resolveTitles attaches titles to the names next to them and resolves bare
// titles to the office holder on the article date.
func (st *state) resolveTitles() {
	for _, t := range st.titles {
		if p := st.personAfter(t.End); p >= 0 {
			st.attachTitle(p, t)
			continue
		}
		if p := st.personBefore(t.Start); p >= 0 {
			st.attachTitle(p, t)
			continue
		}
		date := st.articleDate.Value
		holders := st.x.data.HoldersOn(t.Office, date)
		if len(holders) != 1 {
			continue
		}
		p := st.x.data.Person(holders[0].Person)
		if p == nil {
			continue
		}
		office := st.x.data.Office(t.Office)
		word := st.text[t.Start:t.End]
		st.refMention(mention{Start: t.Start, End: t.End, Sent: t.Sent, ID: p.ID, Country: p.Country, How: howOffice,
			Office: t.Office, Role: officeRole(office),
			Reason: fmt.Sprintf("title '%s' → office %s → holder on %s", word, office.Name, orUnknown(date))})
	}
}

func orUnknown(d string) string {
	if d == "" {
		return "an unknown date (current holder)"
	}
	return d
}

// personAfter returns the index of a person mention starting right after pos.
func (st *state) personAfter(pos int) int {
	gap := strings.TrimLeft(st.masked[pos:min(pos+4, len(st.masked))], " ,")
	skip := min(pos+4, len(st.masked)) - pos - len(gap)
	for i, m := range st.mentions {
		if m.Kind == graph.KindPerson && m.Start >= pos && m.Start <= pos+skip+1 && !m.Implicit {
			return i
		}
	}
	return -1
}

// personBefore returns a person mention right before ", the <title>".
func (st *state) personBefore(pos int) int {
	pre := strings.TrimRight(st.masked[max(0, pos-8):pos], " ")
	if !strings.HasSuffix(pre, ", the") && !strings.HasSuffix(pre, ", The") {
		return -1
	}
	cut := pos - (pos - max(0, pos-8) - len(pre)) - len(", the")
	for i, m := range st.mentions {
		if m.Kind == graph.KindPerson && m.End >= cut-1 && m.End <= cut && !m.Implicit {
			return i
		}
	}
	return -1
}

func (st *state) attachTitle(i int, t titleMatch) {
	m := &st.mentions[i]
	office := st.x.data.Office(t.Office)
	if office == nil {
		return
	}
	word := st.text[t.Start:t.End]
	m.Office = t.Office
	if m.Role == "" {
		m.Role = officeRole(office)
	}
	if info := st.ents[m.ID]; info != nil {
		if info.Role == "" || info.Role == office.Title {
			info.Role = officeRole(office)
		}
		info.Reason += fmt.Sprintf("; titled '%s' (office %s)", word, office.Name)
	}
}

// officeRole is the role an office gives its holder: the title for a
// country's office ("President"), the full name for an organisation's
// ("President of the European Council").
func officeRole(o *refdata.Office) string {
	if o.Country == "" {
		return o.Name
	}
	return o.Title
}
