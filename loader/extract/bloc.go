package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"geograph/graph"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// blocWords name a body of members: "Community", "Union", "Forum".
var blocWords = refdata.Set(worldWords.BlocWords)

// detectBracketedBlocs reads "<Full Name> (<ACRONYM>)": when the acronym
// is a known organisation's, the full name, however it is spelled, is a
// mention of it; when it is unknown and the name holds a bloc word (and
// no government-body word), it is a new organisation with that acronym,
// and every later bare use of the acronym names it.
func (st *state) detectBracketedBlocs() {
	for si, s := range st.sents {
		if s.Fragment {
			continue
		}
		toks := st.sentTokens(si)
		for k := 1; k+2 < len(toks); k++ {
			if toks[k].Text != "(" || toks[k+2].Text != ")" || !acronymWord(toks[k+1].Text) {
				continue
			}
			start, ok := st.bracketedName(toks, k)
			if !ok {
				continue
			}
			st.bracketedBloc(toks, start, k, si)
		}
	}
}

// acronymWord: two or more capitals, digits allowed after the first.
func acronymWord(w string) bool {
	if len(w) < 2 || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// bracketedName returns where the name spelled out before the bracket at
// toks[k] starts: the words whose initials spell the acronym, back from
// the bracket over capitalised words and the small words between them.
func (st *state) bracketedName(toks []text.Token, k int) (int, bool) {
	acr := toks[k+1].Text
	start := -1
	for i := k - 1; i >= 0 && k-i <= 12; i-- {
		w := toks[i].Text
		if text.StartsUpper(w) {
			if st.covered[toks[i].Start] && st.takenByName(toks[i].Start) {
				break
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.ToUpper(r) == rune(acr[0]) {
				start = i
			}
			continue
		}
		if w != "of" && w != "and" && w != "for" && w != "the" && w != "on" {
			break
		}
	}
	if start < 0 || start == k-1 && len(acr) > 2 {
		return 0, false
	}
	// The initials of the name's words must spell most of the acronym in
	// order: "Economic Community of <Region>" for "EC<R>".
	var initials []rune
	for _, t := range toks[start:k] {
		r, _ := utf8.DecodeRuneInString(t.Text)
		initials = append(initials, unicode.ToUpper(r))
	}
	matched, at := 0, 0
	for _, a := range acr {
		for at < len(initials) && initials[at] != a {
			at++
		}
		if at < len(initials) {
			matched++
			at++
		}
	}
	return start, matched*4 >= len(acr)*3
}

// takenByName reports whether a person or organisation mention covers pos
// (a country inside a bloc's name is part of it).
func (st *state) takenByName(pos int) bool {
	for _, m := range st.mentions {
		if m.Start <= pos && pos < m.End && !m.Implicit && (m.Kind == graph.KindPerson || m.Kind == graph.KindOrganization) {
			return true
		}
	}
	return false
}

func (st *state) bracketedBloc(toks []text.Token, start, k, si int) {
	acrTok := toks[k+1]
	full := st.text[toks[start].Start:toks[k-1].End]
	if m := st.mentionEndingAt(acrTok.End); m != nil && m.Start == acrTok.Start {
		if m.Kind != graph.KindOrganization {
			return
		}
		if info := st.ents[m.ID]; info != nil {
			st.replaceInside(toks[start].Start, toks[k-1].End)
			st.register(mention{Start: toks[start].Start, End: toks[k-1].End, Sent: si, Kind: graph.KindOrganization, ID: m.ID,
				How: "acronym in brackets", Named: true, Reason: fmt.Sprintf("'%s' spelled out before its acronym '%s'", full, acrTok.Text)}, info.Entity, full)
			st.cover(toks[start].Start, toks[k-1].End)
		}
		return
	}
	if st.covered[acrTok.Start] {
		return
	}
	bloc := false
	for _, t := range toks[start:k] {
		if governmentWords[t.Text] {
			return
		}
		bloc = bloc || blocWords[t.Text]
	}
	if !bloc || maskedName(full) || strings.Contains(full, "  ") {
		return
	}
	id := graph.NewID(graph.KindOrganization, full)
	e := graph.Entity{ID: id, Kind: graph.KindOrganization, Name: full, Acronym: acrTok.Text, Subkind: "organization", Source: "article"}
	st.replaceInside(toks[start].Start, toks[k-1].End)
	st.register(mention{Start: toks[start].Start, End: toks[k-1].End, Sent: si, Kind: graph.KindOrganization, ID: id, How: "acronym in brackets",
		Named: true, Reason: fmt.Sprintf("'%s' spelled out before its acronym '%s'", full, acrTok.Text)}, e, full)
	st.cover(toks[start].Start, toks[k-1].End)
	st.acronymMentions(acrTok.Text, e, fmt.Sprintf("acronym '%s' of '%s'", acrTok.Text, full))
}
