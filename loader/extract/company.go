package extract

import (
	"fmt"
	"strings"

	"geograph/graph"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// detectCompanies finds companies the reference data does not know: a
// capitalised name after a company cue ("offshore contractor <Name>",
// "state lender <Name>") or ending in a company suffix ("<Name> AG",
// "<Name> Group"). The rules count named companies as organisations.
func (st *state) detectCompanies() {
	// In an article about ships, a bare "carrier" is a ship too.
	ships := len(st.vesselNames()) > 0
	for si := range st.sents {
		toks := st.sentTokens(si)
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			// A known name followed by a legal suffix: "<Known name> AG".
			if text.OrgSuffixes[t.Text] && i > 0 && st.covered[toks[i-1].Start] && toks[i-1].End+1 == t.Start && strictSuffix[t.Text] {
				if m := st.mentionEndingAt(toks[i-1].End); m != nil && (m.Kind == graph.KindInitiative || m.Kind == graph.KindOrganization) {
					st.addCompany(m.Start, t.End, si, fmt.Sprintf("name '%s' with company suffix '%s'", st.text[m.Start:t.End], t.Text))
					continue
				}
			}
			if !text.CompanyCues[strings.ToLower(t.Text)] || i+1 >= len(toks) || vesselNoun(toks, i) || ships && strings.EqualFold(t.Text, "carrier") {
				continue
			}
			j := i + 1
			for j < len(toks) && j-i <= 3 && st.companyToken(toks[j]) && (j == i+1 || toks[j-1].End+1 == toks[j].Start) && !toks[j-1].Poss {
				j++
			}
			if j == i+1 {
				continue
			}
			name := st.text[toks[i+1].Start:toks[j-1].End]
			{
				st.addCompany(toks[i+1].Start, toks[j-1].End, si, fmt.Sprintf("name '%s' after '%s'", name, t.Text))
			}
			i = j - 1
		}
	}
}

// strictSuffix are suffixes that always end a company's legal name.
var strictSuffix = refdata.Set(worldWords.LegalSuffixes)

func (st *state) companyToken(t text.Token) bool {
	if st.covered[t.Start] {
		return false
	}
	return nameWord(t.Text) || (len(t.Text) >= 2 && strings.ToUpper(t.Text) == t.Text && !text.NotNameWords[t.Text])
}

func (st *state) mentionEndingAt(end int) *mention {
	for i := range st.mentions {
		if st.mentions[i].End == end {
			return &st.mentions[i]
		}
	}
	return nil
}

func (st *state) addCompany(start, end, si int, why string) {
	st.addOrg(start, end, si, "company", why)
}

// maskedName reports whether a name is one of the media or region names
// that are never annotated.
func maskedName(name string) bool {
	for _, m := range text.MaskNames {
		if m == name {
			return true
		}
	}
	return false
}

// memberPhrases introduce the members of a consortium or venture.
var memberPhrases = [][]string{
	{"made", "up", "of"}, {"consisting", "of"}, {"consists", "of"}, {"composed", "of"}, {"comprising"}, {"comprises"},
	{"formed", "by"},
}

// detectConsortiumMembers finds the companies a consortium, venture or
// company is made of: "<the consortium> is made up of A, B and C". Every
// capitalised name of the list is a company.
func (st *state) detectConsortiumMembers() {
	for si, s := range st.sents {
		if s.Fragment {
			continue
		}
		toks := st.sentTokens(si)
		for i := range toks {
			n := phraseAt(toks, i, memberPhrases)
			if n == 0 || !st.companyBefore(toks, i) {
				continue
			}
			st.memberList(toks, i+n, si)
		}
	}
}

// phraseAt returns the length of the phrase of phrases starting at toks[i].
func phraseAt(toks []text.Token, i int, phrases [][]string) int {
	for _, p := range phrases {
		if i+len(p) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p {
			if !strings.EqualFold(toks[i+k].Text, w) {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// companyBefore reports whether a company cue word or a company mention
// comes a few words before toks[i].
func (st *state) companyBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if text.CompanyCues[strings.ToLower(toks[k].Text)] {
			return true
		}
		if m := st.mentionEndingAt(toks[k].End); m != nil && m.Kind == graph.KindOrganization {
			if info := st.ents[m.ID]; info != nil && info.Entity.Subkind == "company" {
				return true
			}
		}
	}
	return false
}

// memberList registers the names of "A, B and C" from toks[i] as
// companies, when there are at least two.
func (st *state) memberList(toks []text.Token, i, si int) {
	type span struct{ s, e int }
	var names []span
	for i < len(toks) {
		j := i
		for j < len(toks) && j-i < 4 && st.companyToken(toks[j]) && (j == i || toks[j-1].End+1 == toks[j].Start) && !text.TitleWords[strings.ToLower(toks[j].Text)] {
			j++
		}
		if j == i {
			if st.orgAt(toks[i].Start) {
				j = i + 1 // a known company among the members
				for j < len(toks) && st.covered[toks[j].Start] && toks[j-1].End+1 == toks[j].Start {
					j++
				}
			} else {
				break
			}
		} else {
			names = append(names, span{i, j - 1})
		}
		if j < len(toks) && (toks[j].Text == "," || strings.EqualFold(toks[j].Text, "and")) {
			i = j + 1
			if i < len(toks) && strings.EqualFold(toks[i].Text, "and") {
				i++
			}
			continue
		}
		break
	}
	if len(names) < 2 {
		return
	}
	for _, n := range names {
		name := st.text[toks[n.s].Start:toks[n.e].End]
		st.addCompany(toks[n.s].Start, toks[n.e].End, si, fmt.Sprintf("'%s' is a member of a company", name))
	}
}

// vesselNouns name a ship; "carrier" only after a cargo word ("LNG
// carrier", "bulk carrier"), since it is also an airline.
var vesselNouns = refdata.Set(lexicon.VesselNouns)

var cargoWords = refdata.Set(lexicon.CargoWords)

// vesselNoun reports whether toks[i] names a kind of ship: the name after
// it is a vessel's, not a company's.
func vesselNoun(toks []text.Token, i int) bool {
	w := strings.ToLower(toks[i].Text)
	if vesselNouns[w] {
		return true
	}
	return (w == "carrier" || w == "carriers") && i > 0 && cargoWords[strings.ToLower(toks[i-1].Text)]
}

// vesselNames are the names the article gives ships: a capitalised name
// right after a vessel noun. A ship's name is no company, wherever it
// recurs.
func (st *state) vesselNames() map[string]bool {
	out := map[string]bool{}
	for si := range st.sents {
		toks := st.sentTokens(si)
		for i := 0; i+1 < len(toks); i++ {
			if !vesselNoun(toks, i) {
				continue
			}
			j := i + 1
			for j < len(toks) && j-i <= 4 && text.StartsUpper(toks[j].Text) && (j == i+1 || toks[j-1].End+1 == toks[j].Start) {
				j++
			}
			if j > i+1 {
				out[st.text[toks[i+1].Start:toks[j-1].End]] = true
			}
		}
	}
	return out
}
