package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/regex"
)

// orgGatherings finds summits of an organisation that the text calls by
// another word: "hosted a meeting of the <Organisation> in <city>",
// "leaders of the <Organisation> met last month".
func (st *state) orgGatherings(si int, text string) {
	base := st.sents[si].Start
	for _, m := range st.inSentence(si) {
		if m.Kind != graph.KindOrganization {
			continue
		}
		info := st.ents[m.ID]
		if info == nil || (info.Entity.Subkind != "intergovernmental" && info.Entity.Subkind != "bloc") {
			continue
		}
		s, e := m.Start-base, m.End-base
		if s < 0 || e > len(text) || bodyOfOrgRE.MatchString(text[s:e]) || ministerialRE.MatchString(text[e:]) {
			continue
		}
		var ts, te int
		title := ""
		if g := titledMeetingOfRE.FindStringSubmatchIndex(text[:s]); g != nil {
			// "the 18th Consultative Meeting of the Gulf Cooperation
			// Council (GCC) leaders": a named gathering, called by its title.
			ts, te = g[2], g[3]
			title = text[g[2]:e] + titledTailRE.FindString(text[e:])
		} else if g := gatheringOfRE.FindStringSubmatchIndex(text[:s]); g != nil {
			ts, te = g[2], g[3]
		} else if g := leadersOfRE.FindStringIndex(text[:s]); g != nil {
			v := leadersMetRE.FindStringSubmatchIndex(text[e:])
			if v == nil {
				continue
			}
			ts, te = e+v[2], e+v[3]
		} else {
			continue
		}
		lo, hi := clauseBounds(text, ts, te)
		if lo > s {
			lo, _ = clauseBounds(text, s, e)
		}
		if remoteRE.MatchString(text[lo:hi]) {
			continue
		}
		d := st.draft(graph.KindSummit, si, ts, te, "summit: '"+text[ts:te]+"' of an organisation")
		d.Name = text[s:e] + " summit"
		if title != "" {
			d.Name = title
		}
		d.Date = st.clauseDate(si, base+ts, lo, hi, false)
		d.Place = st.placeNear(si, base+lo, base+te, base+hi, false)
		if d.Place == "" && strings.HasPrefix(strings.TrimSpace(text[lo:]), "where") {
			d.Place = st.placeBefore(si, base+lo)
		}
		if d.Place == "" {
			d.Place = st.countryPlace(si, base+te, base+hi)
		}
		if d.Date.Value == "" && d.Place == "" && title == "" {
			continue // too vague to tell from the article's own summit
		}
		d.add(m.ID, graph.RoleParticipant)
		if pl, ok := st.ents[d.Place]; ok && pl.Entity.Country != "" {
			host := graph.NewID(graph.KindCountry, pl.Entity.Country)
			st.ensureRef(host)
			d.add(host, graph.RoleHost)
		}
		d.Confidence = 0.7
		st.addEvent(d)
	}
}

// placeBefore is the last place named before pos in sentence si: the
// antecedent of "…, the <adjective> city where leaders … met".
func (st *state) placeBefore(si, pos int) string {
	last := ""
	for _, m := range st.inSentence(si) {
		if m.Kind == graph.KindPlace && m.End <= pos {
			last = m.ID
		}
	}
	return last
}

var (
	titledMeetingOfRE = regex.MustCompile(`((?:(?:\d+(?:st|nd|rd|th)|\p{Lu}[\p{L}-]*)\s+)*(?:Meeting|Session|Summit)\s+of\s+(?:the\s+)?)$`)
	titledTailRE      = regex.MustCompile(`^(?:\s+\(\p{Lu}{2,8}\))?\s+(?:[Ll]eaders|[Hh]eads of [Ss]tate(?: and [Gg]overnment)?|[Mm]ember [Ss]tates)\b`)
	gatheringOfRE     = regex.MustCompile(`\b(meeting|session|gathering|meetings|sessions)\s+of\s+(?:the\s+)?$`)
	leadersOfRE       = regex.MustCompile(`(?i)\b(?:leaders|heads of state(?: and government)?|heads of government|presidents)\s+of\s+(?:the\s+)?$`)
	leadersMetRE      = regex.MustCompile(`^\s+(?:\([^)]{1,12}\)\s+)?(?:have\s+|had\s+)?(met|gathered|convened)\b`)
	ministerialRE     = regex.MustCompile(`(?i)^(?:'s|’s|\s+(?:\([^)]{1,12}\)\s+)?(?:foreign|defen[cs]e|finance|economy|economic|energy|trade|interior|agriculture|transport|health|justice|ministers?|ministerial|officials|experts|envoys|deputies|working|board|parliament|military|chiefs|member))`)
	bodyOfOrgRE       = regex.MustCompile(`\b(Security Council|Commission|Parliament|Court|Secretariat|Bank|Fund|Assembly)\b`)
)
