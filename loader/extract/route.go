package extract

import (
	"strings"
	"unicode"

	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/refdata"
	"geograph/loader/regex"
	"geograph/loader/text"
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
	stated     bool   // the text states From as the origin, not just as a side
	last       int    // the last sentence that told of it
	refFrom    bool   // From is the reference's, the sentence names no origin
}

var (
	flowRE  = regex.MustCompile(`\b(exports?|exported|exporting|transit\w*|via|through|across|pipelines?|shipped|ships|shipments?|transshipments?|shipping|supplies|supply|supplied|routes?|corridors?|deliveries|delivered|delivers|flows?|flowing|imports?|imported|importing|pumped|pumps|carries|carry|transport\w*|sent|sends|sending|brought|purchases|purchasing|buy|buys|buying|bought|buyers?|procure\w*|transfers?|transferred)\b`)
	sendRE  = regex.MustCompile(`\b(exports?|exported|exporting|suppl(?:y|ies|ied|ying)|sends?|sending|sent|ships?|shipped|shipping|sells?|selling|sold|pumps?|pumped|pumping|deliver(?:s|ed|ing)?)\b`)
	carryRE = regex.MustCompile(`^(carries|carry|carried|pumps|pumped|ships|shipped|delivers|delivered|transports|transported|supplies|supplied|brings|brought|sends|moves|moved)$`)
	buyRE   = regex.MustCompile(`\b(purchases|purchasing|buy|buys|buying|bought|buyers?|imports?|imported|importing|procure[sd]?|procuring|procurement of)\b`)
	fromRE  = regex.MustCompile(`^(?:\s+(?:and\s+)?[\p{Ll}\d%-]+){0,3}?\s+from\s+`)
	viaRE   = regex.MustCompile(`\b(transit|transits|transiting|via|through|across|crosses|crossing)\b`)
	toRE    = regex.MustCompile(`\b(to|towards|into)\b`)
	haltRE  = regex.MustCompile(`\b(halted|halts|halt|suspended|suspends|stopped|stops|blocked|blocks|cut off|disrupted|interrupted)\b`)
	shareRE = regex.MustCompile(`\b((?:around|about|nearly|almost|some|over|more than|roughly)\s+)?(\d+\s?%|\d+ per ?cent|(?:one|two|three)[- ](?:thirds?|quarters?)|half|most|the bulk)\s+of\s+(?:which|its|their|them)\b`)
)

