package loader

import (
	"context"
	"sync"
)

// item is one input on its way through the pipeline, numbered in input
// order so the writer can put the extractions back in that order.
type item struct {
	seq int
	in  Input
	ex  *Extraction
}

// LoadPaths reads every article under paths, extracts them on
// Options.Workers goroutines and writes the results in batches from one
// writer. Batches are formed in input order, so the writes are those of a
// sequential load whatever the number of workers. At most a bounded number
// of articles is in flight between the reader and the writer: a slow store
// holds the reader back.
//
// Broken files are reported in the Summary and the rest still load; the
// error is for what stops the whole run (the store, ctx). When ctx is
// cancelled the load returns at once, the extractions in hand stopping at
// their next check (see Extractor.ExtractContext); only whole batches have
// been written.
func (l *Loader) LoadPaths(ctx context.Context, paths []string, meta Meta) (Summary, error) {
	var sum Summary
	if err := l.ensureReference(ctx); err != nil {
		return sum, err
	}
	run, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := l.opts.Workers
	// tokens bounds the articles between reading and writing, including
	// those the writer holds back until an earlier one is extracted.
	tokens := make(chan struct{}, 2*workers+l.opts.BatchSize)
	inputs := make(chan item, workers)
	results := make(chan item, workers)

	var readErr error
	go func() {
		defer close(inputs)
		r := &Reader{Meta: meta, Stdin: l.opts.Stdin}
		seq := 0
		readErr = r.Walk(run, paths, func(in Input) error {
			select {
			case tokens <- struct{}{}:
			case <-run.Done():
				return run.Err()
			}
			select {
			case inputs <- item{seq: seq, in: in}:
			case <-run.Done():
				return run.Err()
			}
			seq++
			return nil
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range inputs {
				if it.in.Err == nil {
					ex, err := l.x.ExtractContext(run, it.in.Article)
					if err != nil {
						return // run is done; the writer stops without this article
					}
					it.ex = ex
				}
				select {
				case results <- it:
				case <-run.Done():
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	w := &batchWriter{l: l, sum: &sum}
	werr := w.consume(run, results, tokens)
	cancel()
	// On a failure or cancellation return at once: the reader may be
	// blocked reading an input that stays open (a pipe, standard input), and
	// waiting for it would ignore SIGTERM. The goroutines end on their own
	// when that read returns; nothing they touch is read after this.
	switch {
	case werr != nil:
		return sum, werr
	case ctx.Err() != nil:
		return sum, ctx.Err()
	}
	// consume saw results closed, so every goroutine has ended and readErr
	// is set.
	if readErr != nil {
		return sum, readErr
	}
	return sum, w.flush(ctx)
}

// batchWriter is the pipeline's single writer: it takes extractions in
// input order and writes a batch whenever one is full.
type batchWriter struct {
	l       *Loader
	sum     *Summary
	pending []*Extraction
	origins []string
}

// consume reads results until they end or ctx is done, handling them in
// input order; each handled item returns its token to the reader.
func (w *batchWriter) consume(ctx context.Context, results <-chan item, tokens <-chan struct{}) error {
	held := map[int]item{}
	next := 0
	for {
		var it item
		select {
		case r, ok := <-results:
			if !ok {
				return nil
			}
			it = r
		case <-ctx.Done():
			return nil // the caller reports ctx's error
		}
		held[it.seq] = it
		for {
			it, ok := held[next]
			if !ok {
				break
			}
			delete(held, next)
			next++
			<-tokens
			if err := ctx.Err(); err != nil {
				return nil // the caller reports ctx's error
			}
			if err := w.add(ctx, it); err != nil {
				return err
			}
		}
	}
}

func (w *batchWriter) add(ctx context.Context, it item) error {
	if it.in.Err != nil {
		w.sum.Failed++
		w.sum.Errors = append(w.sum.Errors, it.in.Err)
		if w.l.opts.OnArticle != nil {
			w.l.opts.OnArticle(it.in.Origin, it.in.Err)
		}
		return nil
	}
	w.pending = append(w.pending, it.ex)
	w.origins = append(w.origins, it.in.Origin)
	if len(w.pending) >= w.l.opts.BatchSize {
		return w.flush(ctx)
	}
	return nil
}

func (w *batchWriter) flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	err := w.l.writeExtractions(ctx, w.pending, w.origins, w.sum)
	w.pending, w.origins = nil, nil
	return err
}
