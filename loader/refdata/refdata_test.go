package refdata

import (
	"strings"
	"testing"

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
