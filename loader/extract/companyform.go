package extract

import (
	"fmt"
	"strings"

	"geograph/graph"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// The words that decide whether a capitalised run is a company: the form
// words companies name their business with, legal suffixes, the forms of
// a state's own body, and the words of government bodies.
var (
	companyForms    = refdata.Set(worldWords.CompanyForms)
	stateBodyForms  = worldWords.StateBodyForms
	governmentWords = refdata.Set(worldWords.GovernmentBodyWords)
	holdingForms    = map[string]bool{"Holding": true, "Holdings": true}
)

// grammarWords are capitalised only at the start of a sentence and never
// belong to a name.
var grammarWords = refdata.Set(lexicon.GrammarWords)

// detectFormCompanies finds companies by their form: a capitalised name
// run whose last word (before any legal suffix) is a company form word
// ("<Name> Railway", "<Name> Shipping", "<Name> Holding NV"). The run is
// kept whole, with the places inside it, since the annotation counts no
// country that occurs only inside a proper name. A state's own body
// ("<State> Central Bank", "… Ministry") is no company.
func (st *state) detectFormCompanies() {
	vessels := st.vesselNames()
	for si, s := range st.sents {
		if s.Fragment {
			continue // a headline in title case: every word is capitalised
		}
		toks := st.sentTokens(si)
		for i := 0; i < len(toks); i++ {
			if !st.formRunWord(toks[i]) {
				continue
			}
			j := i
			for j+1 < len(toks) && toks[j].End+1 == toks[j+1].Start && !toks[j].Poss && st.formRunWord(toks[j+1]) {
				j++
			}
			if !vessels[st.text[toks[i].Start:toks[j].End]] {
				st.formCompany(toks, i, j, si)
			}
			i = j
		}
	}
}

// formRunWord: a capitalised word that may be part of a company's name:
// no title, no grammar word, and not already a person or organisation.
func (st *state) formRunWord(t text.Token) bool {
	if !text.StartsUpper(t.Text) || text.TitleWords[strings.ToLower(strings.TrimSuffix(t.Text, "."))] || grammarWords[strings.ToLower(t.Text)] {
		return false
	}
	if st.covered[t.Start] {
		for _, m := range st.mentions {
			if m.Start <= t.Start && t.Start < m.End && !m.Implicit && m.Kind != graph.KindCountry && m.Kind != graph.KindPlace {
				return false
			}
		}
		return st.countryAt(t.Start) != "" || st.placeAt(t.Start)
	}
	return true
}

// formCompany registers the company in run toks[i..j] when it ends in a
// form word, with an acronym in brackets right after it.
func (st *state) formCompany(toks []text.Token, i, j, si int) {
	end := -1
	for k := j; k > i; k-- {
		if (companyForms[toks[k].Text] || strictSuffix[toks[k].Text]) && !st.covered[toks[k].Start] {
			end = k
			break
		}
	}
	if end < 0 {
		return
	}
	for end+1 <= j && strictSuffix[toks[end+1].Text] {
		end++
	}
	if end < j && !strictSuffix[toks[end].Text] {
		return // the name goes on: "<Name> Energy Ministry", "<Name> Bank Governor"
	}
	// Grammar or title words before the run are not part of it; a run that
	// opens the sentence may start with an ordinary capitalised word, so
	// a one-word name there is too weak.
	for k := i; k <= end; k++ {
		if governmentWords[toks[k].Text] {
			return
		}
	}
	if end == j && j+1 < len(toks) && toks[j].End+1 == toks[j+1].Start && text.TitleWords[strings.ToLower(toks[j+1].Text)] {
		return // a title: "<State> Energy Minister"
	}
	if bodyNameBefore(toks, i) {
		return // "Ministry of Energy and Natural Resources"
	}
	full := st.text[toks[i].Start:toks[end].End]
	for _, f := range stateBodyForms {
		if strings.Contains(full, f) {
			return
		}
	}
	if end-i < 1 || end-i < 2 && i == 0 && !st.covered[toks[0].Start] && text.NotNameWords[toks[0].Text] {
		return
	}
	name := full
	// The short name drops legal suffixes and holding words: "<Name>
	// Holding NV" is "<Name>"; the full form stays an alias.
	short := end
	for short > i && (strictSuffix[toks[short].Text] || holdingForms[toks[short].Text]) {
		short--
	}
	if short < end {
		name = st.text[toks[i].Start:toks[short].End]
	}
	acr := acronymAfter(toks, end)
	st.addCompanyEntity(toks[i].Start, toks[end].End, si, name, full, acr,
		fmt.Sprintf("name '%s' ending in the company form '%s'", full, toks[end].Text))
}

// acronymAfter returns the acronym in brackets right after token k:
// "<Name> (ABC)".
func acronymAfter(toks []text.Token, k int) string {
	if k+3 < len(toks) && toks[k+1].Text == "(" && toks[k+3].Text == ")" {
		a := toks[k+2].Text
		if len(a) >= 2 && strings.ToUpper(a) == a {
			return a
		}
	}
	return ""
}

// addCompanyEntity registers a company found by form under its short name,
// and every later bare use of its acronym.
func (st *state) addCompanyEntity(start, end, si int, name, full, acr, why string) {
	if maskedName(name) {
		return
	}
	id := graph.NewID(graph.KindOrganization, name)
	e := graph.Entity{ID: id, Kind: graph.KindOrganization, Name: name, Subkind: "company", Source: "article", Acronym: acr}
	if full != name {
		e.Aliases = append(e.Aliases, full)
	}
	if ref, ok := st.x.ref.entities[id]; ok {
		e = ref
	}
	st.replaceInside(start, end)
	st.register(mention{Start: start, End: end, Sent: si, Kind: graph.KindOrganization, ID: id, How: "company form",
		Named: true, Reason: why}, e, full)
	st.cover(start, end)
	if acr != "" {
		st.acronymMentions(acr, e, fmt.Sprintf("acronym '%s' of '%s'", acr, name))
	}
}

// replaceInside drops the explicit mentions inside [start, end): a place
// inside a company's name is no mention of it.
func (st *state) replaceInside(start, end int) {
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		if m.Start >= start && m.End <= end && !m.Implicit {
			continue
		}
		kept = append(kept, m)
	}
	st.mentions = kept
}

// acronymMentions registers every free use of an acronym an article has
// introduced in brackets as a mention of its entity.
func (st *state) acronymMentions(acr string, e graph.Entity, why string) {
	for si := range st.sents {
		for _, t := range st.sentTokens(si) {
			if t.Text != acr || st.covered[t.Start] {
				continue
			}
			st.register(mention{Start: t.Start, End: t.End, Sent: si, Kind: e.Kind, ID: e.ID, How: "acronym",
				Named: true, Reason: why}, e, acr)
			st.cover(t.Start, t.End)
		}
	}
}

// bodyNameBefore reports whether the run at token i continues the name of a
// government body before it, joined by "of", "and" or "for".
func bodyNameBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := toks[k].Text
		switch {
		case governmentWords[w]:
			return true
		case w == "of" || w == "and" || w == "for" || w == "&" || text.StartsUpper(w):
		default:
			return false
		}
	}
	return false
}
