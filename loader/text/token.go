package text

import (
	"geograph/loader/regex"
	"strings"
)

// token is a word of the text with its offsets.
type Token struct {
	Start, End int
	Text       string
	Poss       bool // followed by 's
}

var tokenRE = regex.MustCompile(`\p{Lu}\.|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|[0-9]+|[,;:()—–"“”]`)

func Tokenize(s string, base int) []Token {
	var out []Token
	for _, m := range tokenRE.FindAllStringIndex(s, -1) {
		t := Token{Start: base + m[0], End: base + m[1], Text: s[m[0]:m[1]]}
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(t.Text, suf) && len(t.Text) > len(suf) {
				t.Text = strings.TrimSuffix(t.Text, suf)
				t.End -= len(suf)
				t.Poss = true
			}
		}
		out = append(out, t)
	}
	return out
}

// StartsUpper reports whether s starts with an ASCII capital.
func StartsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
