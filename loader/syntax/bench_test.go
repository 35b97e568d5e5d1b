package syntax

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// fixtureSentences splits the fixture articles into rough sentences: at
// line ends and at ". ". Good enough to measure speed on real text.
func fixtureSentences(b testing.TB) []string {
	b.Helper()
	paths, err := filepath.Glob("../../fixtures/articles/*")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no fixture articles: %v", err)
	}
	var out []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text := string(raw)
		if strings.HasSuffix(p, ".json") {
			var a struct{ Text string }
			if err := json.Unmarshal(raw, &a); err != nil {
				b.Fatalf("%s: %v", p, err)
			}
			text = a.Text
		}
		for _, line := range strings.Split(text, "\n") {
			for _, s := range strings.SplitAfter(line, ". ") {
				if s = strings.TrimSpace(s); len(s) > 20 {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// BenchmarkParse is the whole layer: tokens, tags, chunks, clauses,
// arguments and attachment, over every fixture sentence.
func BenchmarkParse(b *testing.B) {
	p := newTestParser(b)
	sents := fixtureSentences(b)
	b.ResetTimer()
	cpu0 := cpuTime(b)
	for range b.N {
		for _, s := range sents {
			p.Parse(s, nil)
		}
	}
	report(b, len(sents), cpu0)
}

// BenchmarkTag is tokenizing and tagging alone, to compare with prose.
func BenchmarkTag(b *testing.B) {
	p := newTestParser(b)
	sents := fixtureSentences(b)
	var toks []Token
	b.ResetTimer()
	cpu0 := cpuTime(b)
	for range b.N {
		for _, s := range sents {
			toks = tokenize(s, toks[:0])
			p.tagger.tag(toks, &p.st)
		}
	}
	report(b, len(sents), cpu0)
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// BenchmarkProseBaseline tags the same sentences through prose's own
// pipeline (its tokenizer and tagger, the same model, the model loaded
// once), the baseline BenchmarkTag is measured against. It also reports
// prose's accuracy on the hand-checked sample.
func BenchmarkProseBaseline(b *testing.B) {
	proseOnce.Do(func() { proseModel = prose.ModelFromData("baseline") })
	sents := fixtureSentences(b)
	opts := []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(proseModel)}
	b.ResetTimer()
	cpu0 := cpuTime(b)
	for range b.N {
		for _, s := range sents {
			if _, err := prose.NewDocument(s, opts...); err != nil {
				b.Fatal(err)
			}
		}
	}
	report(b, len(sents), cpu0)
	b.StopTimer()
	b.ReportMetric(proseAccuracy(b, opts), "sample-accuracy")
}

// proseAccuracy scores prose on the hand-checked sample, a gold token
// counting as right when prose has a token of the same text at the same
// offset with the same tag.
func proseAccuracy(b *testing.B, opts []prose.DocOpt) float64 {
	right, total := 0, 0
	for _, ts := range readTaggedSample(b) {
		doc, err := prose.NewDocument(ts.text, opts...)
		if err != nil {
			b.Fatal(err)
		}
		at := map[int]prose.Token{}
		cur := 0
		for _, tk := range doc.Tokens() {
			if i := strings.Index(ts.text[cur:], tk.Text); i >= 0 {
				at[cur+i] = tk
				cur += i + len(tk.Text)
			}
		}
		cur = 0
		for i, w := range ts.words {
			off := cur + strings.Index(ts.text[cur:], w)
			cur = off + len(w)
			total++
			if tk, ok := at[off]; ok && tk.Text == w && tk.Tag == ts.tags[i] {
				right++
			}
		}
	}
	return float64(right) / float64(total)
}

// cpuTime is the CPU time this process has used. On a machine shared
// with other work, sentences per CPU second is the figure that holds
// still; sentences per wall second is reported beside it.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// report adds sentences/s (wall) and sentences/cpu-s for n sentences a
// round, cpu0 being cpuTime at the start of the timed loop.
func report(b *testing.B, n int, cpu0 time.Duration) {
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n*b.N)/(cpuTime(b)-cpu0).Seconds(), "sentences/cpu-s")
}
