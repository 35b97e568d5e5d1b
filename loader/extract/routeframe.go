package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/frames"
	"geograph/loader/mentions"
)

// frameRoute sets the ends and transit countries of the commodity flow r
// from the route frame when a fact of sentence si carries its commodity:
// syntax keeps "from A through B to C" in order and a transit country out
// of the destination, where the word-order rules cannot.
func (st *state) frameRoute(si int, commodity mention, r *routeDraft) {
	if si >= len(st.framed) {
		return
	}
	fd := st.framed[si]
	for _, f := range fd.facts {
		if f.Kind != graph.KindTradeRoute || !hasID(fd.role(f, "commodity"), commodity.ID) {
			continue
		}
		if !st.frameEnds(fd, f) {
			continue
		}
		from, via, to := st.routeEnds(fd.role(f, "from")), st.routeEnds(fd.role(f, "via")), st.routeEnds(fd.role(f, "to"))
		if len(from) > 0 {
			r.From, r.stated = from[0], true
		}
		if len(to) > 0 {
			// one destination: the ends named before the last are passed
			// through ("across A and B to C")
			r.To = to[len(to)-1]
			via = append(via, to[:len(to)-1]...)
		}
		if len(via) > 0 || len(to) > 0 {
			r.Via = without(via, r.From, r.To)
		}
		r.Rule += " (frame " + formOf(f) + ")"
		return
	}
}

// frameEnds reports whether route fact f names an end or a transit
// country.
func (st *state) frameEnds(fd framed, f frames.Fact) bool {
	return len(st.routeEnds(fd.role(f, "from")))+len(st.routeEnds(fd.role(f, "via")))+len(st.routeEnds(fd.role(f, "to"))) > 0
}

// routeEnds returns the countries the mentions stand for, each once, in
// order: a place or a demonym counts for its country; a name joined to
// another by a hyphen ("the A-B pipeline") is part of a route's name, not
// one of its ends.
func (st *state) routeEnds(ms []mention) []string {
	var out []string
	for _, m := range ms {
		if m.Country == "" || m.Kind == graph.KindPerson ||
			strings.HasSuffix(st.masked[:m.Start], "-") || strings.HasPrefix(st.masked[m.End:], "-") {
			continue
		}
		if id := graph.NewID(graph.KindCountry, m.Country); !mentions.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// frameCommodity returns the start of the first commodity a route fact of
// sentence si carries, -1 if none: the flow the sentence tells of, not a
// commodity it names in passing ("in the oil sector, … a crude pipeline").
func (st *state) frameCommodity(si int) int {
	if si >= len(st.framed) {
		return -1
	}
	fd := st.framed[si]
	for _, f := range fd.facts {
		if f.Kind != graph.KindTradeRoute {
			continue
		}
		for _, c := range fd.role(f, "commodity") {
			if st.frameEnds(fd, f) {
				return c.Start
			}
		}
	}
	return -1
}
