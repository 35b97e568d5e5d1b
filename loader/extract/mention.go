package extract

import (
	"fmt"
	"regexp"
	"strings"

	"geograph/graph"
)

// mention is a resolved reference to an entity in the text.
type mention struct {
	Start, End int
	Sent       int
	Kind       graph.Kind
	ID         string
	Country    string // ISO2 the mention counts for (a country, or the country of a place or title)
	How        string
	Reason     string
	Named      bool   // the text names the entity (not only its title)
	Implicit   bool   // derived from another mention: the country of a place or a title
	Office     string // the office a person is named with
	Role       string // a person's title as the text gives it
}

var (
	creditLineRE  = regexp.MustCompile(`(?m)^[ \t]*(?:By|BY|Reporting by|Writing by|Editing by|Additional reporting by|Compiled by|Read more|Related|READ MORE|Photo|Photograph|Image|Picture|Credit|Source|Follow)\b[^\n]{0,200}$`)
	creditInRE    = regexp.MustCompile(`\((?:Reporting|Writing|Editing|Additional reporting|Compiled|Photo|Photograph)[^)]{0,300}\)|\b(?:Photo|Photograph|Image|Picture|Credit)s?(?:\s+by|\s*:)\s*[^.\n]{0,80}|\b(?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.'-]*\s*/\s*(?:AFP|Reuters|AP|Getty Images|EPA|Anadolu|TASS|Sputnik|Xinhua|Pool|EPA-EFE)\b[^\n.]{0,40}|\bvia Getty Images\b|\bGetty Images\b|\b(?:REUTERS|AFP|AP|EPA|TASS|SPUTNIK|ANADOLU)/[A-Z][^\n]{0,80}|\b[\w./ -]{0,60} via REUTERS\b|\bFILE PHOTO:?`)
	boldEndRE     = regexp.MustCompile(`(?m)\S[^\n]*?(\*\*[^*\n]{1,80}\*\*)[ \t]*$`)
	contributedRE = regexp.MustCompile(`(?m)[^.\n]*\b(?:contributed to this report|contributed reporting|contributed to this story|contributed to reporting)[^.\n]*\.?`)
	positionRE    = regexp.MustCompile(`\((?:[LRC]|left|right|centre|center|2nd [LR]|3rd [LR])\)`)
)

// maskCredits blanks bylines, credits and photo credits in the masked text
// (the rules do not annotate them); offsets stay valid.
func maskCredits(masked string) string {
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
func boldCredits(text string, masked []byte) {
	for _, m := range boldEndRE.FindAllStringSubmatchIndex(text, -1) {
		for i := m[2]; i < m[3]; i++ {
			masked[i] = ' '
		}
	}
}

var datelineRE = regexp.MustCompile(`^([A-Z][A-Za-z'’. -]{1,40}?)(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*(?:\(([A-Za-z./ -]{2,30})\))?\s*(?:[-–—]+|:)\s+`)

// dateline reads "ASTANA, Oct 27 (Reuters) -" at the start of the text and
// sets the date context and the article date.
func (st *state) dateline() {
	b := []byte(st.masked)
	boldCredits(st.text, b)
	st.masked = string(b)
	st.dctx = dateContext{Pub: st.pub, Anchor: st.pub, Known: st.pubKnown}
	first := ""
	if len(st.sents) > 0 {
		first = st.masked[st.sents[0].Start:st.sents[0].End]
		if st.sents[0].Fragment && len(st.sents) > 1 {
			// a caption or heading first: the dateline starts the body
			for _, s := range st.sents[1:] {
				if !s.Fragment {
					first = st.masked[s.Start:s.End]
					break
				}
			}
		}
	}
	if m := datelineRE.FindStringSubmatch(first); m != nil && (m[2] != "" || m[3] != "" || strings.ToUpper(m[1]) == m[1]) {
		if m[2] != "" && st.pubKnown {
			if t, ok := nearestMonthDay(st.pub, months[strings.ToLower(strings.Fields(strings.TrimSuffix(m[2], "."))[0])], strings.Fields(m[2])[1], false); ok {
				st.articleDate = graph.NewDate(fmtDay(t), fmt.Sprintf("dateline '%s'", strings.TrimSpace(m[0])))
				st.dctx.Anchor = t
			}
		}
	}
	if st.articleDate.Value == "" && st.pubKnown {
		st.articleDate = graph.NewDate(fmtDay(st.pub), "publication date")
	}
	if st.articleDate.Value == "" {
		st.articleDate = graph.NewDate("", "")
	}
}

// registerEntity records a mention of an entity, creating its record.
func (st *state) register(m mention, e graph.Entity, surface string) {
	info, ok := st.ents[e.ID]
	if !ok {
		info = &entityInfo{Entity: e, Surface: surface, Reason: m.Reason, First: m.Start}
		st.ents[e.ID] = info
	}
	if m.Role != "" && info.Role == "" {
		info.Role = m.Role
	}
	if !m.Implicit {
		info.Count++
	}
	st.mentions = append(st.mentions, m)
}

// refMention registers a mention of a reference entity.
func (st *state) refMention(m mention) bool {
	e, ok := st.x.ref.entities[m.ID]
	if !ok {
		return false
	}
	m.Kind = e.Kind
	if e.Kind == graph.KindPlace && m.Country == "" {
		m.Country = e.Country
	}
	st.register(m, e, st.text[m.Start:m.End])
	return true
}

// countryOfMention adds the country a place or title mention counts for.
func (st *state) countryOfMention(m mention, why string) {
	if m.Country == "" {
		return
	}
	id := graph.NewID(graph.KindCountry, m.Country)
	st.refMention(mention{Start: m.Start, End: m.End, Sent: m.Sent, ID: id, Country: m.Country,
		How: "implied", Reason: why, Named: true, Implicit: true})
}
