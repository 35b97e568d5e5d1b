package loader

import (
	"bytes"
	"errors"
	"html"
	"strings"

	"geograph/graph"
)

// looksHTML reports whether raw is an HTML page rather than text that
// mentions a tag: it opens with a doctype, <html>, <head> or <body>, or
// holds one of those within its first kilobyte.
func looksHTML(raw []byte) bool {
	head := bytes.ToLower(raw[:min(len(raw), 1024)])
	t := bytes.TrimSpace(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(t, []byte(p)) {
			return true
		}
	}
	return bytes.HasPrefix(t, []byte("<")) && (bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("</p>")))
}

// Elements whose content a reader never sees, or that hold a site's
// navigation rather than the article.
var (
	rawTextTags = map[string]bool{"script": true, "style": true, "title": true, "textarea": true, "xmp": true}
	hiddenTags  = map[string]bool{"head": true, "noscript": true, "template": true, "svg": true, "iframe": true,
		"object": true, "nav": true, "footer": true, "aside": true, "form": true, "button": true, "select": true}
	blockTags = map[string]bool{"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true,
		"h5": true, "h6": true, "li": true, "ul": true, "ol": true, "tr": true, "table": true, "article": true,
		"section": true, "header": true, "main": true, "blockquote": true, "figure": true, "figcaption": true,
		"pre": true, "hr": true, "dd": true, "dt": true, "body": true}
)

// parseHTML reads an article from an HTML page: the title from <title> (or
// the first <h1>), URL, date and outlet from the usual meta tags, and the
// visible text of the body with scripts, styles and navigation dropped and
// entities decoded. The markup itself is never kept.
func parseHTML(s string) (graph.Article, error) {
	p := htmlText{}
	p.run(s)
	a := graph.Article{Title: collapseSpace(p.title), URL: p.meta["canonical"], Source: p.meta["og:site_name"]}
	if a.Title == "" {
		a.Title = collapseSpace(firstNonEmpty(p.meta["og:title"], p.h1))
	}
	if a.URL == "" {
		a.URL = p.meta["og:url"]
	}
	for _, k := range []string{"article:published_time", "datepublished", "date", "pubdate", "time"} {
		if d, ok := headerDate(p.meta[k]); ok && a.Published == "" {
			a.Published = d
		}
	}
	var paras []string
	for _, para := range strings.Split(p.text.String(), "\n") {
		if para = collapseSpace(para); para != "" {
			paras = append(paras, para)
		}
	}
	a.Text = strings.Join(paras, "\n\n")
	if a.Text == "" {
		return a, errors.New("HTML page without visible text")
	}
	return a, nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// collapseSpace turns runs of white space into one space and trims the ends.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// htmlText is a forgiving scan of an HTML page: it needs no well-formed
// tree, only tags, comments and raw-text elements told apart.
type htmlText struct {
	text   strings.Builder
	title  string
	h1     string
	inH1   bool
	hidden map[string]int // open hidden elements by name
	meta   map[string]string
}

func (p *htmlText) run(s string) {
	p.hidden, p.meta = map[string]int{}, map[string]string{}
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			p.addText(s)
			return
		}
		p.addText(s[:i])
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "<!--"):
			s = afterSep(s[4:], "-->")
		case strings.HasPrefix(s, "<!") || strings.HasPrefix(s, "<?"):
			s = afterSep(s, ">")
		case strings.HasPrefix(s, "</"):
			name, rest := tagName(s[2:])
			s = afterSep(rest, ">")
			p.end(name)
		case len(s) > 1 && isASCIILetter(s[1]):
			name, rest := tagName(s[1:])
			attrs, rest := tagAttrs(rest)
			s = rest
			p.start(name, attrs)
			if rawTextTags[name] {
				var body string
				body, s = untilEndTag(s, name)
				if name == "title" && p.title == "" {
					p.title = html.UnescapeString(body)
				}
			}
		default:
			p.addText("<")
			s = s[1:]
		}
	}
}

