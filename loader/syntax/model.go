package syntax

import (
	_ "embed"
	"sync"
)

// tagger is an averaged-perceptron part-of-speech tagger. Its weights are
// prose v2's English model (MIT licence, a port of the textblob-aptagger
// model trained on the Wall Street Journal part of the Penn Treebank),
// converted once into tagger.model (see modelfile.go; TestModelFileMatchesProse
// rebuilds it from prose and fails on any difference). We score them
// ourselves, so that tagging works on our tokens with their byte offsets,
// allocates nothing per token and never runs prose's regular-expression
// tokenizer; and the binary carries neither prose's go-bindata blobs nor
// its dependencies. The features are prose's, so the tags are prose's for
// the same tokens.
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

//go:embed tagger.model
var modelFile []byte

// loadTagger reads the embedded model once; every Parser shares it,
// read-only.
func loadTagger() (*tagger, error) {
	modelOnce.Do(func() { model, modelErr = readModel(modelFile) })
	return model, modelErr
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
