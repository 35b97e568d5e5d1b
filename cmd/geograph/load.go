package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"geograph/loader"
)

// runLoad extracts the articles under each PATH and writes them to the
// store in batches. Each broken file is reported with its name and reason
// and the rest still load; the command fails only when nothing loaded.
func (m *Main) runLoad(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	var sf storeFlags
	sf.register(fs)
	var mf metaFlags
	mf.register(fs)
	batch := fs.Int("batch", 25, "articles per write")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines extracting articles")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: geograph load [flags] PATH...   (files, folders, - for standard input)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := mf.check(); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("load: no path given")
	}
	store, err := m.openStore(ctx, sf)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))

	bar := m.progress()
	done, failed := 0, 0
	start := m.Now()
	ld, err := loader.New(store, loader.Options{BatchSize: *batch, Workers: *workers, Stdin: m.Stdin, OnArticle: func(origin string, err error) {
		if err != nil {
			failed++
			if bar != nil {
				bar.Describe(fmt.Sprintf("loading (%d errors)", failed))
			}
			// Printed as it happens so a long run shows every broken file.
			fmt.Fprintf(m.progressOut(bar), "geograph load: %v\n", err)
			return
		}
		done++
		if bar != nil {
			bar.Add(1)
		}
	}})
	if err != nil {
		return err
	}
	sum, err := ld.LoadPaths(ctx, fs.Args(), mf.meta)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(m.Stderr)
	}
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("load: interrupted after %d articles in %d batches (whole batches only; loading the same input again completes it): %w",
				sum.Articles, sum.Batches, err)
		}
		return fmt.Errorf("load: %w", err)
	}
	secs := m.Now().Sub(start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(sum.Articles) / secs
	}
	fmt.Fprintf(m.Stderr, "loaded %d articles (%d failed) in %d batches: %d events (%d reports merged within batches), %d routes, %d entities; %.1f articles/s\n",
		sum.Articles, sum.Failed, sum.Batches, sum.Events, sum.Merged, sum.Routes, sum.Entities, rate)
	if sum.Articles == 0 {
		return fmt.Errorf("load: nothing loaded (%d failed)", sum.Failed)
	}
	return nil
}

// progress returns a progress bar on stderr when stderr is a terminal.
func (m *Main) progress() *progressbar.ProgressBar {
	f, ok := m.Stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(m.Stderr),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
	)
}

// progressOut is where to print a line without breaking the bar.
func (m *Main) progressOut(bar *progressbar.ProgressBar) io.Writer {
	if bar != nil {
		fmt.Fprint(m.Stderr, "\r\033[K")
	}
	return m.Stderr
}
