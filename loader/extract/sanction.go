package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/refdata"
	"geograph/loader/regex"
	"geograph/loader/text"
)

var (
	sanctionRE = regex.MustCompile(`\b([Ss]anctions?|sanctioned|sanctioning|(?:froze|frozen|freez(?:es|ing)) (?:the )?assets of|freezing of (?:the )?assets of|embargo(?:es)?|price cap on|(?:travel bans? and )?assets? freezes?(?: and travel bans?)?|blacklist(?:ed|ing)?|export bans?|import bans?|restrictive measures|measures|designated|designations|banned (?:imports|exports|purchases|sales) of|bans? (?:on )?(?:imports|exports|purchases) of|ban on (?:buying|importing|imports of|purchases of|sales of))\b`)
	// sanctionsObjRE: what may stand between the verb "sanctions" and its
	// object ("11", "dozens of", "more than 20").
	sanctionsObjRE = regex.MustCompile(`^\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|more|than|of|top|senior|new|former)\s+){0,4}$`)
	// hitRE: what the sanctions hit follows ("sanctions-hit A",
	// "sanctions, which restrict A's access").
	hitRE = regex.MustCompile(`^(?:-(?:hit|battered|stricken|struck|ravaged)|,?\s+(?:which|that)\s+(?:\w+\s+)?(?:restrict\w*|target\w*|hit|hits|bar|bars|barred|block\w*|cut off|cuts off|limit\w*|penali[sz]e\w*|punish\w*|crippled?|cripples|prohibit\w*|isolate\w*))\s+(?:the\s+)?`)
	// costsToRE: "sanctions and measures to increase the costs to A".
	costsToRE = regex.MustCompile(`\b(?:costs?|pressure)\s+(?:to|for|on)\s+(?:the\s+)?$`)
	// addedToRE: "added X to its sanctions list".
	addedToRE = regex.MustCompile(`\badded\s+(.+?)\s+to\s+(?:its|their|the|\w+['’]s)\s+$`)
	// moreTargetsRE: the words between one group of targets and the next
	// ("entities and two", "banks, as well as three shipping firms in").
	moreTargetsRE = regex.MustCompile(`^(?:[a-z-]+ ){0,3}(?:[a-z-]+,? )?(?:and|as well as|along with)(?: [a-z0-9-]+){0,4}$`)
	relVerbRE     = regex.MustCompile(`\b(?:which|that|whom)\s+$`)
	underRE       = regex.MustCompile(`(?:,\s*|\b)(?:under|hit by|hit with|facing|faces|despite|crippled by|battered by|targeted by|subject to)\s+(?:\S+\s+){0,3}$`)
	whichRE       = regex.MustCompile(`,\s*(?:which|who)\s+(?:have\s+|has\s+|had\s+)?(?:\S+\s+)?(?:imposed|slapped|introduced|adopted|tightened|toughened|expanded|extended|unveiled|(?:ratcheted|stepped|ramped) up)\s+(?:\S+\s+){0,3}$`)
	targetCueRE   = regex.MustCompile(`\b(on|against|targeting|targeted at|aimed at|at|over|cover|covers|covering)\b`)
	// anaphoricRE: "its sanctions", "the new sanctions": the imposer named
	// just before.
	anaphoricRE = regex.MustCompile(`\b(?:(?:its|their|the|these|those)\s+(?:new|latest|fresh|sweeping|additional|u\.s\.|us)?|(?:\w+day|last week|this week|last month)['’]s\s+(?:new\s+|latest\s+)?)\s*$`)
	// pronSubjRE: "the US Treasury said it was imposing sanctions".
	pronSubjRE  = regex.MustCompile(`\b(?:[Ii]t|[Tt]hey|the (?:countries|nations|leaders|allies|governments|bloc))\s+(?:\w+\s+){0,3}?["“]?(?:imposed|imposes|impose|imposing|slapped|introduced|adopted|announced|sanctioned|blacklisted|froze|frozen|freezing|extended|expanded|levied|unveiled|toughened|tightened|(?:ratcheted|stepped|ramped) up)\s+(?:\S+\s+){0,3}$`)
	pronounVbRE = regex.MustCompile(`\b(?:[Ii]t|[Tt]hey)\s+(?:\w+\s+){0,2}$`)
	saidRE      = regex.MustCompile(`^\s*(?:[\w-]+\s+){0,6}?(?:said|says|announced|stated|added|noted)\s+(?:in an? (?:\w+ )?statement\s+)?(?:that\s+|on \w+ that\s+)?$`)
	evadeRE     = regex.MustCompile(`\b(?:skirt\w*|evad\w+|circumvent\w*|bypass\w*|dodg\w+|get(?:ting)? around|sidestep\w*)\s+(?:the\s+)?(?:\S+\s+){0,2}$`)
	// coPredRE: a second predicate of the clause's subject ("… and has
	// already issued", "followed on Wednesday, formally adopting").
	coPredRE  = regex.MustCompile(`(?:\band (?:has |have |had )?|, )(?:\w+ly |already |also |later |then )*$`)
	earlierRE = regex.MustCompile(`\b(?:already|previously|earlier|in the past|past|prior)\b`)
	// measuresCueRE: "measures" are sanctions when aimed at someone.
	newMeasuresRE   = regex.MustCompile(`\b(?:new|further|fresh|additional|latest|first|second|third|punitive|retaliatory)\s+(?:\S+\s+)?$`)
	measuresCueRE   = regex.MustCompile(`^(?:\s+(?:on|last|this|in)\s+\w+)?,?\s+(?:targeting|against|aimed at)\b`)
	sanctionWordRE  = regex.MustCompile(`(?i)\bsanction|\bblacklist`)
	designatedNotRE = regex.MustCompile(`^\s+(?:as|to|by|for|successor|driver|area|zone|terrorist\s+organi[sz]ation\b)`)
	// targetingRE: "measures on Tuesday, targeting two big lenders".
	targetingRE  = regex.MustCompile(`^[^,;:]{0,30},\s*(?:targeting|aimed at|against)\s+[^,;:]*$`)
	treasuryRE   = withPattern(`\b(?:<names>)\b`, bodyNames(true))
	designatorRE = withPattern(`\b(?:<names>|government|has|have|had|also|formally|newly)\s+(?:\S+\s+)?$`, bodyNames(false))
	// dateSubordRE: a date after these belongs to another clause.
	dateSubordRE = regex.MustCompile(`\b(?:before|after|ahead of|until|when|while|following|that|which|who)\b`)
	coPredCutRE  = regex.MustCompile(`\b(?:and|but) (?:has|have|had)\b`)
	relClauseRE  = regex.MustCompile(`,\s*(?:which|who)$`)
	// leadRE: "the <demonym>-led project", "<State>-based": a side that
	// leads or hosts something, not the target.
	leadRE       = regex.MustCompile(`^-(?:led|backed|based|brokered|registered|owned|controlled|built|operated)\b`)
	imposeVerbRE = regex.MustCompile(`\b(imposed|imposes|impose|imposing|issued|signed|slapped|introduced|introducing|adopted|adopting|announced|announcing|unveiled|unveiling|extended|expanded|tightened|toughened|strengthened|(?:ratcheted|stepped|ramped) up|renewed|approved|levied|placed|put|sanctioned|blacklisted)\b`)
	reasonRE     = regex.MustCompile(`\b(?:over|for|in response to|because of|in retaliation for|in connection with|due to)\s+([^,.;:"“”()]{3,90})`)
	westernRE    = regex.MustCompile(`\b(Western|western|the West|international)\s+(?:\w+\s+)?$`)
	// reasonStopRE ends a reason where the sentence's verb begins
	// ("over the war in <State> have failed to isolate <Capital>").
	reasonStopRE = regex.MustCompile(`\s(?:have|has|had|is|are|was|were|will|would|made|make|makes|remain|remains|continue|continues|forced|left|led|and (?:the|a|an|its|their) \w+ (?:is|are|was|were|have|has))\b`)
	// unimposedRE: sanctions someone seeks, delays or lobbies for are not
	// in force.
	unimposedRE   = regex.MustCompile(`\b(?:delay\w*|lobb\w+ for|sought|seeking|seeks|push\w* for|demand\w*|ask\w* for|press\w* for|appeal\w* for|want\w*|hold\w* off|held off|held up|stall\w*|must|should|ought to|needs? to|pledg\w+|vow\w*|promis\w+|threat\w*|could face|may face|might face|would face|ready to|prepared to)\s+(?:\S+\s+){0,4}$|\b(?:pressure|calls?|called|urg\w+)\b[^.;]{0,50}\bto\s+(?:\S+\s+){0,2}$`)
	usualImposers = refdata.Set(worldWords.UsualImposers)
)

