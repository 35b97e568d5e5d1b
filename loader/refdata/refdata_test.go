package refdata

import (
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

func TestLoadIsConsistent(t *testing.T) {
	d := load(t)
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, srcs := range d.Sources {
		for _, s := range srcs {
			if s.Name == "" {
				t.Errorf("%s: a source without a name", name)
			}
		}
	}
}

func TestHoldersOn(t *testing.T) {
	d := load(t)
	council := graph.NewID(graph.KindOffice, "President of the European Council")
	kz := graph.NewID(graph.KindOffice, "President of Kazakhstan")
	tests := []struct {
		office, date string
		want         []string
	}{
		{council, "2022-10-27", []string{"Charles Michel"}},
		{council, "2025-03-01", []string{"António Costa"}},
		{council, "2019-11-30", []string{"Donald Tusk"}},
		{council, "2019-12", []string{"Charles Michel"}},
		{council, "2019", []string{"Donald Tusk", "Charles Michel"}},
		{kz, "2019-03-19", []string{"Nursultan Nazarbayev"}},
		{kz, "2019-03-20", []string{"Kassym-Jomart Tokayev"}},
		{"office:nonexistent", "2020-01-01", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range d.HoldersOn(tt.office, tt.date) {
			got = append(got, h.Person)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("HoldersOn(%s, %s) (-want +got):\n%s", tt.office, tt.date, diff)
		}
	}
}

func TestAstanaNames(t *testing.T) {
	d := load(t)
	var astana *Place
	for i := range d.Places {
		if d.Places[i].ID == "place:kz:astana" {
			astana = &d.Places[i]
		}
	}
	if astana == nil {
		t.Fatal("no place:kz:astana")
	}
	tests := []struct{ date, want string }{
		{"2018-06-01", "Astana"},
		{"2019-03-23", "Nur-Sultan"},
		{"2021-01-01", "Nur-Sultan"},
		{"2022-09-17", "Astana"},
		{"2024-05-01", "Astana"},
	}
	for _, tt := range tests {
		if got := astana.NameOn(tt.date); got != tt.want {
			t.Errorf("Astana.NameOn(%s) = %q, want %q", tt.date, got, tt.want)
		}
	}
}
