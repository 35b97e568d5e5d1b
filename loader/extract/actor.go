package extract

import (
	"sort"
	"strings"

	"geograph/graph"
	"geograph/loader/regex"
)

// lastPeople returns the n people mentioned last before pos, at most four
// sentences back.
func (st *state) lastPeople(si, pos, n int) []mention {
	var out []mention
	for k := si; k >= 0 && k >= si-8 && len(out) < n; k-- {
		ms := st.inSentence(k)
		for i := len(ms) - 1; i >= 0 && len(out) < n; i-- {
			if ms[i].Kind == graph.KindPerson && ms[i].Start < pos && !hasID(out, ms[i].ID) {
				out = append(out, ms[i])
			}
		}
	}
	if len(out) < n {
		return st.mainPeople(n)
	}
	return out
}

// mainPeople returns the n people the article names most, in order of
// first mention: whom "the two leaders" means when no recent sentence does.
func (st *state) mainPeople(n int) []mention {
	type cand struct {
		m     mention
		count int
	}
	var cs []cand
	seen := map[string]int{}
	for _, m := range st.mentions {
		if m.Kind != graph.KindPerson || !m.Named {
			continue
		}
		if i, ok := seen[m.ID]; ok {
			cs[i].count++
			continue
		}
		seen[m.ID] = len(cs)
		cs = append(cs, cand{m, 1})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].count > cs[j].count })
	if len(cs) < n || n < len(cs) && cs[n-1].count == cs[n].count {
		return nil
	}
	out := make([]mention, n)
	for i := range out {
		out[i] = cs[i].m
	}
	return out
}

// peopleIn returns the people mentioned in [from, to), each once.
func (st *state) peopleIn(si, from, to int) []mention {
	var out []mention
	for _, m := range st.inSentence(si) {
		if m.Kind == graph.KindPerson && m.Start >= from && m.Start < to && !hasID(out, m.ID) {
			out = append(out, m)
		}
	}
	return out
}

// sidesIn returns the countries and organisations named in [from, to).
func (st *state) sidesIn(si, from, to int) []mention {
	var out []mention
	for _, m := range st.inSentence(si) {
		if (m.Kind == graph.KindCountry || m.Kind == graph.KindOrganization) && !m.Implicit && m.Start >= from && m.Start < to && !hasID(out, m.ID) {
			out = append(out, m)
		}
	}
	return out
}

var pronounWordRE = regex.MustCompile(`\b(he|she|He|She)\b`)

// pronounIn resolves a "he"/"she" in s (part of sentence si) to the first
// person of the latest earlier sentence naming one.
func (st *state) pronounIn(si int, s string) (mention, bool) {
	if !pronounWordRE.MatchString(s) {
		return mention{}, false
	}
	if strings.TrimSpace(s) != "" {
		// An earlier person of the same sentence: "<Name> held talks …, a
		// day after he sat down with …".
		pos := strings.Index(st.sentText(si), s)
		for _, m := range st.inSentence(si) {
			if m.Kind == graph.KindPerson && pos > 0 && m.End <= st.sents[si].Start+pos {
				return m, true
			}
		}
	}
	for k := si - 1; k >= 0 && k >= si-4; k-- {
		for _, m := range st.inSentence(k) {
			if m.Kind == graph.KindPerson {
				return m, true
			}
		}
	}
	return mention{}, false
}

// objectRightAfter reports whether a person follows pos with only titles
// and demonyms between ("received <Demonym> President <Name>").
func (st *state) objectRightAfter(si, pos int) bool {
	for _, m := range st.inSentence(si) {
		if m.Start < pos {
			continue
		}
		if m.Kind != graph.KindPerson {
			if m.Kind == graph.KindCountry || m.Implicit {
				continue
			}
			return false
		}
		gap := st.masked[pos:m.Start]
		return len(gap) <= 50 && !strings.ContainsAny(gap, ",;") && !strings.Contains(gap, " by ")
	}
	return false
}

// sideRightAfter reports whether a country or organisation follows pos
// closely ("met with <Demonym> officials").
func (st *state) sideRightAfter(si, pos int) bool {
	for _, m := range st.inSentence(si) {
		if m.Start < pos || m.Implicit {
			continue
		}
		gap := st.masked[pos:m.Start]
		return (m.Kind == graph.KindCountry || m.Kind == graph.KindOrganization) && len(gap) <= 12 && !strings.ContainsAny(gap, ",;")
	}
	return false
}

// splitWith splits the objects of "talks with X and with Y" into separate
// meetings; "with X and Y" stays one.
func (st *state) splitWith(text string, base int, objs []mention) [][]mention {
	if len(objs) == 0 {
		return [][]mention{nil}
	}
	groups := [][]mention{{objs[0]}}
	for i := 1; i < len(objs); i++ {
		gap := st.masked[objs[i-1].End:objs[i].Start]
		if strings.Contains(gap, "with") || strings.Contains(gap, " met ") {
			groups = append(groups, []mention{objs[i]})
			continue
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], objs[i])
	}
	return groups
}