// sanctions finds sanctions stated as imposed or in force: imposer (the
// side before "sanctions" or the subject of "imposed"), target (after "on",
// "against"), and reason ("over …").
func (st *state) sanctions(si int, stext string) {
	base := st.sents[si].Start
	sanctionArticle := st.sanctionArticle
	for _, m := range sanctionRE.FindAllStringIndex(stext, -1) {
		switch stext[m[0]:m[1]] {
		case "measures":
			// "the first <State> measures on <weekday>, targeting two big
			// <demonym> state lenders", in an article about sanctions.
			if !measuresCueRE.MatchString(stext[m[1]:]) || !sanctionArticle {
				continue
			}
			// not "or A's measures against <Capital> will suffer": measures
			// someone took, or new ones.
			lo, _ := clauseBounds(stext, m[0], m[1])
			v := imposeVerbRE.FindAllStringIndex(stext[lo:m[0]], -1)
			if (v == nil || sanctionRE.MatchString(stext[lo+v[len(v)-1][1]:m[0]])) && !newMeasuresRE.MatchString(stext[max(0, m[0]-30):m[0]]) {
				continue
			}
		case "designated":
			// "the US Treasury designated three <Demonym> companies", not
			// "designated as a strategic partner".
			if designatedNotRE.MatchString(stext[m[1]:]) || !designatorRE.MatchString(stext[max(0, m[0]-60):m[0]]) ||
				!sanctionArticle && !treasuryRE.MatchString(stext[max(0, m[0]-60):m[0]]) {
				continue
			}
		}
		e := st.draft(graph.KindSanction, si, m[0], m[1], "sanction: '"+stext[m[0]:m[1]]+"'")
		e.Modality, e.Why = text.ModalityWithin(stext, m[0], m[1], 16)
		// "<Capital> has warned <Capital> … and has already issued
		// sanctions": a cue of the first predicate is not the second's.
		if c := coPredCutRE.FindAllStringIndex(stext[:m[0]], -1); e.Modality != graph.Asserted && c != nil {
			k := c[len(c)-1][0]
			if mod, why := text.ModalityWithin(stext[k:], m[0]-k, m[1]-k, 16); mod == graph.Asserted {
				e.Modality, e.Why = mod, why
			}
		}
		if u := unimposedRE.FindString(stext[max(0, m[0]-60):m[0]]); e.Modality == graph.Asserted && u != "" {
			e.Modality, e.Why = graph.Threatened, "sought, not imposed: '"+strings.TrimSpace(u)+"'"
		}
		lo, hi := clauseBounds(stext, m[0], m[1])
		for strings.HasPrefix(stext[hi:], ", as well as ") {
			_, hi = clauseBounds(stext, hi, hi+len(", as well as"))
		}
		ms := st.inSentence(si)
		var extra []mention
		var before, after []mention
		for _, x := range ms {
			if x.Implicit || !(x.Kind == graph.KindCountry || x.Kind == graph.KindOrganization || x.Kind == graph.KindPerson || x.Kind == graph.KindInitiative) {
				continue
			}
			switch {
			case x.End <= base+m[0] && x.Start >= base+lo:
				before = append(before, x)
			case x.Start >= base+m[1] && x.Start < base+hi && !leadRE.MatchString(st.masked[x.End:]):
				after = append(after, x)
			}
		}
		trigText := stext[m[0]:m[1]]
		verb := trigText == "sanctioned" || trigText == "blacklisted" || trigText == "designated" || strings.HasPrefix(trigText, "ban") ||
			strings.HasSuffix(trigText, "assets of") || st.sanctionsVerb(stext, base, lo, m, before, after)
		// Target: the first side after a cue ("on A", "against <Capital>"),
		// or the object of "sanctioned".
		var target *mention
		ti := -1
		for i := range after {
			gap := stext[m[1] : after[i].Start-base]
			if verb && len(strings.TrimSpace(gap)) <= 25 && !strings.ContainsAny(gap, ",;:") {
				target, ti = &after[i], i
				break
			}
			if strings.Contains(gap, " by ") || strings.Contains(gap, " from ") {
				continue
			}
			if (targetCueRE.MatchString(gap) || strings.HasSuffix(trigText, " on") || costsToRE.MatchString(gap)) && !strings.Contains(gap, " over ") && len(gap) < 60 && (!strings.ContainsAny(gap, ",;:") || targetingRE.MatchString(gap)) {
				target, ti = &after[i], i
				break
			}
		}
		// "A added three <Demonym> banks to its sanctions list": what
		// was added is the target, who added it the imposer.
		var listImposers []mention
		if a := addedToRE.FindStringSubmatchIndex(stext[lo:m[0]]); target == nil && a != nil && strings.HasPrefix(stext[m[1]:], " list") {
			var objs []mention
			for _, x := range before {
				if x.Start-base >= lo+a[2] && x.End-base <= lo+a[3] && !strings.Contains(stext[lo+a[2]:x.Start-base], "including") && (x.Kind == graph.KindCountry || x.Kind == graph.KindOrganization) && !hasID(objs, x.ID) && !possessiveAt(st.masked, x.End) {
					objs = append(objs, x)
				}
			}
			if len(objs) > 0 {
				target, ti, extra = &objs[0], -1, append(extra, objs[1:]...)
				verbPos := base + lo + a[0]
				var subj []mention
				for k := range before {
					if before[k].End <= verbPos && verbPos-before[k].End <= 20 && !strings.ContainsAny(st.masked[before[k].End:verbPos], ",;") {
						subj = []mention{before[k]}
					}
				}
				before, listImposers = nil, subj
			}
		}
		// "sanctions-hit A"; "B's sanctions, which restrict A's access to
		// funds": the side they hit.
		if h := hitRE.FindStringIndex(stext[m[1]:]); target == nil && h != nil {
			if x := st.sideAt(si, base+m[1]+h[1]); x != nil {
				target = x
			}
		}
		// "on <Demonym> oil producers <Company> and <Company>": the
		// named companies, not the demonym before them.
		if target != nil && target.Kind == graph.KindCountry && target.How == mentions.HowDemonym {
			for k := ti + 1; k < len(after); k++ {
				gap := st.masked[target.End:after[k].Start]
				// one comma only before an apposition ("<demonym> state
				// lenders, <Name> and <Name>")
				if len(gap) > 45 || strings.Contains(gap, ";") || strings.Count(gap, ",") > 1 ||
					strings.Contains(gap, ",") && !strings.HasSuffix(strings.TrimSpace(gap), ",") {
					break
				}
				if after[k].Kind == graph.KindOrganization {
					target, ti = &after[k], k
					break
				}
			}
		}
		// "cover A's two largest oil companies — <Company> and <Company>":
		// the named companies set off after the country's.
		if target != nil && target.Kind == graph.KindCountry && possessiveAt(st.masked, target.End) {
			if orgs := st.appositionOrgs(si, target.End); len(orgs) > 0 {
				t := orgs[0]
				target, ti, extra = &t, -1, orgs[1:]
			}
		}
		// Further targets joined to the first: "on <Bank> and <Bank>".
		more := extra
		for k := ti + 1; ti >= 0 && k < len(after); k++ {
			gap := st.masked[after[k-1].End:after[k].Start]
			g := strings.TrimSpace(strings.Trim(strings.TrimSpace(gap), ","))
			if g == "" && after[k].Kind == graph.KindCountry && possessiveAt(st.masked, after[k].End) {
				break // "<Company>, A's largest shipping company"
			}
			if g == "and" || g == "" || g == "and for" || g == "and on" || g == "as well as" || g == "and against" {
				more = append(more, after[k])
				continue
			}
			// "nine <Demonym> entities and one individual, as well as two
			// shipping firms in B": a further group of targets.
			if after[k].ID == after[k-1].ID || after[k].ID == target.ID || hasID(more, after[k].ID) {
				continue
			}
			if (after[k].How == mentions.HowDemonym || after[k].Kind == graph.KindCountry && strings.HasSuffix(g, " in")) && moreTargetsRE.MatchString(g) {
				more = append(more, after[k])
				continue
			}
			break
		}
		// "sanctions on more than 400 entities, including <Demonym>
		// companies": the named members of the targets.
		for _, x := range after {
			gap := st.masked[base+m[1] : x.Start]
			i := strings.LastIndex(gap, "including ")
			if i < 0 || len(gap)-i > 22 || sanctionRE.MatchString(gap) || len(gap) > 220 || strings.ContainsAny(gap[i:], ",;") ||
				target != nil && (x.ID == target.ID || hasID(more, x.ID)) {
				continue
			}
			if target == nil {
				t := x
				target, ti = &t, -1
			} else {
				more = append(more, x)
			}
			break
		}
		// "<State>, under sweeping Western sanctions": the target before.
		if u := underRE.FindStringIndex(stext[:m[0]]); target == nil && u != nil {
			for k := len(before) - 1; k >= 0; k-- {
				if before[k].End-base <= u[0]+1 {
					target = &before[k]
					rest := append([]mention(nil), before[:k]...)
					before = append(rest, before[k+1:]...)
					break
				}
			}
		}
		// "helping <Capital> skirt Western sanctions": who evades them is
		// their target.
		if e := evadeRE.FindStringIndex(stext[lo:m[0]]); target == nil && !verb && e != nil {
			for k := len(before) - 1; k >= 0; k-- {
				if b := before[k]; b.End-base <= lo+e[0] && lo+e[0]-(b.End-base) <= 30 && !possessiveAt(st.masked, b.End) {
					if b.Kind == graph.KindCountry || b.Kind == graph.KindOrganization {
						target = &before[k]
						before = append(append([]mention(nil), before[:k]...), before[k+1:]...)
					}
					break
				}
			}
		}
		// "<Project>, which <Capital> blacklisted": the antecedent of
		// the relative pronoun is the target.
		if verb && target == nil && len(before) > 0 {
			last := before[len(before)-1]
			if relVerbRE.MatchString(stext[:last.Start-base]) {
				for k := len(before) - 2; k >= 0; k-- {
					if before[k].End-base < last.Start-base {
						target = &before[k]
						break
					}
				}
				if target == nil {
					for _, x := range ms {
						if x.End <= last.Start && (x.Kind == graph.KindOrganization || x.Kind == graph.KindInitiative) {
							tx := x
							target = &tx
						}
					}
				}
			}
		}
		// Imposer: the side right before "sanctions" ("EU sanctions"), or
		// the subject of "imposed"; "sanctions imposed by X".
		imposers := listImposers
		if verb && len(before) > 0 {
			for k := len(before) - 1; k >= 0; k-- {
				b := before[k]
				if target != nil && b.ID == target.ID {
					break
				}
				if k < len(before)-1 && !strings.Contains(" and | and the |, | as well as ", " "+strings.TrimSpace(st.masked[b.End:before[k+1].Start])+" ") {
					break
				}
				imposers = append([]mention{b}, imposers...)
			}
			before = nil
		}
		if len(before) > 0 {
			last := before[len(before)-1]
			gap := stext[last.End-base : m[0]]
			if len(strings.TrimSpace(gap)) <= 12 && !strings.ContainsAny(gap, ",;") {
				if target == nil && last.Kind == graph.KindCountry && !usualImposers[last.Country] && !strings.Contains(gap, "'") {
					target = &last // "<State> sanctions"
				} else {
					// "A and B also imposed sanctions": the
					// conjuncts too.
					imposers = append(st.conjunctsBefore(before, len(before)-1), last)
				}
			} else if v := imposeVerbRE.FindStringIndex(stext[lo:m[0]]); v != nil && !sanctionRE.MatchString(stext[lo+v[1]:m[0]]) && !westernRE.MatchString(stext[lo:m[0]]) {
				// The subject of "imposed", with its conjuncts: "A and the
				// <Bloc> have imposed".
				verbPos := base + lo + v[0]
				k := len(before) - 1
				for k >= 0 && before[k].End > verbPos {
					k--
				}
				if k >= 0 && verbPos-before[k].End <= 30 && !strings.ContainsAny(st.masked[before[k].End:verbPos], ",;") && !coPredCutRE.MatchString(st.masked[before[k].End:verbPos]) {
					imposers = append(imposers, before[k])
					for k--; k >= 0; k-- {
						g := " " + strings.TrimSpace(st.masked[before[k].End:before[k+1].Start]) + " "
						if !strings.Contains(" and | and the |, | as well as ", g) {
							break
						}
						imposers = append([]mention{before[k]}, imposers...)
					}
				} else if subj := before[0]; len(before) > 0 && subj.End <= verbPos && len(strings.TrimSpace(stext[lo:subj.Start-base])) <= 4 &&
					!possessiveAt(st.masked, subj.End) && (subj.Kind == graph.KindCountry || subj.Kind == graph.KindOrganization) &&
					coPredRE.MatchString(st.masked[subj.End:verbPos]) {
					// "<Capital> has warned <Capital> … and has already issued
					// hundreds of sanctions": the subject of the clause.
					imposers = append(imposers, subj)
				}
			}
		}
		// "<State>, which imports far less <demonym> energy, banned purchases
		// of <demonym> oil": the subject before the relative clause.
		if verb && relClauseRE.MatchString(stext[:lo]) && strings.Contains(stext[lo:m[0]], ",") {
			if subj := st.sideBefore(si, base+strings.LastIndex(stext[:lo], ",")); subj != nil {
				imposers = []mention{*subj}
			}
		}
		// "<Capital> and its allies, which have imposed sanctions": the
		// imposer stands before the relative clause.
		if len(imposers) == 0 {
			if w := whichRE.FindStringIndex(stext[:m[0]]); w != nil {
				for _, x := range ms {
					if x.End <= base+w[0] && (x.Kind == graph.KindCountry || x.Kind == graph.KindOrganization) {
						imposers = []mention{x}
					}
				}
			}
		}
		west := westernRE.MatchString(stext[lo:m[0]]) && len(imposers) == 0
		if target == nil && west {
			// "Western sanctions … have failed to isolate <Capital>"; not the
			// country of the reason ("over the war in <State>").
			reasonEnd := m[1]
			if r := reasonRE.FindStringIndex(stext[m[1]:]); r != nil && r[0] < 5 {
				reasonEnd = m[1] + r[1]
				if v := reasonStopRE.FindStringIndex(stext[m[1]+r[0] : reasonEnd]); v != nil {
					reasonEnd = m[1] + r[0] + v[0]
				}
			}
			for i := range after {
				if after[i].Kind == graph.KindCountry && after[i].Start-base >= reasonEnd {
					target = &after[i]
					break
				}
			}
		}
		if len(imposers) > 0 {
			st.lastImposers, st.lastImposerSent = imposers, si
		}
		if target == nil {
			continue
		}
		if len(imposers) == 0 && !west {
			imposers = st.pronounImposer(si, stext, lo, m[0], verb)
		}
		if len(imposers) == 0 && !west && si-st.lastImposerSent <= 3 && st.lastImposers != nil && (anaphoricRE.MatchString(strings.ToLower(stext[max(0, m[0]-24):m[0]])) || strings.Contains(strings.ToLower(stext[max(0, m[0]-20):m[0]]), "its ")) {
			imposers = st.lastImposers // "its sanctions": the imposer just named
		}
		if earlierRE.MatchString(stext[max(lo, m[0]-50):m[0]]) {
			e.Rule += " (earlier)" // "has already issued hundreds of sanctions"
		}
		if west {
			e.Why = strings.TrimSpace(e.Why + " imposer: the West")
			e.Rule += " (Western)"
		}
		for _, tg := range append([]mention{*target}, more...) {
			e := *e
			e.Parts = nil
			e.add(tg.ID, graph.RoleTarget)
			for _, im := range imposers {
				if im.ID != tg.ID {
					e.add(im.ID, graph.RoleImposer)
				}
			}
			st.finishSanction(&e, si, stext, m, lo, hi)
		}
	}
}

