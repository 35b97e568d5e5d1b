package frames

import (
	"sort"

	"geograph/graph"
	"geograph/loader/syntax"
)

// cue is a modality cue: a word sequence in lower case.
type cue struct {
	words    []string
	modality graph.Modality
}

// buildCues indexes the cues by their first word.
func buildCues(mc ModalityCues) map[string][]cue {
	out := map[string][]cue{}
	for mod, list := range mc.Cues {
		for _, c := range list {
			w := nounWords(c)
			out[w[0]] = append(out[w[0]], cue{words: w, modality: mod})
		}
	}
	for k := range out {
		// Longest first, so "refused to" is tried before any shorter cue
		// with the same first word; the order is fixed for determinism.
		sort.SliceStable(out[k], func(i, j int) bool {
			a, b := out[k][i], out[k][j]
			if len(a.words) != len(b.words) {
				return len(a.words) > len(b.words)
			}
			return a.modality < b.modality
		})
	}
	return out
}

// window is how many tokens before a trigger the cues may stand, within
// its clause: "is widely expected to be signed" fits, a cue two clauses
// away does not.
const window = 12

// modality reads the cues in the trigger's clause from at most window
// tokens before from up to to (token indices): the verb group itself, or
// the noun phrase and the verb it is the subject of. Negation counts only
// before negTo, or as the main verb of a verb group ("were lifted"). vg is the trigger's verb group, whose clause may continue
// another's by coordination, or -1.
func (st *state) modality(from, to, negTo, vg int) graph.Modality {
	s := st.s
	cl := s.ClauseOf[from]
	lo := max(s.Clauses[cl].Start, from-window, 0)
	best, bestRank := graph.Asserted, len(st.a.rank)
	scan := func(lo, hi int) {
		for k := lo; k < hi; k++ {
			if s.ClauseOf[k] != cl && k < from {
				continue
			}
			if tag := s.Tokens[k].Tag; tag == "NNP" || tag == "NNPS" {
				continue // "in May" is a month
			}
			for _, c := range st.a.cues[s.Tokens[k].Lower] {
				if k+len(c.words) > len(s.Tokens) || !st.matches(k, c.words) {
					continue
				}
				if c.modality == graph.Negated && k >= negTo && !st.verbHead(k) {
					continue // a passive governor's "not"; its own verb counts: "were lifted"
				}
				if r := st.a.rank[c.modality]; r < bestRank {
					best, bestRank = c.modality, r
				}
			}
		}
	}
	scan(lo, min(to, len(s.Tokens)))
	// "threatened to cut supplies and impose sanctions": the shared verb
	// group's cues reach the coordinated one.
	if vg >= 0 {
		if sh := s.Clauses[s.ClauseOf[s.Phrases[vg].Start]].Shares; sh >= 0 {
			cl = s.ClauseOf[s.Phrases[sh].Start]
			scan(s.Phrases[sh].Start, s.Phrases[sh].End)
		}
	}
	return best
}

// verbHead reports whether token k is the main verb of its verb group.
func (st *state) verbHead(k int) bool {
	p := st.s.PhraseOf[k]
	return p >= 0 && st.s.Phrases[p].Kind == syntax.VG && st.s.Phrases[p].Head == k
}

func (st *state) matches(k int, words []string) bool {
	for j, w := range words {
		if st.s.Tokens[k+j].Lower != w {
			return false
		}
	}
	return true
}
