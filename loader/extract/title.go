package extract

import (
	"fmt"
	"strings"

	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/refdata"
)

// resolveTitles attaches titles to the names next to them and resolves bare
// titles to the office holder on the article date.
func (st *state) resolveTitles() {
	for _, t := range st.titles {
		if p := st.personAfter(t.End); p >= 0 {
			st.attachTitle(p, t)
			continue
		}
		if p := st.personBefore(t.Start); p >= 0 {
			st.attachTitle(p, t)
			continue
		}
		date := st.articleDate.Value
		holders := st.x.data.HoldersOn(t.Office, date)
		if len(holders) != 1 {
			continue
		}
		p := st.x.data.Person(holders[0].Person)
		if p == nil {
			continue
		}
		office := st.x.data.Office(t.Office)
		word := st.text[t.Start:t.End]
		st.refMention(mention{Start: t.Start, End: t.End, Sent: t.Sent, ID: p.ID, Country: p.Country, How: mentions.HowOffice,
			Office: t.Office, Role: officeRole(office),
			Reason: fmt.Sprintf("title '%s' → office %s → holder on %s", word, office.Name, orUnknown(date))})
	}
}

func orUnknown(d string) string {
	if d == "" {
		return "an unknown date (current holder)"
	}
	return d
}

// personAfter returns the index of a person mention starting right after pos.
func (st *state) personAfter(pos int) int {
	gap := strings.TrimLeft(st.masked[pos:min(pos+4, len(st.masked))], " ,")
	skip := min(pos+4, len(st.masked)) - pos - len(gap)
	for i, m := range st.mentions {
		if m.Kind == graph.KindPerson && m.Start >= pos && m.Start <= pos+skip+1 && !m.Implicit {
			return i
		}
	}
	return -1
}

// personBefore returns a person mention right before ", the <title>".
func (st *state) personBefore(pos int) int {
	pre := strings.TrimRight(st.masked[max(0, pos-8):pos], " ")
	if !strings.HasSuffix(pre, ", the") && !strings.HasSuffix(pre, ", The") {
		return -1
	}
	cut := pos - (pos - max(0, pos-8) - len(pre)) - len(", the")
	for i, m := range st.mentions {
		if m.Kind == graph.KindPerson && m.End >= cut-1 && m.End <= cut && !m.Implicit {
			return i
		}
	}
	return -1
}

func (st *state) attachTitle(i int, t titleMatch) {
	m := &st.mentions[i]
	office := st.x.data.Office(t.Office)
	if office == nil {
		return
	}
	word := st.text[t.Start:t.End]
	m.Office = t.Office
	if m.Role == "" {
		m.Role = officeRole(office)
	}
	if info := st.ents[m.ID]; info != nil {
		if info.Role == "" || info.Role == office.Title {
			info.Role = officeRole(office)
		}
		info.Reason += fmt.Sprintf("; titled '%s' (office %s)", word, office.Name)
	}
}

// officeRole is the role an office gives its holder: the title for a
// country's office ("President"), the full name for an organisation's
// ("President of the <Body>").
func officeRole(o *refdata.Office) string {
	if o.Country == "" {
		return o.Name
	}
	return o.Title
}
