package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/regex"
	"geograph/loader/text"
)

var (
	agreementRE   = regex.MustCompile(`\b((?:\p{Lu}\S*\s+)+Initiative|agreements?|[Tt]reaty|[Tt]reaties|[Mm]emorand(?:ums|um|a)(?: of [Uu]nderstanding)?|MoUs?|MOUs?|[Aa]ccords?|[Pp]act|contracts?|deals?|[Jj]oint [Dd]eclaration|(?:[Tt]rilateral |[Jj]oint )+[Ss]tatements?|Declaration|[Rr]oadmap|road map|Agreement|Protocol|[Cc]harter|(?:[Cc]ooperation|[Aa]ction) plan|Convention|truce|ceasefire|cease-fire|armistice)\b`)
	concludedRE   = regex.MustCompile(`\b(signed|signs|signing|inked|concluded|struck|reached|clinched|sealed|ratified|entered into force|came into force|in force|under the|under an|under a|existing|landmark|agreed|adopted|secured|won|awarded|renewed|extended)\b`)
	plannedSignRE = regex.MustCompile(`(?i)\b(?:will|to|would|expected to|plans? to|set to|due to|aims? to|hopes? to)\s+(?:\w+\s+)?(?:sign|conclude|finali[sz]e|ink|agree|negotiate|draft)\b|\bnegotiat\w*|\bdraft\b|\byet to be signed\b|\b(?:will|to|expected to|set to|due to)\s+(?:\w+\s+){0,2}(?:the )?(?:adoption|signing)\b`)
	yearBeforeRE  = regex.MustCompile(`(?:\b(?:a|an|the|its|their)|\S['’]s)\s+(?:1[89]|20)\d\d\s+(?:[\w-]+\s+){0,4}$`)
	// inForceRE: an agreement that takes effect or enters into force has
	// been concluded, even when it does so next year.
	inForceRE = regex.MustCompile(`\b(?:take|takes|took|taken|taking|come|comes|came|enter|enters|entered|go|goes|went)\s+(?:into|in)\s+(?:effect|force)\b|\btake effect\b|\btakes effect\b|\btook effect\b`)
	// dayPossRE: "today's agreement", "Friday's deal": the agreement just
	// reported.
	dayPossRE     = regex.MustCompile(`(?i)\b(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+(?:\w+\s+)?$`)
	leadersSignRE = regex.MustCompile(`(?i)\b(leaders|presidents|heads of state|heads of government|the sides|participants)\b`)
	weakAgreeRE   = regex.MustCompile(`^(contracts?|deals?|[Rr]oadmap|road map|Declaration|Protocol|[Cc]harter|Convention)$`)
	nameStop      = map[string]bool{
		"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "its": true, "their": true,
		"his": true, "her": true, "our": true, "has": true, "have": true, "had": true, "signed": true, "with": true,
		"to": true, "by": true, "in": true, "at": true, "from": true, "under": true, "on": true, "for": true,
		"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "new": false, "of": true,
		"between": true, "inked": true, "reached": true, "struck": true, "concluded": true, "sealed": true,
		"clinched": true, "agreed": true, "any": true, "no": true, "such": true, "which": true, "who": true,
		"what": true, "as": true, "into": true, "over": true, "after": true, "before": true, "said": true,
		"and": false, "or": true, "but": true, "two": true, "three": true, "several": true, "first": false,
		"only": true, "also": true, "both": true, "signs": true, "sign": true, "adopted": true, "secured": true,
		"ratified": true, "existing": true, "landmark": false, "whose": true, "it": true, "they": true,
		"ceased": true, "called": true, "named": true, "so-called": true,
	}
)