func (p *htmlText) addText(t string) {
	if t == "" || p.isHidden() {
		return
	}
	t = html.UnescapeString(t)
	if p.inH1 && len(p.h1) < 500 { // a title, not a page that never closes its <h1>
		p.h1 += t
	}
	p.text.WriteString(t)
}

func (p *htmlText) isHidden() bool {
	for _, n := range p.hidden {
		if n > 0 {
			return true
		}
	}
	return false
}

func (p *htmlText) start(name string, attrs map[string]string) {
	switch {
	case name == "body":
		clear(p.hidden) // a page that never closes its <head>
	case name == "meta":
		key := strings.ToLower(firstNonEmpty(firstNonEmpty(attrs["property"], attrs["name"]), attrs["itemprop"]))
		if key != "" && p.meta[key] == "" {
			p.meta[key] = strings.TrimSpace(attrs["content"])
		}
	case name == "link" && strings.EqualFold(attrs["rel"], "canonical"):
		p.meta["canonical"] = strings.TrimSpace(attrs["href"])
	case name == "time" && attrs["datetime"] != "" && p.meta["time"] == "":
		p.meta["time"] = strings.TrimSpace(attrs["datetime"])
	case name == "h1" && p.h1 == "":
		p.inH1 = true
	case hiddenTags[name]:
		p.hidden[name]++
	}
	if blockTags[name] {
		p.text.WriteByte('\n')
	}
}

func (p *htmlText) end(name string) {
	if p.hidden[name] > 0 {
		p.hidden[name]--
	}
	if name == "h1" {
		p.inH1 = false
	}
	if blockTags[name] {
		p.text.WriteByte('\n')
	}
}

// afterSep returns what follows the first sep in s, or "" when there is none.
func afterSep(s, sep string) string {
	if i := strings.Index(s, sep); i >= 0 {
		return s[i+len(sep):]
	}
	return ""
}

// untilEndTag splits s at the closing tag of a raw-text element. It scans
// once, without lower-casing the rest of the page, so many such elements
// cost no more than the page's length.
func untilEndTag(s, name string) (body, rest string) {
	for i := 0; ; i += 2 {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return s, ""
		}
		i += j
		if end := i + 2 + len(name); end <= len(s) && strings.EqualFold(s[i+2:end], name) {
			return s[:i], afterSep(s[i:], ">")
		}
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// tagName reads a tag's name, lower-cased.
func tagName(s string) (string, string) {
	i := 0
	for i < len(s) && (isASCIILetter(s[i]) || '0' <= s[i] && s[i] <= '9' || s[i] == '-' || s[i] == ':') {
		i++
	}
	return strings.ToLower(s[:i]), s[i:]
}

// tagAttrs reads attributes up to the end of the tag, values unescaped.
func tagAttrs(s string) (map[string]string, string) {
	attrs := map[string]string{}
	for {
		s = strings.TrimLeft(s, " \t\r\n\f/")
		if s == "" {
			return attrs, ""
		}
		if s[0] == '>' {
			return attrs, s[1:]
		}
		i := strings.IndexAny(s, " \t\r\n\f/>=")
		if i < 0 {
			return attrs, ""
		}
		if i == 0 { // a stray '=': skip it
			s = s[1:]
			continue
		}
		name := strings.ToLower(s[:i])
		s = strings.TrimLeft(s[i:], " \t\r\n\f")
		if !strings.HasPrefix(s, "=") {
			attrs[name] = ""
			continue
		}
		s = strings.TrimLeft(s[1:], " \t\r\n\f")
		var val string
		switch {
		case s == "":
		case s[0] == '"' || s[0] == '\'':
			j := strings.IndexByte(s[1:], s[0])
			if j < 0 {
				return attrs, ""
			}
			val, s = s[1:1+j], s[2+j:]
		default:
			j := strings.IndexAny(s, " \t\r\n\f>")
			if j < 0 {
				j = len(s)
			}
			val, s = s[:j], s[j:]
		}
		if _, dup := attrs[name]; !dup {
			attrs[name] = html.UnescapeString(val)
		}
	}
}
