package extract

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestGovernmentBodies: a body named without its state stands for the
// state of its context; "<Surname> administration" is the state, not a
// person.
func TestGovernmentBodies(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want []string // country codes and person names
	}{
		{"The Obama administration said Cuba must change course.", []string{"CU", "US"}},
		{"President Barack Obama's administration reviewed the rules.", []string{"Barack Obama", "US"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(graph.Article{Text: tt.text, Published: "2016-01-10"}).Entities {
				switch e.Kind {
				case graph.KindCountry:
					got = append(got, e.ISO2)
				case graph.KindPerson:
					got = append(got, e.Name)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBodyMentions: the body itself becomes the mention of its state, so
// rules reading the sentence find the state where the body acts.
func TestBodyMentions(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text, body string
		want       string // ISO2 of the body's mention, "" for none
	}{
		{"The foreign ministry in Nairobi said the talks would resume.", "foreign ministry", "KE"},
		{"Officials in Canberra met on Monday. The administration said it would act.", "administration", ""},
		{"The Obama administration met in Havana. The administration said it would act.", "administration", "US"},
		{"Ghana said on Monday the Treasury would pay the debt.", "Treasury", "GH"},
		{"The Treasury of the republic paid the debt, Ghana said.", "Treasury", ""},
		{"The United States and Ghana talked. The Treasury imposed sanctions.", "Treasury", "US"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			st := newState(x, graph.Article{Text: tt.text, Published: "2016-01-10"})
			st.run()
			got := ""
			for _, m := range st.mentions {
				if m.Kind == graph.KindCountry && st.text[m.Start:m.End] == tt.body {
					got = m.Country
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("state of '%s' mismatch (-want +got):\n%s", tt.body, diff)
			}
		})
	}
}