func (st *state) finishSanction(e *eventDraft, si int, text string, m []int, lo, hi int) {
	base := st.sents[si].Start
	{
		if r := reasonRE.FindStringSubmatch(text[m[1]:hi]); r != nil {
			e.Reason = shortReason(r[1])
		} else if r := reasonRE.FindStringSubmatch(text[m[1]:]); r != nil {
			e.Reason = shortReason(r[1])
		}
		e.Date = st.clauseDate(si, base+m[0], max(lo, m[0]-45), min(hi, m[1]+35), false)
		if e.Date.Value == "" {
			// A date that opens the clause ("In March <State> …
			// sanctioned") or ends it ("sanctioned 30 tankers … on Monday").
			if !sanctionRE.MatchString(text[lo:m[0]]) {
				e.Date = st.clauseDate(si, base+m[0], lo, min(lo+30, m[0]), false)
			}
			for _, d := range st.dates[si] {
				if e.Date.Value != "" || d.Start < base+m[1] || d.Start >= base+min(hi, m[1]+80) {
					continue
				}
				// not "over the crackdown that followed last year's election"
				if !d.AfterOnly && !st.inDateline(d) && !possessiveAt(st.masked, d.End) && !dateSubordRE.MatchString(st.masked[base+m[1]:d.Start]) {
					e.Date = d.Date
				}
			}
		}
		e.Confidence = 0.7
		st.addEvent(e)
	}
}

