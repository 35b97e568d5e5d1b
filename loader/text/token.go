package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word of the text with its offsets: an initial ("U."), a run
// of letters joined by hyphens or apostrophes ("Jean-Marc", "O'Neill"),
// a number, or one of the punctuation marks the rules read.
type Token struct {
	Start, End int
	Text       string
	Poss       bool // followed by 's
}

// Tokenize splits s into tokens whose offsets are base plus their offsets
// in s. It scans s once, rune by rune.
func Tokenize(s string, base int) []Token {
	var out []Token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		end := 0
		switch {
		case unicode.IsUpper(r) && i+n < len(s) && s[i+n] == '.':
			end = i + n + 1
		case isLetterOrMark(r):
			end = wordEnd(s, i)
		case r >= '0' && r <= '9':
			end = i + 1
			for end < len(s) && s[end] >= '0' && s[end] <= '9' {
				end++
			}
		case strings.ContainsRune(`,;:()—–"“”`, r):
			end = i + n
		default:
			i += n
			continue
		}
		t := Token{Start: base + i, End: base + end, Text: s[i:end]}
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(t.Text, suf) && len(t.Text) > len(suf) {
				t.Text = strings.TrimSuffix(t.Text, suf)
				t.End -= len(suf)
				t.Poss = true
			}
		}
		out = append(out, t)
		i = end
	}
	return out
}

func isLetterOrMark(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// wordEnd returns the end of the word starting at i: letters and marks,
// then any number of a hyphen or apostrophe followed by more of them.
func wordEnd(s string, i int) int {
	i = lettersEnd(s, i)
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '-' && r != '\'' && r != '’' {
			return i
		}
		j := lettersEnd(s, i+n)
		if j == i+n {
			return i
		}
		i = j
	}
	return i
}

func lettersEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetterOrMark(r) {
			return i
		}
		i += n
	}
	return i
}

// StartsUpper reports whether s starts with an ASCII capital.
func StartsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
