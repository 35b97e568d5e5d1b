package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"

	"geograph/graph"
	"geograph/loader"
)

// metaFlags are the article header overrides extract and load share.
type metaFlags struct{ meta loader.Meta }

func (f *metaFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.meta.URL, "url", "", "article URL (overrides the file's header)")
	fs.StringVar(&f.meta.Title, "title", "", "article title (overrides the file's header)")
	fs.StringVar(&f.meta.Published, "published", "", "publication date YYYY-MM-DD (overrides the file's header)")
	fs.StringVar(&f.meta.Source, "source", "", "outlet (overrides the file's header)")
}

func (f *metaFlags) check() error {
	if p := f.meta.Published; p != "" && (len(p) != 10 || !graph.ValidDate(p)) {
		return fmt.Errorf("--published %q is not YYYY-MM-DD", p)
	}
	return nil
}

// runExtract prints each article's extraction as one JSON object a line and
// writes nothing to the graph. Broken inputs are reported on stderr; the
// command fails only when no article could be read.
func (m *Main) runExtract(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	var mf metaFlags
	mf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: geograph extract [--url U] [--title T] [--published YYYY-MM-DD] [--source S] FILE|DIR|- ...")
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
		return errors.New("extract: no input given")
	}
	x, err := loader.NewExtractor()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(m.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	r := &loader.Reader{Stdin: m.Stdin, Meta: mf.meta}
	var ok, failed int
	err = r.Walk(ctx, fs.Args(), func(in loader.Input) error {
		if in.Err != nil {
			failed++
			fmt.Fprintln(m.Stderr, "geograph extract:", in.Err)
			return nil
		}
		ex, err := x.ExtractContext(ctx, in.Article)
		if err != nil {
			return err
		}
		ok++
		return enc.Encode(ex.Contract())
	})
	if err != nil {
		return err
	}
	if ok == 0 {
		return fmt.Errorf("extract: no article could be read (%d failed)", failed)
	}
	return nil
}
