package refdata

import (
	"strings"
	"unicode"

	"geograph/graph"
)

// index holds maps built once by Parse; Data is read-only afterwards.
type index struct {
	country      map[string]int   // ISO2
	org          map[string]int   // ID
	office       map[string]int   // ID
	person       map[string]int   // canonical name
	officeAlias  map[string][]int // alias → offices, strong aliases first
	officeByRole map[string][]int // ISO2 or org ID + "|" + role
	countryWord  map[string]int   // name, alias, demonym or metonym → country
}

func buildIndex(d *Data) index {
	x := index{
		country:      map[string]int{},
		org:          map[string]int{},
		office:       map[string]int{},
		person:       map[string]int{},
		officeAlias:  map[string][]int{},
		officeByRole: map[string][]int{},
		countryWord:  map[string]int{},
	}
	for i, c := range d.Countries {
		x.country[c.ISO2] = i
		for _, w := range append(append(append([]string{c.Name}, c.Aliases...), c.Demonyms...), c.Metonyms...) {
			x.countryWord[w] = i
		}
	}
	for i, o := range d.Organizations {
		x.org[o.ID] = i
	}
	for i, p := range d.People {
		x.person[p.Name] = i
	}
	for i, o := range d.Offices {
		x.office[o.ID] = i
		for _, a := range o.Aliases {
			x.officeAlias[a] = append(x.officeAlias[a], i)
		}
		owner := o.Country
		if owner == "" {
			owner = o.Org
		}
		x.officeByRole[owner+"|"+o.Role] = append(x.officeByRole[owner+"|"+o.Role], i)
	}
	for i, o := range d.Offices {
		for _, a := range o.WeakAliases {
			x.officeAlias[a] = append(x.officeAlias[a], i)
		}
	}
	return x
}

// Country returns the country with ISO 3166-1 alpha-2 code iso2, or nil.
func (d *Data) Country(iso2 string) *Country {
	if i, ok := d.idx.country[iso2]; ok {
		return &d.Countries[i]
	}
	return nil
}

// Organization returns the organisation with the given ID, or nil.
func (d *Data) Organization(id string) *Organization {
	if i, ok := d.idx.org[id]; ok {
		return &d.Organizations[i]
	}
	return nil
}

// Office returns the office with the given ID, or nil.
func (d *Data) Office(id string) *Office {
	if i, ok := d.idx.office[id]; ok {
		return &d.Offices[i]
	}
	return nil
}

// Person returns the person with canonical name name, or nil.
func (d *Data) Person(name string) *Person {
	if i, ok := d.idx.person[name]; ok {
		return &d.People[i]
	}
	return nil
}

// HoldersOn returns who held the office on date (YYYY[-MM[-DD]]), in order
// of their terms. A day gives one holder, or two on a handover day (a term
// ends on the day its successor's begins); a month or year can give several.
// An empty date gives the holder in office now.
func (d *Data) HoldersOn(officeID, date string) []Holder {
	o := d.Office(officeID)
	if o == nil {
		return nil
	}
	var out []Holder
	for _, h := range o.Holders {
		if (graph.Term{From: h.From, To: h.To}).Covers(date) {
			out = append(out, h)
		}
	}
	return out
}

// HolderOn returns the one holder of the office on date: on a handover day
// the incoming one, for a month or year the last one to take office.
func (d *Data) HolderOn(officeID, date string) (Holder, bool) {
	hs := d.HoldersOn(officeID, date)
	if len(hs) == 0 {
		return Holder{}, false
	}
	return hs[len(hs)-1], true
}

// OfficesByAlias returns the offices an alias such as "EU chief" names, the
// ones that have it as a strong alias first. When there are several, an
// extractor should take the first unless the text points at another: the
// holder's name is next to the alias, or the sentence names the other
// office's institution ("Commission"). "<Bloc> chief" thus means the holder
// of the office that has the alias as a strong one unless the text says
// otherwise.
func (d *Data) OfficesByAlias(alias string) []*Office {
	var out []*Office
	for _, i := range d.idx.officeAlias[alias] {
		out = append(out, &d.Offices[i])
	}
	return out
}

// OfficesOf returns the offices of a country (ISO2) or organisation (ID)
// with the given role, e.g. OfficesOf("KZ", RoleHeadOfState).
func (d *Data) OfficesOf(owner, role string) []*Office {
	var out []*Office
	for _, i := range d.idx.officeByRole[owner+"|"+role] {
		out = append(out, &d.Offices[i])
	}
	return out
}

// LeaderOn returns the office whose holder "<demonym> leader" means for a
// country (ISO2) on date, and that holder: among the country's offices
// marked Leader, the first with a holder then (a state's President until
// the day the office lapsed, its Supreme Leader after).
func (d *Data) LeaderOn(iso2, date string) (*Office, Holder, bool) {
	for _, role := range []string{RoleHeadOfState, RoleHeadOfGovernment, RoleOther} {
		for _, o := range d.OfficesOf(iso2, role) {
			if !o.Leader {
				continue
			}
			if h, ok := d.HolderOn(o.ID, date); ok {
				return o, h, true
			}
		}
	}
	return nil, Holder{}, false
}

// CountryByWord returns the country a name, alias, demonym or metonym
// names (a demonym, a seat of government, a short form), matched exactly,
// or nil.
func (d *Data) CountryByWord(word string) *Country {
	if i, ok := d.idx.countryWord[word]; ok {
		return &d.Countries[i]
	}
	return nil
}

// NameOn returns the place's official name on date (YYYY[-MM[-DD]]), or its
// Name when no dated name covers the date.
func (p *Place) NameOn(date string) string {
	for _, n := range p.Names {
		if (graph.Term{From: n.From, To: n.To}).Covers(date) && date != "" {
			return n.Name
		}
	}
	return p.Name
}

// CaseSensitive reports whether a name must be matched with its exact case:
// acronyms and other names without lower-case letters ("US", "WHO",
// "U.S."), and names that are also common English words when lower-cased
// (words.json's commonWordNames). Other names may be matched ignoring case.
func CaseSensitive(name string) bool {
	hasLower := false
	for _, r := range name {
		if unicode.IsLower(r) {
			hasLower = true
			break
		}
	}
	if !hasLower {
		return true
	}
	return commonWords[strings.ToLower(name)]
}

// commonWords are names that, lower-cased, are ordinary English words.
var commonWords = Set(MustLoadWords().CommonWordNames)
