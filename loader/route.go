package loader

import (
	"regexp"
	"strings"

	"geograph/graph"
	"geograph/loader/refdata"
)

type refInitiative = refdata.Initiative

// routeDraft is a trade route or export dependency found in one article.
type routeDraft struct {
	Kind       graph.Kind
	Name       string
	Commodity  string // commodity entity ID
	From       string
	Via        []string
	To         string
	Share      string
	Halts      []graph.Date
	Modality   graph.Modality
	Sent       int
	Start, End int
	Confidence float64
	Rule       string
	Initiative string // the reference initiative it was read from, if any
}

var (
	flowRE  = regexp.MustCompile(`\b(exports?|exported|exporting|transit\w*|via|through|across|pipelines?|shipped|ships|shipments?|shipping|supplies|supply|supplied|routes?|corridors?|deliveries|delivered|delivers|flows?|flowing|imports?|imported|importing|pumped|pumps|carries|carry|transport\w*|sent|sends|sending|brought|purchases|purchasing|buys|buying|bought|buyers?)\b`)
	buyRE   = regexp.MustCompile(`\b(purchases|purchasing|buys|buying|bought|buyers?|imports?|imported|importing)\b`)
	fromRE  = regexp.MustCompile(`^\s+from\s+`)
	viaRE   = regexp.MustCompile(`\b(transit|transits|transiting|via|through|across|crosses|crossing)\b`)
	toRE    = regexp.MustCompile(`\b(to|towards|into)\b`)
	haltRE  = regexp.MustCompile(`\b(halted|halts|halt|suspended|suspends|stopped|stops|blocked|blocks|cut off|disrupted|interrupted)\b`)
	shareRE = regexp.MustCompile(`\b((?:around|about|nearly|almost|some|over|more than|roughly)\s+)?(\d+\s?%|\d+ per ?cent|(?:one|two|three)[- ](?:thirds?|quarters?)|half|most|the bulk)\s+of\s+(?:which|its|their|them)\b`)
)

