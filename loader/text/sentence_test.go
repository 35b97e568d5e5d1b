package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "Michel met Tokayev. They talked.", []string{"Michel met Tokayev.", "They talked."}},
		{"abbreviations", "U.S. President Joe Biden met Mr. Xi on Nov. 14. It went well.",
			[]string{"U.S. President Joe Biden met Mr. Xi on Nov. 14.", "It went well."}},
		{"quote", `"It is a signal," he said. Then he left.`, []string{`"It is a signal," he said.`, "Then he left."}},
		{"paragraphs", "Title line\n\nFirst sentence here.", []string{"Title line", "First sentence here."}},
		{"cut line", "It comes months into Russia's invasion of\n\nUkraine, which made them nervous.", []string{"It comes months into Russia's invasion of\n\nUkraine, which made them nervous."}},
		{"cut before quote", "They discussed how to avoid\n\n\"unintended impact\" of sanctions.",
			[]string{"They discussed how to avoid\n\n\"unintended impact\" of sanctions."}},
		{"decimal", "Growth was 3.5 percent. Prices rose.", []string{"Growth was 3.5 percent.", "Prices rose."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitSentences mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSentenceFragments(t *testing.T) {
	text := "Kazakh President Tokayev meets Michel in Astana\n\nMichel arrived on Thursday."
	ss := SplitSentences(text)
	if len(ss) != 2 || !ss[0].Fragment || ss[1].Fragment {
		t.Errorf("fragments = %+v, want a caption fragment then a sentence", ss)
	}
}
