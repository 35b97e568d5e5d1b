package loader

import (
	"fmt"
	"regexp"
	"sort"
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
// its own URL, so its own article ID): 32 fixtures give 1,024 articles.
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
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, a := range articles {
			_ = x.Extract(a).Contract()
		}
	}
	ours := time.Since(start)
	b.StopTimer()
	start = time.Now()
	for _, n := range names {
		naive.scan(byName[n].Article.Text)
	}
	base := time.Since(start)
	oursRate := float64(b.N*len(articles)) / ours.Seconds()
	baseRate := float64(len(names)) / base.Seconds()
	b.ReportMetric(float64(len(articles)), "articles")
	b.ReportMetric(oursRate, "articles/s")
	b.ReportMetric(baseRate, "baseline-articles/s")
	b.ReportMetric(oursRate/baseRate, "x-baseline")
	b.ReportMetric(float64(len(naive.res)), "dictionary-words")
}
