package extract

import (
	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/regex"
	"geograph/loader/text"
)

// separateFlow reports whether a commodity flow in a sentence naming a
// route is another flow: same origin, but through countries the named
// route does not cross ("<Demonym> gas also transits <State>").
func (st *state) separateFlow(n, r *routeDraft) bool {
	if r.From == "" || n.From != "" && r.From != n.From {
		return false
	}
	for _, v := range r.Via {
		if !mentions.Contains(n.Via, v) && v != n.To && !st.viaOfInitiative(n.Initiative, v) {
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

// initiativeRoute makes a route of a named pipeline, corridor or initiative.
func (st *state) initiativeRoute(si int, m mention, ms []mention) *routeDraft {
	ref := st.initiative(m.ID)
	if ref == nil {
		return nil
	}
	r := &routeDraft{Kind: graph.KindTradeRoute, Name: st.text[m.Start:m.End], Sent: si, Start: m.Start, End: m.End,
		Confidence: 0.75, Rule: "named initiative", Initiative: m.ID}
	base := st.sents[si].Start
	r.Modality, _ = text.ModalityAt(st.sentText(si), m.Start-base, m.End-base)
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
	r.refFrom = r.From != ""
	r.To = mentioned(ref.To)
	// A country right before the name: "<State>'s new <route>".
	for _, x := range ms {
		if x.End <= m.Start && m.Start-x.End <= 30 && x.Kind == graph.KindCountry && !x.Implicit {
			if r.From == "" {
				r.From = x.ID
				r.refFrom = false
			}
		}
	}
	for _, v := range ref.Via {
		if id := mentioned(v); id != "" && id != r.From {
			r.Via = append(r.Via, id)
		}
	}
	for _, x := range ms {
		if x.Kind != graph.KindCountry || x.Implicit || x.ID == r.From || x.ID == r.To || mentions.Contains(r.Via, x.ID) {
			continue
		}
		r.Via = append(r.Via, x.ID)
	}
	st.statedEnds(r, m, ms)
	return r
}

// runsFromRE tells where a named route starts: "the <Name>
// Corridor, which starts from A and extends through <Region> to B".
var runsFromRE = regex.MustCompile(`\b(?:starts?|starting|started|runs?|running|begins?|beginning|stretch(?:es|ing)?|extends?|extending|leads?|goes|going)\s+from\s+`)

// statedEnds gives a named route the ends the sentence states after its
// name; they win over the reference's, which may run the other way.
func (st *state) statedEnds(r *routeDraft, m mention, ms []mention) {
	end := st.sents[r.Sent].End
	f := runsFromRE.FindStringIndex(st.text[m.End:end])
	if f == nil {
		return
	}
	pos := m.End + f[1]
	from := ""
	for _, x := range ms {
		if x.Start == pos && x.Kind == graph.KindCountry {
			from = x.ID
		}
	}
	if from == "" {
		return
	}
	r.From, r.refFrom = from, false
	if t := toRE.FindStringIndex(st.text[pos:end]); t != nil {
		at := pos + t[1]
		for _, x := range ms {
			if x.Start >= at && x.Start <= at+20 && x.Kind == graph.KindCountry && !verbAfterTo(st.text[at:x.Start]) {
				r.To = x.ID
				break
			}
		}
	}
	r.Via = without(r.Via, r.From, r.To)
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
