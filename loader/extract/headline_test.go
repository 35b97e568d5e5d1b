package extract

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestHeadline: the title names entities the body may not repeat; they
// are listed without a mention, since the contract's offsets are into the
// body. A surname alone in a title is too weak to name anyone.
func TestHeadline(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		title, text string
		want        []string
	}{
		{"Kenya and ECOWAS sign trade pact", "The two sides signed the pact on Monday.", []string{"country:ke", "org:economic-community-of-west-african-states"}},
		{"Talks in Nairobi end", "The talks ended on Monday.", []string{"country:ke", "place:ke:nairobi"}},
		{"", "The talks ended on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			c := x.Extract(graph.Article{Title: tt.title, Text: tt.text, Published: "2024-01-10"}).Contract()
			var got []string
			for _, e := range c.Entities {
				got = append(got, e.ID)
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
