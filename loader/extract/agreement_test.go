package extract

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestAgreements: concluded agreements, by name (or "-") and parties.
func TestAgreements(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an organisation's name is no treaty", "Putin will attend a summit of the Collective Security Treaty Organization in Minsk with Belarus.",
			nil},
		{"reached agreement is consensus", "EU ambassadors reached agreement on the package last Thursday after Germany dropped its objections.",
			nil},
		{"an agreement that takes effect was concluded", "Xi said a mutual visa exemption agreement between China and Kazakhstan will take effect soon.",
			[]string{"mutual visa exemption agreement: country:cn country:kz"}},
		{"a dated treaty was concluded", "Russia and Kazakhstan set their alliance down in a 2013 treaty on good-neighbourliness.",
			[]string{"2013 treaty on good-neighbourliness: country:kz country:ru"}},
		{"an adoption to come is planned", "The summit will see the adoption of the Astana Declaration by China and Russia.",
			nil},
		{"today's agreement is the one just signed", "Pakistan and Uzbekistan on Thursday signed the Framework Agreement on rail. Sharif said today's agreement was the result of work by Pakistan.",
			[]string{"Framework Agreement on rail: country:pk country:uz"}},
		{"agreements signed earlier, each of its own year", "Saudi Arabia and Iran will put back into effect a security cooperation agreement they signed in 2001 and a general agreement on trade from 1998.",
			[]string{"security cooperation agreement: country:ir country:sa", "general agreement on trade: country:ir country:sa"}},
		{"a signed joint statement is an agreement, a statement issued is not", "China and Russia signed a joint statement on Tuesday. Iran and Iraq said in a joint statement that talks went well.",
			[]string{"-: country:cn country:ru"}},
		{"the three countries signed", "China, Kyrgyzstan and Uzbekistan want the railway. The three countries signed a first memorandum on the railway in 1997.",
			[]string{"first memorandum on the railway: country:cn country:kg country:uz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := x.Extract(graph.Article{Text: tt.text, Published: "2025-07-17"}).Contract()
			var got []string
			for _, e := range c.Events {
				if e.Kind != string(graph.KindAgreement) {
					continue
				}
				n := "-"
				if e.Name != nil {
					n = *e.Name
				}
				ps := append([]string(nil), e.Parties...)
				sort.Strings(ps)
				s := n + ":"
				for _, p := range ps {
					s += " " + p
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("agreements mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
