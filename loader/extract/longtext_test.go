package extract

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"geograph/graph"
	"geograph/loader/text"
)

// fixtureText is the text of every .txt fixture, one after another.
func fixtureText(tb testing.TB) string {
	tb.Helper()
	files, err := filepath.Glob("../../fixtures/articles/*.txt")
	if err != nil || len(files) == 0 {
		tb.Skipf("no fixture articles: %v", err)
	}
	var b strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(raw)
		b.WriteString("\n\n")
	}
	return b.String()
}

// withoutBreaks is s with no sentence ends and no line breaks.
func withoutBreaks(s string) string {
	return strings.NewReplacer(".", " ", "!", " ", "?", " ", "\n", " ").Replace(s)
}

// repeatTo repeats s to exactly n bytes (cut at a rune boundary).
func repeatTo(s string, n int) string {
	r := strings.Repeat(s, n/len(s)+1)[:n]
	return strings.ToValidUTF8(r, "")
}

// TestLongSentenceExtracts: an article of 60 KB without a sentence end
// extracts; every sentence it is read as stays under the cap, and every
// mention and piece of evidence lies inside one sentence.
func TestLongSentenceExtracts(t *testing.T) {
	x := newTestExtractor(t)
	s := repeatTo(withoutBreaks(fixtureText(t)), 60_000)
	a := graph.Article{Text: s, Published: "2022-10-27"}
	a.ID = ArticleID(a)
	st := newState(x, a)
	st.run()
	if len(st.mentions) == 0 {
		t.Fatal("no mentions found in 60 KB of news text")
	}
	for i, se := range st.sents {
		if n := se.End - se.Start; n > text.MaxSentenceBytes+100 {
			t.Errorf("sentence %d is %d bytes", i, n)
		}
	}
	for _, m := range st.mentions {
		se := st.sents[st.sentenceAt(m.Start)]
		if m.Start < se.Start || m.End > se.End {
			t.Errorf("mention %q [%d,%d) crosses its sentence [%d,%d)", s[m.Start:m.End], m.Start, m.End, se.Start, se.End)
		}
	}
	ex := st.result()
	for _, ev := range ex.Events {
		if q := ev.Evidence[0].Quote; len(q) > text.MaxSentenceBytes+100 {
			t.Errorf("event %s quotes %d bytes", ev.ID, len(q))
		}
	}
	if err := ex.Batch().Validate(); err != nil {
		t.Errorf("batch of the long article: %v", err)
	}
}

// BenchmarkLongArticle extracts 1 MB of ordinary news text and 1 MB of the
// same text without any sentence end or line break, and reports the
// seconds per MB of each: the two should be of the same order.
func BenchmarkLongArticle(b *testing.B) {
	x := newTestExtractor(b)
	src := fixtureText(b)
	size := 1 << 20
	if testing.Short() {
		size = 1 << 18
	}
	ordinary := repeatTo(src, size)
	flat := repeatTo(withoutBreaks(src), size)
	var tOrd, tFlat, cOrd, cFlat time.Duration
	for i := 0; i < b.N; i++ {
		start, cpu := time.Now(), cpuTime()
		x.Extract(graph.Article{Text: ordinary, Published: "2022-10-27"})
		tOrd, cOrd = tOrd+time.Since(start), cOrd+cpuTime()-cpu
		start, cpu = time.Now(), cpuTime()
		x.Extract(graph.Article{Text: flat, Published: "2022-10-27"})
		tFlat, cFlat = tFlat+time.Since(start), cFlat+cpuTime()-cpu
	}
	perMB := float64(1<<20) / float64(size) / float64(b.N)
	b.ReportMetric(tOrd.Seconds()*perMB, "s/MB-ordinary")
	b.ReportMetric(tFlat.Seconds()*perMB, "s/MB-no-breaks")
	// CPU seconds of the process, which other work on the machine does not
	// inflate as it does wall-clock time.
	b.ReportMetric(cOrd.Seconds()*perMB, "cpu-s/MB-ordinary")
	b.ReportMetric(cFlat.Seconds()*perMB, "cpu-s/MB-no-breaks")
}

// cpuTime is the user and system CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
