package extract

import (
	"fmt"
	"strings"

	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/text"
)

// scanHeadline finds the countries, organisations, reference people and
// places the article's title names. The contract's mentions and evidence
// carry offsets into the body only, so a headline hit is no mention: it
// makes its entity one the article names (and counts it), for resolution
// only. Weak targets (a surname alone) and metonyms of organisations are
// left to the body, where context can confirm them; a headline's title
// case gives no such context.
func (st *state) scanHeadline() {
	title := strings.TrimSpace(st.art.Title)
	if title == "" {
		return
	}
	masked := text.MaskCredits(text.MaskMarkup(title))
	for _, m := range st.x.dict.Find(masked) {
		for _, t := range m.Targets {
			if t.How == mentions.HowMask {
				break
			}
			if t.Weak || t.Kind == graph.KindOffice || t.Kind == graph.KindOrganization && t.How == mentions.HowMetonym {
				continue
			}
			word := title[m.Start:m.End]
			st.headlineEntity(t.ID, word, fmt.Sprintf("%s '%s' in the headline", t.How, word))
			if t.Kind == graph.KindPlace && t.Country != "" {
				st.headlineEntity(graph.NewID(graph.KindCountry, t.Country), word, fmt.Sprintf("place '%s' in the headline lies in %s", word, t.Country))
			}
			break
		}
	}
}

// headlineEntity marks a reference entity as named by the headline.
func (st *state) headlineEntity(id, word, why string) {
	e, ok := st.x.ref.entities[id]
	if !ok {
		return
	}
	info, seen := st.ents[id]
	if !seen {
		info = &entityInfo{Entity: e, Surface: word, Reason: why, First: -1}
		st.ents[id] = info
	}
	info.Count++
	if st.headline == nil {
		st.headline = map[string]bool{}
	}
	st.headline[id] = true
}
