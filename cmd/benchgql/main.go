// Command benchgql measures geograph's GraphQL reads under load, from a
// second process on loopback, and compares them with a baseline from the
// same run.
//
//	go run ./cmd/benchgql [-articles 1000] [-grow 10000] [-rates 50,100,...]
//
// It replicates fixtures/articles to -articles distinct articles, starts
// `geograph serve` (a subprocess of the built binary) on the embedded store
// and, when GEOGRAPH_BENCH_NEO4J_URI names a database (never NEO4J_URI),
// on Neo4j, and then prints:
//
//   - for each fixed rate, p50/p99/errors and the achieved rate of the
//     country lookup with its leaders and of the README's CountryDashboard,
//     next to `{ __typename }` at the same rate on the same server;
//   - on Neo4j, the highest rate the country lookup sustains under -p99,
//     for geograph and for @neo4j/graphql over the same data
//     (scripts/peer-graphql, installed with npm ci into a cache), and their
//     ratio;
//   - the latency of each README query (server/testdata/examples) at
//     -articles and at each -grow size, with the ratio to the first.
//
// It refuses a Neo4j database that holds any node unless -reuse is given.
// No figure is asserted: the command reports, the reader judges.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchgql:", err)
		os.Exit(1)
	}
}

// config is the parsed command line.
type config struct {
	articles   int
	grow       []int
	rates      []float64
	search     []float64
	stepDur    time.Duration
	p99        time.Duration
	samples    int
	tries      int
	country    string
	fixtures   string
	examples   string
	peerSrc    string
	peerCache  string
	geograph   string
	neo4jURI   string
	reuse      bool
	noLoad     bool
	skipPeer   bool
	stores     []string
	keepTmpDir bool
}

