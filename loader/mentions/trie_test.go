package mentions

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"geograph/loader/refdata"
)

// foldASCII folds ASCII capitals to lower case, byte for byte.
func foldASCII(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = foldByte(b[i])
	}
	return string(b)
}

// bruteHits is what wordTrie.hits must return, found the slow way: every
// occurrence of every pattern (ASCII case folded) that starts where no
// letter or digit precedes it, ordered by end, start and pattern.
func bruteHits(patterns []string, text string) []hit {
	ft := foldASCII(text)
	var out []hit
	for p, w := range patterns {
		fw := foldASCII(w)
		for off := 0; ; {
			i := strings.Index(ft[off:], fw)
			if i < 0 {
				break
			}
			s := off + i
			if r, _ := utf8.DecodeLastRuneInString(text[:s]); s == 0 || !isWordRune(r) {
				out = append(out, hit{s, s + len(fw), p})
			}
			off = s + 1
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.end != b.end {
			return a.end < b.end
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.p < b.p
	})
	return out
}

// TestTrieHitsEveryOccurrence compares the trie's hits with the slow
// search over the fixtures' texts, in capitals and with broken UTF-8 too.
func TestTrieHitsEveryOccurrence(t *testing.T) {
	d, err := refdata.Load()
	if err != nil {
		t.Fatal(err)
	}
	dict := NewDictionary(d)
	files, _ := filepath.Glob("../../fixtures/articles/*")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	if len(files) > 20 {
		files = files[:20] // the slow search takes a few seconds over all
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{string(b), strings.ToUpper(string(b)), "\xe2\x82" + string(b[:len(b)/2]) + "\xc3"} {
			got, want := dict.trie.hits(text), bruteHits(dict.patterns, text)
			if len(got) != len(want) {
				t.Fatalf("%s: %d hits, want %d", f, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%s: hit %d is %+v, want %+v", f, i, got[i], want[i])
				}
			}
		}
	}
}