// findRoutes applies the route rules: named pipelines and corridors from
// the reference data, and commodity flows with their transit countries.
func (st *state) findRoutes() {
	for si := range st.sents {
		text := st.sentText(si)
		base := st.sents[si].Start
		ms := st.inSentence(si)
		var named []*routeDraft
		for _, m := range ms {
			if m.Kind == graph.KindInitiative {
				if r := st.initiativeRoute(si, m, ms); r != nil {
					named = append(named, r)
				}
			}
		}
		if len(named) == 0 {
			if r := st.unknownRoute(si, text, ms); r != nil {
				named = append(named, r)
			}
		}
		var commodity *mention
		for i := range ms {
			if ms[i].Kind == graph.KindCommodity {
				commodity = &ms[i]
				break
			}
		}
		if commodity == nil || !flowRE.MatchString(text) {
			continue
		}
		r := &routeDraft{Kind: graph.KindTradeRoute, Commodity: commodity.ID, Sent: si, Start: commodity.Start, End: commodity.End,
			Confidence: 0.6, Rule: "commodity flow"}
		r.Modality, _ = modalityAt(text, commodity.Start-base, commodity.End-base)
		// From: the country right before the commodity ("Kazakh oil"), else
		// the sentence's first side ("Astana is seeking routes for oil").
		for _, x := range ms {
			c := x.Country
			if c == "" || x.Kind == graph.KindPerson || x.End > commodity.Start {
				continue
			}
			if commodity.Start-x.End <= 3 || r.From == "" {
				r.From = graph.NewID(graph.KindCountry, c)
			}
		}
		// "LNG from Russia": the origin named after the commodity.
		if f := fromRE.FindStringIndex(text[commodity.End-base:]); f != nil {
			for _, x := range ms {
				if x.Start == commodity.End+f[1] && x.Country != "" && x.Kind != graph.KindPerson {
					r.From = graph.NewID(graph.KindCountry, x.Country)
				}
			}
		}
		// "New Delhi has stepped up its purchases of Russian crude": the
		// buyer is where the flow goes.
		if b := buyRE.FindStringIndex(text); b != nil && r.To == "" {
			for _, x := range ms {
				if x.Start >= base+b[0] || x.Country == "" || x.Kind == graph.KindPerson {
					continue
				}
				if id := graph.NewID(graph.KindCountry, x.Country); id != r.From {
					r.To = id
					break
				}
			}
		}
		halt := haltRE.FindStringIndex(text)
		var halter string
		if v := viaRE.FindStringIndex(text); v != nil {
			for _, x := range ms {
				if x.Start >= base+v[1] && x.Country != "" && x.Kind != graph.KindPerson {
					id := graph.NewID(graph.KindCountry, x.Country)
					if id != r.From && !contains(r.Via, id) {
						r.Via = append(r.Via, id)
					}
				}
			}
		}
		if t := toRE.FindStringIndex(text[commodity.End-base:]); t != nil {
			pos := commodity.End + t[1]
			for _, x := range ms {
				if x.Start >= pos && x.Start <= pos+20 && x.Country != "" && x.Kind == graph.KindCountry {
					if id := graph.NewID(graph.KindCountry, x.Country); id != r.From && !contains(r.Via, id) {
						r.To = id
					}
					break
				}
			}
		}
		if halt != nil {
			for _, x := range ms {
				if x.End <= base+halt[0] && x.Country != "" && x.Kind != graph.KindPerson {
					halter = graph.NewID(graph.KindCountry, x.Country)
				}
			}
			d := st.eventDate(si, base+halt[0], false)
			if prev := st.routeFor(r); prev != nil {
				prev.Halts = append(prev.Halts, d)
				continue
			}
			if halter != "" && halter != r.From && len(r.Via) == 0 {
				r.Via = append(r.Via, halter)
			}
			r.Halts = append(r.Halts, d)
		}
		if sh := shareRE.FindStringSubmatch(text); sh != nil && len(r.Via) > 0 {
			dep := *r
			dep.Kind = graph.KindExportDependency
			dep.Share = strings.TrimSpace(sh[0][:len(sh[0])-len(" of which")])
			dep.Share = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(sh[1]+sh[2], " of"), " "))
			dep.Rule = "export share"
			st.addRoute(&dep)
		}
		if len(named) > 0 && !st.separateFlow(named[0], r) {
			// The flow is the named route's: fill in what its name leaves out.
			n := named[0]
			if n.From == "" {
				n.From = r.From
			}
			if n.Commodity == "" {
				n.Commodity = r.Commodity
			}
			for _, v := range r.Via {
				if !contains(n.Via, v) && v != n.From {
					n.Via = append(n.Via, v)
				}
			}
			continue
		}
		if r.From == "" || (len(r.Via) == 0 && r.To == "") {
			continue
		}
		st.addRoute(r)
	}
}

// separateFlow reports whether a commodity flow in a sentence naming a
// route is another flow: same origin, but through countries the named
// route does not cross ("Russian gas also transits Ukraine").
func (st *state) separateFlow(n, r *routeDraft) bool {
	if r.From == "" || n.From != "" && r.From != n.From {
		return false
	}
	for _, v := range r.Via {
		if !contains(n.Via, v) && v != n.To && !st.viaOfInitiative(n.Initiative, v) {
			return true
		}
	}
	return false
}

// viaOfInitiative reports whether the reference initiative crosses country id.
func (st *state) viaOfInitiative(initiative, id string) bool {
	in := st.initiative(initiative)
	if in == nil {
		return false
	}
	for _, c := range append(append([]string{in.From, in.To}, in.Via...), in.Countries...) {
		if c != "" && graph.NewID(graph.KindCountry, c) == id {
			return true
		}
	}
	return false
}

var unknownRouteRE = regexp.MustCompile(`\b((?:\p{Lu}[\p{L}-]*\s){1,3})(corridor|pipeline|railway|Corridor|Pipeline|Railway)\b`)

