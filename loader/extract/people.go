package extract

import (
	"fmt"
	"strings"
	"unicode"

	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// particles are the lower-case particles inside personal names.
var particles = refdata.Set(lexicon.NameParticles)

// encounterWords before a name make it a person: "met <First> <Surname>".
var encounterWords = refdata.Set(lexicon.EncounterWords)

// detected is a person found by name pattern.
type detected struct {
	Name       string
	Start, End int
	Sent       int
	Role       string
	Country    string
	Reason     string
}

// detectPeople finds people the reference data does not know from
// capitalised names with a cue: a title before ("analyst Dosym
// Satpayev"), an apposition after (", a political analyst,"), or a speech
// verb after ("Satpayev said").
func (st *state) detectPeople() {
	for si := range st.sents {
		toks := st.sentTokens(si)
		for i := 0; i < len(toks); i++ {
			if !st.nameToken(toks[i]) || st.handleAt(toks[i]) {
				continue
			}
			j := i
			for j+1 < len(toks) && j-i < 5 {
				n := toks[j+1]
				if toks[j].Poss || toks[j].End+1 != n.Start {
					break
				}
				if st.nameToken(n) || (surnameWords[n.Text] && !st.covered[n.Start]) ||
					(particles[strings.ToLower(n.Text)] && j+2 < len(toks) && st.nameToken(toks[j+2])) {
					j++
					continue
				}
				break
			}
			// A run right after "the" names a body, not a person: "Chairman
			// of the Halk Maslahaty", "the Verkhovna Rada".
			if i > 0 && strings.EqualFold(toks[i-1].Text, "the") {
				i = j
				continue
			}
			// A capitalised title opens the run ("Adviser Daleep Singh"):
			// it is a cue, not part of the name.
			for i < j && text.TitleWords[strings.ToLower(strings.TrimSuffix(toks[i].Text, "."))] {
				i++
			}
			// So do the last words of a long title: "Minister of Transport
			// and Communications Tilek Tekebaev".
			for j-i >= 2 && commonNounWord(toks[i].Text) {
				i++
			}
			// A speech verb opening a sentence is no part of the name:
			// "Said <Name> <Surname>, ...".
			for j-i >= 2 && text.SpeechVerbs[strings.ToLower(toks[i].Text)] {
				i++
			}
			// A run that continues a title's complement ("... of the Office
			// of Foreign Assets Control <Name> <Surname>", "... for Terrorism
			// and Financial Intelligence <Name> <Surname>") holds the end of
			// the body's name: the person is the last two words.
			if j-i >= 2 && st.titleComplementBefore(toks, i) {
				i = nameTail(toks, i, j)
			}
			run := toks[i : j+1]
			if len(run) >= 2 && len(run) <= 4 {
				if d, ok := st.personCue(toks, i, j, si); ok {
					st.addDetected(d)
				}
			}
			i = j
		}
	}
}

// nameToken: a capitalised word no dictionary word took.
func (st *state) nameToken(t text.Token) bool {
	if st.covered[t.Start] {
		return false
	}
	if strings.HasSuffix(t.Text, ".") {
		return len(t.Text) == 2 && unicode.IsUpper(rune(t.Text[0]))
	}
	for _, p := range []string{"al-", "el-", "Al-", "El-"} {
		if strings.HasPrefix(t.Text, p) && nameWord(t.Text[len(p):]) {
			return true
		}
	}
	return nameWord(t.Text)
}

func (st *state) personCue(toks []text.Token, i, j, si int) (detected, bool) {
	run := toks[i : j+1]
	name := st.text[run[0].Start:run[len(run)-1].End]
	d := detected{Name: name, Start: run[0].Start, End: run[len(run)-1].End, Sent: si}
	if j+1 < len(toks) && toks[j].End+1 == toks[j+1].Start && st.personAt(toks[j+1].Start) {
		return d, false // the end of a title right before a name
	}
	// A title before the name.
	if i > 0 {
		prev := strings.ToLower(strings.TrimSuffix(toks[i-1].Text, "."))
		if text.TitleWords[prev] && toks[i-1].End+2 >= toks[i].Start {
			d.Role, d.Country = st.roleBefore(toks, i)
			if o := st.officeEndingAt(toks[i].Start); o != nil && o.Country != "" {
				d.Role, d.Country = o.Title, o.Country // "Armenian Foreign Minister"
			}
			d.Reason = fmt.Sprintf("name '%s' after title '%s'", name, d.Role)
			return d, true
		}
		if role, country, ok := st.titlePhraseCue(toks, i, j); ok {
			d.Role, d.Country = role, country
			d.Reason = fmt.Sprintf("name '%s' after the title '%s'", name, role)
			return d, true
		}
		if st.titleEndsAt(toks[i].Start) {
			d.Reason = fmt.Sprintf("name '%s' after an office title", name)
			return d, true
		}
		if toks[i-1].Text == "," && i > 1 && text.TitleWords[strings.ToLower(toks[i-2].Text)] {
			if j+1 >= len(toks) || toks[j+1].Text == "," || text.SpeechVerbs[strings.ToLower(toks[j+1].Text)] {
				d.Role, d.Country = st.roleBefore(toks, i-1)
				d.Reason = fmt.Sprintf("name '%s' in apposition to '%s'", name, d.Role)
				return d, true
			}
		}
		if (prev == "said" || prev == "says" || prev == "added" || prev == "wrote") && i > 1 && (toks[i-2].Text == "," || toks[i-2].Text == "”" || toks[i-2].Text == "\"") {
			d.Reason = fmt.Sprintf("name '%s' after a quotation and '%s'", name, prev)
			if j+2 < len(toks) && toks[j+1].Text == "," {
				if role, country, ok := st.apposition(toks, j+2); ok {
					d.Role, d.Country = role, country
				}
			}
			return d, true
		}
		if prev == "as" && i > 1 && strings.EqualFold(toks[i-2].Text, "such") {
			d.Reason = fmt.Sprintf("name '%s' after 'such as'", name)
			return d, true
		}
		if k, ok := bodyTitleBefore(toks, i); ok {
			// "the representative of the <Demonym> Foreign Ministry <First>
			// <Surname>": a title of a named body right before the name.
			d.Role = st.text[toks[k].Start:toks[i-1].End]
			for m := k; m < i && d.Country == ""; m++ {
				d.Country = st.countryAt(toks[m].Start)
			}
			d.Reason = fmt.Sprintf("name '%s' after the title '%s'", name, d.Role)
			return d, true
		}
		if country, ok := st.listedLeaderCue(toks, i); ok {
			d.Country = country
			d.Reason = fmt.Sprintf("name '%s' after its state in a list of leaders", name)
			return d, true
		}
		if kinWords[prev] && i > 1 && (toks[i-2].Poss || ownerWords[strings.ToLower(toks[i-2].Text)]) {
			d.Reason = fmt.Sprintf("name '%s' after '%s %s'", name, toks[i-2].Text, prev)
			return d, true
		}
		if encounterWords[prev] {
			d.Reason = fmt.Sprintf("name '%s' after '%s'", name, prev)
			return d, true
		}
		if i > 1 && prev == "to" && strings.EqualFold(toks[i-2].Text, "according") {
			d.Reason = fmt.Sprintf("name '%s' after 'according to'", name)
			return d, true
		}
	}
	if j+2 < len(toks) && strings.EqualFold(toks[j+1].Text, "and") && st.personAt(toks[j+2].Start) {
		d.Reason = fmt.Sprintf("name '%s' joined by 'and' to a person", name)
		return d, true
	}
	if i > 1 && strings.EqualFold(toks[i-1].Text, "and") && st.personEndsAt(toks[i-2].End) {
		d.Reason = fmt.Sprintf("name '%s' joined by 'and' to a person", name)
		return d, true
	}
	if run[len(run)-1].Poss && j+1 < len(toks) && possessedRE.MatchString(strings.ToLower(toks[j+1].Text)) {
		d.Reason = fmt.Sprintf("name '%s' with '%s'", name, toks[j+1].Text)
		return d, true
	}
	if j+1 < len(toks) {
		next := toks[j+1]
		if next.Text == "," {
			if role, country, ok := st.apposition(toks, j+2); ok {
				d.Role, d.Country = role, country
				d.Reason = fmt.Sprintf("name '%s' with apposition '%s'", name, role)
				return d, true
			}
		}
		if strings.EqualFold(next.Text, "of") && j+2 < len(toks) && (strings.EqualFold(toks[j+2].Text, "the") || st.orgAt(toks[j+2].Start)) {
			if st.orgAt(toks[j+2].Start) || j+3 < len(toks) && (st.orgAt(toks[j+3].Start) || text.StartsUpper(toks[j+3].Text) && !text.NotNameWords[toks[j+3].Text]) {
				d.Reason = fmt.Sprintf("name '%s' of an organisation", name)
				return d, true
			}
		}
		if text.SpeechVerbs[strings.ToLower(next.Text)] && next.Start == run[len(run)-1].End+1 {
			d.Reason = fmt.Sprintf("name '%s' before '%s'", name, next.Text)
			return d, true
		}
	}
	return d, false
}

// orgAt reports whether an organisation mention starts at pos.
func (st *state) orgAt(pos int) bool {
	for _, m := range st.mentions {
		if m.Start == pos && m.Kind == graph.KindOrganization {
			return true
		}
	}
	return false
}

// personAt reports whether a person mention starts at pos.
func (st *state) personAt(pos int) bool {
	for _, m := range st.mentions {
		if m.Start == pos && m.Kind == graph.KindPerson {
			return true
		}
	}
	return false
}

// personEndsAt reports whether a person mention ends at pos.
func (st *state) personEndsAt(pos int) bool {
	for _, m := range st.mentions {
		if m.End == pos && m.Kind == graph.KindPerson {
			return true
		}
	}
	return false
}

// titleEndsAt reports whether an office title ends just before pos.
func (st *state) titleEndsAt(pos int) bool {
	for _, t := range st.titles {
		if t.End <= pos && pos-t.End <= 2 {
			return true
		}
	}
	return false
}

// roleBefore reads the title words before toks[i] ("political analyst",
// "Foreign Minister") and the country named just before them.
func (st *state) roleBefore(toks []text.Token, i int) (string, string) {
	k := i - 1
	for k > 0 && i-k < 4 {
		w := toks[k-1]
		lw := strings.ToLower(strings.TrimSuffix(w.Text, "."))
		if st.covered[w.Start] && st.countryAt(w.Start) != "" || w.Poss || !(text.TitleWords[lw] || roleAdjectives[lw]) {
			break
		}
		k--
	}
	role := st.text[toks[k].Start:toks[i-1].End]
	country := ""
	if k > 0 {
		country = st.countryAt(toks[k-1].Start)
	}
	return role, country
}

// roleAdjectives may stand in a title before its role word ("deputy",
// "foreign", "<seat of government>").
var roleAdjectives = refdata.Set(lexicon.RoleAdjectives, worldWords.RoleNames)

// apposition reads ", a <Demonym> political analyst," after a name.
func (st *state) apposition(toks []text.Token, k int) (string, string, bool) {
	if k >= len(toks) {
		return "", "", false
	}
	start := k
	switch strings.ToLower(toks[k].Text) {
	case "as", "and", "including", "while", "but", "or", "with", "which", "where", "when", "whose", "whom", "after", "before", "since", "because":
		return "", "", false
	}
	if w := strings.ToLower(toks[k].Text); w == "a" || w == "an" || w == "the" || w == "who" {
		if w == "who" {
			return "", "", false
		}
		start = k + 1
	}
	country := ""
	end := -1
	for n := start; n < len(toks) && n < start+7; n++ {
		t := toks[n]
		if t.Text == "," || t.Text == ";" || t.Text == "(" || t.Text == "—" || t.Text == "–" {
			break
		}
		if c := st.countryAt(t.Start); c != "" {
			if country == "" {
				country = c
			}
			if n == start {
				start = n + 1
			}
			continue
		}
		if text.TitleWords[strings.ToLower(t.Text)] {
			end = n
		}
	}
	if end < start {
		return "", "", false
	}
	return st.text[toks[start].Start:toks[end].End], country, true
}

// countryAt returns the ISO2 of a country (or demonym) mention at pos.
func (st *state) countryAt(pos int) string {
	for _, m := range st.mentions {
		if m.Start <= pos && pos < m.End && m.Kind == graph.KindCountry && !m.Implicit {
			return m.Country
		}
	}
	return ""
}

func (st *state) addDetected(d detected) {
	id := graph.NewID(graph.KindPerson, d.Name)
	if _, ok := st.x.ref.entities[id]; ok {
		st.refMention(mention{Start: d.Start, End: d.End, Sent: d.Sent, ID: id, How: mentions.HowName, Named: true, Reason: d.Reason, Role: d.Role})
		st.cover(d.Start, d.End)
		return
	}
	e := graph.Entity{ID: id, Kind: graph.KindPerson, Name: d.Name, Role: d.Role, Country: d.Country, Source: "article"}
	if info, ok := st.ents[id]; ok {
		if info.Entity.Role == "" {
			info.Entity.Role = d.Role
		}
		if info.Entity.Country == "" {
			info.Entity.Country = d.Country
		}
	}
	st.register(mention{Start: d.Start, End: d.End, Sent: d.Sent, Kind: graph.KindPerson, ID: id, Country: d.Country,
		How: "name pattern", Named: true, Reason: d.Reason, Role: d.Role}, e, d.Name)
	st.cover(d.Start, d.End)
}

// bodyTitleBefore finds "<title> of the <Capitalised Body>" ending right
// before toks[i] and returns the index of the title word.
func bodyTitleBefore(toks []text.Token, i int) (int, bool) {
	k := i - 1
	for k >= 0 && i-k <= 5 && text.StartsUpper(toks[k].Text) && !toks[k].Poss {
		k--
	}
	if k == i-1 || k < 2 || !strings.EqualFold(toks[k].Text, "the") || !strings.EqualFold(toks[k-1].Text, "of") {
		return 0, false
	}
	t := toks[k-2]
	if !text.TitleWords[strings.ToLower(t.Text)] {
		return 0, false
	}
	return k - 2, true
}

// complementWord joins the words of a long title or body name: a name run
// right after one continues the title.
func complementWord(w string) bool {
	switch w {
	case "of", "for", "and", "on":
		return true
	}
	return false
}

// titleComplementBefore reports whether the name run at toks[i] continues
// the complement of a title: capitalised words back to "of", "for" or
// "and", with a title word a few words before.
func (st *state) titleComplementBefore(toks []text.Token, i int) bool {
	if i > 0 && (st.countryAt(toks[i-1].Start) != "" || st.placeAt(toks[i-1].Start) || text.TitleWords[strings.ToLower(toks[i-1].Text)]) {
		return false // "... of <State> [Title] <Name> <Surname>": the title ended before the name
	}
	k := i - 1
	for k >= 0 && k > i-4 && text.StartsUpper(toks[k].Text) {
		k--
	}
	if k < 1 || !complementWord(toks[k].Text) || st.personEndsAt(toks[k-1].End) {
		return false
	}
	for t := k - 1; t >= 0 && t >= k-8 && toks[t].Text != ","; t-- {
		if text.TitleWords[strings.ToLower(toks[t].Text)] {
			return true
		}
	}
	return false
}

// nameTail returns where the person's name starts in the run toks[i..j]
// that ends a title's complement: the last two words, and a particle or
// initial before them ("bin", "al", "H.").
func nameTail(toks []text.Token, i, j int) int {
	k := j - 1
	if strings.HasSuffix(toks[j].Text, ".") && k-1 >= i {
		k-- // "<Surname> Jr."
	}
	for k-1 >= i && (particles[strings.ToLower(toks[k-1].Text)] || len(toks[k-1].Text) == 2 && strings.HasSuffix(toks[k-1].Text, ".")) {
		k--
	}
	return k
}

// kinWords before a name, after a possessive ("his wife <Name>"), make it
// a person.
var kinWords = refdata.Set(lexicon.KinWords)

var ownerWords = refdata.Set(lexicon.OwnerWords)

// listedLeaderCue finds a name that follows its state in a list of
// leaders: "heads of State from <State> <Name> and <State> (<ACR>)
// <Name>". The state's mention ends right before the name (or an acronym
// in brackets does), a list word ("from", ",", "and") comes before the
// state, and a title opens the list a few words earlier.
func (st *state) listedLeaderCue(toks []text.Token, i int) (string, bool) {
	k := i - 1
	if k >= 2 && toks[k].Text == ")" && toks[k-2].Text == "(" {
		k -= 3
	}
	if k < 1 {
		return "", false
	}
	country := st.countryAt(toks[k].Start)
	if country == "" {
		return "", false
	}
	for k > 0 && st.countryAt(toks[k-1].Start) == country {
		k--
	}
	if k < 1 {
		return "", false
	}
	switch toks[k-1].Text {
	case "from", ",", "and":
	default:
		return "", false
	}
	for t := k - 2; t >= 0 && t >= k-14; t-- {
		w := strings.ToLower(toks[t].Text)
		if text.TitleWords[w] || text.TitleWords[strings.TrimSuffix(w, "s")] {
			return country, true
		}
	}
	return "", false
}
