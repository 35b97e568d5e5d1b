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
			if !text.CompanyCues[strings.ToLower(t.Text)] || i+1 >= len(toks) {
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
