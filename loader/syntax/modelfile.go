package syntax

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
)

// The model file, little-endian:
//
//	magic "geograph-tagger-1\n"
//	u32 classes, each a string (u8 length, bytes)
//	u32 known words, each a word and its tag (two strings)
//	u32 features, each u64 key and u32 row (index of its first weight)
//	u32 weights, each i8 class (-1 ends a row) and f32 weight
//
// Everything is written in a fixed order, so the same weights always give
// the same bytes.
const modelMagic = "geograph-tagger-1\n"

func writeModel(t *tagger) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(modelMagic)
	u32 := func(n int) { _ = binary.Write(&b, binary.LittleEndian, uint32(n)) }
	var err error
	str := func(s string) {
		if len(s) > 255 {
			err = fmt.Errorf("model string %q is longer than 255 bytes", s)
			return
		}
		b.WriteByte(byte(len(s)))
		b.WriteString(s)
	}
	u32(len(t.classes))
	for _, c := range t.classes {
		str(c)
	}
	words := make([]string, 0, len(t.known))
	for w := range t.known {
		words = append(words, w)
	}
	sort.Strings(words)
	u32(len(words))
	for _, w := range words {
		str(w)
		str(t.known[w])
	}
	type pair struct {
		key uint64
		row int32
	}
	var pairs []pair
	for i, k := range t.rows.keys {
		if k != 0 {
			pairs = append(pairs, pair{k, t.rows.rows[i]})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].row < pairs[j].row })
	u32(len(pairs))
	for _, p := range pairs {
		_ = binary.Write(&b, binary.LittleEndian, p.key)
		u32(int(p.row))
	}
	u32(len(t.weights))
	for _, w := range t.weights {
		b.WriteByte(byte(int8(w.class)))
		_ = binary.Write(&b, binary.LittleEndian, math.Float32bits(w.w))
	}
	return b.Bytes(), err
}

// modelReader reads the model file, remembering the first error.
type modelReader struct {
	buf []byte
	err error
}

var errShortModel = errors.New("tagger model: file ends early")

func (r *modelReader) take(n int) []byte {
	if r.err != nil || n > len(r.buf) {
		r.err = errShortModel
		return make([]byte, n)
	}
	out := r.buf[:n]
	r.buf = r.buf[n:]
	return out
}

func (r *modelReader) u32() int { return int(binary.LittleEndian.Uint32(r.take(4))) }
func (r *modelReader) str() string {
	n := r.take(1)[0]
	return string(r.take(int(n)))
}

// count reads a count and checks that the file can hold that many items
// of at least size bytes each, so a corrupt count cannot ask for memory.
func (r *modelReader) count(size int) int {
	n := r.u32()
	if r.err == nil && n > len(r.buf)/size {
		r.err = errShortModel
		return 0
	}
	return n
}

func readModel(data []byte) (*tagger, error) {
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, errors.New("tagger model: not a model file")
	}
	r := &modelReader{buf: data[len(modelMagic):]}
	t := &tagger{known: map[string]string{}}
	for n := r.count(1); n > 0 && r.err == nil; n-- {
		t.classes = append(t.classes, r.str())
	}
	for n := r.count(2); n > 0 && r.err == nil; n-- {
		w := r.str()
		t.known[w] = r.str()
	}
	n := r.count(12)
	t.rows = newTable(n)
	features, maxRow := n, 0
	for ; n > 0 && r.err == nil; n-- {
		k := binary.LittleEndian.Uint64(r.take(8))
		row := r.u32()
		maxRow = max(maxRow, row)
		t.rows.put(k, int32(row))
	}
	n = r.count(5)
	t.weights = make([]classWeight, 0, n)
	for ; n > 0 && r.err == nil; n-- {
		c := int32(int8(r.take(1)[0]))
		w := math.Float32frombits(binary.LittleEndian.Uint32(r.take(4)))
		if int(c) >= len(t.classes) {
			r.err = fmt.Errorf("tagger model: class %d of %d", c, len(t.classes))
		}
		t.weights = append(t.weights, classWeight{c, w})
	}
	if r.err == nil && features > 0 && maxRow >= len(t.weights) {
		r.err = fmt.Errorf("tagger model: row %d of %d weights", maxRow, len(t.weights))
	}
	if r.err == nil && len(r.buf) != 0 {
		r.err = fmt.Errorf("tagger model: %d bytes after the end", len(r.buf))
	}
	if r.err != nil {
		return nil, r.err
	}
	return t, nil
}