// findRoutes applies the route rules: named pipelines and corridors from
// the reference data, and commodity flows with their transit countries.
func (st *state) findRoutes() {
	for si := range st.sents {
		stext := st.sentText(si)
		base := st.sents[si].Start
		ms := st.inSentence(si)
		var named []*routeDraft
		for _, m := range ms {
			if m.Kind == graph.KindInitiative && !namedIn(named, m.ID) {
				if r := st.initiativeRoute(si, m, ms); r != nil {
					named = append(named, r)
				}
			}
		}
		if len(named) == 0 {
			if r := st.unknownRoute(si, stext, ms); r != nil {
				named = append(named, r)
			} else if r := st.corridorBetween(si, stext, ms); r != nil {
				named = append(named, r)
			}
		}
		var commodity *mention
		framedCommodity := st.frameCommodity(si)
		for i := range ms {
			if ms[i].Kind == graph.KindCommodity && !st.titleWord(ms[i], base) && (commodity == nil || ms[i].Start == framedCommodity) {
				commodity = &ms[i]
			}
		}
		if commodity == nil {
			st.addNamed(named)
			continue
		}
		isFlow := flowRE.MatchString(stext)
		r := &routeDraft{Kind: graph.KindTradeRoute, Commodity: commodity.ID, Sent: si, Start: commodity.Start, End: commodity.End,
			Confidence: 0.6, Rule: "commodity flow"}
		r.Modality, _ = text.ModalityAt(stext, commodity.Start-base, commodity.End-base)
		// From: the country right before the commodity ("<Demonym> oil") or
		// sending it ("A ships grain"), else the sentence's first side
		// ("<Capital> is seeking routes for oil").
		for _, x := range ms {
			c := x.Country
			if c == "" || x.Kind == graph.KindPerson || x.End > commodity.Start {
				continue
			}
			gap := st.text[x.End:commodity.Start]
			adjacent := len(gap) <= 3
			sends := len(gap) <= 30 && sendRE.MatchString(strings.Join(first(strings.Fields(gap), 4), " "))
			if adjacent || r.From == "" || sends && !r.stated {
				r.From = graph.NewID(graph.KindCountry, c)
				r.stated = adjacent || sends
			}
		}
		// "<commodity> from <State>": the origin named after the commodity.
		if f := fromRE.FindStringIndex(stext[commodity.End-base:]); f != nil {
			for _, x := range ms {
				if x.Start == commodity.End+f[1] && x.Country != "" && x.Kind != graph.KindPerson {
					r.From = graph.NewID(graph.KindCountry, x.Country)
					r.stated = true
				}
			}
		}
		// "<Capital> has stepped up its purchases of <Demonym> crude": the
		// buyer is where the flow goes.
		// The buyer is the nearest side before the verb: "A condemned B's
		// procurement of arms from C" (B buys).
		if b := buyRE.FindStringIndex(stext); b != nil && r.To == "" {
			for _, x := range ms {
				if x.Start >= base+b[0] || x.Country == "" || x.Kind == graph.KindPerson {
					continue
				}
				if id := graph.NewID(graph.KindCountry, x.Country); id != r.From {
					r.To = id
				}
			}
		}
		halt := haltRE.FindStringIndex(stext)
		if r.Modality != graph.Asserted {
			halt = nil // "will halt" is no halt yet
		}
		var halter string
		if v := viaRE.FindStringIndex(stext); v != nil {
			for _, x := range ms {
				if x.Start >= base+v[1] && x.Country != "" && x.Kind != graph.KindPerson {
					id := graph.NewID(graph.KindCountry, x.Country)
					if id != r.From && !mentions.Contains(r.Via, id) {
						r.Via = append(r.Via, id)
					}
				}
			}
		}
		if t := toRE.FindStringIndex(stext[commodity.End-base:]); t != nil {
			pos := commodity.End + t[1]
			for _, x := range ms {
				if x.Start >= pos && x.Start <= pos+20 && x.Country != "" && x.Kind == graph.KindCountry && !verbAfterTo(st.text[pos:x.Start]) {
					if id := graph.NewID(graph.KindCountry, x.Country); id != r.From {
						r.To = id
						r.Via = without(r.Via, id)
						// "to A and then to third countries": A is a
						// transit country, the end is the next one named.
						if onwardRE.MatchString(st.text[x.End:]) {
							r.Via, r.To = append(without(r.Via, id), id), st.onwardEnd(ms, x.End, id)
						}
					}
					break
				}
			}
		}
		st.frameRoute(si, *commodity, r)
		if halt != nil {
			for _, x := range ms {
				if x.End <= base+halt[0] && x.Country != "" && x.Kind != graph.KindPerson {
					halter = graph.NewID(graph.KindCountry, x.Country)
				}
			}
			d := st.eventDate(si, base+halt[0], false)
			if prev := st.routeFor(r); prev != nil {
				prev.Halts = append(prev.Halts, d)
				st.addNamed(named)
				continue
			}
			if halter != "" && halter != r.From && len(r.Via) == 0 {
				r.Via = append(r.Via, halter)
			}
			r.Halts = append(r.Halts, d)
		}
		if !isFlow {
			// "Druzhba could also pump Kazakhstani oil": the origin the
			// commodity's adjective gives is the named route's.
			if len(named) > 0 && r.From != "" && (named[0].From == "" || r.stated) {
				st.fillNamed(named[0], r)
			}
			st.addNamed(named)
			continue
		}
		if sh := shareRE.FindStringSubmatch(stext); sh != nil && len(r.Via) > 0 {
			dep := *r
			dep.Kind = graph.KindExportDependency
			dep.Share = strings.TrimSpace(sh[0][:len(sh[0])-len(" of which")])
			dep.Share = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(sh[1]+sh[2], " of"), " "))
			dep.Rule = "export share"
			st.addRoute(&dep)
		}
		if len(named) > 0 && !st.separateFlow(named[0], r) {
			st.fillNamed(named[0], r)
			st.addNamed(named)
			continue
		}
		st.addNamed(named)
		if r.From == "" && (len(r.Via) > 0 || r.To != "") && carryRE.MatchString(lastWord(strings.TrimRight(st.text[base:commodity.Start], " "))) {
			r.From = st.recentOrigin(si, r.Commodity)
		}
		if r.From == "" || (len(r.Via) == 0 && r.To == "" && !(r.stated && openEndRE.MatchString(stext[commodity.End-base:]))) {
			continue
		}
		st.addRoute(r)
		// "its electricity and gas needs from A": each commodity of a
		// pair flows the same way.
		for _, x := range ms {
			if x.Kind == graph.KindCommodity && x.ID != r.Commodity && x.Start > commodity.End &&
				strings.TrimSpace(st.text[commodity.End:x.Start]) == "and" {
				pair := *r
				pair.Commodity, pair.Via = x.ID, append([]string(nil), r.Via...)
				st.ensureRef(x.ID)
				st.addRoute(&pair)
			}
		}
	}
}

