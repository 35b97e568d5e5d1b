package loader

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func TestParseTextHeader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want graph.Article
	}{
		{
			name: "title, byline, date, trailing url",
			in:   "\n\nA Title Here\n\nBy [Jane Doe for AFP](#)\n\nOctober 27, 2022\n\nBody sentence one.\n\nOriginal url:\n\n<https://example.org/2022/10/27/a>",
			want: graph.Article{Title: "A Title Here", Source: "AFP", Published: "2022-10-27", URL: "https://example.org/2022/10/27/a", Text: "Body sentence one."},
		},
		{
			name: "key-value header",
			in:   "Title: Talks in Tashkent\nURL: https://example.org/x\nPublished: 2022-10-28T10:00:00Z\nSource: Wire\n\nMichel met Mirziyoyev.",
			want: graph.Article{Title: "Talks in Tashkent", URL: "https://example.org/x", Published: "2022-10-28", Source: "Wire", Text: "Michel met Mirziyoyev."},
		},
		{
			name: "outlet line between title and date",
			in:   "Pipeline Opens\n\nEurasia Desk\n\nDecember 2, 2019\n\nGas began flowing.",
			want: graph.Article{Title: "Pipeline Opens", Published: "2019-12-02", Text: "Gas began flowing."},
		},
		{
			name: "no header",
			in:   "ASTANA, Oct 27 (Reuters) - Kazakhstan said on Thursday it would diversify routes.",
			want: graph.Article{Text: "ASTANA, Oct 27 (Reuters) - Kazakhstan said on Thursday it would diversify routes."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseText(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseText mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReaderStdinAndOverrides(t *testing.T) {
	r := &Reader{Stdin: strings.NewReader("Plain body text about Kazakhstan."), Meta: Meta{URL: "https://example.org/2021/05/06/x", Title: "T"}}
	var got []graph.Article
	err := r.Walk(context.Background(), []string{"-"}, func(in Input) error {
		if in.Err != nil {
			t.Errorf("unexpected error: %v", in.Err)
		}
		got = append(got, in.Article)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.Article{{ID: graph.HashID(graph.KindArticle, "https://example.org/2021/05/06/x"), URL: "https://example.org/2021/05/06/x",
		Title: "T", Source: "example.org", Published: "2021-05-06", Text: "Plain body text about Kazakhstan."}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stdin article mismatch (-want +got):\n%s", diff)
	}
}

const htmlPage = `<!DOCTYPE html>
<html><head><title>Tokayev &amp; Putin Meet in Moscow</title>
<link rel="canonical" href="https://example.org/2022/11/28/tokayev-putin">
<meta property="article:published_time" content="2022-11-28T10:00:00Z">
<meta property="og:site_name" content="Example News">
<style>body { color: red }</style>
<script>var secret = "<p>not text</p>";</script>
</head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Tokayev &amp; Putin Meet</h1>
<p>Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Moscow on Monday&nbsp;&mdash; officials said.</p>
<!-- an editor's note -->
<p>The leaders discussed the &ldquo;Caspian&rdquo; route.<br>No deal was signed.</p></article>
<footer>&copy; Example News</footer>
<script type="text/javascript">track("<b>");</script></body></html>`

func TestParseHTML(t *testing.T) {
	got, err := parseHTML(htmlPage)
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Article{Title: "Tokayev & Putin Meet in Moscow", URL: "https://example.org/2022/11/28/tokayev-putin",
		Source: "Example News", Published: "2022-11-28",
		Text: "Tokayev & Putin Meet\n\nKazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Moscow on Monday — officials said.\n\n" +
			"The leaders discussed the “Caspian” route.\n\nNo deal was signed."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseHTML mismatch (-want +got):\n%s", diff)
	}
}

// TestReadHostileInputs: each bad input is reported by name and reason,
// an HTML page is read as HTML, and the good articles around them load.
func TestReadHostileInputs(t *testing.T) {
	dir := t.TempDir()
	good := `{"url":"https://example.org/%d","text":"Kazakhstan and Uzbekistan signed a transit agreement on Monday."}`
	long := `{"url":"https://example.org/long","text":"` + strings.Repeat("a", 1_000_000) + `"}`
	files := map[string]string{
		"page.html":           htmlPage,
		"page-saved-as.txt":   htmlPage,
		"html-text.json":      `{"url":"https://example.org/h","text":` + strconv.Quote(htmlPage) + `}`,
		"wrong-types.json":    `{"url": "https://example.org/w", "text": 5}`,
		"array.json":          `[{"text": "One article."}]`,
		"nested.json":         strings.Repeat("[", 200_000) + strings.Repeat("]", 200_000),
		"empty.json":          "",
		"nul.txt":             "Some text\x00with a NUL byte.",
		"control.txt":         strings.Repeat("\x01\x02\x03\x1b", 100),
		"latin1.txt":          "Caf\xe9 in Astana.",
		"lines.jsonl":         fmt.Sprintf(good, 1) + "\n{\"text\": \n" + long + "\n" + fmt.Sprintf(good, 2) + "\n",
		"script-only.html":    "<html><body><script>alert(1)</script></body></html>",
		"too-long-line.jsonl": fmt.Sprintf(good, 3) + "\n" + `{"text":"` + strings.Repeat("b", MaxArticleBytes) + `"}` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A 20 MB article, sparse so the test does not write it: refused by size.
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(20 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()

	var errs []string
	got := map[string]graph.Article{}
	r := &Reader{}
	err = r.Walk(t.Context(), []string{dir}, func(in Input) error {
		rel, _ := filepath.Rel(dir, in.Origin)
		if in.Err != nil {
			var ie *InputError
			if !errors.As(in.Err, &ie) {
				t.Errorf("%s: error %v is not an *InputError", rel, in.Err)
			}
			msg, _ := strings.CutPrefix(in.Err.Error(), dir+string(filepath.Separator))
			errs = append(errs, msg)
			return nil
		}
		got[rel] = in.Article
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(errs)
	wantErrs := []string{
		"array.json: a JSON array, want one article object (one a line in .jsonl)",
		"control.txt: binary content (control characters)",
		"empty.json: empty",
		"huge.txt: 20971520 bytes, larger than the 2097152 an article may have",
		"latin1.txt: not valid UTF-8 (first bad byte at offset 3)",
		"lines.jsonl:2: not a JSON article object: unexpected end of JSON input",
		"nested.json: not a JSON article object: invalid character '[' exceeded max depth",
		"nul.txt: binary content (NUL bytes)",
		"script-only.html: HTML page without visible text",
		"too-long-line.jsonl:2: line longer than 2097152 bytes",
		`wrong-types.json: field "text" is a JSON number, want a string`,
	}
	if diff := cmp.Diff(wantErrs, errs); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
	var loaded []string
	for name, a := range got {
		loaded = append(loaded, name)
		if strings.ContainsAny(a.Text, "<>") || strings.Contains(a.Text, "secret") || strings.Contains(a.Text, "track(") {
			t.Errorf("%s: markup or script kept in the text: %q", name, a.Text)
		}
	}
	sort.Strings(loaded)
	wantLoaded := []string{"html-text.json", "lines.jsonl:1", "lines.jsonl:3", "lines.jsonl:4", "page-saved-as.txt", "page.html", "too-long-line.jsonl:1"}
	if diff := cmp.Diff(wantLoaded, loaded); diff != "" {
		t.Errorf("loaded articles mismatch (-want +got):\n%s", diff)
	}
	if a := got["page-saved-as.txt"]; a.Title != "Tokayev & Putin Meet in Moscow" || a.Published != "2022-11-28" {
		t.Errorf("HTML saved as .txt: title %q, published %q; want them from the markup", a.Title, a.Published)
	}
}
