package extract

import "sort"

// Sentences longer than text.MaxSentenceBytes are cut into pieces at word
// boundaries. A cut must not split what the rules read as one word: these
// keep dictionary matches whole and drop any later mention that crosses a
// cut, so every mention lies inside the sentence it is counted in.

// keepMatchesWhole moves each cut that falls inside a dictionary match to
// the match's end.
func (st *state) keepMatchesWhole() {
	for i := range st.sents {
		s := &st.sents[i]
		if !s.Cut || i+1 == len(st.sents) {
			continue
		}
		k := sort.Search(len(st.matches), func(k int) bool { return st.matches[k].End > s.End })
		if k == len(st.matches) || st.matches[k].Start >= s.End {
			continue
		}
		end := st.matches[k].End
		next := &st.sents[i+1]
		if end >= next.End {
			continue // never empty the next piece
		}
		s.End = end
		if next.Start < end {
			next.Start = end
		}
	}
}

// dropStraddling removes mentions that cross the end of a cut sentence.
func (st *state) dropStraddling() {
	cut := false
	for _, s := range st.sents {
		cut = cut || s.Cut
	}
	if !cut {
		return
	}
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		si := st.sentenceAt(m.Start)
		if m.End > st.sents[si].End && st.sents[si].Cut {
			continue
		}
		kept = append(kept, m)
	}
	st.mentions = kept
}
