package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/mentions"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// titleMatch is an office title found in the text, resolved once people are known.
type titleMatch struct {
	mentions.Match
	Office string
	Sent   int
}

// resolveMatches turns dictionary matches into mentions, choosing among a
// word's targets by context.
func (st *state) resolveMatches() {
	st.covered = make([]bool, len(st.text)+1)
	for _, m := range st.matches {
		sent := st.sentenceAt(m.Start)
		var chosen *mentions.Target
		for i := range m.Targets {
			t := &m.Targets[i]
			if t.How == mentions.HowMask {
				chosen = t
				break
			}
			if t.Kind == graph.KindOrganization && t.How == mentions.HowMetonym && !st.actorContext(m.End) {
				continue
			}
			if t.Kind == graph.KindOrganization && t.How == mentions.HowAlias && st.otherBody(m) {
				continue
			}
			if t.Weak && !st.weakOK(m) {
				continue
			}
			if (t.Kind == graph.KindPlace || t.How == mentions.HowCapital || t.How == mentions.HowMetonym && t.Kind == graph.KindCountry) && !strings.Contains(st.text[m.Start:m.End], " ") && st.firstNameOf(m) {
				continue // "<City> <Surname>": a first name, not the city
			}
			chosen = t
			break
		}
		if chosen == nil {
			continue
		}
		st.cover(m.Start, m.End)
		if chosen.How == mentions.HowMask {
			continue
		}
		word := st.text[m.Start:m.End]
		mt := mention{Start: m.Start, End: m.End, Sent: sent, ID: chosen.ID, Country: chosen.Country, How: chosen.How, Named: true}
		switch chosen.Kind {
		case graph.KindOffice:
			st.titles = append(st.titles, titleMatch{Match: m, Office: chosen.ID, Sent: sent})
			st.subMentions(m, sent)
			continue
		case graph.KindPerson:
			mt.Reason = fmt.Sprintf("%s '%s' of reference person", chosen.How, word)
			if chosen.Weak {
				mt.Reason = fmt.Sprintf("surname '%s' of reference person, unique in the reference data", word)
			}
			mt.Role = leadingTitle(word)
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
				st.refMention(mention{Start: m.Start, End: m.End, Sent: sent, ID: id, Country: chosen.Country, How: mentions.HowMetonym,
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
// ("<Capital> imposed", "<Capital>'s invasion", "sanctions on <Capital>")
// rather than for the city ("in <Capital>").
func (st *state) actsForCountry(m mentions.Match) bool {
	capital := false
	for _, t := range m.Targets {
		if t.How == mentions.HowCapital || (t.Kind == graph.KindCountry && t.How == mentions.HowMetonym) {
			capital = true
		}
		if t.Kind == graph.KindPlace {
			if p := st.x.dict.Places[t.ID]; p != nil && (p.Subkind == "capital") {
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
// "<Demonym> President" mentions the demonym's country.
func (st *state) subMentions(m mentions.Match, sent int) {
	span := st.masked[m.Start:m.End]
	last := -1
	for _, sm := range st.x.dict.Inner(span) {
		if sm.Start < last {
			continue
		}
		for _, t := range sm.Targets {
			if t.Kind != graph.KindCountry && t.Kind != graph.KindOrganization || t.How == mentions.HowMetonym {
				continue
			}
			if t.Kind == graph.KindOrganization && t.How == mentions.HowAlias &&
				st.otherBody(mentions.Match{Start: m.Start + sm.Start, End: m.Start + sm.End, Word: sm.Word}) {
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
// ("<Seat> said"), which makes a metonym stand for its organisation.
func (st *state) actorContext(end int) bool {
	rest := strings.TrimLeft(st.masked[end:], " ")
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") || strings.HasPrefix(rest, "' ") {
		return true
	}
	w := firstWord(rest)
	if text.SpeechVerbs[w] || actorVerbs[w] {
		return true
	}
	// A verb in the present or past: "<Seat> accuses", "<Seat> warned".
	return len(w) > 3 && !strings.HasSuffix(w, "ss") && (strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ed")) ||
		w == "accuse" || w == "say" || w == "want" || w == "insist" || w == "argue" || w == "fear"
}

// actorVerbs after a name make it an actor ("<Seat> wants").
var actorVerbs = refdata.Set(lexicon.ActorVerbs)

func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// weakOK accepts a surname alone unless it is part of a longer name: a
// capitalised name word right before or after it.
func (st *state) weakOK(m mentions.Match) bool {
	word := st.text[m.Start:m.End]
	if _, ok := dates.Months[strings.ToLower(word)]; ok {
		return false
	}
	if _, ok := dates.Weekdays[strings.ToLower(word)]; ok {
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
		if w != "" && nameWord(w) && !text.TitleWords[strings.ToLower(strings.TrimSuffix(w, "."))] && !sentenceStartBefore(st.masked, m.Start-1-len(w)) {
			return false
		}
	}
	return true
}

// firstNameOf reports whether a one-word place is followed by a
// capitalised name word no dictionary entry starts with: a first name.
func (st *state) firstNameOf(m mentions.Match) bool {
	after := st.masked[m.End:]
	if !strings.HasPrefix(after, " ") || !nameLike(after[1:]) {
		return false
	}
	w := after[1:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !(unicode.IsLetter(r) || r == '-') }); i >= 0 {
		w = w[:i]
	}
	if text.TitleWords[strings.ToLower(w)] {
		return false
	}
	for _, n := range st.matches {
		if n.Start == m.End+1 && !personTarget(n) {
			return false // "<Capital> International Financial Centre"
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
	return utf8.RuneCountInString(w) >= 2 && unicode.IsUpper(r) && !text.NotNameWords[w] && strings.ToUpper(w) != w
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

// genericAliases are aliases that are also the common name of national
// bodies: they name the organisation only right after "the".
var genericAliases = map[string]bool{"Security Council": true}

// otherBody reports whether an organisation's alias names some other body
// here: one that belongs to someone ("<State>'s Security Council"), or a
// generic name not right after "the" ("Supreme National Security
// Council", "the powerful Security Council").
func (st *state) otherBody(m mentions.Match) bool {
	before := strings.TrimSuffix(st.masked[:m.Start], " ")
	if strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "s'") {
		return true
	}
	if !genericAliases[m.Word] {
		return false
	}
	w := lastWord(before)
	return w != "the" && w != "The"
}

// personTarget reports whether a dictionary match may name a person
// ("<City> <Surname>": the surname follows a first name that is a city).
func personTarget(m mentions.Match) bool {
	for _, t := range m.Targets {
		if t.Kind == graph.KindPerson {
			return true
		}
	}
	return false
}

// leadingTitle is the title an alias opens with: "Crown Prince" of "Crown
// Prince <Name> bin <Father>", "King" of "King <Name>"; courtesy titles
// ("Mr") give none.
func leadingTitle(word string) string {
	f := strings.Fields(word)
	n := 0
	for n < len(f)-1 && (text.TitleWords[strings.ToLower(strings.TrimSuffix(f[n], "."))] || roleAdjectives[strings.ToLower(f[n])]) {
		n++
	}
	if n == 0 {
		return ""
	}
	return roleOfTitle(strings.Join(f[:n], " "))
}
