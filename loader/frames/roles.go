package frames

import (
	"slices"
	"sort"
	"strings"

	"geograph/graph"
	"geograph/loader/syntax"
)

// fact is a Fact being filled, with the mentions it already used: a
// mention fills at most one role of a fact.
type fact struct {
	Fact
	frame int
	used  []bool
}

func (st *state) newFact(fi int, form string, trig syntax.Span) *fact {
	fr := st.a.file.Frames[fi]
	return &fact{Fact: Fact{Frame: fr.Name, Kind: fr.Kind, Form: form, Trigger: trig, Roles: map[string][]Mention{}},
		frame: fi, used: make([]bool, len(st.mentions))}
}

func (st *state) span(from, to int) syntax.Span {
	return syntax.Span{Start: st.s.Tokens[from].Start, End: st.s.Tokens[to-1].End}
}

// verbFact fills a frame evoked by a main verb.
func (st *state) verbFact(vi, fi int) Fact {
	v := st.s.Phrases[vi]
	fr := st.a.file.Frames[fi]
	m := fr.Active
	if v.Voice == syntax.Passive {
		m = fr.Passive
	}
	f := st.newFact(fi, v.Voice.String(), st.span(v.Head, v.Head+1))
	f.Relative = st.relative(vi)
	st.fillGroup(f, m, "subject", v.Subject)
	st.fillGroup(f, m, "object", v.Object)
	st.fillPPs(f, m, st.byVerb[vi], "")
	f.Modality = st.modality(v.Start, v.End, v.End, vi)
	return f.done()
}

// lightFact fills the frame of noun np evoked through support verb vi.
func (st *state) lightFact(vi, np int, hit nounHit, li int) Fact {
	v := st.s.Phrases[vi]
	fr := st.a.file.Frames[hit.frame]
	l := fr.Light[li]
	f := st.newFact(hit.frame, v.Voice.String(), st.span(hit.start, hit.end))
	f.Light = true
	f.Relative = st.relative(vi)
	if v.Voice == syntax.Passive {
		st.fillPPs(f, l.Passive, st.byVerb[vi], "by")
	} else {
		st.fillGroup(f, l.Active, "subject", v.Subject)
	}
	st.fillNoun(f, fr.Nominal, np, hit)
	// the verb's PPs, not those completing another noun ("imposed
	// sanctions on X, the firm behind a pipeline to Y")
	var pps []int
	for _, ppi := range st.byVerb[vi] {
		if n := st.s.PPs[ppi].Noun; n < 0 || st.completes(n, np) {
			pps = append(pps, ppi)
		}
	}
	st.fillPPs(f, fr.Nominal, pps, "-by")
	st.fillParticiples(f, fr.Nominal, np, vi)
	f.Modality = st.modality(min(v.Start, hit.start), max(v.End, hit.end), max(v.End, hit.end), vi)
	return f.done()
}

// completes reports whether noun phrase n is np or completes it through
// a chain of PPs ("controls over the export of X", n the export).
func (st *state) completes(n, np int) bool {
	for step := 0; step < 4 && n >= 0; step++ {
		if n == np {
			return true
		}
		in := st.s.Phrases[n].InPP
		if in < 0 {
			return false
		}
		n = st.s.PPs[in].Noun
	}
	return false
}

// nominalFact fills the frame of a noun with no support verb.
func (st *state) nominalFact(np int, hit nounHit) Fact {
	f := st.newFact(hit.frame, "nominal", st.span(hit.start, hit.end))
	fr := st.a.file.Frames[hit.frame]
	st.fillNoun(f, fr.Nominal, np, hit)
	end, negEnd := st.fillParticiples(f, fr.Nominal, np, -1)
	f.Modality = st.modality(st.s.Phrases[np].Start, max(hit.end, end), max(hit.end, negEnd), -1)
	return f.done()
}

// participleFacts reads a past participle of a frame verb before a noun
// phrase's head ("the sanctioned <Name> project", "a blacklisted firm") as
// that verb in the passive, with the rest of the phrase as its subject.
func (st *state) participleFacts(np int) []Fact {
	p := st.s.Phrases[np]
	var out []Fact
	for k := p.Start; k < p.Head; k++ {
		t := st.s.Tokens[k]
		if st.cover[k] || t.Tag != "VBN" && t.Tag != "JJ" || !strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "en") {
			continue
		}
		for _, fi := range st.a.lx.verbs[t.Lower] {
			fr := st.a.file.Frames[fi]
			f := st.newFact(fi, "passive", st.span(k, k+1))
			st.fillTokens(f, fr.Passive, "subject", k+1, p.End)
			// an attribute presupposes its fact: "will answer attempts to
			// use the sanctioned X" speaks of X as sanctioned now
			f.Modality = graph.Asserted
			out = append(out, f.done())
		}
	}
	return out
}