// agreements finds agreements, treaties and memoranda reported as
// concluded, with their name and parties.
func (st *state) agreements(si int, text string) {
	base := st.sents[si].Start
	trigs := agreementRE.FindAllStringIndex(text, -1)
	for k, m := range trigs {
		trig := text[m[0]:m[1]]
		if strings.HasPrefix(strings.ToLower(text[m[1]:]), " with") && strings.HasPrefix(trig, "deal") && !strings.HasSuffix(strings.TrimSpace(text[:m[0]]), "a") {
			continue // "to deal with"
		}
		if st.insideOrg(base+m[0], base+m[1]) {
			continue // "<Words> Treaty Organization": a body's name
		}
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:m[0]])), "reached") && trig == "agreement" {
			continue // "reached agreement on": consensus, not a document
		}
		lo, hi := clauseBounds(text, m[0], m[1])
		clause := text[lo:hi]
		if (strings.Contains(strings.ToLower(trig), "statement") || strings.HasSuffix(trig, " plan")) && !signedStatementRE.MatchString(text[max(lo, m[0]-40):min(hi, m[1]+30)]) {
			continue // a joint statement or a plan counts only when signed
		}
		name := agreementName(text, m[0], m[1])
		named := name != strings.ToLower(trig) && hasUpperWord(name) && !st.demonymsOnly(base, text, m[1], name)
		near := text[max(lo, m[0]-60):min(hi, m[1]+40)]
		inForce := inForceRE.MatchString(text[m[1]:min(hi, m[1]+60)])
		// "a 2013 treaty", "the 2015 nuclear deal": one concluded that year.
		dated := yearBeforeRE.MatchString(text[max(0, m[0]-40):m[0]]) || yearAfterRE.MatchString(text[m[1]:nextTrig(trigs, k, len(text))])
		concluded := concludedRE.MatchString(near) || inForce || dated
		if (weakAgreeRE.MatchString(trig) && !(named && len(strings.Fields(name)) >= 2) || strings.HasSuffix(trig, "Initiative")) && !concluded {
			continue
		}
		if strings.HasSuffix(trig, "Initiative") && st.initiativeAt(base+m[1]-1) {
			continue // the Belt and Road Initiative is a route, not an agreement
		}
		if !concluded && !named {
			continue
		}
		e := st.draft(graph.KindAgreement, si, m[0], m[1], "agreement: '"+trig+"'")
		if e.Modality == graph.Planned && signedBeforeRE.MatchString(text[m[1]:]) {
			// "will put back into effect an agreement they signed in 2001":
			// the agreement was concluded; only its revival is to come.
			e.Modality, e.Why = graph.Asserted, "concluded: "+strings.TrimSpace(signedBeforeRE.FindString(text[m[1]:]))
		}
		if dated && e.Modality == graph.Planned && !plannedSignRE.MatchString(clause) {
			e.Modality, e.Why = graph.Asserted, "concluded: an agreement of an earlier year"
		}
		if named && e.Modality == graph.Planned && !plannedSignRE.MatchString(clause) {
			e.Modality, e.Why = graph.Asserted, "a named agreement referred to"
		}
		if inForce && e.Modality == graph.Planned && !plannedSignRE.MatchString(clause) {
			e.Modality, e.Why = graph.Asserted, "concluded: it takes effect"
		}
		if name != strings.ToLower(trig) {
			e.Name = name
		} else if definiteBefore(text, m[0]) || dayPossRE.MatchString(text[:m[0]]) {
			// "The agreement was signed …": the agreement just reported, or
			// one named before without being asserted.
			if prev := st.lastEvent(graph.KindAgreement); prev != nil {
				if prev.Date.Value == "" {
					prev.Date = st.clauseDate(si, base+m[0], lo, hi, false)
				}
				continue
			}
			if st.agreementNamedBefore(base + m[0]) {
				continue
			}
		}
		a := st.actorsIn(si, base, base+len(text))
		if sm := twoSidesRE.FindStringSubmatch(text[:m[0]]); sm != nil {
			n := 2
			if k, ok := dates.NumberWords[strings.ToLower(sm[1])]; ok && k > 2 {
				n = k // "the three countries signed a memorandum"
			}
			for _, c := range st.lastCountries(si, base+m[0], n) {
				e.add(c.ID, graph.RoleParty)
			}
		}
		for _, s := range a.Sides {
			e.add(s.ID, graph.RoleParty)
		}
		if len(a.Sides) < 2 {
			for _, p := range a.People {
				e.add(p.ID, graph.RoleParty)
			}
		}
		if len(a.Sides) < 2 || leadersSignRE.MatchString(clause) {
			if main := st.firstSummit(); main != nil {
				e.Rule += " (signed at the summit)" // parties completed by finishSummits
				for _, p := range main.Parts {
					if p.Role != graph.RoleHost {
						e.add(p.EntityID, graph.RoleParty)
					}
				}
			}
		}
		if len(e.Parts) == 0 {
			// "Those add to a 25-year strategy agreement signed in 2021":
			// the parties of the agreement the last sentences told of.
			if prev := st.lastEvent(graph.KindAgreement); prev != nil && prev.Sent >= si-2 {
				for _, p := range prev.Parts {
					e.add(p.EntityID, p.Role)
				}
			}
		}
		if len(e.Parts) == 0 {
			continue
		}
		e.Date = st.agreementDate(si, text, k, trigs)
		e.Confidence = 0.65
		if named {
			e.Confidence = 0.8
		}
		st.addEvent(e)
	}
}

