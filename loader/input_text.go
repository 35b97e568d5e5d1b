package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"geograph/graph"
	"geograph/loader/refdata"
)

// Header lines a .txt article may start (or, for the URL, end) with.
var (
	kvRE       = regexp.MustCompile(`(?i)^(title|headline|url|link|original url|source url|source|publisher|outlet|published|published on|date|dateline|updated)\s*:\s*(.*)$`)
	bylineRE   = regexp.MustCompile(`(?i)^(?:by|reporting by|written by|edited by|compiled by|words by)\s+\S.{0,150}$`)
	mdLinkRE   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	agencyByRE = regexp.MustCompile(`(?i)\b(?:for|\()\s*(` + quotedAlternation(refdata.MustLoadWords().BylineAgencies) + `)\b`)
	urlRE      = regexp.MustCompile(`https?://[^\s<>)\]]+`)
)

// parseText reads a .txt article: an optional header (title, byline, date,
// "Key: value" lines), the body, and an optional trailing "Original url:".
func parseText(s string) (graph.Article, error) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var a graph.Article
	lines := strings.Split(s, "\n")
	end := trailingURL(lines, &a)
	lines = lines[:end]

	start := 0
	titleSeen := false
	headerLines := 0
	for i := 0; i < len(lines) && headerLines < 8; i++ {
		line := strings.TrimSpace(stripMarkdown(lines[i]))
		if line == "" {
			start = i + 1
			continue
		}
		if m := kvRE.FindStringSubmatch(line); m != nil {
			setHeader(&a, strings.ToLower(m[1]), strings.TrimSpace(m[2]), lines, i)
		} else if bylineRE.MatchString(line) && !strings.HasSuffix(line, ".") {
			if m := agencyByRE.FindStringSubmatch(line); m != nil && a.Source == "" {
				a.Source = m[1]
			}
		} else if d, ok := headerDate(line); ok {
			if a.Published == "" {
				a.Published = d
			}
		} else if !titleSeen && a.Title == "" && headerLines == 0 && looksLikeTitle(line, lines[i+1:]) {
			a.Title = line
		} else if headerLines > 0 && shortHeaderLine(line) && dateAhead(lines[i+1:]) {
			// an author or outlet line between the title and the date
		} else {
			break
		}
		titleSeen = true
		headerLines++
		start = i + 1
	}
	a.Text = strings.TrimSpace(strings.Join(lines[start:], "\n"))
	if a.Text == "" {
		return a, errors.New("no article text after the header")
	}
	return a, nil
}

// trailingURL finds an "Original url:" block among the last lines, records
// the URL and returns the index the body ends at.
func trailingURL(lines []string, a *graph.Article) int {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	for i := end - 1; i >= 0 && i >= end-4; i-- {
		m := kvRE.FindStringSubmatch(strings.TrimSpace(lines[i]))
		if m == nil {
			continue
		}
		key := strings.ToLower(m[1])
		if key != "original url" && key != "url" && key != "source url" && key != "link" {
			continue
		}
		if !onlyURLs(lines[i+1 : end]) {
			// Text follows the URL line: it is a header line, not a trailer.
			return end
		}
		rest := strings.Join(lines[i:end], " ")
		if u := urlRE.FindString(rest); u != "" {
			a.URL = u
		}
		return i
	}
	return end
}

// onlyURLs reports whether lines hold nothing but blanks and URLs, bare or
// bracketed (a URL wrapped onto the line after its key).
func onlyURLs(lines []string) bool {
	for _, l := range lines {
		l = strings.Trim(l, " \t<>()[]")
		if l != "" && urlRE.FindString(l) != l {
			return false
		}
	}
	return true
}

func setHeader(a *graph.Article, key, val string, lines []string, i int) {
	switch key {
	case "title", "headline":
		a.Title = val
	case "url", "link", "original url", "source url":
		if u := urlRE.FindString(val); u != "" {
			a.URL = u
		} else if i+1 < len(lines) {
			a.URL = urlRE.FindString(lines[i+1])
		}
	case "source", "publisher", "outlet":
		a.Source = val
	case "published", "published on", "date", "updated", "dateline":
		if d, ok := headerDate(val); ok && a.Published == "" {
			a.Published = d
		}
	}
}

