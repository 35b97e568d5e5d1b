package main

import (
	"context"
	"fmt"
	"time"

	"geograph/graph"
	"geograph/loader"
)

// loadResult is what one measured load did.
type loadResult struct {
	rate        float64
	first, last float64 // rates over the first and the last tenth of the articles
	sum         loader.Summary
}

// load runs a Loader over path into s and times it.
func (b *benchRun) load(ctx context.Context, s loader.Store, path string, workers, batch int) (loadResult, graph.Stats, error) {
	var res loadResult
	total := b.nSample
	if path == b.all {
		total = len(b.corpus.copies)
	}
	// Progress is seen batch by batch: the first tenth ends with the batch
	// that reaches it, the last tenth starts after the batch before it.
	done := 0
	start := b.m.Now()
	var firstT, markT time.Time
	firstN, markN := 0, 0
	l, err := loader.New(s, loader.Options{Extractor: b.x, Workers: workers, BatchSize: batch,
		OnArticle: func(string, error) { done++ },
		OnBatch: func(*graph.Batch) {
			now := b.m.Now()
			if firstT.IsZero() && done >= max(1, total/10) {
				firstT, firstN = now, done
			}
			if done <= total-total/10 {
				markT, markN = now, done
			}
		}})
	if err != nil {
		return res, graph.Stats{}, err
	}
	res.sum, err = l.LoadPaths(ctx, []string{path}, loader.Meta{})
	if err != nil {
		return res, graph.Stats{}, fmt.Errorf("bench load: %w", err)
	}
	if res.sum.Failed > 0 {
		return res, graph.Stats{}, fmt.Errorf("bench load: %d articles failed: %v", res.sum.Failed, res.sum.Errors[0])
	}
	end := b.m.Now()
	res.rate = rate(res.sum.Articles, end.Sub(start))
	if !firstT.IsZero() && !markT.IsZero() {
		res.first = rate(firstN, firstT.Sub(start))
		res.last = rate(res.sum.Articles-markN, end.Sub(markT))
	}
	var st graph.Stats
	if g, ok := s.(interface {
		Stats(context.Context) (graph.Stats, error)
	}); ok {
		if st, err = g.Stats(ctx); err != nil {
			return res, st, fmt.Errorf("bench stats: %w", err)
		}
	}
	return res, st, nil
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// secondLoad loads every article again with a new Loader and says whether
// any count changed.
func (b *benchRun) secondLoad(ctx context.Context, store string, s loader.Store, before graph.Stats) error {
	r, after, err := b.load(ctx, s, b.all, b.workers, 0)
	if err != nil {
		return err
	}
	verdict := "no count changed"
	if diff := statsDiff(before, after); diff != "" {
		verdict = "CHANGED " + diff
	}
	fmt.Fprintf(b.out, "%-46s %8.1f articles/s | %s\n", store+" second load of the same articles", r.rate, verdict)
	return nil
}

// statsDiff lists the counts that differ between two reads of a store.
func statsDiff(a, b graph.Stats) string {
	out := ""
	add := func(what string, x, y int) {
		if x != y {
			out += fmt.Sprintf("%s %d→%d; ", what, x, y)
		}
	}
	add("nodes", a.Nodes, b.Nodes)
	add("relationships", a.Relationships, b.Relationships)
	for k, v := range a.ByKind {
		add(string(k), v, b.ByKind[k])
	}
	for k, v := range b.ByKind {
		if _, ok := a.ByKind[k]; !ok {
			add(string(k), 0, v)
		}
	}
	return out
}