// unknownRoute reads a corridor or pipeline the reference data does not
// know by its capitalised name ("the Lachin corridor").
func (st *state) unknownRoute(si int, text string, ms []mention) *routeDraft {
	m := unknownRouteRE.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	base := st.sents[si].Start
	name := strings.TrimSpace(text[m[2]:m[5]])
	first := strings.Fields(name)[0]
	if notNameWords[first] && first != "Trans" || st.covered[base+m[2]] && st.countryAt(base+m[2]) == "" {
		return nil
	}
	r := &routeDraft{Kind: graph.KindTradeRoute, Name: name, Sent: si, Start: base + m[0], End: base + m[1], Confidence: 0.5, Rule: "named route"}
	r.Modality, _ = modalityAt(text, m[0], m[1])
	for _, x := range ms {
		if x.Kind != graph.KindCountry || x.Implicit {
			continue
		}
		if r.From == "" {
			r.From = x.ID
		} else if !contains(r.Via, x.ID) && x.ID != r.From {
			r.Via = append(r.Via, x.ID)
		}
	}
	if r.From == "" {
		return nil
	}
	st.addRoute(r)
	return r
}

// initiativeRoute makes a route of a named pipeline, corridor or initiative.
func (st *state) initiativeRoute(si int, m mention, ms []mention) *routeDraft {
	ref := st.initiative(m.ID)
	if ref == nil {
		return nil
	}
	r := &routeDraft{Kind: graph.KindTradeRoute, Name: st.text[m.Start:m.End], Sent: si, Start: m.Start, End: m.End,
		Confidence: 0.75, Rule: "named initiative", Initiative: m.ID}
	base := st.sents[si].Start
	r.Modality, _ = modalityAt(st.sentText(si), m.Start-base, m.End-base)
	if ref.Commodity != "" {
		r.Commodity = graph.NewID(graph.KindCommodity, ref.Commodity)
		st.ensureRef(r.Commodity)
	}
	mentioned := func(iso string) string {
		id := graph.NewID(graph.KindCountry, iso)
		if iso != "" {
			if info, ok := st.ents[id]; ok && info.Count > 0 {
				return id
			}
		}
		return ""
	}
	r.From = mentioned(ref.From)
	r.To = mentioned(ref.To)
	// A country right before the name: "China's new silk road".
	for _, x := range ms {
		if x.End <= m.Start && m.Start-x.End <= 30 && x.Kind == graph.KindCountry && !x.Implicit {
			if r.From == "" {
				r.From = x.ID
			}
		}
	}
	for _, v := range ref.Via {
		if id := mentioned(v); id != "" && id != r.From {
			r.Via = append(r.Via, id)
		}
	}
	for _, x := range ms {
		if x.Kind != graph.KindCountry || x.Implicit || x.ID == r.From || x.ID == r.To || contains(r.Via, x.ID) {
			continue
		}
		r.Via = append(r.Via, x.ID)
	}
	return st.addRoute(r)
}

func (st *state) routeFor(r *routeDraft) *routeDraft {
	for _, o := range st.routes {
		if o.Initiative != "" && o.Initiative == r.Initiative && o.Kind == r.Kind {
			return o
		}
		if o.Kind == r.Kind && o.Commodity == r.Commodity && o.From == r.From && (o.Name == "" || r.Name == "" || o.Name == r.Name) {
			return o
		}
	}
	return nil
}

func (st *state) addRoute(r *routeDraft) *routeDraft {
	if o := st.routeFor(r); o != nil {
		for _, v := range r.Via {
			if !contains(o.Via, v) && v != o.To {
				o.Via = append(o.Via, v)
			}
		}
		if o.To == "" {
			o.To = r.To
		}
		if o.Name == "" {
			o.Name = r.Name
		}
		o.Halts = append(o.Halts, r.Halts...)
		if o.From == "" {
			o.From = r.From
		}
		return o
	}
	for _, id := range append([]string{r.From, r.To}, r.Via...) {
		if id != "" {
			st.ensureRef(id)
		}
	}
	st.routes = append(st.routes, r)
	return r
}

// initiative returns the reference initiative with the given ID.
func (st *state) initiative(id string) *refInitiative {
	for i := range st.x.data.Initiatives {
		if st.x.data.Initiatives[i].ID == id {
			return &st.x.data.Initiatives[i]
		}
	}
	return nil
}
