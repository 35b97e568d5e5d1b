package refdata

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func TestOfficeTerms(t *testing.T) {
	d := load(t)
	for _, o := range d.Offices {
		for i, h := range o.Holders {
			if d.Person(h.Person) == nil {
				t.Errorf("office %s: holder %q has no people record", o.Name, h.Person)
			}
			if i > 0 && (o.Holders[i-1].To == "" || o.Holders[i-1].To > h.From) {
				t.Errorf("office %s: terms of %s and %s overlap", o.Name, o.Holders[i-1].Person, h.Person)
			}
		}
		if got, want := o.ID, graph.NewID(graph.KindOffice, o.Name); got != want {
			t.Errorf("office %s: ID %q, want %q", o.Name, got, want)
		}
	}
}

func TestHoldersOn(t *testing.T) {
	d := load(t)
	council := graph.NewID(graph.KindOffice, "President of the European Council")
	kz := graph.NewID(graph.KindOffice, "President of Kazakhstan")
	uk := graph.NewID(graph.KindOffice, "Prime Minister of the United Kingdom")
	tests := []struct {
		office, date string
		want         []string
	}{
		{council, "2022-10-27", []string{"Charles Michel"}},
		{council, "2025-03-01", []string{"António Costa"}},
		{council, "2019-11-30", []string{"Donald Tusk"}},
		{council, "2019-12", []string{"Charles Michel"}},
		{council, "2019", []string{"Donald Tusk", "Charles Michel"}},
		{council, "", []string{"António Costa"}},
		{kz, "2019-03-19", []string{"Nursultan Nazarbayev"}},
		{kz, "2019-03-20", []string{"Kassym-Jomart Tokayev"}},
		{kz, "2022-10-27", []string{"Kassym-Jomart Tokayev"}},
		{uk, "2022-10-25", []string{"Liz Truss", "Rishi Sunak"}},
		{uk, "2022-10", []string{"Liz Truss", "Rishi Sunak"}},
		{"office:nonexistent", "2020-01-01", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range d.HoldersOn(tt.office, tt.date) {
			got = append(got, h.Person)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("HoldersOn(%s, %q) (-want +got):\n%s", tt.office, tt.date, diff)
		}
	}
}

func TestHolderOnTakesTheIncoming(t *testing.T) {
	d := load(t)
	h, ok := d.HolderOn(graph.NewID(graph.KindOffice, "Prime Minister of the United Kingdom"), "2022-10-25")
	if !ok || h.Person != "Rishi Sunak" {
		t.Errorf("HolderOn(UK PM, 2022-10-25) = %q, %v; want Rishi Sunak", h.Person, ok)
	}
}

func TestOfficesByAlias(t *testing.T) {
	d := load(t)
	tests := []struct {
		alias string
		want  []string
	}{
		{"EU chief", []string{"President of the European Council", "President of the European Commission"}},
		{"Kremlin chief", []string{"President of Russia"}},
		{"UN chief", []string{"Secretary-General of the United Nations"}},
		{"no such alias", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, o := range d.OfficesByAlias(tt.alias) {
			got = append(got, o.Name)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("OfficesByAlias(%q) (-want +got):\n%s", tt.alias, diff)
		}
	}
}

func TestLeaderOn(t *testing.T) {
	d := load(t)
	tests := []struct{ country, date, office, person string }{
		{"CN", "2022-10-27", "President of China", "Xi Jinping"},
		{"GB", "2023-05-01", "Prime Minister of the United Kingdom", "Rishi Sunak"},
		{"AF", "2020-06-01", "President of Afghanistan", "Ashraf Ghani"},
		{"AF", "2023-06-01", "Supreme Leader of Afghanistan", "Hibatullah Akhundzada"},
		{"DE", "2023-01-01", "Chancellor of Germany", "Olaf Scholz"},
		{"KZ", "2022-10-27", "President of Kazakhstan", "Kassym-Jomart Tokayev"},
	}
	for _, tt := range tests {
		o, h, ok := d.LeaderOn(tt.country, tt.date)
		if !ok {
			t.Errorf("LeaderOn(%s, %s): none", tt.country, tt.date)
			continue
		}
		if o.Name != tt.office || h.Person != tt.person {
			t.Errorf("LeaderOn(%s, %s) = %s, %s; want %s, %s", tt.country, tt.date, o.Name, h.Person, tt.office, tt.person)
		}
	}
}

func TestEveryCountryWithOfficesHasALeader(t *testing.T) {
	d := load(t)
	for _, o := range d.Offices {
		if o.Country == "" {
			continue
		}
		leaders := 0
		for _, role := range []string{RoleHeadOfState, RoleHeadOfGovernment, RoleOther} {
			for _, x := range d.OfficesOf(o.Country, role) {
				if x.Leader {
					leaders++
				}
			}
		}
		if leaders == 0 {
			t.Errorf("%s has offices but none marked leader", o.Country)
		}
	}
}
