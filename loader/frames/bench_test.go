package frames

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fixtureSentences splits the fixture articles into rough sentences.
func fixtureSentences(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob("../../fixtures/articles/*")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no fixture articles: %v", err)
	}
	var out []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(raw)
		if strings.HasSuffix(p, ".json") {
			var a struct{ Text string }
			if err := json.Unmarshal(raw, &a); err != nil {
				tb.Fatalf("%s: %v", p, err)
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

// standInMentions marks every run of proper nouns as a country: crude,
// but it gives the frames mentions to fill roles with, as the extractor's
// would.
func standInMentions(a *Applier, s string) []Mention {
	p := a.parser.Parse(s, nil)
	var ms []Mention
	for i := 0; i < len(p.Tokens); i++ {
		if p.Tokens[i].Tag != "NNP" && p.Tokens[i].Tag != "NNPS" {
			continue
		}
		j := i
		for j+1 < len(p.Tokens) && (p.Tokens[j+1].Tag == "NNP" || p.Tokens[j+1].Tag == "NNPS") {
			j++
		}
		ms = append(ms, Mention{Start: p.Tokens[i].Start, End: p.Tokens[j].End, Kind: "Country"})
		i = j
	}
	return ms
}

// TestPrefilterLosesNothing checks that a sentence the prefilter skips
// would have given no fact had it been parsed.
func TestPrefilterLosesNothing(t *testing.T) {
	a := newTestApplier(t)
	skipped, found := 0, 0
	for _, s := range fixtureSentences(t) {
		ms := standInMentions(a, s)
		facts := a.ApplyParsed(a.parser.Parse(s, spans(ms)), ms)
		found += len(facts)
		if a.mayTrigger(s) {
			continue
		}
		skipped++
		if len(facts) > 0 {
			t.Errorf("prefilter skips %q, which gives %d facts", s, len(facts))
		}
	}
	if skipped == 0 || found == 0 {
		t.Errorf("the check is empty: %d sentences skipped, %d facts found", skipped, found)
	}
	t.Logf("%d sentences skipped by the prefilter; %d facts in all", skipped, found)
}

// BenchmarkApply is the frames layer on the fixture sentences with
// stand-in mentions: prefilter, parse and frame application.
func BenchmarkApply(b *testing.B) {
	a := newTestApplier(b)
	sents := fixtureSentences(b)
	ms := make([][]Mention, len(sents))
	for i, s := range sents {
		ms[i] = standInMentions(a, s)
	}
	b.Run("frames", func(b *testing.B) {
		cpu0 := cpuTime(b)
		for range b.N {
			for i, s := range sents {
				a.Apply(s, ms[i])
			}
		}
		report(b, len(sents), cpu0)
	})
	// The baseline: parsing every sentence, as the layer would without
	// its prefilter and without applying any frame.
	b.Run("parse-all", func(b *testing.B) {
		cpu0 := cpuTime(b)
		for range b.N {
			for i, s := range sents {
				a.parser.Parse(s, spans(ms[i]))
			}
		}
		report(b, len(sents), cpu0)
	})
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
