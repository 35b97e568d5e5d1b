package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"geograph/graph"
	"geograph/loader"
)

// readFixtures reads every well-formed article under dir.
func readFixtures(ctx context.Context, dir string) ([]graph.Article, error) {
	var arts []graph.Article
	var r loader.Reader
	err := r.Walk(ctx, []string{dir}, func(in loader.Input) error {
		if in.Err == nil {
			arts = append(arts, in.Article)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("read %s: no articles", dir)
	}
	return arts, nil
}

// replica is article k of the replicated corpus: fixture k mod len(base),
// copy k / len(base), with a URL of its own and its dates moved by whole
// weeks per copy, so weekday words in the text keep their meaning and the
// copies are distinct articles about distinct (if similar) happenings.
func replica(base []graph.Article, k int) graph.Article {
	a := base[k%len(base)]
	c := k / len(base)
	if c == 0 {
		return a
	}
	u := a.URL
	if u == "" {
		u = "https://bench.invalid/" + strings.ReplaceAll(strings.ToLower(a.Title), " ", "-")
	}
	a.URL = u + "/copy-" + strconv.Itoa(c)
	if d, err := time.Parse(time.DateOnly, a.Published); err == nil {
		a.Published = d.AddDate(0, 0, 7*c).Format(time.DateOnly)
	}
	a.ID = ""
	return a
}

// writeChunk writes articles [from, to) of the replicated corpus to a
// .jsonl file in dir and returns its path.
func writeChunk(base []graph.Article, from, to int, dir string) (string, error) {
	path := filepath.Join(dir, fmt.Sprintf("articles-%d-%d.jsonl", from, to))
	f, err := os.Create(path)
	if err != nil {
		return "", fmt.Errorf("corpus: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for k := from; k < to; k++ {
		a := replica(base, k)
		line := map[string]string{"url": a.URL, "title": a.Title, "source": a.Source, "published": a.Published, "text": a.Text}
		if err := enc.Encode(line); err != nil {
			f.Close()
			return "", fmt.Errorf("corpus %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return "", fmt.Errorf("corpus %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("corpus %s: %w", path, err)
	}
	return path, nil
}
