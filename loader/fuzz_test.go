package loader

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"geograph/graph"
)

// FuzzExtract: any UTF-8 text extracts without panic into a valid batch.
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
		if !utf8.ValidString(text) || len(text) > 1<<14 {
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

// readerSeeds are inputs for the reader fuzz targets, large ones included:
// the readers must stay correct and bounded on inputs up to 1 MB.
func readerSeeds() []string {
	return []string{
		"Title\n\nBody text about Kazakhstan.\n\nOriginal url: https://example.org/a",
		`{"url":"https://example.org/1","published":"2022-10-27","text":"Tokayev met Putin."}`,
		`{"text": 5}` + "\n" + `{"text":"ok"}` + "\n{",
		htmlPage,
		"<html><head><title>t</title></head><body><p>a &amp; b</p><script>x</script></body></html>",
		"<p>unclosed <b attr='x y' other=\"&lt;\" bare=v>text<!-- never closed",
		strings.Repeat("[", 100_000),
		strings.Repeat("word ", 200_000),
		"<html><body>" + strings.Repeat("<div>", 50_000) + "deep</body></html>",
		"\xef\xbb\xbf" + `{"text":"with a byte-order mark"}`,
	}
}

// FuzzReadArticle: any bytes read as any kind of file give, for each
// article, either a named error or an article whose text is non-empty
// UTF-8 without NUL bytes; never a panic.
func FuzzReadArticle(f *testing.F) {
	for _, s := range readerSeeds() {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		for _, name := range []string{"a.txt", "a.json", "a.jsonl", "a.html", "-"} {
			r := &Reader{Stdin: bytes.NewReader(data)}
			err := r.readStream(t.Context(), name, bytes.NewReader(data), func(in Input) error {
				if in.Err != nil {
					var ie *InputError
					if !errors.As(in.Err, &ie) || ie.Path != name || ie.Reason == "" {
						t.Errorf("%s: error %v does not name the input and a reason", name, in.Err)
					}
					return nil
				}
				a := in.Article
				if strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) || strings.IndexByte(a.Text, 0) >= 0 {
					t.Errorf("%s: article text %q is empty, not UTF-8 or holds NUL", name, a.Text)
				}
				if a.ID == "" || !graph.ValidDate(a.Published) {
					t.Errorf("%s: article %+v lacks an ID or has a bad date", name, a)
				}
				return nil
			})
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	})
}

// FuzzParseHTML: the HTML reader keeps valid UTF-8 valid and drops every
// tag it reads.
func FuzzParseHTML(f *testing.F) {
	for _, s := range readerSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<20 || !utf8.ValidString(s) {
			return
		}
		a, err := parseHTML(s)
		if err != nil {
			return
		}
		for _, v := range []string{a.Text, a.Title, a.URL, a.Source} {
			if !utf8.ValidString(v) {
				t.Errorf("parseHTML output %q is not UTF-8", v)
			}
		}
		if strings.Contains(s, "<script>") && !strings.Contains(s, "&lt;") && strings.Contains(a.Text, "<script>") {
			t.Errorf("a script tag survived: %q", a.Text)
		}
	})
}
