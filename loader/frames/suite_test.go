package frames

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/loader/refdata"
)

// The frame suite: every template below is instantiated for every actor
// pair drawn from the reference data, and each sentence must give exactly
// the one fact the template states.

// regions name the regional bodies whose members stand for a continent;
// the last one is the Indo-Pacific and North American states of the Quad,
// AUKUS and the G7 that belong to none of the others.
var regions = []string{"African Union", "European Union", "Association of Southeast Asian Nations", "Gulf Cooperation Council", "Mercosur"}

var outerBodies = []string{"Quadrilateral Security Dialogue", "AUKUS", "Group of Seven"}

// perRegion is how many states each region gives.
const perRegion = 4

type actor struct {
	name, kind string
}

// suiteActors draws the states and bodies the suite uses.
func suiteActors(t *testing.T) (states []actor, bodies []actor, commodities []string) {
	t.Helper()
	d, err := refdata.Load()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]refdata.Organization{}
	for _, o := range d.Organizations {
		byName[o.Name] = o
	}
	taken := map[string]bool{}
	take := func(iso []string, n int) {
		for _, c := range iso {
			if n == 0 {
				return
			}
			if taken[c] || d.Country(c) == nil {
				continue
			}
			taken[c] = true
			states = append(states, actor{d.Country(c).Name, "Country"})
			n--
		}
	}
	var inRegions []string
	for _, r := range regions {
		o, ok := byName[r]
		if !ok {
			t.Fatalf("refdata has no %s", r)
		}
		take(o.Members, perRegion)
		inRegions = append(inRegions, o.Members...)
		name := o.Name
		if o.Acronym != "" {
			name = o.Acronym
		}
		bodies = append(bodies, actor{name, "Organization"})
	}
	var outer []string
	for _, b := range outerBodies {
		for _, c := range byName[b].Members {
			if !slices.Contains(inRegions, c) && !slices.Contains(outer, c) {
				outer = append(outer, c)
			}
		}
	}
	take(outer, perRegion)
	for _, c := range d.Commodities {
		commodities = append(commodities, c.Name)
	}
	return states, bodies, commodities
}

// pair is the cast of one instance: actors A, B, a third state C and a
// commodity K.
type pair struct {
	A, B, C actor
	K       string
}

// suitePairs pairs every state with one from another region, and every
// body with a state.
func suitePairs(t *testing.T) []pair {
	states, bodies, goods := suiteActors(t)
	n := len(states)
	var ps []pair
	for i := range states {
		ps = append(ps, pair{states[i], states[(i+perRegion+1)%n], states[(i+2*perRegion+2)%n], goods[i%len(goods)]})
	}
	for i, b := range bodies {
		ps = append(ps, pair{b, states[(i*perRegion+3)%n], states[(i*perRegion+7)%n], goods[(i+n)%len(goods)]})
	}
	return ps
}

// instantiate fills a template: {A} {B} {C} become marked actors, {K} the
// commodity.
func instantiate(tmpl string, p pair) string {
	letter := map[string]string{"Country": "C", "Organization": "O"}
	r := strings.NewReplacer(
		"{A}", "["+letter[p.A.kind]+" "+p.A.name+"]",
		"{B}", "["+letter[p.B.kind]+" "+p.B.name+"]",
		"{C}", "["+letter[p.C.kind]+" "+p.C.name+"]",
		"{K}", "[K "+p.K+"]")
	return r.Replace(tmpl)
}

// expand turns a template's roles ("imposer", "A") into names.
func expand(rs []string, p pair) map[string][]string {
	out := map[string][]string{}
	for i := 0; i+1 < len(rs); i += 2 {
		var name string
		switch rs[i+1] {
		case "A":
			name = p.A.name
		case "B":
			name = p.B.name
		case "C":
			name = p.C.name
		case "K":
			name = p.K
		}
		out[rs[i]] = append(out[rs[i]], name)
	}
	return out
}

func TestFrameSuite(t *testing.T) {
	a := newTestApplier(t)
	ps := suitePairs(t)
	if len(ps) < 20 {
		t.Fatalf("only %d actor pairs", len(ps))
	}
	cases, failed := 0, 0
	for _, tm := range templates {
		shown := 0
		for _, p := range ps {
			if tm.statesOnly && (p.A.kind != "Country" || p.B.kind != "Country" || p.C.kind != "Country") {
				continue // a route runs between places: bodies take no part
			}
			cases++
			s, ms := marked(t, instantiate(tm.text, p))
			want := []brief{{tm.frame, tm.modality, expand(tm.roles, p)}}
			got := briefs(s, a.Apply(s, ms))
			if diff := cmp.Diff(want, got); diff != "" {
				failed++
				if shown++; shown <= 2 { // a template's first failures say enough
					t.Errorf("%s %s: %s\n(-want +got):\n%s", tm.frame, tm.form, s, diff)
				}
			}
		}
	}
	forms := map[string]map[string]bool{}
	for _, tm := range templates {
		if forms[tm.frame] == nil {
			forms[tm.frame] = map[string]bool{}
		}
		forms[tm.frame][tm.form] = true
	}
	t.Logf("frame suite: %d cases from %d templates × %d actor pairs, %d failed", cases, len(templates), len(ps), failed)
	f, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, fr := range f.Frames {
		if len(forms[fr.Name]) == 0 {
			t.Errorf("frame %s has no template", fr.Name)
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d cases failed", failed, cases)
	}
	if cases < 500 {
		t.Errorf("the suite shrank to %d cases", cases)
	}
}