// fillParticiples gives the noun what the verbs it is the subject of say
// of it, other than skip: a participle's PPs and object ("a pipeline
// running from A to B", "the summit hosted by X"), and the path and place
// PPs of a main verb with no object ("the pipeline runs through B", "the
// summit opened in X"), not its other PPs ("the embargo will backfire on
// X"). It returns the end of the verb groups whose cues count for the
// noun's modality ("a summit is expected to take place", "a corridor is
// planned"), and the end of those whose negation does: a passive's does
// not ("sanctions are not circumvented").
func (st *state) fillParticiples(f *fact, m Mapping, np, skip int) (end, negEnd int) {
	g := st.s.Phrases[np].Group
	for vi := np + 1; vi < len(st.s.Phrases) && vi <= np+6; vi++ {
		v := st.s.Phrases[vi]
		if v.Kind != syntax.VG || v.Subject != g {
			continue
		}
		end = max(end, v.End)
		if v.Voice == syntax.Active || v.Reduced {
			negEnd = max(negEnd, v.End)
		}
		if vi == skip || v.Object >= 0 && !v.Reduced {
			break
		}
		if v.Reduced {
			st.fillGroup(f, m, "object", v.Object)
			st.fillPPs(f, m, st.byVerb[vi], "")
			continue
		}
		for _, ppi := range st.byVerb[vi] {
			pp := st.s.PPs[ppi]
			if prep := st.s.Tokens[pp.Prep].Lower; pathPreposition(prep) {
				st.fillGroup(f, m, prep, pp.Object)
			}
		}
		break
	}
	return end, negEnd
}

// pathPreposition reports the prepositions of a path or a place.
func pathPreposition(p string) bool {
	switch p {
	case "from", "to", "into", "via", "through", "across", "in":
		return true
	}
	return false
}

// relative reports a verb group in a relative clause whose head fills
// its subject or object.
func (st *state) relative(vi int) bool {
	v := st.s.Phrases[vi]
	c := st.s.Clauses[st.s.ClauseOf[v.Start]]
	return c.Relative && c.Head >= 0 && (v.Subject == c.Head || v.Object == c.Head)
}

// fillNoun maps the noun phrase's own positions: possessor, modifiers
// before the noun, and the PPs that modify it.
func (st *state) fillNoun(f *fact, m Mapping, np int, hit nounHit) {
	p := st.s.Phrases[np]
	modFrom := p.Start
	if p.Poss >= 0 {
		st.fillTokens(f, m, "possessor", p.Start, p.Poss)
		modFrom = p.Poss + 1
	}
	st.fillTokens(f, m, "modifier", modFrom, hit.start)
	st.fillPPs(f, m, st.byNoun[np], "")
}

// fillPPs maps PPs by their preposition. only, when set, keeps only that
// preposition; "-by" keeps all but "by".
func (st *state) fillPPs(f *fact, m Mapping, pps []int, only string) {
	for _, ppi := range pps {
		pp := st.s.PPs[ppi]
		prep := st.s.Tokens[pp.Prep].Lower
		switch {
		case only == "-by" && prep == "by":
			continue
		case only != "" && only != "-by" && prep != only:
			continue
		}
		st.fillGroup(f, m, prep, pp.Object)
	}
}

// fillGroup maps the mentions of a coordination, each member taken with
// the "of" PPs that complete it ("the leaders of A and B").
func (st *state) fillGroup(f *fact, m Mapping, pos string, g int) {
	if g < 0 || len(m[pos]) == 0 {
		return
	}
	for _, pi := range st.s.Groups[g].Members {
		st.fillPhrase(f, m, pos, pi, 2)
	}
}

func (st *state) fillPhrase(f *fact, m Mapping, pos string, pi, depth int) {
	p := st.s.Phrases[pi]
	st.fillTokens(f, m, pos, p.Start, p.End)
	if depth == 0 {
		return
	}
	for _, ppi := range st.byNoun[pi] {
		pp := st.s.PPs[ppi]
		if st.s.Tokens[pp.Prep].Lower != "of" {
			continue
		}
		for _, mi := range st.s.Groups[pp.Object].Members {
			st.fillPhrase(f, m, pos, mi, depth-1)
		}
	}
}

// fillTokens assigns the mentions starting in tokens [from, to) to the
// first role of pos that their kind allows and the fact has not filled
// yet, or else to the last their kind allows: "a railway linking A and B"
// with "object": ["commodity", "from", "to"] has A from, B to; "oil and
// gas" are both the commodity.
func (st *state) fillTokens(f *fact, m Mapping, pos string, from, to int) {
	roles := m[pos]
	if len(roles) == 0 {
		return
	}
	for k := from; k < to; k++ {
		mi := st.startsAt[k]
		if mi < 0 || f.used[mi] {
			continue
		}
		kind := st.mentions[mi].Kind
		chosen := ""
		if r := st.a.file.Frames[f.frame].BeforeCommodity; r != "" && st.beforeCommodity(mi) && slices.Contains(st.a.file.Roles[r], kind) {
			f.Roles[r] = append(f.Roles[r], st.mentions[mi])
			f.used[mi] = true
			continue
		}
		for _, r := range roles {
			if slices.Contains(st.a.file.Roles[r], kind) {
				chosen = r
				if len(f.Roles[r]) == 0 {
					break
				}
			}
		}
		if chosen != "" {
			f.Roles[chosen] = append(f.Roles[chosen], st.mentions[mi])
			f.used[mi] = true
		}
	}
}

// beforeCommodity reports whether mention mi is followed at once by a
// commodity mention ("<demonym> crude").
func (st *state) beforeCommodity(mi int) bool {
	m := st.mentions[mi]
	if m.Kind == "Commodity" {
		return false
	}
	_, last, ok := st.s.TokenRange(syntax.Span{Start: m.Start, End: m.End})
	if !ok || last+1 >= len(st.s.Tokens) {
		return false
	}
	next := st.startsAt[last+1]
	return next >= 0 && st.mentions[next].Kind == "Commodity"
}

// done puts each role's mentions in sentence order.
func (f *fact) done() Fact {
	for _, ms := range f.Roles {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	return f.Fact
}
