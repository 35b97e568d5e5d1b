package syntax

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"sort"
	"strconv"
	"sync"

	"github.com/jdkato/prose/v2"
)

// tagger is an averaged-perceptron part-of-speech tagger. Its weights are
// prose v2's English model (MIT licence, a port of the textblob-aptagger
// model trained on the Wall Street Journal part of the Penn Treebank); we
// read them through prose's exported Asset and score them here, so that
// tagging works on our tokens with their byte offsets, allocates nothing per
// token and never runs prose's regular-expression tokenizer. The features
// are the same as prose's, so the tags are the same for the same tokens.
type tagger struct {
	classes []string
	// weights maps a feature string to its non-zero weight per class.
	weights map[string][]classWeight
	// known maps frequent, unambiguous words to their only tag.
	known map[string]string
}

type classWeight struct {
	class int32
	w     float32
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
	for i, c := range classes {
		index[c] = int32(i)
	}
	t := &tagger{classes: classes, known: known, weights: make(map[string][]classWeight, len(weights))}
	for feat, ws := range weights {
		row := make([]classWeight, 0, len(ws))
		for c, w := range ws {
			if ci, ok := index[c]; ok && w != 0 {
				row = append(row, classWeight{ci, float32(w)})
			}
		}
		sort.Slice(row, func(i, j int) bool { return row[i].class < row[j].class })
		if len(row) > 0 {
			t.weights[feat] = row
		}
	}
	return t, nil
}

// tagState is the scratch space of one tagging call, reused across
// sentences by a Parser.
type tagState struct {
	ctx    []string
	scores []float64
	key    []byte
}

// tag sets Tag on every token.
func (t *tagger) tag(toks []Token, st *tagState) {
	st.ctx = st.ctx[:0]
	st.ctx = append(st.ctx, "-START-", "-START2-")
	for i := range toks {
		st.ctx = append(st.ctx, normalize(toks[i].Text))
	}
	st.ctx = append(st.ctx, "-END-", "-END2-")
	if cap(st.scores) < len(t.classes) {
		st.scores = make([]float64, len(t.classes))
	}
	p1, p2 := "-START-", "-START2-"
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
				tag = t.predict(i, w, p1, p2, st)
			}
		}
		toks[i].Tag = tag
		p2, p1 = p1, tag
	}
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

// predict scores the features prose's tagger uses for token i.
func (t *tagger) predict(i int, w, p1, p2 string, st *tagState) string {
	sc := st.scores[:len(t.classes)]
	for k := range sc {
		sc[k] = 0
	}
	ctx := st.ctx
	c := i + 2
	feat := func(parts ...string) {
		st.key = st.key[:0]
		for k, p := range parts {
			if k > 0 {
				st.key = append(st.key, ' ')
			}
			st.key = append(st.key, p...)
		}
		for _, cw := range t.weights[string(st.key)] {
			sc[cw.class] += float64(cw.w)
		}
	}
	feat("bias")
	feat("i suffix", suffix3(w))
	feat("i pref1", w[:1])
	feat("i-1 tag", p1)
	feat("i-2 tag", p2)
	feat("i tag+i-2 tag", p1, p2)
	feat("i word", ctx[c])
	feat("i-1 tag+i word", p1, ctx[c])
	feat("i-1 word", ctx[c-1])
	feat("i-1 suffix", suffix3(ctx[c-1]))
	feat("i-2 word", ctx[c-2])
	feat("i+1 word", ctx[c+1])
	feat("i+1 suffix", suffix3(ctx[c+1]))
	feat("i+2 word", ctx[c+2])
	best := 0
	for k := 1; k < len(sc); k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	return t.classes[best]
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
