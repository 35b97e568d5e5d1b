package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/regex"
	"geograph/loader/text"
)

var unknownRouteRE = regex.MustCompile(`\b((?:\p{Lu}[\p{L}\-–]*\s(?:\(\p{Lu}{2,}\)\s)?){1,3})(corridor|pipeline|railway|railroad|Corridor|Pipeline|Railway|Railroad|freight trains|rail link)\b`)

// acronymRE is a name's acronym in brackets: "A–B–C (ABC) Railway".
var acronymRE = regex.MustCompile(`^.*\((\p{Lu}{2,})\)\s`)

// unknownRoute reads a corridor or pipeline the reference data does not
// know by its capitalised name ("the <Name> corridor"). A name made of
// countries gives the route's ends in its order: the "A–B–C railway" runs
// from A through B to C. A name with an acronym is kept in its short
// form ("UAP Railway Corridor"), the one later sentences use.
func (st *state) unknownRoute(si int, text string, ms []mention) *routeDraft {
	for _, m := range unknownRouteRE.FindAllStringSubmatchIndex(text, -1) {
		if r := st.namedRoute(si, text, m, ms); r != nil {
			return r
		}
	}
	return nil
}

func (st *state) namedRoute(si int, stext string, m []int, ms []mention) *routeDraft {
	base := st.sents[si].Start
	start := m[2]
	if strings.HasPrefix(stext[start:], "The ") {
		start += len("The ")
	}
	if start >= m[3] {
		return nil
	}
	name := strings.TrimSpace(stext[start:m[5]])
	first := strings.Fields(name)[0]
	if text.NotNameWords[first] || st.covered[base+start] && st.countryAt(base+start) == "" && !st.placeAt(base+start) {
		return nil
	}
	var inName []string
	nameEnd := m[3]
	if a := acronymRE.FindStringSubmatchIndex(name); a != nil {
		nameEnd = start + a[2] - 1
		name = name[a[2]:a[3]] + " " + name[a[1]:]
	}
	for _, x := range ms {
		// A city in the name stands for its country: a "<City>-<City>
		// railroad" runs in the cities' country.
		id := x.ID
		if x.Kind == graph.KindPlace && x.Country != "" {
			id = graph.NewID(graph.KindCountry, x.Country)
		}
		if (x.Kind == graph.KindCountry || x.Kind == graph.KindPlace && x.Country != "") && !x.Implicit && x.Start >= base+start && x.End <= base+nameEnd && !mentions.Contains(inName, id) {
			inName = append(inName, id)
		}
	}
	if len(inName) == 0 && st.covered[base+start] && st.countryAt(base+start) == "" {
		return nil // a place that gives no country of the route
	}
	kind := stext[m[4]:m[5]]
	if (kind == "freight trains" || kind == "rail link") && len(inName) == 0 {
		return nil
	}
	r := &routeDraft{Kind: graph.KindTradeRoute, Name: name, Sent: si, Start: base + m[0], End: base + m[1], Confidence: 0.5, Rule: "named route"}
	r.Modality, _ = text.ModalityAt(stext, m[0], m[1])
	if len(inName) >= 2 {
		r.From, r.Via, r.To = inName[0], inName[1:len(inName)-1], inName[len(inName)-1]
		return r
	}
	for _, x := range ms {
		if x.Kind != graph.KindCountry || x.Implicit {
			continue
		}
		if len(inName) == 1 && r.From == "" {
			r.From = inName[0]
		}
		if r.From == "" {
			r.From = x.ID
		} else if !mentions.Contains(r.Via, x.ID) && x.ID != r.From {
			r.Via = append(r.Via, x.ID)
		}
	}
	if r.From == "" {
		return nil
	}
	return r
}

// betweenRE is a bare corridor between two places: "rail freight between
// <A> and <B>", "the overland rail route between <A> and <B>".
var betweenRE = regex.MustCompile(`\b(?:rail|railway|road|overland|land|sea|shipping|transport|trade|freight|transit)\s+(?:routes?|freight|corridors?|links?|traffic|connections?)\s+between\s+`)

// corridorBetween reads a bare transport corridor between two places and
// the countries it runs through: "Most rail freight between A and <Region>
// travels through B and C" runs from A via B and C.
func (st *state) corridorBetween(si int, stext string, ms []mention) *routeDraft {
	b := betweenRE.FindStringIndex(stext)
	if b == nil {
		return nil
	}
	base := st.sents[si].Start
	rest := stext[b[1]:]
	and := strings.Index(rest, " and ")
	if and < 0 {
		return nil
	}
	r := &routeDraft{Kind: graph.KindTradeRoute, Sent: si, Start: base + b[0], End: base + b[1] + and, Confidence: 0.5, Rule: "corridor between"}
	r.Modality, _ = text.ModalityAt(stext, b[0], b[1])
	for _, x := range ms {
		if x.Kind != graph.KindCountry || x.Implicit {
			continue
		}
		switch {
		case x.Start == base+b[1]:
			r.From = x.ID
		case x.Start == base+b[1]+and+len(" and "):
			r.To = x.ID
		}
	}
	if r.From == "" {
		return nil
	}
	after := b[1] + and
	if v := viaRE.FindStringIndex(stext[after:]); v != nil {
		for _, x := range ms {
			if x.Start >= base+after+v[1] && x.Kind == graph.KindCountry && !x.Implicit && x.ID != r.From && x.ID != r.To && !mentions.Contains(r.Via, x.ID) {
				r.Via = append(r.Via, x.ID)
			}
		}
	}
	if len(r.Via) == 0 {
		return nil
	}
	return r
}

// placeAt reports whether a place with a known country is mentioned at pos.
func (st *state) placeAt(pos int) bool {
	for _, m := range st.mentions {
		if m.Kind == graph.KindPlace && m.Country != "" && m.Start <= pos && pos < m.End {
			return true
		}
	}
	return false
}
