package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"geograph/graph"
)

// Store is what the loader needs of a graph store: writing batches. The
// loader never reads the store; an event's identity is computed (MergeID)
// and the store merges writes of one ID.
type Store interface {
	WriteBatch(ctx context.Context, b *graph.Batch) (graph.WriteResult, error)
}

// Options configure a Loader.
type Options struct {
	// OnBatch is called after each successful write with what was written.
	OnBatch func(*graph.Batch)
	// OnArticle is called after each article is written (err nil) or
	// rejected, in input order, from one goroutine.
	OnArticle func(origin string, err error)
	// BatchSize is how many articles go into one write; 0 means 25.
	BatchSize int
	// Workers is how many goroutines extract; 0 means GOMAXPROCS.
	Workers int
	// Extractor to use; nil builds one.
	Extractor *Extractor
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Loader extracts articles and writes them to a store, merging reports of
// the same event into one event with one evidence record per article. Its
// methods are safe for concurrent use.
type Loader struct {
	s    Store
	opts Options
	x    *Extractor

	refMu   sync.Mutex // held while the reference data is written
	refDone bool
}

// Summary says what LoadPaths did.
type Summary struct {
	Articles int     // articles written
	Failed   int     // articles that could not be read or written
	Errors   []error // one per failure, naming the file (and line) and why
	Events   int     // events written (new or merged)
	Merged   int     // reports folded into another report of their batch
	Routes   int
	Entities int
	Batches  int
}

// New returns a Loader writing to s.
func New(s Store, opts Options) (*Loader, error) {
	if s == nil {
		return nil, errors.New("loader: no store")
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 25
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	x := opts.Extractor
	if x == nil {
		var err error
		if x, err = NewExtractor(); err != nil {
			return nil, err
		}
	}
	return &Loader{s: s, opts: opts, x: x}, nil
}

// Extractor returns the loader's extractor.
func (l *Loader) Extractor() *Extractor { return l.x }

// ensureReference writes the reference data once per Loader. Concurrent
// callers wait for the first write; a failed write is tried again by the
// next caller.
func (l *Loader) ensureReference(ctx context.Context) error {
	l.refMu.Lock()
	defer l.refMu.Unlock()
	if l.refDone {
		return nil
	}
	b := l.x.ReferenceBatch()
	if _, err := l.s.WriteBatch(ctx, b); err != nil {
		return fmt.Errorf("write reference data: %w", err)
	}
	l.refDone = true
	if l.opts.OnBatch != nil {
		l.opts.OnBatch(b)
	}
	return nil
}

// writeExtractions merges and writes one batch; when the batch is rejected
// as invalid it retries article by article so one bad article does not
// cost the others.
func (l *Loader) writeExtractions(ctx context.Context, exs []*Extraction, origins []string, sum *Summary) error {
	b, merged := mergeBatch(exs)
	err := b.Validate()
	if err == nil {
		_, err = l.s.WriteBatch(ctx, b)
	}
	if err != nil && len(exs) > 1 && graph.ErrorCode(err) == graph.EINVALID {
		for i := range exs {
			if err := l.writeExtractions(ctx, exs[i:i+1], origins[i:i+1], sum); err != nil {
				return err
			}
		}
		return nil
	}
	if err != nil {
		if graph.ErrorCode(err) != graph.EINVALID {
			return fmt.Errorf("write batch: %w", err)
		}
		sum.Failed++
		sum.Errors = append(sum.Errors, fmt.Errorf("%s: %w", strings.Join(origins, ", "), err))
		if l.opts.OnArticle != nil {
			l.opts.OnArticle(origins[0], err)
		}
		return nil
	}
	sum.Articles += len(exs)
	sum.Events += len(b.Events)
	sum.Merged += merged
	sum.Routes += len(b.Routes)
	sum.Entities += len(b.Entities)
	sum.Batches++
	for _, o := range origins {
		if l.opts.OnArticle != nil {
			l.opts.OnArticle(o, nil)
		}
	}
	if l.opts.OnBatch != nil {
		l.opts.OnBatch(b)
	}
	return nil
}

// LoadArticle extracts one article and writes it, returning what was
// written. When ctx ends during the extraction it stops at its next check
// and returns ctx's error, having written nothing.
func (l *Loader) LoadArticle(ctx context.Context, a graph.Article) (*graph.Batch, error) {
	if strings.TrimSpace(a.Text) == "" {
		return nil, graph.Errorf(graph.EINVALID, "article has no text")
	}
	if err := checkText([]byte(a.Text)); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "article text: %v", err)
	}
	if a.Published != "" && (len(a.Published) != 10 || !graph.ValidDate(a.Published)) {
		return nil, graph.Errorf(graph.EINVALID, "published %q is not YYYY-MM-DD", a.Published)
	}
	if err := l.ensureReference(ctx); err != nil {
		return nil, err
	}
	a.ID = ArticleID(a)
	ex, err := l.x.ExtractContext(ctx, a)
	if err != nil {
		return nil, err
	}
	b, _ := mergeBatch([]*Extraction{ex})
	if err := b.Validate(); err != nil {
		return nil, err
	}
	if _, err := l.s.WriteBatch(ctx, b); err != nil {
		return nil, fmt.Errorf("write article %s: %w", a.ID, err)
	}
	if l.opts.OnBatch != nil {
		l.opts.OnBatch(b)
	}
	return b, nil
}
