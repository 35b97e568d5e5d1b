package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"geograph/graph/memstore"
	"geograph/graph/neo4jstore"
	"geograph/loader"
)

// benchRun is one `geograph bench`: its settings, and where it prints.
type benchRun struct {
	m        *Main
	out      io.Writer
	x        *loader.Extractor
	corpus   *benchCorpus
	all      string // .jsonl of every copy
	sample   string // .jsonl of the baselines' sample
	nSample  int
	workers  int
	neo4jURI string
	reset    bool
}

// runBench measures extraction and ingest, each figure printed next to a
// baseline measured in the same run and their ratio.
func (m *Main) runBench(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	n := fs.Int("articles", 10000, "articles to ingest: copies of the fixtures with distinct URLs, dates moved by whole weeks")
	sample := fs.Int("sample", 1000, "articles the baselines run on")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines extracting articles")
	uri := fs.String("neo4j-uri", "", "Neo4j to measure (else GEOGRAPH_BENCH_NEO4J_URI; NEO4J_URI is never used); it must hold no nodes")
	reset := fs.Bool("neo4j-reset", false, "delete every node of that Neo4j before measuring")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: geograph bench [flags] [FIXTURES_DIR]   (default fixtures/articles)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n <= 0 || *sample <= 0 || *workers <= 0 {
		return errors.New("bench: --articles, --sample and --workers must be positive")
	}
	dir := "fixtures/articles"
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	b := &benchRun{m: m, out: m.Stdout, nSample: min(*sample, *n), workers: *workers, neo4jURI: *uri, reset: *reset}
	if b.neo4jURI == "" {
		b.neo4jURI = m.Getenv("GEOGRAPH_BENCH_NEO4J_URI")
	}
	var err error
	if b.x, err = loader.NewExtractor(); err != nil {
		return err
	}
	if b.corpus, err = readBenchCorpus(ctx, dir, *n); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	tmp, err := os.MkdirTemp("", "geograph-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	b.all, b.sample = filepath.Join(tmp, "articles.jsonl"), filepath.Join(tmp, "sample.jsonl")
	if err := writeJSONL(b.all, b.corpus.copies); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := writeJSONL(b.sample, b.corpus.copies[:b.nSample]); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	fmt.Fprintf(b.out, "geograph bench: %d articles (%d fixtures copied), baselines on %d, %d workers, GOMAXPROCS %d, %d CPUs\n",
		*n, len(b.corpus.fixtures), b.nSample, b.workers, runtime.GOMAXPROCS(0), runtime.NumCPU())
	if err := b.extraction(); err != nil {
		return err
	}
	alone, err := b.extractionAlone(ctx)
	if err != nil {
		return err
	}
	if err := b.embedded(ctx, filepath.Join(tmp, "embedded"), alone); err != nil {
		return err
	}
	if b.neo4jURI == "" {
		fmt.Fprintln(b.out, "neo4j: skipped (give --neo4j-uri or GEOGRAPH_BENCH_NEO4J_URI)")
		return nil
	}
	return b.neo4j(ctx, alone)
}

// line prints a figure, its baseline and their ratio.
func (b *benchRun) line(what string, rate float64, base string, baseRate float64) {
	ratio := 0.0
	if baseRate > 0 {
		ratio = rate / baseRate
	}
	fmt.Fprintf(b.out, "%-46s %8.1f articles/s | baseline: %-42s %8.1f articles/s | ratio %6.2fx\n", what, rate, base, baseRate, ratio)
}

// extraction compares the extractor on one goroutine with the naive
// per-word scan, per article.
func (b *benchRun) extraction() error {
	arts := b.corpus.copies[:b.nSample]
	start, cpu := b.m.Now(), cpuTime()
	for _, a := range arts {
		_ = b.x.Extract(a).Contract()
	}
	ours, oursCPU := rate(len(arts), b.m.Now().Sub(start)), cpuTime()-cpu
	// The naive scan is slow: it runs over each distinct article once.
	naive := newNaiveScanner(b.x.DictionaryWords())
	texts := b.corpus.fixtures[:min(len(b.corpus.fixtures), b.nSample)]
	start, cpu = b.m.Now(), cpuTime()
	for _, a := range texts {
		naive.scan(a.Text)
	}
	base, baseCPU := rate(len(texts), b.m.Now().Sub(start)), cpuTime()-cpu
	naiveName := fmt.Sprintf("naive regexp per word (%d words)", len(naive.res))
	b.line("extraction per core (1 goroutine)", ours, naiveName, base)
	// Per CPU second of the process: what one core does however busy the
	// machine is, since other work on the cores slows the wall clock.
	if oursCPU > 0 && baseCPU > 0 {
		b.cpuLine(fmt.Sprintf("extraction per CPU second (%d articles)", len(arts)), rate(len(arts), oursCPU),
			naiveName, rate(len(texts), baseCPU))
	}
	return nil
}

// cpuLine prints a figure per CPU second, its baseline and their ratio.
func (b *benchRun) cpuLine(what string, rate float64, base string, baseRate float64) {
	ratio := 0.0
	if baseRate > 0 {
		ratio = rate / baseRate
	}
	fmt.Fprintf(b.out, "%-46s %8.1f art/cpu-s  | baseline: %-42s %8.1f art/cpu-s  | ratio %6.2fx\n", what, rate, base, baseRate, ratio)
}

// extractionAlone is the pipeline's rate with a store that keeps nothing:
// what ingest would reach if the store cost nothing.
func (b *benchRun) extractionAlone(ctx context.Context) (float64, error) {
	r, _, err := b.load(ctx, discardStore{}, b.sample, b.workers, 0)
	if err != nil {
		return 0, err
	}
	fmt.Fprintf(b.out, "%-46s %8.1f articles/s (read, extract and merge on %d workers, %d articles, no store)\n",
		"extraction alone", r.rate, b.workers, b.nSample)
	return r.rate, nil
}

// embedded measures ingest into the embedded store, persisted to a file as
// `load --data` does, against extraction alone and against one write per
// article on the sample.
func (b *benchRun) embedded(ctx context.Context, dir string, alone float64) error {
	open := func(name string) (*memstore.Store, error) {
		s, err := memstore.Open(filepath.Join(dir, name, "graph.json"))
		if err == nil {
			err = s.Setup(ctx)
		}
		return s, err
	}
	perArticle, err := open("per-article")
	if err != nil {
		return fmt.Errorf("bench: embedded store: %w", err)
	}
	one, _, err := b.load(ctx, perArticle, b.sample, 1, 1)
	perArticle.Close(ctx)
	if err != nil {
		return err
	}
	s, err := open("main")
	if err != nil {
		return fmt.Errorf("bench: embedded store: %w", err)
	}
	defer s.Close(ctx)
	r, st, err := b.load(ctx, s, b.all, b.workers, 0)
	if err != nil {
		return err
	}
	what := fmt.Sprintf("embedded ingest (%d articles)", len(b.corpus.copies))
	b.line(what, r.rate, "extraction alone, same workers", alone)
	b.line(what, r.rate, fmt.Sprintf("1 worker, 1 article a write (%d)", b.nSample), one.rate)
	fmt.Fprintf(b.out, "%-46s %8.1f articles/s over the first tenth, %.1f over the last (%d nodes, %d relationships)\n",
		"embedded ingest over the load", r.first, r.last, st.Nodes, st.Relationships)
	return b.secondLoad(ctx, "embedded", s, st)
}

// neo4j measures ingest into Neo4j against extraction alone and against
// the per-row MERGE loader on the sample. The database must hold nothing
// (or --neo4j-reset be given): the bench empties it between its runs.
func (b *benchRun) neo4j(ctx context.Context, alone float64) error {
	cfg := neo4jstore.Config{URI: b.neo4jURI, Username: b.m.Getenv("GEOGRAPH_BENCH_NEO4J_USERNAME"),
		Password: b.m.Getenv("GEOGRAPH_BENCH_NEO4J_PASSWORD"), Database: b.m.Getenv("GEOGRAPH_BENCH_NEO4J_DATABASE")}
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		return fmt.Errorf("bench: open neo4j at %s: %w", cfg.URI, err)
	}
	defer s.Close(context.WithoutCancel(ctx))
	rows, err := openRowLoader(ctx, cfg, b.x)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer rows.close(context.WithoutCancel(ctx))
	st, err := s.Stats(ctx)
	if err != nil {
		return fmt.Errorf("bench: neo4j stats: %w", err)
	}
	if st.Nodes > 0 && !b.reset {
		return fmt.Errorf("bench: the Neo4j at %s holds %d nodes; give an empty database or --neo4j-reset to delete them", cfg.URI, st.Nodes)
	}
	if err := rows.wipe(ctx); err != nil {
		return err
	}
	if err := s.Setup(ctx); err != nil {
		return fmt.Errorf("bench: neo4j setup: %w", err)
	}
	start := b.m.Now()
	for _, a := range b.corpus.copies[:b.nSample] {
		if err := rows.load(ctx, a); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
	}
	perRow := rate(b.nSample, b.m.Now().Sub(start))
	fmt.Fprintf(b.out, "%-46s %8.1f articles/s (%d rows, %.0f rows/s)\n", "neo4j per-row MERGE loader", perRow,
		rows.rows, rate(rows.rows, b.m.Now().Sub(start)))
	if err := rows.wipe(ctx); err != nil {
		return err
	}
	r, st, err := b.load(ctx, s, b.all, b.workers, 0)
	if err != nil {
		return err
	}
	what := fmt.Sprintf("neo4j ingest (%d articles)", len(b.corpus.copies))
	b.line(what, r.rate, "extraction alone, same workers", alone)
	b.line(what, r.rate, fmt.Sprintf("per-row MERGE loader (%d)", b.nSample), perRow)
	fmt.Fprintf(b.out, "%-46s %8.1f articles/s over the first tenth, %.1f over the last (%d nodes, %d relationships)\n",
		"neo4j ingest over the load", r.first, r.last, st.Nodes, st.Relationships)
	return b.secondLoad(ctx, "neo4j", s, st)
}
