package syntax

// tagState is the scratch space of one tagging call, reused across
// sentences by a Parser.
type tagState struct {
	ctx    []string
	wordH  []uint64 // hash of each context word
	sufH   []uint64 // hash of each context word's last three bytes
	scores []float64
}

var (
	startH  = [2]uint64{hashString("-START-"), hashString("-START2-")}
	endWord = [2]string{"-END-", "-END2-"}
)

// tag sets Tag on every token.
func (t *tagger) tag(toks []Token, st *tagState) {
	st.ctx = append(st.ctx[:0], "-START-", "-START2-")
	for i := range toks {
		st.ctx = append(st.ctx, normalize(toks[i].Text))
	}
	st.ctx = append(st.ctx, endWord[0], endWord[1])
	st.wordH, st.sufH = st.wordH[:0], st.sufH[:0]
	for _, w := range st.ctx {
		st.wordH = append(st.wordH, hashString(w))
		st.sufH = append(st.sufH, hashString(suffix3(w)))
	}
	if cap(st.scores) < len(t.classes) {
		st.scores = make([]float64, len(t.classes))
	}
	p1, p2 := startH[0], startH[1]
	for i := range toks {
		w := toks[i].Text
		tag, ok := special(w)
		if w == "\"" {
			// A straight quote opens when it clings to the next token.
			tag, ok = "''", true
			if i+1 < len(toks) && toks[i+1].Start == toks[i].End {
				tag = "``"
			}
		}
		if !ok {
			if tag, ok = t.known[w]; !ok {
				tag = t.classes[t.predict(i, w, p1, p2, st)]
			}
		}
		toks[i].Tag = tag
		p2, p1 = p1, hashString(tag)
	}
}

// predict scores the features prose's tagger uses for token i, whose
// previous two tags hash to p1 and p2.
func (t *tagger) predict(i int, w string, p1, p2 uint64, st *tagState) int {
	sc := st.scores[:len(t.classes)]
	for k := range sc {
		sc[k] = 0
	}
	c := i + 2
	wh, sh := st.wordH, st.sufH
	keys := [...]uint64{
		featureKey(tBias, 0, 0),
		featureKey(tSuffix, hashString(suffix3(w)), 0),
		featureKey(tPref1, hashString(string(rune(w[0]))), 0),
		featureKey(tTag1, p1, 0),
		featureKey(tTag2, p2, 0),
		featureKey(tTag12, p1, p2),
		featureKey(tWord, wh[c], 0),
		featureKey(tTag1Word, p1, wh[c]),
		featureKey(tWord1, wh[c-1], 0),
		featureKey(tSuffix1, sh[c-1], 0),
		featureKey(tWord2, wh[c-2], 0),
		featureKey(tWordN1, wh[c+1], 0),
		featureKey(tSuffixN1, sh[c+1], 0),
		featureKey(tWordN2, wh[c+2], 0),
	}
	for _, k := range keys {
		r, ok := t.rows.get(k)
		if !ok {
			continue
		}
		for _, cw := range t.weights[r:] {
			if cw.class < 0 {
				break
			}
			sc[cw.class] += float64(cw.w)
		}
	}
	best := 0
	for k := 1; k < len(sc); k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	return best
}

// special tags tokens the model does not score, as prose does.
func special(w string) (string, bool) {
	switch {
	case w == "-":
		return ":", true
	case w == "--" || w == "\u2014" || w == "\u2013":
		return ":", true
	case w == "\u201C" || w == "\u2018" || w == "\u00AB":
		return "``", true
	case w == "\u201D" || w == "\u00BB":
		return "''", true
	case len(w) > 1 && w[0] == '@':
		return "NN", true
	}
	return "", false
}

func suffix3(w string) string {
	if len(w) > 3 {
		return w[len(w)-3:]
	}
	return w
}

// normalize is prose's word normalisation: hyphenated words, years and
// numbers collapse to a class, other words to lower case.
func normalize(w string) string {
	if w == "" {
		return w
	}
	hyphen := false
	for i := 1; i < len(w); i++ {
		if w[i] == '-' {
			hyphen = true
			break
		}
	}
	switch {
	case hyphen && w[0] != '-':
		return "!HYPHEN"
	case len(w) == 4 && isInt(w):
		return "!YEAR"
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS"
	}
	return lowerASCII(w)
}

// isInt reports what strconv.Atoi accepts for a four-byte word (a sign
// and digits), without the error value Atoi allocates on every word that
// is not a number.
func isInt(w string) bool {
	if w[0] == '+' || w[0] == '-' {
		w = w[1:]
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