func parseFlags(args []string) (config, error) {
	var c config
	fs := flag.NewFlagSet("benchgql", flag.ContinueOnError)
	cache, _ := os.UserCacheDir()
	var grow, rates, search, stores string
	fs.IntVar(&c.articles, "articles", 1000, "articles in the graph for the load steps (fixtures replicated, distinct URLs)")
	fs.StringVar(&grow, "grow", "10000", "comma-separated larger sizes to measure the README queries' latency at; empty for none")
	fs.StringVar(&rates, "rates", "50,100,200,400,700,1000", "comma-separated fixed rates, requests/s")
	fs.StringVar(&search, "search-rates", "10,25,50,100,150,200,300,400,600,800,1000,1500", "rates tried, in order, for the highest rate under -p99")
	fs.DurationVar(&c.stepDur, "step", 5*time.Second, "length of each rate step")
	fs.DurationVar(&c.p99, "p99", 100*time.Millisecond, "p99 bound of the throughput comparison with the peer")
	fs.IntVar(&c.tries, "tries", 2, "tries of each rate in the search before it counts as missed")
	fs.IntVar(&c.samples, "samples", 30, "requests per README query for its latency")
	fs.StringVar(&c.country, "country", "KZ", "ISO code of the country the lookups ask for")
	fs.StringVar(&c.fixtures, "fixtures", "fixtures/articles", "folder of the articles to replicate")
	fs.StringVar(&c.examples, "examples", "server/testdata/examples", "folder of the README queries (*.graphql)")
	fs.StringVar(&c.peerSrc, "peer", "scripts/peer-graphql", "folder of the @neo4j/graphql peer")
	fs.StringVar(&c.peerCache, "peer-cache", filepath.Join(cache, "geograph", "peer-graphql"), "folder the peer's packages are installed into")
	fs.StringVar(&c.geograph, "geograph", "", "geograph binary; empty: build ./cmd/geograph into a temporary folder")
	fs.BoolVar(&c.reuse, "reuse", false, "allow a non-empty Neo4j database (the bench adds its articles to it)")
	fs.StringVar(&stores, "stores", "embedded,neo4j", "comma-separated stores to measure (neo4j only with GEOGRAPH_BENCH_NEO4J_URI)")
	fs.BoolVar(&c.noLoad, "no-load", false, "with -reuse and -grow \"\": measure the graph already in the Neo4j database, loading nothing")
	fs.BoolVar(&c.skipPeer, "skip-peer", false, "do not run the @neo4j/graphql peer")
	fs.BoolVar(&c.keepTmpDir, "keep", false, "keep the temporary folder (corpus, data, server logs)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	c.neo4jURI = os.Getenv("GEOGRAPH_BENCH_NEO4J_URI")
	var err error
	if c.grow, err = parseList(grow, strconv.Atoi); err != nil {
		return c, fmt.Errorf("-grow: %w", err)
	}
	if c.rates, err = parseList(rates, parseFloat); err != nil {
		return c, fmt.Errorf("-rates: %w", err)
	}
	if c.search, err = parseList(search, parseFloat); err != nil {
		return c, fmt.Errorf("-search-rates: %w", err)
	}
	c.stores, err = parseList(stores, func(s string) (string, error) {
		if s != "embedded" && s != "neo4j" {
			return "", fmt.Errorf("%q is not embedded or neo4j", s)
		}
		return s, nil
	})
	if err != nil {
		return c, fmt.Errorf("-stores: %w", err)
	}
	if len(c.stores) == 0 {
		return c, fmt.Errorf("-stores %q: want embedded, neo4j or both", stores)
	}
	if c.noLoad && (!c.reuse || len(c.grow) > 0 || !slices.Equal(c.stores, []string{"neo4j"})) {
		return c, fmt.Errorf("-no-load: only with -reuse, -stores neo4j and -grow \"\"")
	}
	if c.tries < 1 {
		return c, fmt.Errorf("-tries %d: want at least 1", c.tries)
	}
	if c.articles < 1 {
		return c, fmt.Errorf("-articles %d: want at least 1", c.articles)
	}
	for _, g := range c.grow {
		if g <= c.articles {
			return c, fmt.Errorf("-grow %d: want sizes above -articles %d", g, c.articles)
		}
	}
	return c, nil
}

func parseFloat(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err == nil && f <= 0 {
		err = fmt.Errorf("%s is not positive", s)
	}
	return f, err
}

func parseList[T any](s string, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		v, err := parse(f)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func run(ctx context.Context, args []string, out io.Writer) error {
	c, err := parseFlags(args)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "benchgql-")
	if err != nil {
		return fmt.Errorf("temporary folder: %w", err)
	}
	if c.keepTmpDir {
		fmt.Fprintln(out, "temporary folder (kept):", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	if c.neo4jURI != "" && slices.Contains(c.stores, "neo4j") {
		n, err := nodeCount(ctx, c.neo4jURI)
		if err != nil {
			return fmt.Errorf("GEOGRAPH_BENCH_NEO4J_URI: %w", err)
		}
		if n > 0 && !c.reuse {
			return fmt.Errorf("GEOGRAPH_BENCH_NEO4J_URI %s holds %d nodes: the bench writes to its database, so it wants an empty one (or -reuse)", c.neo4jURI, n)
		}
	}
	if c.geograph == "" {
		if c.geograph, err = buildGeograph(ctx, tmp); err != nil {
			return err
		}
	}
	b := &bench{config: c, out: out, tmp: tmp}
	if b.base, err = readFixtures(ctx, c.fixtures); err != nil {
		return err
	}
	if b.examples, err = readExamples(c.examples); err != nil {
		return err
	}
	fmt.Fprintf(out, "benchgql: %d fixtures replicated to %d articles; load average %s; GOMAXPROCS of the servers: default\n",
		len(b.base), c.articles, loadAvg())
	if slices.Contains(c.stores, "embedded") {
		if err := b.store(ctx, "embedded", ""); err != nil {
			return err
		}
	}
	if !slices.Contains(c.stores, "neo4j") {
		return nil
	}
	if c.neo4jURI == "" {
		fmt.Fprintln(out, "neo4j: skipped (set GEOGRAPH_BENCH_NEO4J_URI to an empty database to measure it and the @neo4j/graphql peer)")
		return nil
	}
	return b.store(ctx, "neo4j", c.neo4jURI)
}

// loadAvg is the first three fields of /proc/loadavg, "?" without it.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
