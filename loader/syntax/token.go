package syntax

import (
	"unicode/utf8"
)

// Token is a word or punctuation mark of a sentence.
type Token struct {
	Start, End int    // byte offsets into the sentence text
	Text       string // the sentence's bytes [Start, End)
	Lower      string // Text in lower case (ASCII folding only)
	Tag        string // Penn Treebank part of speech
}

// tokenize splits text into Penn-Treebank-like tokens, the units the tagger
// model was trained on, keeping byte offsets. It makes one pass over the
// bytes; no regular expressions.
func tokenize(text string, toks []Token) []Token {
	end := len(text) - trailingSpace(text)
	i := 0
	for i < len(text) {
		for i < len(text) && isSpace(text[i]) {
			i++
		}
		if i >= len(text) {
			break
		}
		j := i
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		toks = splitWord(text, i, j, j >= end, toks)
		i = j
	}
	return toks
}

// trailingSpace counts the white-space bytes at the end of text, so the
// last word of a sentence is known even when the text ends in a blank.
func trailingSpace(text string) int {
	n := 0
	for n < len(text) && isSpace(text[len(text)-1-n]) {
		n++
	}
	return n
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// splitWord peels leading and trailing punctuation and English clitics off
// the white-space-delimited word text[s:e].
func splitWord(text string, s, e int, last bool, toks []Token) []Token {
	// Leading punctuation: quotes, brackets.
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isOpener(r) || s+n >= e && r == '\'' {
			break
		}
		toks = add(text, s, s+n, toks)
		s += n
	}
	// Trailing punctuation, collected right to left.
	var tail [8][2]int
	nt := 0
	for e > s && nt < len(tail) {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if r == '.' && !last && keepsPeriod(text[s:e]) {
			break
		}
		if !isCloser(r) {
			break
		}
		tail[nt] = [2]int{e - n, e}
		nt++
		e -= n
	}
	toks = splitInner(text, s, e, toks)
	for k := nt - 1; k >= 0; k-- {
		toks = add(text, tail[k][0], tail[k][1], toks)
	}
	return toks
}

// keepsPeriod reports whether a word ending in a period inside a sentence
// is an abbreviation ("U.S.", "Mr.", "Jan.") whose period belongs to it.
func keepsPeriod(w string) bool {
	if len(w) < 2 {
		return false
	}
	body := w[:len(w)-1]
	for i := 0; i < len(body); i++ {
		if body[i] == '.' {
			return true
		}
	}
	return len(body) <= 4 && body[0] >= 'A' && body[0] <= 'Z'
}

// splitInner splits a word without outer punctuation at dashes and
// clitics: "didn't" → "did" "n't", "X's" → "X" "'s".
func splitInner(text string, s, e int, toks []Token) []Token {
	for k := s; k < e; k++ {
		n := 0
		switch c := text[k]; {
		case c == '-' && k+1 < e && text[k+1] == '-':
			n = 2
		case c == 0xE2 && k+2 < e && text[k+1] == 0x80 && (text[k+2] == 0x94 || text[k+2] == 0x93): // em, en dash
			n = 3
		}
		if n > 0 {
			toks = splitClitic(text, s, k, toks)
			toks = add(text, k, k+n, toks)
			s = k + n
			k += n - 1
		}
	}
	return splitClitic(text, s, e, toks)
}

func splitClitic(text string, s, e int, toks []Token) []Token {
	if s >= e {
		return toks
	}
	w := text[s:e]
	if n := len(w); n > 3 && lowerASCII(w[n-3:]) == "n't" {
		toks = add(text, s, e-3, toks)
		return add(text, e-3, e, toks)
	}
	for _, cl := range clitics {
		if len(w) > len(cl) && lowerASCII(w[len(w)-len(cl):]) == cl {
			toks = add(text, s, e-len(cl), toks)
			return add(text, e-len(cl), e, toks)
		}
	}
	return add(text, s, e, toks)
}

// clitics are the contracted forms the Treebank writes as their own token.
var clitics = []string{"'s", "\u2019s", "'re", "'ve", "'ll", "'d", "'m", "\u2019re", "\u2019ve", "\u2019ll"}

func add(text string, s, e int, toks []Token) []Token {
	if s >= e {
		return toks
	}
	w := text[s:e]
	return append(toks, Token{Start: s, End: e, Text: w, Lower: lowerASCII(w)})
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '`', '\u201C', '\u2018', '\u00AB':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', ',', ';', ':', '!', '?', '.', '\u201D', '\u2019', '\u00BB':
		return true
	}
	return false
}

// lowerASCII folds A–Z only; it returns w itself when nothing changes, so
// most words cost no allocation.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}
