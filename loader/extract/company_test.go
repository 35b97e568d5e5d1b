package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestGenericAliases: "Security Council" is the UN's only right after
// "the"; national security councils are their country's.
func TestGenericAliases(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want bool // the UN is among the organisations
	}{
		{"The Security Council voted on the resolution on Monday.", true},
		{"Nikolai Patrushev, the secretary of Russia's Security Council, met him.", false},
		{"He heads Iran's Supreme National Security Council.", false},
		{"Tokayev took over as chairman of the powerful Security Council.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := false
			for _, e := range x.Extract(graph.Article{Text: tt.text, Published: "2022-01-10"}).Entities {
				if e.ID == "org:united-nations" {
					got = true
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("UN found mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
