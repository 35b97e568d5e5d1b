// Command geograph loads news articles into a geopolitical knowledge graph
// and serves it as GraphQL.
//
//	geograph serve   [flags]          serve GraphQL (embedded store unless NEO4J_URI or --neo4j)
//	geograph load    [flags] PATH...  extract articles and write them to the store
//	geograph extract [flags] FILE...  print the extraction of each article as JSON lines
//	geograph eval    GOLD_DIR ARTICLES_DIR  score extraction against gold annotations
//	geograph bench   [flags] [FIXTURES_DIR]  measure extraction and ingest against baselines
//
// This package is the only place that wires the others together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "geograph:", err)
		}
		os.Exit(1)
	}
}

// Main holds what the commands need from the outside world, so that main()
// and the end-to-end tests drive the same code.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
	Logger *slog.Logger

	// ready, when set, receives the address a server listens on.
	ready chan<- string
}

// NewMain returns a Main wired to the process's standard streams and environment.
func NewMain() *Main {
	return &Main{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
		Now:    time.Now,
		Logger: slog.New(slog.NewTextHandler(os.Stderr, nil)),
	}
}

const usage = `usage: geograph <command> [flags] [args]

commands:
  serve    serve the graph as GraphQL (embedded store by default, Neo4j when NEO4J_URI is set or --neo4j)
  load     extract articles (.txt, .json, .jsonl, folders, -) and write them to the store
  extract  print each article's extraction as one JSON object a line; writes nothing
  eval     score extraction of ARTICLES_DIR against the gold annotations in GOLD_DIR
  bench    measure extraction and ingest next to baselines from the same run
`

// Run runs the command named by args[0].
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return errors.New("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return m.runServe(ctx, rest)
	case "load":
		return m.runLoad(ctx, rest)
	case "extract":
		return m.runExtract(ctx, rest)
	case "eval":
		return m.runEval(ctx, rest)
	case "bench":
		return m.runBench(ctx, rest)
	case "help", "-h", "--help":
		fmt.Fprint(m.Stdout, usage)
		return nil
	}
	fmt.Fprint(m.Stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}
