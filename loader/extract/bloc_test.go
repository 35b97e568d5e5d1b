package extract

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestBracketedBlocs: a name spelled out before an acronym in brackets is
// the known organisation with that acronym, or a new one when it names a
// bloc; a government body with an acronym is no organisation.
func TestBracketedBlocs(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want []string // organisation ID|acronym
	}{
		{"Leaders of the Economic Community of West Africa (ECOWAS) met in Abuja.",
			[]string{"org:economic-community-of-west-african-states|ECOWAS"}},
		{"The Lake Chad Basin Cooperation Forum (LCBCF) met on Monday, and LCBCF members agreed a plan.",
			[]string{"org:lake-chad-basin-cooperation-forum|LCBCF"}},
		{"The National Office of Mines and Quarries (NOMQ) signed the deal.", nil},
		{"The Coastal Fisheries Union of the Gulf (CFUG) said catches fell.", []string{"org:coastal-fisheries-union-of-the-gulf|CFUG"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			c := x.Extract(graph.Article{Text: tt.text, Published: "2024-01-10"}).Contract()
			for _, e := range c.Entities {
				if e.Kind == string(graph.KindOrganization) {
					got = append(got, e.ID+"|"+e.Acronym)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("organisations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
