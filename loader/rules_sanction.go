package loader

import (
	"regexp"
	"strings"

	"geograph/graph"
)

var (
	sanctionRE    = regexp.MustCompile(`\b(sanctions?|sanctioned|sanctioning|embargo(?:es)?|price cap|asset freezes?|blacklist(?:ed|ing)?|export bans?|import bans?|restrictive measures)\b`)
	targetCueRE   = regexp.MustCompile(`\b(on|against|targeting|targeted at|aimed at|at|over)\b`)
	imposeVerbRE  = regexp.MustCompile(`\b(imposed|imposes|impose|slapped|introduced|adopted|announced|extended|expanded|tightened|renewed|approved|levied|placed|put|sanctioned|blacklisted)\b`)
	reasonRE      = regexp.MustCompile(`\b(?:over|for|in response to|because of|in retaliation for|in connection with|due to)\s+([^,.;:"“”()]{3,90})`)
	westernRE     = regexp.MustCompile(`\b(Western|western|the West|international)\s+(?:\w+\s+)?$`)
	usualImposers = map[string]bool{"US": true, "GB": true, "JP": true, "CA": true, "AU": true, "CH": true, "NO": true, "NZ": true}
)

// sanctions finds sanctions stated as imposed or in force: imposer (the
// side before "sanctions" or the subject of "imposed"), target (after "on",
// "against"), and reason ("over …").
func (st *state) sanctions(si int, text string) {
	base := st.sents[si].Start
	for _, m := range sanctionRE.FindAllStringIndex(text, -1) {
		e := st.draft(graph.KindSanction, si, m[0], m[1], "sanction: '"+text[m[0]:m[1]]+"'")
		lo, hi := clauseBounds(text, m[0], m[1])
		ms := st.inSentence(si)
		var before, after []mention
		for _, x := range ms {
			if x.Implicit || !(x.Kind == graph.KindCountry || x.Kind == graph.KindOrganization || x.Kind == graph.KindPerson) {
				continue
			}
			switch {
			case x.End <= base+m[0] && x.Start >= base+lo:
				before = append(before, x)
			case x.Start >= base+m[1] && x.Start < base+hi:
				after = append(after, x)
			}
		}
		verb := text[m[0]:m[1]] == "sanctioned" || text[m[0]:m[1]] == "blacklisted"
		// Target: the first side after a cue ("on Russia", "against Moscow"),
		// or the object of "sanctioned".
		var target *mention
		for i := range after {
			gap := text[m[1] : after[i].Start-base]
			if verb && len(strings.TrimSpace(gap)) <= 4 {
				target = &after[i]
				break
			}
			if strings.Contains(gap, " by ") {
				continue
			}
			if targetCueRE.MatchString(gap) && !strings.Contains(gap, " over ") {
				target = &after[i]
				break
			}
		}
		// Imposer: the side right before "sanctions" ("EU sanctions"), or
		// the subject of "imposed"; "sanctions imposed by X".
		var imposers []mention
		if len(before) > 0 {
			last := before[len(before)-1]
			gap := text[last.End-base : m[0]]
			if len(strings.TrimSpace(gap)) <= 12 && !strings.ContainsAny(gap, ",;") {
				if target == nil && last.Kind == graph.KindCountry && !usualImposers[last.Country] && !strings.Contains(gap, "'") {
					target = &last // "Russia sanctions"
				} else {
					imposers = append(imposers, last)
				}
			} else if imposeVerbRE.MatchString(text[lo:m[0]]) {
				imposers = append(imposers, before[0])
			}
		}
		for i := range after {
			gap := text[m[1] : after[i].Start-base]
			if strings.HasSuffix(strings.TrimSpace(gap), "by") && (target == nil || after[i].ID != target.ID) {
				imposers = append(imposers, after[i])
			}
		}
		if target == nil {
			continue
		}
		e.add(target.ID, graph.RoleTarget)
		for _, im := range imposers {
			if im.ID != target.ID {
				e.add(im.ID, graph.RoleImposer)
			}
		}
		if westernRE.MatchString(text[lo:m[0]]) && len(imposers) == 0 {
			e.Why = strings.TrimSpace(e.Why + " imposer: the West")
		}
		if r := reasonRE.FindStringSubmatch(text[m[1]:hi]); r != nil {
			e.Reason = shortReason(r[1])
		} else if r := reasonRE.FindStringSubmatch(text[m[1]:]); r != nil {
			e.Reason = shortReason(r[1])
		}
		e.Date = st.eventDate(si, base+m[0], false)
		e.Confidence = 0.7
		st.addEvent(e)
	}
}

// clauseBounds returns the clause around [ts, te) of s.
func clauseBounds(s string, ts, te int) (int, int) {
	lo := 0
	for _, m := range clauseCutRE.FindAllStringIndex(s[:ts], -1) {
		lo = m[1]
	}
	hi := len(s)
	if m := clauseCutRE.FindStringIndex(s[te:]); m != nil {
		hi = te + m[0]
	}
	return lo, hi
}

func shortReason(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"the ", "its ", "his ", "her ", "their "} {
		s = strings.TrimPrefix(s, p)
	}
	f := strings.Fields(s)
	if len(f) > 8 {
		f = f[:8]
	}
	return strings.Join(f, " ")
}
