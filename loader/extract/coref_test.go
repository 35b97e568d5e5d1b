package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestCoreference checks that surnames, titles and pronouns resolve to the
// person the text means, with a reason.
func TestCoreference(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, published string
		want                  map[string]string // surface text → entity ID
	}{
		{
			name:      "surname of a detected person",
			text:      "Kazakh political analyst Dosym Satpayev spoke. \"It is a balance,\" Satpayev said.",
			published: "2022-10-27",
			want:      map[string]string{"Dosym Satpayev": "person:dosym-satpayev", "Satpayev": "person:dosym-satpayev"},
		},
		{
			name:      "title alone resolves to the holder on the date",
			text:      "The Kazakh President said the country wanted new routes.",
			published: "2022-10-27",
			want:      map[string]string{"Kazakh President": "person:kassym-jomart-tokayev"},
		},
		{
			name:      "office alias changes holder with the date",
			text:      "The EU chief arrived in Astana.",
			published: "2025-03-01",
			want:      map[string]string{"EU chief": "person:antonio-costa"},
		},
		{
			name:      "title before a name names that person",
			text:      "EU chief Charles Michel met Kazakh President Kassym-Jomart Tokayev in Astana.",
			published: "2022-10-27",
			want:      map[string]string{"Charles Michel": "person:charles-michel", "Kassym-Jomart Tokayev": "person:kassym-jomart-tokayev"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := x.Extract(graph.Article{Text: tt.text, Published: tt.published})
			got := map[string]string{}
			st := newState(x, ex.Article)
			st.run()
			for _, m := range st.mentions {
				if m.Kind != graph.KindPerson {
					continue
				}
				got[tt.text[m.Start:m.End]] = m.ID
				if m.Reason == "" {
					t.Errorf("mention %q has no reason", tt.text[m.Start:m.End])
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("person mentions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPronounMeeting: "he" takes the person of the sentence before.
func TestPronounMeeting(t *testing.T) {
	x := newTestExtractor(t)
	text := "Charles Michel arrived in Astana on Thursday. He met Kazakh President Kassym-Jomart Tokayev."
	c := x.Extract(graph.Article{Text: text, Published: "2022-10-27"}).Contract()
	var got [][]string
	for _, e := range c.Events {
		if e.Kind == string(graph.KindMeeting) {
			got = append(got, e.Participants)
		}
	}
	want := [][]string{{"person:charles-michel", "person:kassym-jomart-tokayev"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("meetings mismatch (-want +got):\n%s", diff)
	}
}
