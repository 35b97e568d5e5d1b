package loader

import (
	"context"
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
