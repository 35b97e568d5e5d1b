package syntax

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"sort"
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