var twoSidesRE = regex.MustCompile(`(?i)\b(?:the|both|all) (?:(two|three|four|five) )?(?:countries|sides|nations|states|governments|neighbours|neighbors)\b`)

// signedBeforeRE: a relative clause after an agreement that says it was
// concluded ("an agreement they signed in 2001").
var signedBeforeRE = regex.MustCompile(`^\s+(?:(?:that|which)\s+)?(?:(?:they|the two (?:countries|sides|states)|both sides|both countries)\s+)?(?:had\s+|have\s+)?(?:signed|concluded|inked|struck)\b`)

// signedStatementRE: a joint statement the sides signed, not one they
// issued or spoke in.
var signedStatementRE = regex.MustCompile(`\b(?:signed|signs|signing|inked)\b`)

// yearAfterRE: "a general agreement on economic cooperation from 1998".
var yearAfterRE = regex.MustCompile(`^[^.;:]{0,70}?\b(?:from|of)\s+(?:1[89]|20)\d\d\b`)

// nextTrig is where the trigger after the k-th starts, or end.
func nextTrig(trigs [][]int, k, end int) int {
	if k+1 < len(trigs) {
		return trigs[k+1][0]
	}
	return end
}

// agreementDate is the date of the k-th agreement trigger of sentence si:
// the nearest date between the triggers before and after it, so that in
// "an agreement they signed in 2001 and a general agreement from 1998"
// each takes its own year.
func (st *state) agreementDate(si int, text string, k int, trigs [][]int) graph.Date {
	lo, hi := 0, len(text)
	if k > 0 {
		lo = trigs[k-1][1]
	}
	if k+1 < len(trigs) {
		hi = trigs[k+1][0]
	}
	base := st.sents[si].Start
	pos := trigs[k][0]
	best, bestDist := -1, 1<<30
	for j, d := range st.dates[si] {
		if d.Start < base+lo || d.Start >= base+hi || d.AfterOnly && d.Start > base+pos {
			continue
		}
		dist := d.Start - (base + pos)
		if dist < 0 {
			dist = base + pos - d.End
			if k > 0 {
				dist += 1000 // between two agreements, a date before is the first one's
			}
		}
		if dist < bestDist {
			best, bestDist = j, dist
		}
	}
	if best < 0 {
		return st.eventDate(si, base+pos, false)
	}
	return st.dates[si][best].Date
}