// sanctionsVerb reports whether "sanctions" at m is the verb of a
// headline or lede ("A sanctions <Demonym> entities", "A sanctions 11
// <Demonym> officials"): a side opens the clause right before it and another
// follows it with only a count between.
func (st *state) sanctionsVerb(text string, base, lo int, m []int, before, after []mention) bool {
	if text[m[0]:m[1]] != "sanctions" || len(before) == 0 || len(after) == 0 {
		return false
	}
	subj, obj := before[len(before)-1], after[0]
	if subj.How == mentions.HowDemonym || possessiveAt(st.masked, subj.End) || !(subj.Kind == graph.KindCountry || subj.Kind == graph.KindOrganization) ||
		strings.TrimSpace(text[subj.End-base:m[0]]) != "" {
		return false
	}
	if open := strings.TrimSpace(text[lo : before[0].Start-base]); open != "" && open != "The" && open != "the" {
		return false
	}
	for k := 1; k < len(before); k++ {
		if !hasAnd(st.masked[before[k-1].End:before[k].Start]) {
			return false
		}
	}
	return sanctionsObjRE.MatchString(text[m[1] : obj.Start-base])
}

// sideAt returns the country or organisation that starts at pos in
// sentence si.
func (st *state) sideAt(si, pos int) *mention {
	for _, x := range st.inSentence(si) {
		if x.Start == pos && !x.Implicit && (x.Kind == graph.KindCountry || x.Kind == graph.KindOrganization) {
			t := x
			return &t
		}
	}
	return nil
}

