package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"time"

	"geograph/graph"
	"geograph/loader"
)

// benchCorpus is the benchmark's input: the fixture articles, and n copies
// of them with distinct URLs whose publication dates move by whole weeks
// (so "on Thursday" stays a Thursday and every copy is a new article).
type benchCorpus struct {
	fixtures []graph.Article
	copies   []graph.Article
}

func readBenchCorpus(ctx context.Context, dir string, n int) (*benchCorpus, error) {
	c := &benchCorpus{}
	r := &loader.Reader{}
	err := r.Walk(ctx, []string{dir}, func(in loader.Input) error {
		if in.Err != nil {
			return fmt.Errorf("fixture %w", in.Err)
		}
		c.fixtures = append(c.fixtures, in.Article)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	if len(c.fixtures) == 0 {
		return nil, fmt.Errorf("no articles in %s", dir)
	}
	for i := range n {
		a, err := replicate(c.fixtures[i%len(c.fixtures)], i/len(c.fixtures), i)
		if err != nil {
			return nil, err
		}
		c.copies = append(c.copies, a)
	}
	return c, nil
}

// replicate makes copy number round of a: its URL gets a "/copy-N" path
// prefix and its publication date moves by round weeks.
func replicate(a graph.Article, round, i int) (graph.Article, error) {
	u, err := url.Parse(a.URL)
	if err != nil || a.URL == "" {
		u = &url.URL{Scheme: "https", Host: "bench.example", Path: fmt.Sprintf("/%d", i)}
	}
	u.Path = fmt.Sprintf("/copy-%d%s", round, u.Path)
	a.URL = u.String()
	if a.Published != "" {
		t, err := time.Parse(time.DateOnly, a.Published)
		if err != nil {
			return a, fmt.Errorf("fixture %s: published %q: %w", a.URL, a.Published, err)
		}
		a.Published = t.AddDate(0, 0, 7*round).Format(time.DateOnly)
	}
	a.ID = loader.ArticleID(a)
	return a, nil
}

// writeJSONL writes articles as a .jsonl file a load reads.
func writeJSONL(path string, arts []graph.Article) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, a := range arts {
		rec := map[string]string{"url": a.URL, "title": a.Title, "source": a.Source, "published": a.Published, "text": a.Text}
		if err := enc.Encode(rec); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// naiveScanner is the extraction baseline: one case-sensitive regular
// expression per dictionary word, each run over the whole article, as a
// simple gazetteer tagger would (the same baseline as loader's
// BenchmarkExtract).
type naiveScanner struct{ res []*regexp.Regexp }

func newNaiveScanner(words []string) *naiveScanner {
	n := &naiveScanner{}
	for _, w := range words {
		n.res = append(n.res, regexp.MustCompile(`\b`+regexp.QuoteMeta(w)+`\b`))
	}
	return n
}

func (n *naiveScanner) scan(text string) int {
	found := 0
	for _, re := range n.res {
		found += len(re.FindAllStringIndex(text, -1))
	}
	return found
}

// discardStore takes every batch and keeps nothing: a load into it
// measures reading, extraction and merging alone.
type discardStore struct{}

func (discardStore) WriteBatch(context.Context, *graph.Batch) (graph.WriteResult, error) {
	return graph.WriteResult{}, nil
}
