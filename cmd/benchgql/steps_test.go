package main

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func TestPercentile(t *testing.T) {
	d := func(ns ...int) []time.Duration {
		var out []time.Duration
		for _, n := range ns {
			out = append(out, time.Duration(n))
		}
		return out
	}
	tests := []struct {
		name string
		in   []time.Duration
		p    float64
		want time.Duration
	}{
		{"empty", nil, 0.5, 0},
		{"one", d(7), 0.99, 7},
		{"median of unsorted", d(5, 1, 4, 2, 3), 0.5, 3},
		{"median of an even count is the lower", d(4, 1, 3, 2), 0.5, 2},
		{"p99 of 100 is the 99th", d(seq(100)...), 0.99, 99},
		{"p99 of 1000 is the 990th", d(seq(1000)...), 0.99, 990},
		{"p100 is the largest", d(3, 9, 1), 1, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percentile(tt.in, tt.p); got != tt.want {
				t.Errorf("percentile(%v) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}

// A step sends rate × duration requests and counts every failure, whatever
// the timing; only latencies and the achieved rate depend on the clock.
func TestStepCountsRequestsAndErrors(t *testing.T) {
	var calls atomic.Int64
	do := func(context.Context) error {
		if calls.Add(1)%4 == 0 {
			return errors.New("boom")
		}
		return nil
	}
	res := step(context.Background(), 2000, 20*time.Millisecond, do)
	got := struct {
		Sent, Errors int
		FirstErr     string
		Calls        int64
	}{res.Sent, res.Errors, res.FirstErr, calls.Load()}
	want := struct {
		Sent, Errors int
		FirstErr     string
		Calls        int64
	}{40, 10, "boom", 40}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("step (-want +got):\n%s", diff)
	}
}

func TestSustains(t *testing.T) {
	ok := result{Rate: 100, Achieved: 95, Sent: 500, P99: 10 * time.Millisecond}
	tests := []struct {
		name string
		r    result
		want bool
	}{
		{"within bound", ok, true},
		{"p99 at the bound", with(ok, func(r *result) { r.P99 = 20 * time.Millisecond }), true},
		{"p99 over the bound", with(ok, func(r *result) { r.P99 = 21 * time.Millisecond }), false},
		{"one error", with(ok, func(r *result) { r.Errors = 1 }), false},
		{"fell behind the rate", with(ok, func(r *result) { r.Achieved = 89 }), false},
		{"nothing sent", result{Rate: 100}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.sustains(20 * time.Millisecond); got != tt.want {
				t.Errorf("sustains = %v, want %v", got, tt.want)
			}
		})
	}
}

func with(r result, f func(*result)) result {
	f(&r)
	return r
}

// maxRate keeps the last sustained step and stops at the first that is not,
// even when a later rate would pass.
func TestMaxRateStopsAtFirstMiss(t *testing.T) {
	p99 := map[float64]time.Duration{10: time.Millisecond, 20: 2 * time.Millisecond, 40: time.Second, 80: time.Millisecond}
	var ran []float64
	best := maxRate(context.Background(), []float64{10, 20, 40, 80}, 10*time.Millisecond, func(rate float64) result {
		ran = append(ran, rate)
		return result{Rate: rate, Achieved: rate, Sent: 10, P99: p99[rate]}
	})
	if diff := cmp.Diff([]float64{10, 20, 40}, ran); diff != "" {
		t.Errorf("rates run (-want +got):\n%s", diff)
	}
	if best.Rate != 20 {
		t.Errorf("best rate = %v, want 20", best.Rate)
	}
}

func TestReplicaIsDistinctAndMovedByWeeks(t *testing.T) {
	base := []graph.Article{
		{URL: "https://a.example/x", Title: "X", Published: "2022-10-27", Text: "t"},
		{Title: "Y Z", Published: "2022-01-03", Text: "u"},
	}
	var got []graph.Article
	for k := range 5 {
		a := replica(base, k)
		got = append(got, graph.Article{URL: a.URL, Published: a.Published})
	}
	want := []graph.Article{
		{URL: "https://a.example/x", Published: "2022-10-27"},
		{URL: "", Published: "2022-01-03"},
		{URL: "https://a.example/x/copy-1", Published: "2022-11-03"},
		{URL: "https://bench.invalid/y-z/copy-1", Published: "2022-01-10"},
		{URL: "https://a.example/x/copy-2", Published: "2022-11-10"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("replicas (-want +got):\n%s", diff)
	}
}
