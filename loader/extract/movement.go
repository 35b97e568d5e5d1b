package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// Organisations named after a cue the company rules do not read: armed
// groups ("terrorist groups <People> Liberation Army and <People>
// Liberation Front") and subsidiaries named after their parent ("<Parent>
// Trading", "<Parent> Midstream Operations").

// groupAdjectives before "group" make the name after it a non-state
// movement.
var groupAdjectives = refdata.Set(lexicon.GroupAdjectives)

// groupNouns name an armed group after its adjective ("militant group").
var groupNouns = refdata.Set(lexicon.GroupNouns)

// functionWords never belong to a group's name.
var functionWords = refdata.Set(lexicon.FunctionWords)

// detectMovements finds named armed groups after "<adjective> group(s)".
func (st *state) detectMovements() {
	for si := range st.sents {
		toks := st.sentTokens(si)
		for i := 1; i+1 < len(toks); i++ {
			if !groupNouns[strings.ToLower(toks[i].Text)] || !groupAdjectives[strings.ToLower(toks[i-1].Text)] {
				continue
			}
			plural := strings.HasSuffix(toks[i].Text, "s")
			k := i + 1
			for {
				e := k
				for e < len(toks) && e-k < 5 && st.groupToken(toks[e]) && (e == k || toks[e-1].End+1 == toks[e].Start) && !toks[e-1].Poss {
					e++
				}
				if e == k || !unicode.IsUpper(firstRune(toks[e-1].Text)) {
					break
				}
				name := st.text[toks[k].Start:toks[e-1].End]
				st.addOrg(toks[k].Start, toks[e-1].End, si, "movement", fmt.Sprintf("name '%s' after '%s %s'", name, toks[i-1].Text, toks[i].Text))
				if !plural || e+1 >= len(toks) || (toks[e].Text != "and" && toks[e].Text != ",") {
					break
				}
				k = e + 1
			}
		}
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// groupToken: a capitalised word of a group's name, or a particle inside
// it ("<Word> al-<Word>").
func (st *state) groupToken(t text.Token) bool {
	if st.covered[t.Start] || functionWords[strings.ToLower(t.Text)] {
		return false
	}
	if _, ok := dates.Months[strings.ToLower(t.Text)]; ok {
		return false
	}
	return unicode.IsUpper(firstRune(t.Text)) || particles[strings.ToLower(t.Text)] || strings.HasPrefix(t.Text, "al-")
}

// subsidiaryWords name a company's unit after the parent's name: "<Parent>
// Trading", "<Parent> Midstream Operations".
var subsidiaryWords = refdata.Set(worldWords.UnitWords)

// detectSubsidiaries finds a known company's name followed by the words
// of a unit ("KMG Trading").
func (st *state) detectSubsidiaries() {
	for si, s := range st.sents {
		if s.Fragment {
			continue // a headline in title case
		}
		toks := st.sentTokens(si)
		for i := 1; i < len(toks); i++ {
			if !subsidiaryWords[toks[i].Text] || st.covered[toks[i].Start] || toks[i-1].End+1 != toks[i].Start || toks[i-1].Poss {
				continue
			}
			m := st.mentionEndingAt(toks[i-1].End)
			if m == nil || m.Kind != graph.KindOrganization || st.ents[m.ID] == nil || st.ents[m.ID].Entity.Subkind != "company" {
				continue
			}
			e := i + 1
			for e < len(toks) && e-i < 3 && subsidiaryWords[toks[e].Text] && !st.covered[toks[e].Start] && toks[e-1].End+1 == toks[e].Start && !toks[e-1].Poss {
				e++
			}
			if e < len(toks) && toks[e-1].End+1 == toks[e].Start && nameWord(toks[e].Text) {
				continue // a longer name: leave it
			}
			parent := st.text[m.Start:m.End]
			st.addOrg(m.Start, toks[e-1].End, si, "company", fmt.Sprintf("unit '%s' of company %s", st.text[m.Start:toks[e-1].End], parent))
			i = e - 1
		}
	}
}

// addOrg registers an organisation the text names, replacing mentions
// inside it.
func (st *state) addOrg(start, end, si int, subkind, why string) {
	name := st.text[start:end]
	if maskedName(name) {
		return
	}
	id := graph.NewID(graph.KindOrganization, name)
	e := graph.Entity{ID: id, Kind: graph.KindOrganization, Name: name, Subkind: subkind, Source: "article"}
	if ref, ok := st.x.ref.entities[id]; ok {
		e = ref
	}
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		if m.Start >= start && m.End <= end && !m.Implicit {
			continue
		}
		kept = append(kept, m)
	}
	st.mentions = kept
	st.register(mention{Start: start, End: end, Sent: si, Kind: graph.KindOrganization, ID: id, How: subkind + " pattern",
		Named: true, Reason: why}, e, name)
	st.cover(start, end)
}
