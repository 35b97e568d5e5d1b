package mentions

import (
	"sort"
	"unicode/utf8"
)

// wordTrie holds the dictionary's words, ASCII letters folded to lower
// case, as a trie that is walked from each place a word may start. A word
// found in text must start where no letter or digit precedes it, so the
// walk starts only there; most walks end after a letter or two, and the
// nodes near the root that every walk visits stay in the cache.
type wordTrie struct {
	root [256]int32 // the root's children by folded byte; 0 for none
	// Node i's children are edgeByte/edgeTo[first[i] : first[i]+count[i]],
	// sorted by byte.
	first    []int32
	count    []uint16
	edgeByte []byte
	edgeTo   []int32
	// endWords[endFirst[i]:endFirst[i+1]] are the indexes of the words that
	// end at node i, in the order they were added. The trie holds no
	// pointers, so the garbage collector never scans it.
	endFirst []int32
	endWords []int32
}

// hit is a word found in text: bytes [start, end) match pattern p.
type hit struct{ start, end, p int }

// foldByte folds an ASCII capital to lower case.
func foldByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// newWordTrie builds the trie of the patterns; pattern i is reported as i.
func newWordTrie(patterns []string) *wordTrie {
	// Build with maps, then pack the edges into flat sorted arrays.
	type node struct {
		next map[byte]int32
		ends []int32
	}
	nodes := []node{{}} // node 0 is the root
	for i, p := range patterns {
		n := int32(0)
		for j := 0; j < len(p); j++ {
			b := foldByte(p[j])
			if nodes[n].next == nil {
				nodes[n].next = map[byte]int32{}
			}
			c, ok := nodes[n].next[b]
			if !ok {
				c = int32(len(nodes))
				nodes = append(nodes, node{})
				nodes[n].next[b] = c
			}
			n = c
		}
		nodes[n].ends = append(nodes[n].ends, int32(i))
	}
	t := &wordTrie{
		first:    make([]int32, len(nodes)),
		count:    make([]uint16, len(nodes)),
		endFirst: make([]int32, len(nodes)+1),
	}
	for i, n := range nodes {
		t.endFirst[i] = int32(len(t.endWords))
		t.endWords = append(t.endWords, n.ends...)
		bs := make([]int, 0, len(n.next))
		for b := range n.next {
			bs = append(bs, int(b))
		}
		sort.Ints(bs)
		t.first[i] = int32(len(t.edgeByte))
		t.count[i] = uint16(len(bs))
		for _, b := range bs {
			t.edgeByte = append(t.edgeByte, byte(b))
			t.edgeTo = append(t.edgeTo, n.next[byte(b)])
		}
	}
	t.endFirst[len(nodes)] = int32(len(t.endWords))
	for b, c := range nodes[0].next {
		t.root[b] = c
	}
	return t
}

// child returns node n's child by folded byte b, or 0 for none.
func (t *wordTrie) child(n int32, b byte) int32 {
	lo, hi := t.first[n], t.first[n]+int32(t.count[n])
	for lo < hi {
		m := int32(uint32(lo+hi) >> 1)
		switch c := t.edgeByte[m]; {
		case c == b:
			return t.edgeTo[m]
		case c < b:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// hits returns every word of the trie in text, ignoring the case of ASCII
// letters, that starts where no letter or digit precedes it; overlapping
// ones too. They come ordered by end, then by start, then in the order
// the words were added (the order an overlapping Aho-Corasick search
// reports them in, which the matcher used before the trie; Find's sort
// keeps that order's results).
func (t *wordTrie) hits(text string) []hit {
	var out []hit
	prevWord := false
	for s := 0; s < len(text); {
		r, size := rune(text[s]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[s:])
		}
		if !prevWord {
			if n := t.root[foldByte(text[s])]; n != 0 {
				for _, p := range t.endWords[t.endFirst[n]:t.endFirst[n+1]] {
					out = append(out, hit{s, s + 1, int(p)})
				}
				for e := s + 1; e < len(text); e++ {
					if n = t.child(n, foldByte(text[e])); n == 0 {
						break
					}
					for _, p := range t.endWords[t.endFirst[n]:t.endFirst[n+1]] {
						out = append(out, hit{s, e + 1, int(p)})
					}
				}
			}
		}
		prevWord = isWordRune(r)
		s += size
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].end < out[j].end })
	return out
}
