package loader

import (
	"regexp"
	"sort"
	"testing"
	"time"
)

// naiveScanner is the baseline the benchmark measures against: one
// case-sensitive regular expression per dictionary word, each run over the
// whole article, as a simple gazetteer tagger would.
type naiveScanner struct{ res []*regexp.Regexp }

func newNaiveScanner(words []string) *naiveScanner {
	n := &naiveScanner{}
	for _, p := range words {
		n.res = append(n.res, regexp.MustCompile(`\b`+regexp.QuoteMeta(p)+`\b`))
	}
	return n
}

func (n *naiveScanner) scan(text string) int {
	found := 0
	for _, re := range n.res {
		found += len(re.FindAllStringIndex(text, -1))
	}
	return found
}

// BenchmarkExtract measures the whole extraction (dictionary matching,
// people, dates, events, routes, contract) in articles per second on one
// goroutine, next to the naive per-word regexp scan over the same articles
// measured in the same run, and reports the ratio.
func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	byName := fixtureArticles(b)
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	naive := newNaiveScanner(x.DictionaryWords())
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, n := range names {
			_ = x.Extract(byName[n].Article).Contract()
		}
	}
	ours := time.Since(start)
	b.StopTimer()
	// The baseline runs over every article once per b.N/10 iterations
	// (at least once) to keep the run short; rates are per article.
	rounds := max(1, b.N/10)
	start = time.Now()
	for i := 0; i < rounds; i++ {
		for _, n := range names {
			naive.scan(byName[n].Article.Text)
		}
	}
	base := time.Since(start)
	oursRate := float64(b.N*len(names)) / ours.Seconds()
	baseRate := float64(rounds*len(names)) / base.Seconds()
	b.ReportMetric(oursRate, "articles/s")
	b.ReportMetric(baseRate, "baseline-articles/s")
	b.ReportMetric(oursRate/baseRate, "x-baseline")
	b.ReportMetric(float64(len(naive.res)), "dictionary-words")
}
