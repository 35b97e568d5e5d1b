package refdata

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func load(t *testing.T) *Data {
	t.Helper()
	d, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return d
}

func TestLoadReturnsTheSameData(t *testing.T) {
	a, b := load(t), load(t)
	if a != b {
		t.Error("Load parsed the data twice")
	}
}

func TestEveryFileNamesItsSources(t *testing.T) {
	d := load(t)
	for _, f := range []string{"countries.json", "countries-overlay.json", "cities.json", "places.json", "organizations.json",
		"people.json", "offices-international.json", "initiatives.json", "commodities.json"} {
		srcs := d.Sources[f]
		if len(srcs) == 0 {
			t.Errorf("%s: no sources", f)
		}
		for _, s := range srcs {
			if s.Name == "" || s.Licence == "" {
				t.Errorf("%s: source %+v lacks a name or licence", f, s)
			}
		}
	}
}

func TestEveryCountryReferenceExists(t *testing.T) {
	d := load(t)
	refs := map[string][]string{}
	for _, o := range d.Organizations {
		refs["organization "+o.Name] = append(append([]string{o.Country}, o.Members...), periodCountries(o.Periods)...)
	}
	for _, o := range d.Offices {
		refs["office "+o.Name] = []string{o.Country}
	}
	for _, p := range d.People {
		refs["person "+p.Name] = []string{p.Country}
	}
	for _, p := range d.Places {
		refs["place "+p.Name] = []string{p.Country}
	}
	for _, in := range d.Initiatives {
		refs["initiative "+in.Name] = append(append([]string{in.From, in.To, in.Origin}, in.Via...), in.Countries...)
	}
	for what, codes := range refs {
		for _, c := range codes {
			if c != "" && d.Country(c) == nil {
				t.Errorf("%s refers to unknown country %q", what, c)
			}
		}
	}
}

func periodCountries(ps []MemberPeriod) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Country)
	}
	return out
}

func TestAllISOCountriesAreThere(t *testing.T) {
	d := load(t)
	if n := len(d.Countries); n < 249 {
		t.Errorf("%d countries, want every ISO 3166-1 country (249 and Kosovo)", n)
	}
	un := 0
	for _, c := range d.Countries {
		if c.UNMember {
			un++
		}
	}
	if un != 193 {
		t.Errorf("%d UN members, want 193", un)
	}
}

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

