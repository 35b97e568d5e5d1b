package loader

import (
	"fmt"
	"regexp"
	"sort"
	"syscall"
	"testing"
	"time"

	"geograph/graph"
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

// benchCopies is how many times the benchmark replicates each fixture (with
// its own URL, so its own article ID): the 84 fixtures give 2,688 articles.
const benchCopies = 32

// BenchmarkExtract measures the whole extraction (dictionary matching,
// people, dates, events, routes, contract) in articles per second on one
// goroutine over the fixtures replicated to at least 1,000 articles with
// distinct URLs, next to the naive per-word regexp scan measured in the same
// run, and reports the ratio. The baseline scans each distinct fixture text
// once per run: the replicas' texts are the same, so its rate per article is
// the same over all of them, and it is too slow to run 1,000 times.
func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	byName := fixtureArticles(b)
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	var articles []graph.Article
	for c := range benchCopies {
		for _, n := range names {
			a := byName[n].Article
			a.URL = fmt.Sprintf("https://bench.example/%d/%s", c, n)
			a.ID = ArticleID(a)
			articles = append(articles, a)
		}
	}
	naive := newNaiveScanner(x.DictionaryWords())
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		for _, a := range articles {
			_ = x.Extract(a).Contract()
		}
	}
	ours, oursCPU := time.Since(start), cpuTime()-cpu
	b.StopTimer()
	start, cpu = time.Now(), cpuTime()
	for _, n := range names {
		naive.scan(byName[n].Article.Text)
	}
	base, baseCPU := time.Since(start), cpuTime()-cpu
	oursRate := float64(b.N*len(articles)) / ours.Seconds()
	baseRate := float64(len(names)) / base.Seconds()
	b.ReportMetric(float64(len(articles)), "articles")
	b.ReportMetric(oursRate, "articles/s")
	b.ReportMetric(baseRate, "baseline-articles/s")
	b.ReportMetric(oursRate/baseRate, "x-baseline")
	// Per CPU second of the process: what one core does, however busy the
	// machine is (wall-clock rates fall when other work shares the cores).
	if oursCPU > 0 && baseCPU > 0 {
		b.ReportMetric(float64(b.N*len(articles))/oursCPU.Seconds(), "articles/cpu-s")
		b.ReportMetric(float64(len(names))/baseCPU.Seconds(), "baseline-articles/cpu-s")
	}
	b.ReportMetric(float64(len(naive.res)), "dictionary-words")
}

// cpuTime is the user and system CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
