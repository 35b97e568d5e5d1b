package extract

import (
	"geograph/graph"
	"geograph/loader/regex"
)

var (
	visitRE     = regex.MustCompile(`\b(visit(?:ed|ing|s)?|trip|tour|arrived in|arrives in|travell?ed to|travels to)\b`)
	militaryRE  = regex.MustCompile(`\b(invasion|invaded|invade|invading|attacks?|attacked|strikes?|airstrikes?|shelling|shelled|bombing|bombed|offensive|sent troops|deployed troops|annex(?:ed|ation)|incursion|occupation|occupied)\b`)
	nameTailRE  = regex.MustCompile(`^\s+(?:on|of|for)\s+((?:[\p{L}\p{M}'’-]+\s?){1,8})`)
	statementRE = regex.MustCompile(`\b(joint statement|statement|declaration)\b`)
)

// visits finds a person's or delegation's visit to a country or place.
func (st *state) visits(si int, text string) {
	base := st.sents[si].Start
	for _, m := range visitRE.FindAllStringIndex(text, -1) {
		a := st.actorsIn(si, base, base+len(text))
		var visitor string
		for _, p := range a.People {
			if p.Start < base+m[0] {
				visitor = p.ID
			}
		}
		if visitor == "" {
			if p, ok := st.subjectPronoun(si); ok {
				visitor = p.ID
			} else if len(a.People) > 0 && a.People[0].Start < base+m[0]+40 {
				visitor = a.People[0].ID
			}
		}
		var host, place string
		for _, x := range st.inSentence(si) {
			if x.Start < base+m[1] || x.Start > base+m[1]+60 {
				continue
			}
			if x.Kind == graph.KindPlace && place == "" {
				place = x.ID
				if host == "" {
					host = graph.NewID(graph.KindCountry, x.Country)
				}
			}
			if x.Kind == graph.KindCountry && !x.Implicit && host == "" {
				host = x.ID
			}
		}
		if visitor == "" || host == "" {
			continue
		}
		e := st.draft(graph.KindVisit, si, m[0], m[1], "visit: '"+text[m[0]:m[1]]+"'")
		e.add(visitor, graph.RoleVisitor)
		e.add(host, graph.RoleHost)
		st.ensureRef(host)
		e.Place = place
		e.Date = st.eventDate(si, base+m[0], st.current(si))
		st.addEvent(e)
	}
}

// military finds invasions, strikes and other uses of force.
func (st *state) military(si int, text string) {
	base := st.sents[si].Start
	for _, m := range militaryRE.FindAllStringIndex(text, -1) {
		var actor, target string
		for _, x := range st.inSentence(si) {
			if x.Kind != graph.KindCountry && x.Kind != graph.KindOrganization {
				continue
			}
			if x.End <= base+m[0] && base+m[0]-x.End <= 25 {
				actor = x.ID
			}
			if x.Start >= base+m[1] && x.Start-(base+m[1]) <= 25 && target == "" && x.ID != actor {
				target = x.ID
			}
		}
		if actor == "" && target == "" {
			continue
		}
		e := st.draft(graph.KindMilitaryAction, si, m[0], m[1], "military action: '"+text[m[0]:m[1]]+"'")
		e.Name = text[m[0]:m[1]]
		e.add(actor, graph.RoleActor)
		e.add(target, graph.RoleTarget)
		e.Date = st.eventDate(si, base+m[0], false)
		e.Confidence = 0.6
		st.addEvent(e)
	}
}

// statements finds joint and official statements.
func (st *state) statements(si int, text string) {
	base := st.sents[si].Start
	for _, m := range statementRE.FindAllStringIndex(text, -1) {
		a := st.actorsIn(si, base, base+len(text))
		e := st.draft(graph.KindStatement, si, m[0], m[1], "statement: '"+text[m[0]:m[1]]+"'")
		for _, p := range a.People {
			e.add(p.ID, graph.RoleParticipant)
		}
		if len(e.Parts) == 0 {
			for _, s := range a.Sides {
				e.add(s.ID, graph.RoleParticipant)
			}
		}
		if len(e.Parts) == 0 {
			continue
		}
		e.Date = st.eventDate(si, base+m[0], st.current(si))
		e.Confidence = 0.6
		st.addEvent(e)
	}
}