// fillNamed fills in what a named route's name leaves out from the
// commodity flow the same sentence describes. The flow's own origin wins
// over the reference's: "A supplies oil to B via the <Name> pipeline",
// a pipeline that starts in C, is A's oil that enters the pipeline in C.
func (st *state) fillNamed(n, r *routeDraft) {
	if r.From != "" && r.From != n.From && (r.stated || n.From == "") {
		if n.From != "" && n.Initiative != "" && !mentions.Contains(n.Via, n.From) {
			n.Via = append([]string{n.From}, n.Via...)
		}
		n.From = r.From
	}
	if r.stated || r.To != "" {
		n.refFrom = false
	}
	if r.To != "" && r.To != n.From {
		n.To = r.To
	}
	if n.Commodity == "" {
		n.Commodity = r.Commodity
	}
	n.Halts = append(n.Halts, r.Halts...)
	for _, v := range r.Via {
		if !mentions.Contains(n.Via, v) && v != n.From && v != n.To {
			n.Via = append(n.Via, v)
		}
	}
	n.Via = without(n.Via, n.From, n.To)
}

// addNamed stores the named routes of one sentence.
func (st *state) addNamed(named []*routeDraft) {
	for _, n := range named {
		st.addRoute(n)
	}
}

func without(ids []string, drop ...string) []string {
	var out []string
	for _, id := range ids {
		if !mentions.Contains(drop, id) {
			out = append(out, id)
		}
	}
	return out
}

// routeFor returns the stored route r describes too: the same named route
// between compatible ends, or the same commodity from the same origin
// when an unnamed flow stays within the named route's countries.
func (st *state) routeFor(r *routeDraft) *routeDraft {
	for _, o := range st.routes {
		if o.Kind != r.Kind {
			continue
		}
		if o.Name != "" && o.Initiative == "" && r.Initiative == "" && strings.EqualFold(o.Name, r.Name) {
			return o
		}
		if o.Initiative != "" && o.Initiative == r.Initiative && (r.refFrom || sameEnd(o.From, r.From) && sameEnd(o.To, r.To)) {
			return o
		}
		if st.commodityRoot(o.Commodity) != st.commodityRoot(r.Commodity) || o.From != r.From {
			continue
		}
		switch {
		case o.Name == "" && r.Name == "":
			if sameEnd(o.To, r.To) && (len(o.Via) == 0 || len(r.Via) == 0 || Overlap(o.Via, r.Via) > 0) {
				return o
			}
		case o.Name == "" && st.within(o, r), r.Name == "" && st.within(r, o):
			return o
		}
	}
	return nil
}

func sameEnd(a, b string) bool { return a == "" || b == "" || a == b }

// within reports whether the unnamed flow u runs only through countries
// the named route n reaches: "<A>'s gas to <B>" belongs to a named
// pipeline from A to B, "<A>'s gas through <C>" not to one that avoids C.
func (st *state) within(u, n *routeDraft) bool {
	if u.To != "" && n.To != "" && u.To != n.To {
		return false
	}
	for _, id := range append([]string{u.To}, u.Via...) {
		if id == "" || id == n.To || mentions.Contains(n.Via, id) || st.viaOfInitiative(n.Initiative, id) {
			continue
		}
		return false
	}
	return true
}

