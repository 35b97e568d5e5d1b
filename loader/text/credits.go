package text

import (
	"strings"

	"geograph/loader/regex"
)

var (
	creditLineRE  = regex.MustCompile(`(?m)^[ \t]*(?:By|BY|Reporting by|Writing by|Editing by|Additional reporting by|Compiled by|Read more|Related|READ MORE|Photo|Photograph|Image|Picture|Credit|Source|Follow)\b[^\n]{0,200}$`)
	creditInRE    = regex.MustCompile(strings.NewReplacer("<agencies>", alternation(words.PhotoCredits), "<AGENCIES>", alternation(words.PhotoCreditsUpper), "<alone>", alternation(words.PhotoCreditsAlone), "<VIA>", alternation(words.PhotoCreditsVia)).Replace(`\((?:Reporting|Writing|Editing|Additional reporting|Compiled|Photo|Photograph)[^)]{0,300}\)|\b(?:Photo|Photograph|Image|Picture|Credit)s?(?:\s+by|\s*:)\s*[^.\n]{0,80}|\b(?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.'-]*\s*/\s*(?:<agencies>)\b[^\n.]{0,40}|\bvia (?:<alone>)\b|\b(?:<alone>)\b|\b(?:<AGENCIES>)/[A-Z][^\n]{0,80}|\b[\w./ -]{0,60} via (?:<VIA>)\b|\bFILE PHOTO:?`))
	boldEndRE     = regex.MustCompile(`(?m)\S[^\n]*?(\*\*[^*\n]{1,80}\*\*)[ \t]*$`)
	contributedRE = regex.MustCompile(`(?m)[^.\n]*\b(?:contributed to this report|contributed reporting|contributed to this story|contributed to reporting)[^.\n]*\.?`)
	positionRE    = regex.MustCompile(`\((?:[LRC]|left|right|centre|center|2nd [LR]|3rd [LR])\)`)
)

// maskCredits blanks bylines, credits and photo credits in the masked text
// (the rules do not annotate them); offsets stay valid.
func MaskCredits(masked string) string {
	b := []byte(masked)
	blank := func(s, e int) {
		for i := s; i < e; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	for _, m := range creditLineRE.FindAllStringIndex(masked, -1) {
		line := masked[m[0]:m[1]]
		if strings.HasPrefix(strings.TrimSpace(line), "By") && strings.Count(line, " ") > 14 {
			continue // a sentence starting "By 2030, …"
		}
		blank(m[0], m[1])
	}
	for _, m := range creditInRE.FindAllStringIndex(masked, -1) {
		blank(m[0], m[1])
	}
	for _, m := range contributedRE.FindAllStringIndex(masked, -1) {
		blank(m[0], m[1])
	}
	for _, m := range positionRE.FindAllStringIndex(masked, -1) {
		blank(m[0], m[1])
	}
	return string(b)
}

// boldCredits finds photo credits set in bold at the end of a caption line
// of the original text; they are blanked too.
func BoldCredits(text string, masked []byte) {
	for _, m := range boldEndRE.FindAllStringSubmatchIndex(text, -1) {
		for i := m[2]; i < m[3]; i++ {
			masked[i] = ' '
		}
	}
}

// alternation is the names as alternatives of a regular expression, in
// their order.
func alternation(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = regex.QuoteMeta(n)
	}
	return strings.Join(q, "|")
}