// sideBefore returns the country or organisation that ends right before
// pos in sentence si (at most "the" between).
func (st *state) sideBefore(si, pos int) *mention {
	for _, x := range st.inSentence(si) {
		if x.End <= pos && pos-x.End <= 1 && !x.Implicit && (x.Kind == graph.KindCountry || x.Kind == graph.KindOrganization) {
			t := x
			return &t
		}
	}
	return nil
}

// pronounImposer returns the side a pronoun subject of the sanctions in
// [lo, ts) of sentence si stands for: the one that said it ("the US
// Treasury said it was imposing sanctions"), else the imposer just named.
func (st *state) pronounImposer(si int, text string, lo, ts int, verb bool) []mention {
	p := pronSubjRE.FindStringIndex(text[lo:ts])
	if p == nil && verb {
		p = pronounVbRE.FindStringIndex(text[lo:ts])
	}
	if p == nil {
		return nil
	}
	pos := st.sents[si].Start + lo + p[0]
	ms := st.inSentence(si)
	for k := len(ms) - 1; k >= 0; k-- {
		x := ms[k]
		if x.End > pos || x.Implicit || !(x.Kind == graph.KindCountry || x.Kind == graph.KindOrganization) {
			continue
		}
		if saidRE.MatchString(st.masked[x.End:pos]) {
			return []mention{x}
		}
		break
	}
	if si-st.lastImposerSent <= 2 && st.lastImposers != nil {
		return st.lastImposers
	}
	return nil
}