func (st *state) addRoute(r *routeDraft) *routeDraft {
	r.last = r.Sent
	if o := st.routeFor(r); o != nil {
		o.last = r.Sent
		for _, v := range r.Via {
			if !mentions.Contains(o.Via, v) && v != o.To {
				o.Via = append(o.Via, v)
			}
		}
		if o.To == "" {
			o.To = r.To
		}
		if o.Name == "" {
			o.Name = r.Name
			o.Initiative = r.Initiative
		}
		if r.Modality == graph.Asserted {
			o.Modality = graph.Asserted
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

// commodityRoot is the broad commodity of a commodity ID: crude is oil.
func (st *state) commodityRoot(id string) string {
	for _, c := range st.x.data.Commodities {
		if c.ID == id && c.Parent != "" {
			return graph.NewID(graph.KindCommodity, c.Parent)
		}
	}
	return id
}

// destWords may stand between "to" and the destination country: "to
// refineries in <State>". Any other lower-case word makes "to" a verb's
// ("to replace <demonym> supplies").
var destWords = refdata.Set(lexicon.DestinationWords)

func verbAfterTo(gap string) bool {
	for _, w := range strings.Fields(gap) {
		if w != "" && unicode.IsLower(rune(w[0])) && !destWords[w] {
			return true
		}
	}
	return false
}

// recentOrigin is the origin of the route the last two sentences told of,
// for a flow that goes on without naming it: "<Name>'s second line
// carries gas across A into B".
func (st *state) recentOrigin(si int, commodity string) string {
	for i := len(st.routes) - 1; i >= 0; i-- {
		o := st.routes[i]
		if o.last >= si-2 && o.From != "" && st.commodityRoot(o.Commodity) == st.commodityRoot(commodity) {
			return o.From
		}
	}
	return ""
}

func first(ws []string, n int) []string {
	if len(ws) > n {
		return ws[:n]
	}
	return ws
}

// namedIn reports whether the sentence's named routes hold initiative id.
func namedIn(named []*routeDraft, id string) bool {
	for _, n := range named {
		if n.Initiative == id {
			return true
		}
	}
	return false
}

// officeWords follow a commodity that names an office or a body, not a
// flow: "Electricity Minister", "Minister of State for Gas Affairs".
var officeWords = refdata.Set(lexicon.OfficeWords)

// titleWord reports whether commodity mention m is a capitalised word of
// an office's or body's name.
func (st *state) titleWord(m mention, base int) bool {
	if m.Start == base || m.End-m.Start < 2 || !unicode.IsUpper(rune(st.text[m.Start])) || unicode.IsUpper(rune(st.text[m.Start+1])) {
		return false
	}
	next := strings.Fields(st.text[m.End:min(len(st.text), m.End+20)])
	return len(next) > 0 && officeWords[strings.Trim(next[0], ",.;:")]
}

// onwardRE follows a flow's first stop that is not its end: "to A and then
// to third countries", "to B and on to <Region>".
var onwardRE = regex.MustCompile(`^\s*,?\s*(?:and\s+)?(?:then|on|onward|onwards)\s+(?:to|into)\s`)

// onwardEnd is the country named right after "and then to", or none.
func (st *state) onwardEnd(ms []mention, after int, stop string) string {
	m := onwardRE.FindStringIndex(st.text[after:])
	for _, x := range ms {
		if x.Start >= after+m[1] && x.Start <= after+m[1]+6 && x.Kind == graph.KindCountry && x.ID != stop {
			return x.ID
		}
	}
	return ""
}

// openEndRE: a flow sent on to no named country, "Russian LNG to third
// countries", "Kazakh oil to world markets".
var openEndRE = regex.MustCompile(`^\s+(?:to|into|towards)\s+(?:the\s+)?(?:third|other|foreign|global|world|international|overseas)\s+(?:countries|markets|buyers|customers)\b`)
