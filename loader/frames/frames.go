// Package frames turns a parsed sentence and the entity mentions in it into
// event and route facts, using frames kept as data in frames.json: which
// verbs and nouns evoke a fact of which kind, and which syntactic position
// (subject, object, the by-agent of a passive, a PP's object, possessor,
// premodifier, relative-clause head) fills which role in the active,
// passive and nominal forms. Modality comes from cue words in the trigger's
// clause, also listed in the file.
//
// The code here knows no world name: it reads positions from loader/syntax
// and kinds from the mentions the caller found.
package frames

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"geograph/graph"
)

//go:embed frames.json
var embedded []byte

// File is frames.json.
type File struct {
	About    string              `json:"about"`
	Roles    map[string][]string `json:"roles"` // role → mention kinds that can fill it
	Forms    map[string][]string `json:"forms"` // irregular inflections of verbs and nouns
	Modality ModalityCues        `json:"modality"`
	Frames   []Frame             `json:"frames"`
}

// ModalityCues lists the words that make a fact other than asserted.
type ModalityCues struct {
	// Precedence orders the modalities when cues of several are present:
	// "will not sign" is NEGATED, not PLANNED.
	Precedence []graph.Modality            `json:"precedence"`
	Cues       map[graph.Modality][]string `json:"cues"`
}

// Frame is one kind of fact and the words that evoke it.
type Frame struct {
	Name  string     `json:"name"`
	Kind  graph.Kind `json:"kind"`
	Verbs []string   `json:"verbs,omitempty"` // lemmas; inflections are generated
	Nouns []string   `json:"nouns,omitempty"` // singular, or plural-only ("talks")
	// Active, Passive and Nominal map a position to the roles it fills;
	// with several roles, a mention takes the first its kind allows.
	Active  Mapping `json:"active,omitempty"`
	Passive Mapping `json:"passive,omitempty"`
	Nominal Mapping `json:"nominal,omitempty"`
	// MinMentions is how many mentions the fact needs to be kept; 0
	// means 1. A route with one end only says little.
	MinMentions int `json:"minMentions,omitempty"`
	// BeforeCommodity is the role of a mention right before a commodity
	// mention, whatever its position: "<demonym> oil" names the origin.
	BeforeCommodity string `json:"beforeCommodity,omitempty"`
	// Light lists support verbs that evoke this frame through one of its
	// nouns as their object (active) or subject (passive): "imposed
	// sanctions", "held talks", "the treaty was signed".
	Light []Light `json:"light,omitempty"`
}

// Light is a set of support verbs and the roles their own positions fill;
// the noun's nominal mapping applies to the rest.
type Light struct {
	Verbs   []string `json:"verbs"`
	Active  Mapping  `json:"active"`
	Passive Mapping  `json:"passive"`
}

// Mapping maps a position to roles. Positions: subject, object, possessor,
// modifier, or a preposition naming a PP (by, on, against, with, from, to,
// into, via, through, of, between, among, in).
type Mapping map[string][]string

// Positions a mapping may name besides prepositions.
var positions = []string{"subject", "object", "possessor", "modifier"}

var prepositions = []string{"by", "on", "against", "with", "from", "to", "into", "via", "through", "across", "of", "between", "among", "in", "over", "for", "at"}

var entityKinds = []string{"Country", "Organization", "Person", "Place", "Commodity"}

// Load parses the embedded frames.json.
func Load() (*File, error) {
	return Parse(embedded)
}

// Parse parses and checks a frame file.
func Parse(data []byte) (*File, error) {
	var f File
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("frames: %w", err)
	}
	if err := f.validate(); err != nil {
		return nil, fmt.Errorf("frames: %w", err)
	}
	return &f, nil
}

func (f *File) validate() error {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	for role, kinds := range f.Roles {
		for _, k := range kinds {
			if !slices.Contains(entityKinds, k) {
				bad("role %q: unknown mention kind %q", role, k)
			}
		}
	}
	for _, m := range f.Modality.Precedence {
		if len(f.Modality.Cues[m]) == 0 {
			bad("modality %s has no cues", m)
		}
	}
	for m := range f.Modality.Cues {
		if !slices.Contains(f.Modality.Precedence, m) {
			bad("modality %s is not in precedence", m)
		}
	}
	names := map[string]bool{}
	for i, fr := range f.Frames {
		where := fmt.Sprintf("frame %d (%q)", i, fr.Name)
		if fr.Name == "" || names[fr.Name] {
			bad("%s: name empty or repeated", where)
		}
		names[fr.Name] = true
		if !slices.Contains(graph.EventKinds, fr.Kind) && !slices.Contains(graph.RouteKinds, fr.Kind) {
			bad("%s: kind %q is no event or route kind", where, fr.Kind)
		}
		if len(fr.Verbs)+len(fr.Nouns) == 0 {
			bad("%s: no verbs and no nouns", where)
		}
		if len(fr.Nouns) > 0 && fr.Nominal == nil {
			bad("%s: nouns but no nominal mapping", where)
		}
		if len(fr.Verbs) > 0 && (fr.Active == nil || fr.Passive == nil) {
			bad("%s: verbs need an active and a passive mapping", where)
		}
		check := func(form string, m Mapping) {
			for pos, roles := range m {
				if !slices.Contains(positions, pos) && !slices.Contains(prepositions, pos) {
					bad("%s %s: unknown position %q", where, form, pos)
				}
				for _, r := range roles {
					if _, ok := f.Roles[r]; !ok {
						bad("%s %s: position %q: unknown role %q", where, form, pos, r)
					}
				}
			}
		}
		if _, ok := f.Roles[fr.BeforeCommodity]; fr.BeforeCommodity != "" && !ok {
			bad("%s: beforeCommodity: unknown role %q", where, fr.BeforeCommodity)
		}
		check("active", fr.Active)
		check("passive", fr.Passive)
		check("nominal", fr.Nominal)
		for _, l := range fr.Light {
			check("light active", l.Active)
			check("light passive", l.Passive)
		}
	}
	sort.Strings(errs)
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return nil
}
