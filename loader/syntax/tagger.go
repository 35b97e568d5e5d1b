package syntax

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// tagger is an averaged-perceptron part-of-speech tagger. Its weights are
// prose v2's English model (MIT licence, a port of the textblob-aptagger
// model trained on the Wall Street Journal part of the Penn Treebank); we
// read them through prose's exported Asset and score them here, so that
// tagging works on our tokens with their byte offsets, allocates nothing per
// token and never runs prose's regular-expression tokenizer. The features
// are prose's, so the tags are prose's for the same tokens.
//
// A feature is a template ("i-1 tag+i word") and one or two values. prose
// keys its weights by the joined string; we key them by a 64-bit hash of
// the template and the values' hashes, so that each token's context words
// are hashed once and each feature costs one integer map look-up. Loading
// fails if two of the model's features share a hash.
type tagger struct {
	classes []string
	rows    table
	weights []classWeight // a row is a run ended by class -1
	known   map[string]string
}

type classWeight struct {
	class int32
	w     float32
}

// The feature templates, in prose's order; the index is the template's id.
var templates = []string{"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag", "i word",
	"i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word"}

const (
	tBias = iota
	tSuffix
	tPref1
	tTag1
	tTag2
	tTag12
	tWord
	tTag1Word
	tWord1
	tSuffix1
	tWord2
	tWordN1
	tSuffixN1
	tWordN2
)

// twoValued reports templates whose value is two words: "NN DT".
func twoValued(t int) bool { return t == tTag12 || t == tTag1Word }

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// featureKey mixes a template id with its values' hashes.
func featureKey(t int, h1, h2 uint64) uint64 {
	x := uint64(t+1)*0x9E3779B97F4A7C15 ^ h1 ^ (h2 * 0xC2B2AE3D27D4EB4F)
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 29
	return x
}

var (
	modelOnce sync.Once
	model     *tagger
	modelErr  error
)

// loadTagger decodes the embedded model once; every Parser shares it,
// read-only.
func loadTagger() (*tagger, error) {
	modelOnce.Do(func() { model, modelErr = decodeTagger() })
	return model, modelErr
}

func decodeTagger() (*tagger, error) {
	var classes []string
	var known map[string]string
	var weights map[string]map[string]float64
	for _, a := range []struct {
		name string
		into any
	}{{"classes.gob", &classes}, {"tags.gob", &known}, {"weights.gob", &weights}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("tagger model %s: %w", a.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.into); err != nil {
			return nil, fmt.Errorf("tagger model %s: %w", a.name, err)
		}
	}
	sort.Strings(classes) // a fixed order makes ties break the same way every run
	index := make(map[string]int32, len(classes))
	t := &tagger{classes: classes, known: known, rows: newTable(len(weights))}
	for i, c := range classes {
		index[c] = int32(i)
	}
	feats := make([]string, 0, len(weights))
	for f := range weights {
		feats = append(feats, f)
	}
	sort.Strings(feats) // deterministic layout
	for _, feat := range feats {
		key, ok := parseFeature(feat)
		if !ok {
			return nil, fmt.Errorf("tagger model: feature %q fits no template", feat)
		}
		if _, dup := t.rows.get(key); dup || key == 0 {
			return nil, fmt.Errorf("tagger model: feature %q collides with another's hash", feat)
		}
		start := len(t.weights)
		for c, w := range weights[feat] {
			if ci, ok := index[c]; ok && w != 0 {
				t.weights = append(t.weights, classWeight{ci, float32(w)})
			}
		}
		if len(t.weights) == start {
			continue
		}
		row := t.weights[start:]
		sort.Slice(row, func(i, j int) bool { return row[i].class < row[j].class })
		t.weights = append(t.weights, classWeight{class: -1})
		t.rows.put(key, int32(start))
	}
	return t, nil
}

// parseFeature turns one of prose's feature strings into our key.
func parseFeature(f string) (uint64, bool) {
	if f == "bias" {
		return featureKey(tBias, 0, 0), true
	}
	for id, tm := range templates {
		if id == tBias || len(f) <= len(tm) || f[:len(tm)] != tm || f[len(tm)] != ' ' {
			continue
		}
		v := f[len(tm)+1:]
		if !twoValued(id) {
			return featureKey(id, hashString(v), 0), true
		}
		i := strings.IndexByte(v, ' ')
		if i < 0 {
			return 0, false
		}
		return featureKey(id, hashString(v[:i]), hashString(v[i+1:])), true
	}
	return 0, false
}

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

func isInt(w string) bool {
	_, err := strconv.Atoi(w)
	return err == nil
}

// table is an open-addressing hash table from feature key to weight row:
// keys are already well mixed, so the slot is the key's low bits, and at
// most half the slots are used, so a miss ends quickly. It is faster than
// a map for the tagger's many look-ups of keys that are not there.
type table struct {
	keys []uint64 // 0 marks an empty slot
	rows []int32
	mask uint64
}

func newTable(n int) table {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return table{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
}

func (t *table) put(k uint64, row int32) {
	i := k & t.mask
	for t.keys[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.keys[i], t.rows[i] = k, row
}

func (t *table) get(k uint64) (int32, bool) {
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.rows[i], true
		case 0:
			return 0, false
		}
	}
}
