package extract

import (
	"context"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"geograph/graph"
)

// countingCtx is a context that is done after its first `after` calls of
// Err, so a test can cancel an extraction at any one of its checks.
type countingCtx struct {
	context.Context
	after int64
	calls atomic.Int64
	// last and maxGap record the longest time between two calls of Err.
	last, maxGap time.Duration
	start        time.Time
}

func newCountingCtx(after int64) *countingCtx {
	return &countingCtx{Context: context.Background(), after: after, start: time.Now()}
}

func (c *countingCtx) Err() error {
	now := time.Since(c.start)
	if gap := now - c.last; gap > c.maxGap {
		c.maxGap = gap
	}
	c.last = now
	if c.calls.Add(1) > c.after {
		return context.Canceled
	}
	return nil
}

// cancelArticle is a fixture-sized article with events, dates and routes.
func cancelArticle(t testing.TB) graph.Article {
	a := graph.Article{Text: repeatTo(fixtureText(t), 20_000), Published: "2022-10-27"}
	a.ID = ArticleID(a)
	return a
}

// TestExtractContextStopsAtNextCheck: a context that is done from its K-th
// check on stops the extraction at that check, with the context's error and
// no extraction, wherever K falls; a context that never ends gives what
// Extract gives.
func TestExtractContextStopsAtNextCheck(t *testing.T) {
	x := newTestExtractor(t)
	a := cancelArticle(t)
	whole := newCountingCtx(1 << 62)
	ex, err := x.ExtractContext(whole, a)
	if err != nil {
		t.Fatalf("ExtractContext with a live context: %v", err)
	}
	if want := x.Extract(a); !reflect.DeepEqual(ex.Events, want.Events) || !reflect.DeepEqual(ex.Mentions, want.Mentions) || !reflect.DeepEqual(ex.Routes, want.Routes) {
		t.Fatal("ExtractContext and Extract disagree on the same article")
	}
	total := whole.calls.Load()
	if total < 100 {
		t.Fatalf("only %d checks in a 20 KB article", total)
	}
	for _, k := range []int64{0, 1, 2, 5, 25, total / 3, total / 2, total - 2, total - 1} {
		c := newCountingCtx(k)
		ex, err := x.ExtractContext(c, a)
		if err != context.Canceled || ex != nil {
			t.Errorf("cancelled after %d of %d checks: got (%v, %v), want (nil, context.Canceled)", k, total, ex != nil, err)
		}
		if got := c.calls.Load(); got != k+1 {
			t.Errorf("cancelled after %d of %d checks: %d checks made, want the extraction to stop at check %d", k, total, got, k+1)
		}
	}
}

// TestExtractContextDone: a context already done returns its error before
// any work.
func TestExtractContextDone(t *testing.T) {
	x := newTestExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ex, err := x.ExtractContext(ctx, cancelArticle(t))
	if err != context.Canceled || ex != nil {
		t.Fatalf("got (%v, %v), want (nil, context.Canceled)", ex != nil, err)
	}
	dl, cancel := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel()
	if _, err := x.ExtractContext(dl, cancelArticle(t)); err != context.DeadlineExceeded {
		t.Fatalf("past deadline: got %v, want context.DeadlineExceeded", err)
	}
}

// TestExtractContextRepanics: a panic that is not a cancellation passes
// through ExtractContext unchanged.
func TestExtractContextRepanics(t *testing.T) {
	x := newTestExtractor(t)
	defer func() {
		if r := recover(); r != "boom" {
			t.Fatalf("recovered %v, want the rule's own panic", r)
		}
	}()
	_, _ = x.ExtractContext(&panicCtx{Context: context.Background()}, cancelArticle(t))
	t.Fatal("the panic did not reach the caller")
}

// panicCtx panics in its third call of Err, inside the extraction,
// standing in for a rule that panics.
type panicCtx struct {
	context.Context
	calls int
}

func (p *panicCtx) Err() error {
	if p.calls++; p.calls == 3 {
		panic("boom")
	}
	return nil
}

// BenchmarkExtractCheckGap extracts 1 MB without a sentence end or line
// break and reports the longest time between two context checks: how late
// a cancellation can be seen. The whole extraction's time is the baseline.
func BenchmarkExtractCheckGap(b *testing.B) {
	x := newTestExtractor(b)
	a := graph.Article{Text: repeatTo(withoutBreaks(fixtureText(b)), 1<<20), Published: "2022-10-27"}
	var gap, total time.Duration
	var checks int64
	for i := 0; i < b.N; i++ {
		c := newCountingCtx(1 << 62)
		if _, err := x.ExtractContext(c, a); err != nil {
			b.Fatal(err)
		}
		total += time.Since(c.start)
		gap = max(gap, c.maxGap)
		checks += c.calls.Load()
	}
	b.ReportMetric(float64(gap.Microseconds())/1000, "max-ms-between-checks")
	b.ReportMetric(total.Seconds()/float64(b.N), "s-whole-extraction")
	b.ReportMetric(float64(checks)/float64(b.N), "checks")
}
