package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"geograph/loader/refdata"
	"geograph/loader/regex"
)

// sentence is a span of the article text.
type Sentence struct {
	Index      int
	Start, End int // byte offsets into the article text
	Para       int // index of the paragraph (line group) it belongs to
	// Fragment marks a line without final punctuation: a heading, a photo
	// caption or a credit.
	Fragment bool
	// Cut marks a sentence that ends where MaxSentenceBytes cut a longer
	// run of text, not at a sentence end.
	Cut bool
}

// mdLinkTargetRE matches the "(url)" part of a markdown link and bare <url>s.
var mdLinkTargetRE = regex.MustCompile(`\]\([^)\s]*\)|<https?://[^>\s]*>|https?://\S+`)

// maskMarkup returns a copy of text of the same length in which markdown
// emphasis, link targets and URLs are blanked out, so that byte offsets found
// in the copy are offsets into text.
func MaskMarkup(text string) string {
	b := []byte(text)
	for _, m := range mdLinkTargetRE.FindAllStringIndex(text, -1) {
		for i := m[0]; i < m[1]; i++ {
			b[i] = ' '
		}
	}
	for i, c := range b {
		switch c {
		case '*', '#', '[', ']', '<', '>', '|', '\\':
			b[i] = ' '
		case '_':
			if (i > 0 && b[i-1] == '_') || (i+1 < len(b) && b[i+1] == '_') {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = refdata.Set(lexicon.Abbreviations, words.NameAbbreviations)

// joinWords end a line that a stray line break cut in two.
var joinWords = refdata.Set(lexicon.JoinWords)

// splitSentences splits text into sentences. Line breaks end a sentence
// unless the line is evidently cut mid-sentence.
func SplitSentences(text string) []Sentence {
	type line struct{ start, end int }
	var lines []line
	for pos := 0; pos < len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := trimSpan(text, pos, end)
		if s < e {
			lines = append(lines, line{s, e})
		}
		pos = end + 1
	}
	// Join lines cut mid-sentence.
	var paras []line
	for _, l := range lines {
		if n := len(paras); n > 0 && continues(tail(text, paras[n-1].start, paras[n-1].end), text[l.start:l.end]) {
			paras[n-1].end = l.end
			continue
		}
		paras = append(paras, l)
	}
	var out []Sentence
	for pi, p := range paras {
		start := p.start
		for i := p.start; i < p.end; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			if !sentenceEnd(text, p.start, i, p.end) {
				continue
			}
			j := i + 1
			for j < p.end && strings.ContainsRune("\"'”’)]*", rune(text[j])) {
				j++
			}
			j = skipClosingQuote(text, j, p.end)
			out = appendCapped(out, text, start, j, pi)
			start = j
			i = j - 1
		}
		out = appendCapped(out, text, start, p.end, pi)
	}
	return out
}

func skipClosingQuote(text string, j, end int) int {
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r != '”' && r != '’' && r != '»' {
			return j
		}
		j += n
	}
	return j
}

// MaxSentenceBytes caps a sentence's length. Longer runs of text without a
// sentence end (a list, a table, a text with no full stops) are cut at a
// word boundary into pieces of at most this size, so that the rules, which
// look at a sentence as a whole for each cue they find in it, do work in
// proportion to the text's length rather than to its square. News sentences
// are shorter: the fixtures' longest is 341 bytes, their 99th percentile
// about 300.
const MaxSentenceBytes = 600

// appendCapped appends the sentence [s, e), cut into pieces of at most
// MaxSentenceBytes at word boundaries.
func appendCapped(out []Sentence, text string, s, e, para int) []Sentence {
	for e-s > MaxSentenceBytes {
		cut := cutPoint(text, s, s+MaxSentenceBytes)
		n := len(out)
		out = appendSentence(out, text, s, cut, para)
		if len(out) > n {
			out[n].Fragment = false // a piece of a sentence, not a heading
			out[n].Cut = true
		}
		s = cut
	}
	return appendSentence(out, text, s, e, para)
}

// cutPoint returns where to cut text before max: after the last space in
// the second half of [s, max), else at the last rune boundary before max.
func cutPoint(text string, s, max int) int {
	if i := strings.LastIndexAny(text[s+(max-s)/2:max], " \t\n"); i >= 0 {
		return s + (max-s)/2 + i + 1
	}
	for max > s+1 && !utf8.RuneStart(text[max]) {
		max--
	}
	return max
}

// tail returns the end of the paragraph [s, e) that continues needs: its
// last line or, of a longer one, its last 200 bytes from a word boundary,
// so that joining many cut lines stays linear.
func tail(text string, s, e int) string {
	if e-s <= 200 {
		return text[s:e]
	}
	t := e - 200
	if i := strings.IndexByte(text[t:e], ' '); i >= 0 {
		t += i + 1
	}
	return text[t:e]
}

func appendSentence(out []Sentence, text string, s, e, para int) []Sentence {
	s, e = trimSpan(text, s, e)
	if s >= e {
		return out
	}
	body := strings.TrimRight(MaskMarkup(text[s:e]), " ")
	last, _ := utf8.DecodeLastRuneInString(body)
	frag := !strings.ContainsRune(".!?\"'”’…:", last)
	return append(out, Sentence{Index: len(out), Start: s, End: e, Para: para, Fragment: frag})
}

// sentenceEnd decides whether the punctuation at i ends a sentence.
func sentenceEnd(text string, pstart, i, pend int) bool {
	if text[i] == '.' {
		// The word before: an abbreviation, an initial or a decimal point?
		k := i
		for k > pstart && i-k < 64 && (isWordByte(text[k-1]) || text[k-1] == '.') {
			k--
		}
		word := strings.ToLower(strings.TrimSuffix(text[k:i], "."))
		if abbreviations[word] {
			return false
		}
		if len(word) == 1 && word[0] >= 'a' && word[0] <= 'z' && !nextStartsSentence(text, i+1, pend) {
			return false // an initial: "John F. Kennedy"
		}
		if i+1 < pend && text[i+1] >= '0' && text[i+1] <= '9' {
			return false
		}
	}
	// What follows: space then an upper-case letter, digit or quote.
	j := i + 1
	for j < pend && strings.ContainsRune("\"'”’)]*", rune(text[j])) {
		j++
	}
	j = skipClosingQuote(text, j, pend)
	if j >= pend {
		return true
	}
	if text[j] != ' ' && text[j] != '\t' {
		return false
	}
	for j < pend && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= pend {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«*(", r)
}

// nextStartsSentence reports whether the word after pos is one that starts
// sentences rather than continues a name ("<Name> D. The same day").
func nextStartsSentence(text string, pos, end int) bool {
	rest := strings.TrimLeft(text[pos:min(end, pos+64)], " ")
	w := rest
	if i := strings.IndexAny(rest, " ,;:"); i >= 0 {
		w = rest[:i]
	}
	return NotNameWords[w] && !strings.HasSuffix(w, ".")
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// continues reports whether next continues prev across a stray line break.
func continues(prev, next string) bool {
	prev = strings.TrimRight(MaskMarkup(prev), " ")
	next = strings.TrimLeft(MaskMarkup(next), " ")
	if prev == "" || next == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"”’…)", last) {
		return false
	}
	r, n := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	if strings.ContainsRune("\"“'‘", r) {
		r2, _ := utf8.DecodeRuneInString(next[n:])
		if unicode.IsLower(r2) {
			return true
		}
	}
	fields := strings.Fields(prev)
	return len(fields) > 3 && joinWords[strings.ToLower(fields[len(fields)-1])]
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r' || text[s] == '\n') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r' || text[e-1] == '\n') {
		e--
	}
	return s, e
}