// conjunctsBefore returns the sides joined to before[k] by "and", a comma
// or "as well as", in text order ("A and the <Bloc>"), without before[k] itself.
func (st *state) conjunctsBefore(before []mention, k int) []mention {
	var out []mention
	for k--; k >= 0; k-- {
		g := " " + strings.TrimSpace(st.masked[before[k].End:before[k+1].Start]) + " "
		if !strings.Contains(" and | and the |, | , and | as well as ", g) || possessiveAt(st.masked, before[k].End) {
			break
		}
		out = append([]mention{before[k]}, out...)
	}
	return out
}

// possessiveAt reports whether the text at pos is a possessive "'s".
func possessiveAt(s string, pos int) bool {
	r := s[pos:]
	return strings.HasPrefix(r, "'s ") || strings.HasPrefix(r, "’s ") || strings.HasPrefix(r, "' ")
}

func hasAnd(gap string) bool {
	g := strings.TrimSpace(strings.Trim(strings.TrimSpace(gap), ","))
	return g == "and" || g == "" || g == "as well as"
}

// appositionOrgs returns the organisations set off by a dash, comma or
// colon shortly after pos ("A's two largest oil companies — <Company>
// and <Company>"), joined by "and".
func (st *state) appositionOrgs(si, pos int) []mention {
	var out []mention
	for _, x := range st.inSentence(si) {
		if x.Start < pos || x.Implicit || !(x.Kind == graph.KindCountry || x.Kind == graph.KindOrganization || x.Kind == graph.KindPerson) {
			continue
		}
		if len(out) == 0 {
			gap := st.masked[pos:x.Start]
			if x.Kind != graph.KindOrganization || len(gap) > 50 || !strings.ContainsAny(gap, "—–,:(") || strings.Count(gap, ",") > 1 {
				return nil
			}
			out = append(out, x)
			continue
		}
		if !hasAnd(st.masked[out[len(out)-1].End:x.Start]) || x.Kind != graph.KindOrganization {
			break
		}
		out = append(out, x)
	}
	return out
}

// clauseBounds returns the clause around [ts, te) of s.
func clauseBounds(s string, ts, te int) (int, int) {
	lo := 0
	for _, m := range text.ClauseCuts(s[:ts]) {
		lo = m[1]
	}
	hi := len(s)
	if m := text.ClauseCuts(s[te:]); m != nil {
		hi = te + m[0][0]
	}
	return lo, hi
}

func shortReason(s string) string {
	if v := reasonStopRE.FindStringIndex(s); v != nil {
		s = s[:v[0]]
	}
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
