package loader

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"geograph/graph"
)

// mergeKeyVersion is hashed into every merge ID, so a change of the key's
// design gives new IDs rather than silently joining old and new events.
const mergeKeyVersion = "merge/1"

// MergeID returns the ID every report of ev's happening gets, computed from
// the event alone so that two loaders reach it independently, in any order
// and without reading the store (MERGE-CONTRACT.md §1). ents resolves the
// participants' entities as the reporting article knows them: a person
// counts as the state they serve, so "<Leader of A> met <Leader of B>"
// and "A and B held talks" are one meeting.
//
// The key is the kind, the modality, a coarse date bucket (the month when
// the date has one, else the year, else none) and per kind:
//   - Summit, Agreement: the normalised name when the text names it, else
//     (summits) the place, else the participating states;
//   - Visit: the visiting and the host states;
//   - Sanction: the targets as named (a sanctioned person is not their
//     state) and the imposing states;
//   - MilitaryAction: the acting and the targeted states;
//   - Meeting, Statement and the rest: the participating states.
func MergeID(ev graph.Event, ents map[string]graph.Entity) string {
	parts := []string{mergeKeyVersion, string(ev.Kind), string(ev.Modality), dateBucket(ev.Date.Value)}
	state := func(role string) string { return strings.Join(states(ev, role, ents), ",") }
	switch ev.Kind {
	case graph.KindSummit, graph.KindAgreement:
		switch n := normName(ev.Name); {
		case n != "":
			parts = append(parts, "name="+n)
		case ev.Kind == graph.KindSummit && ev.PlaceID != "":
			parts = append(parts, "place="+ev.PlaceID)
		default:
			parts = append(parts, "states="+state(""))
		}
	case graph.KindVisit:
		parts = append(parts, "visitor="+state(graph.RoleVisitor), "host="+state(graph.RoleHost))
	case graph.KindSanction:
		parts = append(parts, "target="+strings.Join(uniqSorted(ev.ParticipantIDs(graph.RoleTarget)), ","),
			"imposer="+state(graph.RoleImposer))
	case graph.KindMilitaryAction:
		parts = append(parts, "actor="+state(graph.RoleActor), "target="+state(graph.RoleTarget))
	default:
		parts = append(parts, "states="+state(""))
	}
	return graph.HashID(ev.Kind, parts...)
}

// dateBucket is the coarse date two reports of one happening share: "Friday"
// and "on 14 October" resolve to different days more often than to
// different months.
func dateBucket(v string) string {
	switch {
	case len(v) >= 7:
		return v[:7]
	case len(v) >= 4:
		return v[:4]
	}
	return ""
}

// states returns the sorted IDs of ev's participants in role (all when role
// is empty), each person or office replaced by the country it serves when
// the article says which; organisations and unplaced people stay themselves.
func states(ev graph.Event, role string, ents map[string]graph.Entity) []string {
	var ids []string
	for _, id := range ev.ParticipantIDs(role) {
		e, ok := ents[id]
		if ok && (e.Kind == graph.KindPerson || e.Kind == graph.KindOffice) && e.Country != "" && e.OrgID == "" {
			id = graph.NewID(graph.KindCountry, e.Country)
		}
		ids = append(ids, id)
	}
	return uniqSorted(ids)
}

func uniqSorted(ids []string) []string {
	ids = append([]string(nil), ids...)
	sort.Strings(ids)
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

// normName folds a name to its lower-case letters and digits, accents and
// punctuation dropped, so "Sa'ana Declaration" and "Saana declaration" agree.
func normName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
