package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"geograph/loader"
	"geograph/loader/eval"
)

// runEval scores the extraction of ARTICLES_DIR against the gold
// annotations of GOLD_DIR: for each NAME.json of GOLD_DIR, the article
// NAME.txt, NAME.json or the first line of NAME.jsonl is extracted and
// scored with the contract's rules; the per-category table and the
// macro-F1 go to stdout.
func (m *Main) runEval(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	verbose := fs.Bool("v", false, "print a line per article")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: geograph eval [-v] GOLD_DIR ARTICLES_DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return errors.New("eval: want GOLD_DIR and ARTICLES_DIR")
	}
	goldDir, artDir := fs.Arg(0), fs.Arg(1)
	names, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	x, err := loader.NewExtractor()
	if err != nil {
		return err
	}
	rep := eval.NewReport()
	scored := 0
	for _, gp := range names {
		base := strings.TrimSuffix(filepath.Base(gp), ".json")
		if strings.HasPrefix(base, "_") || base == "org_types" {
			continue
		}
		g, err := readGold(gp)
		if err != nil {
			return fmt.Errorf("gold %s: %w", gp, err)
		}
		pred, err := m.predict(ctx, x, artDir, base)
		if err != nil {
			fmt.Fprintf(m.Stderr, "geograph eval: %s: %v (scored as empty)\n", base, err)
		}
		rep.Add(base+".json", g, pred)
		scored++
	}
	if scored == 0 {
		return fmt.Errorf("eval: no gold files in %s", goldDir)
	}
	rep.Write(m.Stdout, *verbose)
	return nil
}

func readGold(path string) (eval.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return eval.Gold{}, err
	}
	defer f.Close()
	return eval.DecodeGold(f)
}

// predict extracts the article named base and returns its contract in the
// scorer's terms.
func (m *Main) predict(ctx context.Context, x *loader.Extractor, dir, base string) (eval.Prediction, error) {
	var pred eval.Prediction
	for _, ext := range []string{".txt", ".json", ".jsonl"} {
		path := filepath.Join(dir, base+ext)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		var found *loader.Contract
		r := &loader.Reader{}
		err := r.Walk(ctx, []string{path}, func(in loader.Input) error {
			if in.Err != nil || found != nil {
				return in.Err
			}
			c := x.Extract(in.Article).Contract()
			found = &c
			return nil
		})
		if err != nil {
			return pred, err
		}
		raw, err := json.Marshal(found)
		if err != nil {
			return pred, err
		}
		return pred, json.Unmarshal(raw, &pred)
	}
	return pred, errors.New("no article file")
}
