package server

import (
	"strings"

	"geograph/graph"
)

// Filters arrive from clients; these checks turn bad ones into INVALID
// errors that say what is wrong, before anything reaches the store.

// eventFilter returns a copy of f (the zero filter for nil) with country
// codes in upper case, or an INVALID error.
func eventFilter(f *graph.EventFilter) (graph.EventFilter, error) {
	if f == nil {
		return graph.EventFilter{}, nil
	}
	out := *f
	out.Countries = upper(f.Countries)
	for _, k := range f.Kinds {
		if !k.IsEvent() {
			return out, graph.Errorf(graph.EINVALID, "filter kind %s is not an event kind", k)
		}
	}
	for _, d := range []string{f.From, f.To} {
		if !graph.ValidDate(d) {
			return out, graph.Errorf(graph.EINVALID, "date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return out, graph.Errorf(graph.EINVALID, "minConfidence %v is outside [0, 1]", f.MinConfidence)
	}
	return out, nil
}

// entityFilter checks f like eventFilter.
func entityFilter(f *graph.EntityFilter) (graph.EntityFilter, error) {
	if f == nil {
		return graph.EntityFilter{}, nil
	}
	out := *f
	out.Country = strings.ToUpper(f.Country)
	for _, k := range f.Kinds {
		if !k.IsEntity() {
			return out, graph.Errorf(graph.EINVALID, "filter kind %s is not an entity kind", k)
		}
	}
	return out, nil
}

// routeFilter checks f like eventFilter.
func routeFilter(f *graph.RouteFilter) (graph.RouteFilter, error) {
	if f == nil {
		return graph.RouteFilter{}, nil
	}
	out := *f
	out.Countries = upper(f.Countries)
	for _, k := range f.Kinds {
		if !k.IsRoute() {
			return out, graph.Errorf(graph.EINVALID, "filter kind %s is not a route kind", k)
		}
	}
	return out, nil
}

// checkDate returns an INVALID error unless d is a partial date.
func checkDate(d string) error {
	if !graph.ValidDate(d) {
		return graph.Errorf(graph.EINVALID, "date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
	}
	return nil
}

// checkRange returns an INVALID error unless lo <= v <= hi.
func checkRange(name string, v, lo, hi int) error {
	if v < lo || v > hi {
		return graph.Errorf(graph.EINVALID, "%s must be between %d and %d, got %d", name, lo, hi, v)
	}
	return nil
}

func upper(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ToUpper(s)
	}
	return out
}