func TestCountryByWord(t *testing.T) {
	d := load(t)
	tests := []struct{ word, want string }{
		{"Kazakh", "KZ"}, {"Kazakhstani", "KZ"}, {"Azeri", "AZ"}, {"Azerbaijani", "AZ"}, {"Turkish", "TR"},
		{"Türkiye", "TR"}, {"Turkey", "TR"}, {"Emirati", "AE"}, {"Saudi", "SA"}, {"Uzbek", "UZ"}, {"Kyrgyz", "KG"},
		{"Tajik", "TJ"}, {"Turkmen", "TM"}, {"U.S.", "US"}, {"US", "US"}, {"United States of America", "US"},
		{"UK", "GB"}, {"Britain", "GB"}, {"UAE", "AE"}, {"the Kremlin", "RU"}, {"Moscow", "RU"},
		{"Washington", "US"}, {"the White House", "US"}, {"Beijing", "CN"}, {"Downing Street", "GB"},
		{"the Élysée", "FR"}, {"Kyiv", "UA"}, {"Kiev", "UA"}, {"Nur-Sultan", "KZ"}, {"Astana", "KZ"},
		{"American", "US"}, {"French", "FR"}, {"Indian", "IN"}, {"Czechia", "CZ"}, {"Swaziland", "SZ"},
		{"us", ""}, {"Brussels", ""}, {"Korean", ""}, {"Congolese", ""}, {"Island", ""}, {"Europe", ""},
	}
	for _, tt := range tests {
		got := ""
		if c := d.CountryByWord(tt.word); c != nil {
			got = c.ISO2
		}
		if got != tt.want {
			t.Errorf("CountryByWord(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestOrganizations(t *testing.T) {
	d := load(t)
	eu := d.Organization("org:european-union")
	if eu == nil {
		t.Fatal("no org:european-union")
	}
	for _, inst := range []string{"European Commission", "European Council", "European Parliament", "Council of the EU"} {
		if !contains(eu.Aliases, inst) {
			t.Errorf("EU aliases lack %q: institutions fold into the EU", inst)
		}
	}
	members := map[string]int{"EU": 27, "NATO": 32, "SCO": 10, "CSTO": 6, "EAEU": 5, "OTS": 5, "GCC": 6, "OSCE": 57}
	for _, o := range d.Organizations {
		if want, ok := members[o.Acronym]; ok {
			if len(o.Members) != want {
				t.Errorf("%s has %d members, want %d", o.Acronym, len(o.Members), want)
			}
			delete(members, o.Acronym)
		}
	}
	for acr := range members {
		t.Errorf("no organisation %s", acr)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestPlaceNames(t *testing.T) {
	d := load(t)
	places := map[string]*Place{}
	for i := range d.Places {
		places[d.Places[i].ID] = &d.Places[i]
	}
	tests := []struct{ id, date, want string }{
		{"place:kz:astana", "2018-06-01", "Astana"},
		{"place:kz:astana", "2019-03-23", "Nur-Sultan"},
		{"place:kz:astana", "2021-01", "Nur-Sultan"},
		{"place:kz:astana", "2022-09-17", "Astana"},
		{"place:kz:astana", "2024-05-01", "Astana"},
		{"place:ua:dnipro", "2015-01-01", "Dnipropetrovsk"},
		{"place:ua:dnipro", "2017-01-01", "Dnipro"},
		{"place:ua:bakhmut", "2014-01-01", "Artemivsk"},
		{"place:ru:volgograd", "1950", "Stalingrad"},
		{"place:ua:kyiv", "2020-01-01", "Kyiv"},
	}
	for _, tt := range tests {
		p := places[tt.id]
		if p == nil {
			t.Errorf("no place %s", tt.id)
			continue
		}
		if got := p.NameOn(tt.date); got != tt.want {
			t.Errorf("%s.NameOn(%s) = %q, want %q", tt.id, tt.date, got, tt.want)
		}
	}
}

func TestCuratedPlacesReplaceGeneratedCities(t *testing.T) {
	d := load(t)
	var named []string
	for _, p := range d.Places {
		if p.Country == "KZ" && (p.Name == "Nur-Sultan" || contains(p.Aliases, "Nur-Sultan")) {
			named = append(named, p.ID)
		}
	}
	if diff := cmp.Diff([]string{"place:kz:astana"}, named); diff != "" {
		t.Errorf("places named Nur-Sultan (-want +got):\n%s", diff)
	}
	for _, p := range d.Places {
		if p.Name == "Nice" || p.Name == "Reading" || p.Name == "Batman" {
			t.Errorf("stop-listed city %s (%s) is in the data", p.Name, p.Country)
		}
	}
}

func TestInitiatives(t *testing.T) {
	d := load(t)
	type route struct {
		Commodity, From string
		Via             []string
		To              string
	}
	want := map[string]route{
		"Caspian Pipeline Consortium pipeline": {"oil", "KZ", []string{"RU"}, ""},
		"Baku–Tbilisi–Ceyhan pipeline":         {"oil", "AZ", []string{"GE"}, "TR"},
		"Central Asia–China gas pipeline":      {"gas", "TM", []string{"UZ", "KZ"}, "CN"},
		"Middle Corridor":                      {"", "CN", []string{"KZ", "AZ", "GE"}, "TR"},
	}
	for _, in := range d.Initiatives {
		if w, ok := want[in.Name]; ok {
			if diff := cmp.Diff(w, route{in.Commodity, in.From, in.Via, in.To}); diff != "" {
				t.Errorf("%s route (-want +got):\n%s", in.Name, diff)
			}
			delete(want, in.Name)
		}
	}
	for name := range want {
		t.Errorf("no initiative %s", name)
	}
}

func TestCaseSensitive(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"US", true}, {"U.S.", true}, {"WHO", true}, {"OPEC+", true}, {"Turkey", true}, {"Chad", true},
		{"Shell", true}, {"Kazakhstan", false}, {"the Kremlin", false}, {"European Union", false},
	}
	for _, tt := range tests {
		if got := CaseSensitive(tt.name); got != tt.want {
			t.Errorf("CaseSensitive(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestIDsFollowGraphNewID(t *testing.T) {
	d := load(t)
	check := func(got, want string) {
		t.Helper()
		if got != want || !strings.Contains(got, ":") {
			t.Errorf("ID %q, want %q", got, want)
		}
	}
	check(d.Country("KZ").ID, "country:kz")
	check(d.Organization("org:european-union").ID, graph.NewID(graph.KindOrganization, "European Union"))
	check(d.Person("Kassym-Jomart Tokayev").ID, "person:kassym-jomart-tokayev")
	for _, in := range d.Initiatives {
		check(in.ID, graph.NewID(graph.KindInitiative, in.Name))
	}
	for _, c := range d.Commodities {
		check(c.ID, graph.NewID(graph.KindCommodity, c.Name))
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
