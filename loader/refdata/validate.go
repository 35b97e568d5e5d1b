package refdata

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"geograph/graph"
)

var roles = map[string]bool{RoleHeadOfState: true, RoleHeadOfGovernment: true, RoleForeignMinister: true, RoleDefenceMinister: true, RoleOrgHead: true, RoleOther: true}

var dayRE = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`)

// Validate checks the data is consistent: unique IDs, every ISO2, organisation,
// person and commodity referred to exists, holder terms are well-formed days
// that do not overlap within an office, and no country word names two
// countries. It lists up to ten problems.
func (d *Data) Validate() error {
	v := &checker{}
	iso := map[string]bool{}
	for _, c := range d.Countries {
		v.unique(c.ID)
		v.check(len(c.ISO2) == 2 && c.ISO2 == strings.ToUpper(c.ISO2), "country %q: bad ISO2", c.ISO2)
		v.check(c.Name != "", "country %s: no name", c.ISO2)
		iso[c.ISO2] = true
	}
	country := func(code, what string) {
		v.check(code == "" || iso[code], "%s: unknown country %q", what, code)
	}
	orgs := map[string]bool{}
	for _, o := range d.Organizations {
		v.unique(o.ID)
		orgs[o.ID] = true
		for _, m := range o.Members {
			country(m, "organization "+o.Name+" member")
		}
		country(o.Country, "organization "+o.Name)
		for _, p := range o.Periods {
			country(p.Country, "organization "+o.Name+" period")
			v.check(graph.ValidDate(p.From) && graph.ValidDate(p.To), "organization %s: period of %s malformed", o.Name, p.Country)
		}
	}
	people := map[string]bool{}
	personWord := map[string]string{}
	for _, p := range d.People {
		v.unique(p.ID)
		people[p.Name] = true
		country(p.Country, "person "+p.Name)
		for _, w := range append([]string{p.Name}, p.Aliases...) {
			prev, dup := personWord[w]
			v.check(!dup || prev == p.Name, "person name %q names both %s and %s", w, prev, p.Name)
			personWord[w] = p.Name
		}
	}
	officeWord := map[string]string{}
	for _, o := range d.Offices {
		v.unique(o.ID)
		country(o.Country, "office "+o.Name)
		v.check(o.Org == "" || orgs[o.Org], "office %s: unknown organization %q", o.Name, o.Org)
		v.check(o.Country != "" || o.Org != "", "office %s: neither country nor organization", o.Name)
		v.check(roles[o.Role], "office %s: unknown role %q", o.Name, o.Role)
		v.holders(o, people)
		for _, w := range append([]string{o.Name}, o.Aliases...) {
			prev, dup := officeWord[w]
			v.check(!dup || prev == o.Name, "office alias %q names both %s and %s; make one a weak alias", w, prev, o.Name)
			officeWord[w] = o.Name
		}
	}
	commodities := map[string]bool{}
	for _, c := range d.Commodities {
		v.unique(c.ID)
		commodities[c.Name] = true
	}
	for _, c := range d.Commodities {
		v.check(c.Parent == "" || commodities[c.Parent], "commodity %s: unknown parent %q", c.Name, c.Parent)
	}
	for _, p := range d.Places {
		v.unique(p.ID)
		country(p.Country, "place "+p.Name)
		v.check(p.Country != "", "place %s: no country", p.Name)
		for _, n := range p.Names {
			v.check(graph.ValidDate(n.From) && graph.ValidDate(n.To), "place %s: name %q has a malformed period", p.Name, n.Name)
		}
	}
	for _, in := range d.Initiatives {
		v.unique(in.ID)
		what := "initiative " + in.Name
		for _, c := range append(append([]string{in.From, in.To, in.Origin}, in.Via...), in.Countries...) {
			country(c, what)
		}
		v.check(graph.ValidDate(in.Began) && graph.ValidDate(in.Ended), "%s: malformed began or ended", what)
		if len(in.Countries) > 0 {
			touches := map[string]bool{}
			for _, c := range in.Countries {
				touches[c] = true
			}
			for _, c := range append([]string{in.From, in.To}, in.Via...) {
				v.check(c == "" || touches[c], "%s: route country %s missing from countries", what, c)
			}
		}
		v.check(in.Commodity == "" || commodities[in.Commodity], "%s: unknown commodity %q", what, in.Commodity)
	}
	v.countryWords(d.Countries)
	return v.err()
}

// holders checks an office's terms: real days, in order, overlapping at
// most on a handover day,
// each held by a known person.
func (v *checker) holders(o Office, people map[string]bool) {
	hs := o.Holders
	v.check(sort.SliceIsSorted(hs, func(i, j int) bool { return hs[i].From < hs[j].From }), "office %s: holders are not in order of their terms", o.Name)
	for i, h := range hs {
		v.check(people[h.Person], "office %s: holder %q has no people record", o.Name, h.Person)
		v.check(dayRE.MatchString(h.From), "office %s: %s from %q is not YYYY-MM-DD", o.Name, h.Person, h.From)
		v.check(h.To == "" || dayRE.MatchString(h.To), "office %s: %s to %q is not YYYY-MM-DD", o.Name, h.Person, h.To)
		v.check(h.To == "" || h.From <= h.To, "office %s: %s ends before it starts", o.Name, h.Person)
		if i > 0 {
			prev := hs[i-1]
			// Terms may touch: a list's "to" is usually the day the
			// successor took office.
			v.check(prev.To != "" && prev.To <= h.From, "office %s: terms of %s and %s overlap", o.Name, prev.Person, h.Person)
		}
	}
}

// countryWords checks no name, alias, demonym or metonym names two countries.
func (v *checker) countryWords(cs []Country) {
	owner := map[string]string{}
	for _, c := range cs {
		words := append(append(append([]string{c.Name}, c.Aliases...), c.Demonyms...), c.Metonyms...)
		seen := map[string]bool{}
		for _, w := range words {
			if seen[w] {
				continue
			}
			seen[w] = true
			if prev, ok := owner[w]; ok && prev != c.ISO2 {
				v.check(false, "country word %q names both %s and %s", w, prev, c.ISO2)
			}
			owner[w] = c.ISO2
		}
	}
}

type checker struct {
	ids      map[string]bool
	problems []string
}

func (v *checker) check(ok bool, format string, args ...any) {
	if !ok {
		v.problems = append(v.problems, fmt.Sprintf(format, args...))
	}
}

func (v *checker) unique(id string) {
	if v.ids == nil {
		v.ids = map[string]bool{}
	}
	v.check(!v.ids[id], "duplicate id %s", id)
	v.ids[id] = true
}

func (v *checker) err() error {
	if len(v.problems) == 0 {
		return nil
	}
	msg := v.problems
	if len(msg) > 10 {
		msg = append(msg[:10:10], fmt.Sprintf("and %d more", len(v.problems)-10))
	}
	return fmt.Errorf("invalid reference data: %s", strings.Join(msg, "; "))
}
