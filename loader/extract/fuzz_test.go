package extract

import (
	"testing"
	"unicode/utf8"

	"geograph/graph"
)

// FuzzExtract: any UTF-8 text up to 1 MB extracts without panic into a
// valid batch (extraction time grows linearly with length, so long inputs
// no longer stall the fuzzer).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"ASTANA, Oct 27 (Reuters) - Kazakh President Kassym-Jomart Tokayev met Putin on Thursday.",
		"EU sanctions against Russia, imposed over the war. The EU chief said.",
		"\"\n\n**By X for AFP**\n\n(R) meets with ... in . Mr. Smith, the analyst, said: sanctions on",
		"Kazakhstan's oil exports transit Russia via the CPC pipeline to Novorossiysk, halted twice.",
		"Russia–Ukraine Türkiye Erdoğan U.S. summit summits agreement MoU signed on 2 Feb 2023",
	} {
		f.Add(s, "2022-10-27")
	}
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) || len(text) > 1<<20 {
			return
		}
		if !graph.ValidDate(published) || len(published) != 10 {
			published = ""
		}
		ex := x.Extract(graph.Article{Text: text, Published: published})
		if err := ex.Batch().Validate(); err != nil {
			t.Fatalf("invalid batch for %q: %v", text, err)
		}
		_ = ex.Contract()
	})
}
