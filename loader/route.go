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
