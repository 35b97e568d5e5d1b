package extract

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestFormCompanies: a capitalised name ending in a company form word is a
// company, kept whole, under its short name; a state's own body is not.
func TestFormCompanies(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want []string // organisation names (acronyms where they have one)
	}{
		{"The cargo was carried by Kestrel Ocean Shipping on Monday.", []string{"Kestrel Ocean Shipping"}},
		{"The line is run by Zambezi Valley Railway (ZVR), and ZVR plans more trains.", []string{"ZVR"}},
		{"Orders went to Marlow Optics Holding NV and Varden Electric last year.", []string{"Marlow Optics", "Varden Electric"}},
		{"Kenya Railways signed a contract on Friday.", []string{"Kenya Railways"}},
		{"The Nigerian Central Bank raised rates on Friday.", nil},
		{"He sanctioned the Ministry of Energy and Mineral Resources of the country.", nil},
		{"The Saudi Energy Minister spoke on Friday.", nil},
		{"The rail consortium is made up of Orvane, Dalmeer Freight and Kessa Partners.", []string{"Dalmeer Freight", "Kessa Partners", "Orvane"}},
		{"The delegation is made up of Amina Yusuf and Peter Obi.", nil},
		{"The oil tanker Northern Energy loaded crude at the port; the Northern Energy then sailed.", nil},
		{"The LNG carrier Arctic Dawn met the carrier Borealis at sea.", nil},
		{"The low-cost carrier Skyway signed a deal with the airport.", []string{"Skyway"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(graph.Article{Text: tt.text, Published: "2024-01-10"}).Entities {
				if e.Kind != graph.KindOrganization {
					continue
				}
				if e.Acronym != "" {
					got = append(got, e.Acronym)
				} else {
					got = append(got, e.Name)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("organisations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