// shortHeaderLine: a few capitalised words without final punctuation, as an
// author's or outlet's name.
func shortHeaderLine(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > 6 || len(line) > 60 || strings.ContainsAny(line[len(line)-1:], ".:;,!?") {
		return false
	}
	for _, w := range f {
		if r := []rune(w)[0]; !(r >= 'A' && r <= 'Z') && w != "and" && w != "for" && w != "of" && w != "&" {
			return false
		}
	}
	return true
}

// dateAhead reports whether one of the next few non-empty lines is a date.
func dateAhead(rest []string) bool {
	n := 0
	for _, l := range rest {
		l = strings.TrimSpace(stripMarkdown(l))
		if l == "" {
			continue
		}
		if _, ok := headerDate(l); ok {
			return true
		}
		if n++; n >= 2 {
			return false
		}
	}
	return false
}

// looksLikeTitle: a short line without final punctuation, followed by a
// blank line or by another header line.
func looksLikeTitle(line string, rest []string) bool {
	if len(line) > 200 || len(strings.Fields(line)) > 30 {
		return false
	}
	if strings.ContainsAny(line[len(line)-1:], ".:;,\"”’") {
		return false
	}
	return len(rest) == 0 || strings.TrimSpace(rest[0]) == ""
}

// stripMarkdown drops link targets and emphasis marks from a header line.
func stripMarkdown(s string) string {
	s = mdLinkRE.ReplaceAllString(s, "$1")
	return strings.NewReplacer("**", "", "__", "", "#", "", "<", "", ">", "").Replace(s)
}

// headerDate reads a line that is only a date (with an optional weekday and
// time), such as "October 27, 2022" or "2022-10-27T09:00:00Z".
func headerDate(line string) (string, bool) {
	if m := isoRE.FindStringSubmatch(line); m != nil && len(strings.TrimSpace(isoRE.ReplaceAllString(line, ""))) < 12 {
		return m[0][:10], graph.ValidDate(m[0][:10])
	}
	d, rest, ok := findFullDate(line)
	if !ok {
		return "", false
	}
	rest = strings.ToLower(rest)
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		if _, day := weekdays[w]; !day && !timeWords[w] {
			return "", false
		}
	}
	return d, true
}

var (
	isoRE     = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?\b`)
	timeWords = map[string]bool{"am": true, "pm": true, "gmt": true, "utc": true, "cet": true, "est": true,
		"msk": true, "published": true, "updated": true, "on": true, "at": true, "posted": true, "last": true, "h": true}
)

// jsonArticle is the .json and .jsonl shape of an article.
type jsonArticle struct {
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Source    *string `json:"source"`
	Published *string `json:"published"`
	Text      *string `json:"text"`
}

func parseJSON(raw []byte) (graph.Article, error) {
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		var te *json.UnmarshalTypeError
		switch t := bytes.TrimSpace(raw); {
		case errors.As(err, &te) && te.Field != "":
			return graph.Article{}, fmt.Errorf("field %q is a JSON %s, want a string", te.Field, te.Value)
		case errors.As(err, &te) && len(t) > 0 && t[0] == '[':
			return graph.Article{}, errors.New("a JSON array, want one article object (one a line in .jsonl)")
		case errors.As(err, &te):
			return graph.Article{}, fmt.Errorf("a JSON %s, want an article object", te.Value)
		}
		return graph.Article{}, fmt.Errorf("not a JSON article object: %w", err)
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return strings.TrimSpace(*p)
	}
	a := graph.Article{URL: str(j.URL), Title: str(j.Title), Source: str(j.Source), Text: str(j.Text)}
	if a.Text == "" {
		return a, errors.New(`missing "text"`)
	}
	a.Text = strings.ReplaceAll(a.Text, "\r\n", "\n")
	if looksHTML([]byte(a.Text)) {
		h, err := parseHTML(a.Text)
		if err != nil {
			return a, fmt.Errorf(`"text": %w`, err)
		}
		a.Text, a.Title = h.Text, firstNonEmpty(a.Title, h.Title)
	}
	if p := str(j.Published); p != "" {
		d, ok := headerDate(p)
		if !ok {
			return a, fmt.Errorf("published %q is not a date", p)
		}
		a.Published = d
	}
	return a, nil
}

// sourceFromURL names an outlet by its host: "themoscowtimes.com".
func sourceFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// quotedAlternation is the names as alternatives of a regular expression,
// in their order.
func quotedAlternation(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = regexp.QuoteMeta(n)
	}
	return strings.Join(q, "|")
}
