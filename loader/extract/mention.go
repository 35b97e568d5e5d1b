package extract

import (
	"fmt"
	"strings"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/regex"
	"geograph/loader/text"
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

var datelineRE = regex.MustCompile(`^([A-Z][A-Za-z'’. -]{1,40}?)(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*(?:\(([A-Za-z./ -]{2,30})\))?\s*(?:[-–—]+|:)\s+`)

// dateline reads "ASTANA, Oct 27 (Reuters) -" at the start of the text and
// sets the date context and the article date.
func (st *state) dateline() {
	b := []byte(st.masked)
	text.BoldCredits(st.text, b)
	st.masked = string(b)
	st.dctx = dates.Context{Pub: st.pub, Anchor: st.pub, Known: st.pubKnown}
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
			if t, ok := dates.NearestMonthDay(st.pub, dates.Months[strings.ToLower(strings.Fields(strings.TrimSuffix(m[2], "."))[0])], strings.Fields(m[2])[1], false); ok {
				st.articleDate = graph.NewDate(dates.FormatDay(t), fmt.Sprintf("dateline '%s'", strings.TrimSpace(m[0])))
				st.dctx.Anchor = t
			}
		}
	}
	if st.articleDate.Value == "" && st.pubKnown {
		st.articleDate = graph.NewDate(dates.FormatDay(st.pub), "publication date")
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
