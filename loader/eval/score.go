package eval

import "strings"

// greedy matches gold items to predictions one to one, first fit.
func greedy(ng, np int, ok func(g, p int) bool) (Counts, [][2]int) {
	used := make([]bool, np)
	var pairs [][2]int
	for g := 0; g < ng; g++ {
		for p := 0; p < np; p++ {
			if !used[p] && ok(g, p) {
				used[p] = true
				pairs = append(pairs, [2]int{g, p})
				break
			}
		}
	}
	tp := len(pairs)
	return Counts{TP: tp, FP: np - tp, FN: ng - tp}, pairs
}

func (p *pred) events(kind string) []PredEvent {
	var out []PredEvent
	for _, e := range p.Events {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

func (p *pred) personNames(refs []string) []string {
	var out []string
	for _, r := range refs {
		if e, ok := p.ents[r]; ok && e.Kind == "Person" {
			out = append(out, e.Name)
		}
	}
	return out
}

func strOf(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// scoreArticle scores one article; it also returns how many matched gold
// events carry a date and how many of those the prediction got exactly.
func scoreArticle(g Gold, p *pred) (map[string]Counts, int, int) {
	res := map[string]Counts{}
	exact, dated := 0, 0
	dates := func(gd []*string, pd []*string, pairs [][2]int) {
		for _, pr := range pairs {
			if d := gd[pr[0]]; d != nil && *d != "" {
				dated++
				if pd[pr[1]] != nil && *pd[pr[1]] == *d {
					exact++
				}
			}
		}
	}
	// countries
	gc := map[string]bool{}
	for _, c := range g.Countries {
		gc[c] = true
	}
	pc := map[string]bool{}
	for _, e := range p.Entities {
		if e.Kind == "Country" && e.ISO2 != "" {
			pc[strings.ToUpper(e.ISO2)] = true
		}
	}
	inter := intersects(gc, pc)
	res["countries"] = Counts{TP: inter, FP: len(pc) - inter, FN: len(gc) - inter}
	// organizations
	var orgs, people []PredEntity
	for _, e := range p.Entities {
		switch e.Kind {
		case "Organization":
			orgs = append(orgs, e)
		case "Person":
			people = append(people, e)
		}
	}
	res["organizations"], _ = greedy(len(g.Organizations), len(orgs), func(i, j int) bool {
		n := normalize(g.Organizations[i])
		o := orgs[j]
		if n == normalize(o.Name) || n == normalize(o.Acronym) {
			return true
		}
		for _, a := range o.Aliases {
			if n == normalize(a) {
				return true
			}
		}
		return false
	})
	res["people"], _ = greedy(len(g.People), len(people), func(i, j int) bool { return samePerson(g.People[i].Name, people[j].Name) })
	// meetings
	meet := p.events("Meeting")
	var pairs [][2]int
	res["meetings"], pairs = greedy(len(g.Meetings), len(meet), func(i, j int) bool {
		names := p.personNames(meet[j].Participants)
		keys := p.partyKeys(meet[j].Participants)
		hits := 0
		for _, gp := range g.Meetings[i].Participants {
			hit := intersects(goldKeys([]string{gp}), keys) > 0
			for _, n := range names {
				hit = hit || samePerson(gp, n)
			}
			if hit {
				hits++
			}
		}
		return hits >= min(2, len(g.Meetings[i].Participants))
	})
	dates(eventDates(g.Meetings), predDates(meet), pairs)
	// summits
	sum := p.events("Summit")
	res["summits"], pairs = greedy(len(g.Summits), len(sum), func(i, j int) bool {
		gs, ps := g.Summits[i], sum[j]
		gp, pp := goldKeys(gs.Participants), p.partyKeys(ps.Participants)
		ov := 0.0
		if len(gp) > 0 {
			ov = float64(intersects(gp, pp)) / float64(len(gp))
		}
		place := gs.Place != nil && *gs.Place != "" && normalize(*gs.Place) == p.placeName(ps.Place)
		named := strOf(gs.Name) != "" && strOf(ps.Name) != "" && jaccard(*gs.Name, *ps.Name) >= 0.5
		return (place || named) && (ov >= 0.5 || len(gp) == 0)
	})
	dates(eventDates(g.Summits), predDates(sum), pairs)
	// sanctions
	san := p.events("Sanction")
	res["sanctions"], pairs = greedy(len(g.Sanctions), len(san), func(i, j int) bool {
		gs, ps := g.Sanctions[i], san[j]
		if intersects(goldKeys([]string{strOf(gs.Target)}), p.partyKeys(ps.Targets)) == 0 {
			return false
		}
		gi := goldKeys(gs.Imposer)
		if len(gi) == 0 || subset(gi, vagueImposers) {
			return true
		}
		return intersects(gi, p.partyKeys(ps.Imposers)) > 0
	})
	gd := make([]*string, len(g.Sanctions))
	for i, s := range g.Sanctions {
		gd[i] = s.Date
	}
	dates(gd, predDates(san), pairs)
	// trade routes
	res["trade_routes"], _ = greedy(len(g.TradeRoutes), len(p.Routes), func(i, j int) bool {
		gr, pr := g.TradeRoutes[i], p.Routes[j]
		pf := map[string]bool{}
		if pr.From != nil {
			pf = p.partyKeys([]string{*pr.From})
		}
		if strOf(gr.From) != "" && !pf[strings.ToUpper(*gr.From)] {
			return false
		}
		if strOf(gr.Name) != "" && strOf(pr.Name) != "" && jaccard(*gr.Name, *pr.Name) >= 0.5 {
			return true
		}
		if strOf(gr.Commodity) != "" && normalize(*gr.Commodity) == normp(pr.Commodity) {
			return true
		}
		via := goldKeys(gr.Via)
		for k := range goldKeys([]string{strOf(gr.To)}) {
			via[k] = true
		}
		pv := p.partyKeys(pr.Via)
		if pr.To != nil {
			for k := range p.partyKeys([]string{*pr.To}) {
				pv[k] = true
			}
		}
		return intersects(via, pv) > 0
	})
	// agreements
	agr := p.events("Agreement")
	res["agreements"], pairs = greedy(len(g.Agreements), len(agr), func(i, j int) bool {
		ga, pa := g.Agreements[i], agr[j]
		if strOf(ga.Name) != "" && strOf(pa.Name) != "" && jaccard(*ga.Name, *pa.Name) >= 0.5 {
			return true
		}
		gp, pp := goldKeys(ga.Parties), p.partyKeys(pa.Parties)
		if len(gp) == 0 {
			return strOf(ga.Name) == ""
		}
		return intersects(gp, pp) >= min(2, len(gp))
	})
	dates(eventDates(g.Agreements), predDates(agr), pairs)
	return res, exact, dated
}

func (p *pred) placeName(ref *string) string {
	if ref == nil {
		return ""
	}
	if e, ok := p.ents[*ref]; ok {
		return normalize(e.Name)
	}
	return normalize(*ref)
}

func eventDates(evs []GoldEvent) []*string {
	out := make([]*string, len(evs))
	for i, e := range evs {
		out[i] = e.Date
	}
	return out
}

func predDates(evs []PredEvent) []*string {
	out := make([]*string, len(evs))
	for i, e := range evs {
		out[i] = e.Date
	}
	return out
}
