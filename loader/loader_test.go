package loader

import (
	"context"
	"errors"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/memstore"
)

func newTestLoader(t *testing.T) (*Loader, *memstore.Store) {
	t.Helper()
	s, err := memstore.Open("")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Setup(t.Context()); err != nil {
		t.Fatal(err)
	}
	l, err := New(s, Options{Extractor: newTestExtractor(t)})
	if err != nil {
		t.Fatal(err)
	}
	return l, s
}

// TestLoadPathsBroken: each broken file is reported with its name (and line)
// and why; the good articles still load.
func TestLoadPathsBroken(t *testing.T) {
	l, _ := newTestLoader(t)
	sum, err := l.LoadPaths(t.Context(), []string{filepath.Join("testdata", "broken")}, Meta{})
	if err != nil {
		t.Fatalf("LoadPaths: %v", err)
	}
	var got []string
	for _, e := range sum.Errors {
		var ie *InputError
		if !errors.As(e, &ie) {
			t.Errorf("error %v is not an *InputError", e)
			continue
		}
		got = append(got, strings.TrimPrefix(filepath.ToSlash(e.Error()), "testdata/broken/"))
	}
	sort.Strings(got)
	want := []string{
		"bad-utf8.txt: not valid UTF-8 (first bad byte at offset 43)",
		"binary.txt: binary content (NUL bytes)",
		"empty.txt: empty",
		"lines.jsonl:2: not a JSON article object: unexpected end of JSON input",
		`lines.jsonl:3: missing "text"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
	if sum.Articles != 2 || sum.Failed != 5 {
		t.Errorf("summary: %d articles, %d failed; want 2 and 5", sum.Articles, sum.Failed)
	}
}

// TestReloadChangesNothing: loading the fixtures a second time leaves the
// store as it was.
func TestReloadChangesNothing(t *testing.T) {
	l, s := newTestLoader(t)
	ctx := t.Context()
	if _, err := l.LoadPaths(ctx, []string{fixturesDir}, Meta{}); err != nil {
		t.Fatal(err)
	}
	first := stats(ctx, t, s)
	if first.ByKind[graph.KindArticle] == 0 {
		t.Skip("no fixtures loaded")
	}
	sum, err := l.LoadPaths(ctx, []string{fixturesDir}, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 {
		t.Errorf("reload: %d failed: %v", sum.Failed, sum.Errors)
	}
	if diff := cmp.Diff(first, stats(ctx, t, s)); diff != "" {
		t.Errorf("stats changed on reload (-first +second):\n%s", diff)
	}
}

func stats(ctx context.Context, t *testing.T, s *memstore.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestSameMeetingTwoArticles: two articles reporting one meeting give one
// event with one evidence record per article, in one batch or two.
func TestSameMeetingTwoArticles(t *testing.T) {
	a := graph.Article{URL: "https://example.org/1", Published: "2022-11-30",
		Text: "Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Moscow on Monday, officials said."}
	b := graph.Article{URL: "https://example.org/2", Published: "2022-11-29",
		Text: "Putin and Tokayev held talks in Moscow on Monday, the Kremlin said."}
	for _, separate := range []bool{false, true} {
		l, s := newTestLoader(t)
		ctx := t.Context()
		if separate {
			for _, art := range []graph.Article{a, b} {
				if _, err := l.LoadArticle(ctx, art); err != nil {
					t.Fatal(err)
				}
			}
		} else {
			a.ID, b.ID = ArticleID(a), ArticleID(b)
			batch, _ := mergeBatch([]*Extraction{l.x.Extract(a), l.x.Extract(b)})
			if _, err := s.WriteBatch(ctx, batch); err != nil {
				t.Fatal(err)
			}
		}
		page, err := s.ListEvents(ctx, graph.EventFilter{Kinds: []graph.Kind{graph.KindMeeting}}, graph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != 1 {
			t.Fatalf("separate=%v: %d meetings, want 1: %+v", separate, len(page.Items), page.Items)
		}
		m := page.Items[0]
		if len(m.Evidence) != 2 || m.Date.Value != "2022-11-28" {
			t.Errorf("separate=%v: meeting has %d evidence records and date %q; want 2 and 2022-11-28", separate, len(m.Evidence), m.Date.Value)
		}
	}
}

func TestLoadArticleRejects(t *testing.T) {
	l, _ := newTestLoader(t)
	for _, a := range []graph.Article{{Text: "  "}, {Text: "ok text", Published: "2022-13-01"}, {Text: "bad \x00 text"}} {
		if _, err := l.LoadArticle(t.Context(), a); graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("LoadArticle(%q) error = %v, want EINVALID", a.Text, err)
		}
	}
}
