package extract

import (
	"sort"

	"geograph/graph"
	"geograph/loader/refdata"
)

// reference is the reference data as graph facts: built once per Extractor.
type reference struct {
	entities    map[string]graph.Entity
	terms       []graph.Term
	memberships []graph.Membership
	// personOffices lists a reference person's terms, for their role on a date.
	personOffices map[string][]graph.Term
}

func buildReference(d *refdata.Data, places map[string]*refdata.Place) *reference {
	r := &reference{entities: map[string]graph.Entity{}, personOffices: map[string][]graph.Term{}}
	add := func(e graph.Entity) { r.entities[e.ID] = e }
	for _, c := range d.Countries {
		add(graph.Entity{ID: c.ID, Kind: graph.KindCountry, Name: c.Name, Aliases: words(c.Aliases, c.Demonyms, c.Metonyms),
			ISO2: c.ISO2, ISO3: c.ISO3, Source: "reference:countries"})
	}
	for _, o := range d.Organizations {
		add(graph.Entity{ID: o.ID, Kind: graph.KindOrganization, Name: o.Name, Aliases: words(o.Aliases, o.Metonyms),
			Acronym: o.Acronym, Country: o.Country, Subkind: o.Subkind, Source: "reference:organizations"})
	}
	for _, p := range places {
		e := graph.Entity{ID: p.ID, Kind: graph.KindPlace, Name: p.Name, Aliases: words(p.Aliases),
			Country: p.Country, Subkind: p.Subkind, Source: "reference:places"}
		for _, n := range p.Names {
			e.Names = append(e.Names, graph.NamePeriod{Name: n.Name, From: n.From, To: n.To})
		}
		add(e)
	}
	for _, in := range d.Initiatives {
		add(graph.Entity{ID: in.ID, Kind: graph.KindInitiative, Name: in.Name, Aliases: words(in.Aliases),
			Subkind: in.Subkind, Source: "reference:initiatives"})
	}
	for _, c := range d.Commodities {
		add(graph.Entity{ID: c.ID, Kind: graph.KindCommodity, Name: c.Name, Aliases: words(c.Aliases),
			Source: "reference:commodities"})
	}
	for _, p := range d.People {
		add(graph.Entity{ID: p.ID, Kind: graph.KindPerson, Name: p.Name, Aliases: words(p.Aliases),
			Country: p.Country, Source: "reference:people"})
	}
	for _, o := range d.Offices {
		add(graph.Entity{ID: o.ID, Kind: graph.KindOffice, Name: o.Name, Aliases: words(o.Aliases, o.WeakAliases),
			Role: o.Title, Country: o.Country, OrgID: o.Org, Subkind: o.Role, Source: "reference:offices"})
		for _, h := range o.Holders {
			p := d.Person(h.Person)
			if p == nil {
				continue
			}
			t := graph.Term{PersonID: p.ID, OfficeID: o.ID, From: h.From, To: h.To, Source: "reference:offices"}
			r.terms = append(r.terms, t)
			r.personOffices[p.ID] = append(r.personOffices[p.ID], t)
		}
	}
	for _, o := range d.Organizations {
		seen := map[string]bool{}
		for _, p := range o.Periods {
			seen[p.Country] = true
			r.memberships = append(r.memberships, graph.Membership{MemberID: graph.NewID(graph.KindCountry, p.Country),
				OrgID: o.ID, From: p.From, To: p.To})
		}
		for _, m := range o.Members {
			if !seen[m] {
				r.memberships = append(r.memberships, graph.Membership{MemberID: graph.NewID(graph.KindCountry, m), OrgID: o.ID})
			}
		}
	}
	sort.Slice(r.terms, func(i, j int) bool {
		a, b := r.terms[i], r.terms[j]
		if a.OfficeID != b.OfficeID {
			return a.OfficeID < b.OfficeID
		}
		return a.From < b.From
	})
	return r
}

func words(lists ...[]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			if w != "" && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// ReferenceBatch is the reference data as one batch: every country,
// organisation, office, person, place, initiative and commodity, the terms
// of office and the memberships (evidence "reference").
func (x *Extractor) ReferenceBatch() *graph.Batch {
	b := &graph.Batch{}
	for _, e := range x.ref.entities {
		b.Entities = append(b.Entities, e)
	}
	sort.Slice(b.Entities, func(i, j int) bool { return b.Entities[i].ID < b.Entities[j].ID })
	b.Terms = append(b.Terms, x.ref.terms...)
	b.Memberships = append(b.Memberships, x.ref.memberships...)
	return b
}