// lastCountries returns the n countries named last before pos, at most
// four sentences back: whom "the two countries" means.
func (st *state) lastCountries(si, pos, n int) []mention {
	var out []mention
	for k := si; k >= 0 && k >= si-4 && len(out) < n; k-- {
		ms := st.inSentence(k)
		for i := len(ms) - 1; i >= 0 && len(out) < n; i-- {
			if ms[i].Kind == graph.KindCountry && !ms[i].Implicit && ms[i].Start < pos && !hasID(out, ms[i].ID) {
				out = append(out, ms[i])
			}
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

// agreementNamedBefore reports whether an agreement-like initiative (the
// grain deal) is named before pos.
func (st *state) agreementNamedBefore(pos int) bool {
	for _, m := range st.mentions {
		if m.Kind == graph.KindInitiative && m.End <= pos && agreementRE.MatchString(st.text[m.Start:m.End]) {
			return true
		}
	}
	for _, e := range st.events {
		if e.Kind == graph.KindAgreement && e.Start < pos {
			return true
		}
	}
	return false
}

// insideOrg reports whether an organisation's name covers [ts, te) and
// goes on after it ("<Words> Treaty Organization").
func (st *state) insideOrg(ts, te int) bool {
	for _, m := range st.mentions {
		if m.Kind == graph.KindOrganization && m.Start <= ts && te < m.End {
			return true
		}
	}
	return false
}

// initiativeAt reports whether a reference initiative is mentioned at pos.
func (st *state) initiativeAt(pos int) bool {
	for _, m := range st.mentions {
		if m.Kind == graph.KindInitiative && m.Start <= pos && pos < m.End {
			return true
		}
	}
	return false
}

func hasUpperWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if text.StartsUpper(w) {
			return true
		}
	}
	return false
}

// agreementName reads the modifiers before the trigger ("enhanced
// partnership and cooperation agreement") and a short "on …"/"of …" after
// a capitalised trigger ("Treaty on Eternal Friendship").
func agreementName(stext string, ts, te int) string {
	toks := text.Tokenize(stext[:ts], 0)
	k := len(toks)
	for k > 0 {
		t := toks[k-1]
		lw := strings.ToLower(t.Text)
		if nameStop[lw] || t.Poss || strings.ContainsAny(t.Text, ",;:()—–\"“”") || len(toks)-k >= 7 {
			break
		}
		k--
	}
	for k < len(toks) && strings.ToLower(toks[k].Text) == "and" {
		k++
	}
	start := ts
	if k < len(toks) {
		start = toks[k].Start
	}
	name := strings.TrimSpace(stext[start:te])
	rest := stext[te:]
	if m := nameTailRE.FindStringSubmatch(rest); m != nil {
		words := strings.Fields(m[1])
		var keep []string
		for _, w := range words {
			lw := strings.ToLower(w)
			if lw == "a" || lw == "an" || lw == "the" || lw == "in" {
				keep = append(keep, w)
				continue
			}
			_, month := dates.Months[lw]
			_, day := dates.Weekdays[lw]
			if nameStop[lw] && lw != "of" && lw != "and" || concludedRE.MatchString(lw) || lw == "with" || lw == "between" || lw == "which" || lw == "that" || month || day {
				break
			}
			keep = append(keep, w)
		}
		for len(keep) > 0 {
			lw := strings.ToLower(keep[len(keep)-1])
			if lw != "a" && lw != "an" && lw != "the" && lw != "in" && lw != "and" && lw != "of" {
				break
			}
			keep = keep[:len(keep)-1]
		}
		if len(keep) > 0 {
			name += " " + strings.Fields(rest)[0] + " " + strings.Join(keep, " ")
		}
	}
	if !hasUpperWord(name) {
		return strings.ToLower(name)
	}
	return name
}

// demonymsOnly reports whether the capitalised words of an agreement's
// name, which ends at te, are all countries' adjectives: "an
// Armenian-Azerbaijani peace treaty" describes, it does not name.
func (st *state) demonymsOnly(base int, stext string, te int, name string) bool {
	start := strings.LastIndex(stext[:te], strings.Fields(name)[0])
	if start < 0 {
		return false
	}
	for _, t := range text.Tokenize(stext[start:te], start) {
		if text.StartsUpper(t.Text) && st.countryAt(base+t.Start) == "" {
			return false
		}
	}
	return true
}

// otherDocuments reports whether two agreement names describe different
// documents of one kind: both say what they are about and share no word
// but the kind ("20 cooperation agreements", "a 25-year strategy
// agreement").
func otherDocuments(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) < 2 || len(wb) < 2 || strings.TrimSuffix(wa[len(wa)-1], "s") != strings.TrimSuffix(wb[len(wb)-1], "s") {
		return false
	}
	for _, x := range wa[:len(wa)-1] {
		for _, y := range wb[:len(wb)-1] {
			if x == y {
				return false
			}
		}
	}
	return true
}
