package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"geograph/graph"
)

// The requests the load steps send. The baseline is the cheapest request
// the same server answers through the same HTTP and GraphQL layers.
const (
	baselineQuery = `{ __typename }`
	countryQuery  = `query Country($code: String!) { country(code: $code) { name leaders { person { name } office { name } } } }`
	// peerCountryQuery asks @neo4j/graphql for the same country with its
	// offices and who held them.
	peerCountryQuery = `query Country($code: String!) { countries(where: {iso2: {eq: $code}}) { name offices { name holdersConnection { edges { properties { from to } node { name } } } } } }`
)

// bench is one run's shared state.
type bench struct {
	config
	out      io.Writer
	tmp      string
	base     []graph.Article
	examples []example
}

// example is one README query.
type example struct{ name, text string }

func readExamples(dir string) ([]example, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.graphql"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("README queries: no *.graphql in %s", dir)
	}
	var ex []example
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("README queries: %w", err)
		}
		ex = append(ex, example{strings.TrimSuffix(filepath.Base(p), ".graphql"), string(b)})
	}
	return ex, nil
}

func buildGeograph(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "geograph")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/geograph")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build geograph: %w\n%s", err, out)
	}
	return bin, nil
}

// store measures one store: loads the corpus, runs the load steps (and, on
// Neo4j, the peer) at -articles, then grows the graph for the latencies.
func (b *bench) store(ctx context.Context, name, uri string) error {
	data := filepath.Join(b.tmp, name)
	if err := os.MkdirAll(data, 0o755); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	sizes := append([]int{b.articles}, b.grow...)
	var first map[string]time.Duration
	loaded := 0
	for i, size := range sizes {
		chunk, err := writeChunk(b.base, loaded, size, b.tmp)
		if err != nil {
			return err
		}
		chunks := []string{chunk}
		if b.noLoad {
			chunks = nil
		}
		t := time.Now()
		p, err := serveGeograph(ctx, b.geograph, data, uri, chunks, filepath.Join(b.tmp, fmt.Sprintf("%s-%d.log", name, size)))
		if err != nil {
			return fmt.Errorf("%s at %d articles: %w", name, size, err)
		}
		el := time.Since(t)
		if b.noLoad {
			fmt.Fprintf(b.out, "\n%s, the graph already in the database (-no-load): server ready in %.1fs; load average %s\n", name, el.Seconds(), loadAvg())
		} else {
			fmt.Fprintf(b.out, "\n%s, %d articles: loaded %d more in %.1fs (%.1f articles/s, start-up included); load average %s\n",
				name, size, size-loaded, el.Seconds(), float64(size-loaded)/el.Seconds(), loadAvg())
		}
		loaded = size
		if i == 0 {
			b.loadSteps(ctx, name, p)
			if uri != "" {
				b.peer(ctx, p, uri)
			}
		}
		lat := b.latencies(ctx, p)
		if first == nil {
			first = lat
		}
		for _, ex := range b.examples {
			l, ok := lat[ex.name]
			if !ok {
				continue
			}
			ratio := "n/a"
			if f := first[ex.name]; f > 0 {
				ratio = fmt.Sprintf("%.2f×", float64(l)/float64(f))
			}
			fmt.Fprintf(b.out, "  %-18s p50 %8s  vs %d articles %8s: %s\n", ex.name, ms(l), sizes[0], ms(first[ex.name]), ratio)
		}
		p.stop()
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

// loadSteps sends the country lookup and the dashboard at each fixed rate,
// each step after the baseline at the same rate, and stops a query's
// series once it falls far behind.
func (b *bench) loadSteps(ctx context.Context, name string, p *proc) {
	vars := map[string]any{"code": b.country}
	loads := []struct {
		name  string
		query string
		vars  map[string]any
	}{
		{"country+leaders", countryQuery, vars},
		{"CountryDashboard", b.exampleText("country-dashboard"), nil},
	}
	baseline := func(ctx context.Context) error { return p.Query(ctx, baselineQuery, nil) }
	for _, l := range loads {
		if l.query == "" {
			fmt.Fprintf(b.out, "  %s: no such README query\n", l.name)
			continue
		}
		if err := p.Query(ctx, l.query, l.vars); err != nil {
			fmt.Fprintf(b.out, "  %s: the query fails: %v\n", l.name, err)
			continue
		}
		for _, rate := range b.rates {
			base := step(ctx, rate, b.stepDur, baseline)
			res := step(ctx, rate, b.stepDur, func(ctx context.Context) error { return p.Query(ctx, l.query, l.vars) })
			fmt.Fprintf(b.out, "  %s %-16s %5.0f/s  %s\n  %s %-16s %5.0f/s  %s  (baseline)\n",
				name, l.name, rate, res, name, "{ __typename }", rate, base)
			if ctx.Err() != nil || res.Achieved < 0.5*rate || res.Errors*10 > res.Sent {
				break
			}
		}
	}
}

func (b *bench) exampleText(name string) string {
	for _, ex := range b.examples {
		if ex.name == name {
			return ex.text
		}
	}
	return ""
}

// peer finds the highest rate geograph and @neo4j/graphql each sustain on
// the country lookup under the p99 bound, over the same Neo4j data.
func (b *bench) peer(ctx context.Context, p *proc, uri string) {
	if b.skipPeer {
		fmt.Fprintln(b.out, "  peer: skipped (-skip-peer)")
		return
	}
	peer, err := servePeer(ctx, b.peerSrc, b.peerCache, uri, filepath.Join(b.tmp, "peer.log"))
	if errors.Is(err, errNoNode) {
		fmt.Fprintf(b.out, "  peer: skipped: %v; install Node.js 20+ to compare with @neo4j/graphql\n", err)
		return
	}
	if err != nil {
		fmt.Fprintf(b.out, "  peer: %v\n", err)
		return
	}
	defer peer.stop()
	vars := map[string]any{"code": b.country}
	if err := peer.Query(ctx, peerCountryQuery, vars); err != nil {
		fmt.Fprintf(b.out, "  peer: the country lookup fails: %v\n", err)
		return
	}
	fmt.Fprintf(b.out, "  highest rate of the country lookup with p99 ≤ %s and no errors (steps of %s, the two alternating):\n", ms(b.p99), b.stepDur)
	ours, theirs := b.searchPair(ctx,
		func(ctx context.Context) error { return p.Query(ctx, countryQuery, vars) },
		func(ctx context.Context) error { return peer.Query(ctx, peerCountryQuery, vars) })
	// A rate at the top of the list is a lower bound: the search did not
	// find where it stops.
	top := b.search[len(b.search)-1]
	atLeast := func(r float64) string {
		if r == top {
			return fmt.Sprintf("≥ %.0f/s (the top of -search-rates)", r)
		}
		return fmt.Sprintf("%.0f/s", r)
	}
	ratio := "n/a"
	if theirs.Rate > 0 {
		ratio = fmt.Sprintf("%.2f×", ours.Rate/theirs.Rate)
		if ours.Rate == top || theirs.Rate == top {
			ratio += " (bounded by the top of -search-rates)"
		}
	}
	fmt.Fprintf(b.out, "  neo4j country+leaders at p99 ≤ %s: geograph %s, @neo4j/graphql %s (baseline): %s; load average %s\n",
		ms(b.p99), atLeast(ours.Rate), atLeast(theirs.Rate), ratio, loadAvg())
}

// searchPair finds the highest rate geograph and the peer each sustain,
// one step of each at every rate in turn, so both see the same moments of
// a machine whose other load comes and goes. A rate is tried up to -tries
// times, so one stall of the machine does not end a search; each stops at
// the first rate it misses every time.
func (b *bench) searchPair(ctx context.Context, ours, theirs request) (best, peerBest result) {
	do := []request{ours, theirs}
	names := []string{"geograph", "peer"}
	bests := []*result{&best, &peerBest}
	alive := []bool{true, true}
	for _, rate := range b.search {
		for i := range do {
			if !alive[i] || ctx.Err() != nil {
				continue
			}
			var got result
			for range b.tries {
				got = maxRate(ctx, []float64{rate}, b.p99, func(rate float64) result {
					r := step(ctx, rate, b.stepDur, do[i])
					fmt.Fprintf(b.out, "    %-9s %5.0f/s  %s\n", names[i], r.Rate, r)
					return r
				})
				if got.Rate > 0 {
					break
				}
			}
			if got.Rate == 0 {
				alive[i] = false
				continue
			}
			*bests[i] = got
		}
		if !alive[0] && !alive[1] {
			break
		}
	}
	return best, peerBest
}

// latencies runs each README query -samples times, one at a time after two
// warm-up requests, and returns its median latency; failures are printed
// and leave the query out.
func (b *bench) latencies(ctx context.Context, p *proc) map[string]time.Duration {
	out := map[string]time.Duration{}
	for _, ex := range b.examples {
		var lat []time.Duration
		var failed error
		for i := range b.samples + 2 {
			t := time.Now()
			if err := p.Query(ctx, ex.text, nil); err != nil {
				failed = err
				break
			}
			if i >= 2 {
				lat = append(lat, time.Since(t))
			}
		}
		if failed != nil {
			fmt.Fprintf(b.out, "  %-18s fails: %v\n", ex.name, failed)
			continue
		}
		slices.Sort(lat)
		out[ex.name] = percentile(lat, 0.5)
	}
	return out
}
