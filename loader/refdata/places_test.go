package refdata

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

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
