package frames

import (
	"sort"
	"strings"
	"sync"
	"testing"

	"geograph/loader/syntax"
)

var (
	applierOnce sync.Once
	applierErr  error
	testFile    *File
)

// newTestApplier returns an applier of the embedded frames; each test
// gets its own, since an Applier serves one goroutine.
func newTestApplier(t testing.TB) *Applier {
	t.Helper()
	applierOnce.Do(func() { testFile, applierErr = Load() })
	if applierErr != nil {
		t.Fatal(applierErr)
	}
	a, err := NewApplier(testFile)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var kindLetters = map[byte]string{'C': "Country", 'O': "Organization", 'P': "Person", 'L': "Place", 'K': "Commodity"}

// marked turns "[C Iran] was sanctioned by [O the EU]" into the plain
// sentence and its mentions: a letter gives the kind (C country,
// O organisation, P person, L place, K commodity).
func marked(t *testing.T, in string) (string, []Mention) {
	t.Helper()
	var b strings.Builder
	var ms []Mention
	for {
		i := strings.IndexByte(in, '[')
		if i < 0 {
			b.WriteString(in)
			break
		}
		j := strings.IndexByte(in[i:], ']')
		if j < 0 || i+3 > len(in) || in[i+2] != ' ' {
			t.Fatalf("bad mark in %q", in)
		}
		kind, ok := kindLetters[in[i+1]]
		if !ok {
			t.Fatalf("bad kind letter in %q", in)
		}
		b.WriteString(in[:i])
		name := in[i+3 : i+j]
		ms = append(ms, Mention{Start: b.Len(), End: b.Len() + len(name), Kind: kind})
		b.WriteString(name)
		in = in[i+j+1:]
	}
	return b.String(), ms
}

// brief is a fact as a test states it: frame, modality and role → the
// mentions' texts.
type brief struct {
	Frame    string
	Modality string
	Roles    map[string][]string
}

func briefs(sentence string, facts []Fact) []brief {
	var out []brief
	for _, f := range facts {
		b := brief{Frame: f.Frame, Modality: string(f.Modality), Roles: map[string][]string{}}
		for r, ms := range f.Roles {
			for _, m := range ms {
				b.Roles[r] = append(b.Roles[r], sentence[m.Start:m.End])
			}
		}
		out = append(out, b)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Frame < out[j].Frame })
	return out
}

// roles is shorthand for a role map: roles("imposer", "EU", "target", "Iran").
func roles(kv ...string) map[string][]string {
	m := map[string][]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = append(m[kv[i]], kv[i+1])
	}
	return m
}

func spans(ms []Mention) []syntax.Span {
	var out []syntax.Span
	for _, m := range ms {
		out = append(out, syntax.Span{Start: m.Start, End: m.End})
	}
	return out
}
