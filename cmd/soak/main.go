// Command soak drives a local geograph server with a steady mix of GraphQL
// reads and reports errors and the server's memory growth.
//
//	soak -addr 127.0.0.1:8089 -pid PID [-rate N] [-duration 30m]
//
// Without -rate it first measures the rate the server sustains with four
// clients back to back (the benchmark, -bench long) and then soaks at half
// of it. It talks only to loopback addresses and stops after -duration. It
// exits 1 when any request failed or the server's resident memory grew by
// more than -max-growth percent between the end of the warm-up and the end.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"geograph/cmd/internal/loadgen"
)

// queries is the mix: the analyst queries of the README, on the fixtures.
var queries = []string{
	`{ country(code: "KZ") { name leaders { person { name } office { name } } } }`,
	`{ events(first: 20) { totalCount edges { node { __typename name date { value } participants { entity { name } } } } } }`,
	`{ eventCounts(groupBy: KIND) { key count } }`,
	`{ eventCounts(groupBy: MONTH, filter: {countries: ["KZ", "RU"]}) { key count } }`,
	`{ search(text: "Kazakhstan", limit: 10) { score node { __typename } } }`,
	`{ routes(first: 10) { totalCount } countries(first: 50) { edges { node { code name } } } }`,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("soak", flag.ContinueOnError)
	var (
		addr      = fs.String("addr", "127.0.0.1:8089", "loopback address of the server")
		pid       = fs.Int("pid", 0, "the server's process ID, to read its memory from /proc")
		rate      = fs.Float64("rate", 0, "requests per second; 0: half the rate the benchmark phase measures")
		duration  = fs.Duration("duration", 30*time.Minute, "how long to soak")
		warmup    = fs.Duration("warmup", time.Minute, "load before the first memory reading")
		bench     = fs.Duration("bench", 20*time.Second, "length of the benchmark phase when -rate is 0")
		maxGrowth = fs.Float64("max-growth", 10, "largest acceptable memory growth, percent")
	)
	if err := fs.Parse(args); err != nil {
		return err
	}
	lc, err := loadgen.New(*addr, 256)
	if err != nil {
		return fmt.Errorf("-addr: %w", err)
	}
	c := &client{Client: lc}
	if err := c.WaitReady(ctx, 3*time.Minute); err != nil {
		return err
	}
	if *rate <= 0 {
		measured := c.benchmark(ctx, *bench, 4)
		fmt.Fprintf(out, "benchmark: %.1f requests/s with 4 clients back to back\n", measured)
		*rate = measured / 2
	}
	fmt.Fprintf(out, "soak: %.1f requests/s for %s (warm-up %s)\n", *rate, *duration, *warmup)

	ctx, cancel := context.WithTimeout(ctx, *duration)
	defer cancel()
	var warmRSS atomic.Int64
	warm := time.AfterFunc(*warmup, func() { warmRSS.Store(rss(*pid)) })
	defer warm.Stop()
	c.paced(ctx, *rate, func(elapsed time.Duration) {
		fmt.Fprintf(out, "%6s  requests %d  errors %d  rss %s\n", elapsed.Round(time.Second), c.sent.Load(), c.failed.Load(), kib(rss(*pid)))
	})
	startRSS, endRSS := warmRSS.Load(), rss(*pid)

	fmt.Fprintf(out, "requests %d, errors %d\n", c.sent.Load(), c.failed.Load())
	c.mu.Lock()
	for msg, n := range c.errs {
		fmt.Fprintf(out, "  %d × %s\n", n, msg)
	}
	c.mu.Unlock()
	growth := 0.0
	if startRSS > 0 && endRSS > 0 {
		growth = 100 * float64(endRSS-startRSS) / float64(startRSS)
		fmt.Fprintf(out, "server memory: %s after warm-up, %s at the end: %+.1f%%\n", kib(startRSS), kib(endRSS), growth)
	} else if *pid != 0 {
		fmt.Fprintln(out, "server memory: not measured (run shorter than the warm-up, or no /proc)")
	}
	switch {
	case c.failed.Load() > 0:
		return fmt.Errorf("%d of %d requests failed", c.failed.Load(), c.sent.Load())
	case growth > *maxGrowth:
		return fmt.Errorf("server memory grew %.1f%%, more than %.0f%%", growth, *maxGrowth)
	}
	return nil
}

// client sends the mix and counts what fails.
type client struct {
	*loadgen.Client
	sent, failed atomic.Int64
	next         atomic.Int64

	mu   sync.Mutex
	errs map[string]int
}

// one sends the next query of the mix and records its outcome.
func (c *client) one(ctx context.Context) {
	q := queries[int(c.next.Add(1))%len(queries)]
	err := c.Query(ctx, q, nil)
	if errors.Is(err, loadgen.ErrEnded) {
		return // the run ended under this request: not the server's failure
	}
	c.sent.Add(1)
	if err != nil {
		c.fail(err.Error())
	}
}

func (c *client) fail(msg string) {
	c.failed.Add(1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.errs == nil {
		c.errs = map[string]int{}
	}
	c.errs[msg]++
}

// benchmark runs workers clients back to back for d and returns the rate
// they reached; its requests do not count towards the soak's.
func (c *client) benchmark(ctx context.Context, d time.Duration, workers int) float64 {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				c.one(ctx)
			}
		}()
	}
	wg.Wait()
	n := c.sent.Swap(0)
	c.failed.Store(0)
	c.mu.Lock()
	c.errs = nil
	c.mu.Unlock()
	return float64(n) / time.Since(start).Seconds()
}

// paced sends rate requests a second until ctx ends, calling report every
// minute. A request still running when the next is due does not delay it:
// the server sees the rate asked for, up to 256 requests in flight.
func (c *client) paced(ctx context.Context, rate float64, report func(time.Duration)) {
	start := time.Now()
	tick := time.NewTicker(time.Duration(float64(time.Second) / rate))
	defer tick.Stop()
	minute := time.NewTicker(time.Minute)
	defer minute.Stop()
	slots := make(chan struct{}, 256)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return
		case <-minute.C:
			report(time.Since(start))
		case <-tick.C:
			select {
			case slots <- struct{}{}:
			default:
				c.sent.Add(1)
				c.fail("client: 256 requests already in flight")
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-slots }()
				c.one(ctx)
			}()
		}
	}
}

// rss returns the resident memory of process pid in KiB, 0 when unknown.
func rss(pid int) int64 {
	if pid == 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

func kib(n int64) string {
	if n == 0 {
		return "?"
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/1024)
}
