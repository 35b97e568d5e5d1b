package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"geograph/cmd/internal/loadgen"
)

// maxInFlight bounds the requests a step keeps open; past it a due request
// counts as an error rather than silently lowering the rate.
const maxInFlight = 256

// result is what one rate step measured.
type result struct {
	Rate     float64 // asked for, requests/s
	Achieved float64 // answered requests/s over the step, including the wait for the last
	Sent     int
	Errors   int
	P50, P99 time.Duration
	FirstErr string
}

func (r result) String() string {
	s := fmt.Sprintf("p50 %7s  p99 %7s  errors %d/%d  achieved %6.1f/s", ms(r.P50), ms(r.P99), r.Errors, r.Sent, r.Achieved)
	if r.FirstErr != "" {
		s += "  (" + r.FirstErr + ")"
	}
	return s
}

// sustains says whether the step kept up with its rate within the p99
// bound and without errors; 90 % of the asked rate counts as kept up, since
// the pacing itself loses a little on a busy machine.
func (r result) sustains(p99 time.Duration) bool {
	return r.Sent > 0 && r.Errors == 0 && r.P99 <= p99 && r.Achieved >= 0.9*r.Rate
}

// percentile is the nearest-rank percentile p (0..1] of d, which it sorts.
func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	i := int(math.Ceil(p*float64(len(d)))) - 1
	return d[max(0, min(i, len(d)-1))]
}

// request is one request of a load: nil when it was answered correctly.
type request func(ctx context.Context) error

// step sends rate requests a second for d, open loop: a slow answer does
// not delay the next request, so latency includes any queueing the server
// causes. It waits for the requests in flight before returning.
func step(ctx context.Context, rate float64, d time.Duration, do request) result {
	var (
		mu    sync.Mutex
		lat   []time.Duration
		res   = result{Rate: rate}
		wg    sync.WaitGroup
		slots = make(chan struct{}, maxInFlight)
	)
	record := func(l time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		res.Sent++
		if err != nil {
			res.Errors++
			if res.FirstErr == "" {
				res.FirstErr = err.Error()
			}
			return
		}
		lat = append(lat, l)
	}
	start := time.Now()
	n := int(rate * d.Seconds())
	for i := range n {
		due := start.Add(time.Duration(float64(i) / rate * float64(time.Second)))
		if wait := time.Until(due); wait > 0 {
			select {
			case <-ctx.Done():
				wg.Wait()
				return finish(res, lat, start)
			case <-time.After(wait):
			}
		}
		select {
		case slots <- struct{}{}:
		default:
			record(0, errors.New("client: too many requests in flight"))
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			t := time.Now()
			err := do(ctx)
			if errors.Is(err, loadgen.ErrEnded) {
				return
			}
			record(time.Since(t), err)
		}()
	}
	wg.Wait()
	return finish(res, lat, start)
}

func finish(res result, lat []time.Duration, start time.Time) result {
	if el := time.Since(start).Seconds(); el > 0 {
		res.Achieved = float64(len(lat)) / el
	}
	res.P50 = percentile(lat, 0.50)
	res.P99 = percentile(lat, 0.99)
	return res
}

// maxRate runs the rates in increasing order through run and returns the
// last step that sustained its rate under the p99 bound (zero when none
// did). It stops at the first rate not sustained.
func maxRate(ctx context.Context, rates []float64, p99 time.Duration, run func(rate float64) result) result {
	var best result
	for _, r := range rates {
		res := run(r)
		if !res.sustains(p99) || ctx.Err() != nil {
			break
		}
		best = res
	}
	return best
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
}
