package mentions

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/loader/refdata"
)

func newTestDictionary(t *testing.T) *Dictionary {
	t.Helper()
	data, err := refdata.Load()
	if err != nil {
		t.Fatalf("load reference data: %v", err)
	}
	return NewDictionary(data)
}

// TestFind: dictionary words are found on word boundaries, longest first,
// without overlaps, and each carries its targets.
func TestFind(t *testing.T) {
	d := newTestDictionary(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Kazakhstan and Uzbekistan signed a deal in Tashkent.", []string{"Kazakhstan", "Uzbekistan", "Tashkent"}},
		{"The European Union met.", []string{"European Union"}},
		{"Kazakhstani officials", []string{"Kazakhstani"}},
		{"XKazakhstan", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range d.Find(tt.text) {
			got = append(got, tt.text[m.Start:m.End])
			if len(m.Targets) == 0 {
				t.Errorf("%q: match %q has no target", tt.text, tt.text[m.Start:m.End])
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestWords: every word the automaton knows is listed once.
func TestWords(t *testing.T) {
	d := newTestDictionary(t)
	seen := map[string]bool{}
	for _, w := range d.Words() {
		if seen[w] {
			t.Errorf("word %q listed twice", w)
		}
		seen[w] = true
	}
	if !seen["Kazakhstan"] {
		t.Errorf("Words() lacks a country name")
	}
}
