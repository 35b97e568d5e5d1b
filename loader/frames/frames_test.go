package frames

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/loader/refdata"
)

func TestEmbeddedFileLoads(t *testing.T) {
	f, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, fr := range f.Frames {
		names = append(names, fr.Name)
	}
	want := []string{"sanction", "meet", "host", "visit", "agreement", "summit", "route", "transit"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("frames (-want +got):\n%s", diff)
	}
}

// TestBadFrameFiles checks that a broken frame file is refused with a
// reason that names what is wrong.
func TestBadFrameFiles(t *testing.T) {
	const roles = `"roles": {"imposer": ["Country"], "target": ["Country"]}`
	const mod = `"modality": {"precedence": ["NEGATED"], "cues": {"NEGATED": ["not"]}}`
	frame := func(body string) string {
		return `{` + roles + `, ` + mod + `, "frames": [` + body + `]}`
	}
	tests := []struct {
		name, in, want string
	}{
		{"not JSON", `{"frames": [`, "frames: unexpected EOF"},
		{"unknown field", `{"framez": []}`, `unknown field "framez"`},
		{"unknown kind", frame(`{"name": "x", "kind": "Picnic", "nouns": ["picnic"], "nominal": {}}`), `kind "Picnic" is no event or route kind`},
		{"unknown role", frame(`{"name": "x", "kind": "Sanction", "nouns": ["ban"], "nominal": {"on": ["victim"]}}`), `unknown role "victim"`},
		{"unknown position", frame(`{"name": "x", "kind": "Sanction", "nouns": ["ban"], "nominal": {"beside": ["target"]}}`), `unknown position "beside"`},
		{"verbs without passive", frame(`{"name": "x", "kind": "Sanction", "verbs": ["ban"], "active": {"subject": ["imposer"]}}`), "verbs need an active and a passive mapping"},
		{"no words", frame(`{"name": "x", "kind": "Sanction"}`), "no verbs and no nouns"},
		{"repeated name", frame(`{"name": "x", "kind": "Sanction", "nouns": ["ban"], "nominal": {}}, {"name": "x", "kind": "Sanction", "nouns": ["bar"], "nominal": {}}`), "name empty or repeated"},
		{"bad mention kind", `{"roles": {"imposer": ["Planet"]}, "frames": []}`, `unknown mention kind "Planet"`},
		{"cue outside precedence", `{"roles": {}, "modality": {"precedence": [], "cues": {"PLANNED": ["will"]}}, "frames": []}`, "modality PLANNED is not in precedence"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.in))
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q does not say %q", tt.name, err, tt.want)
		}
	}
}

func TestInflections(t *testing.T) {
	tests := []struct {
		lemma string
		want  []string
	}{
		{"impose", []string{"impose", "imposes", "imposed", "imposing"}},
		{"ship", []string{"ship", "ships", "shipped", "shipping"}},
		{"supply", []string{"supply", "supplies", "supplied", "supplying"}},
		{"meet", []string{"meet", "meets", "met", "meeting"}},
		{"visit", []string{"visit", "visits", "visited", "visiting"}},
	}
	irregular := map[string][]string{"meet": {"met"}}
	for _, tt := range tests {
		got := verbForms(tt.lemma, irregular)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("verbForms(%q) = %v, lacks %q", tt.lemma, got, w)
			}
		}
	}
}

// TestApplierNamesNoWorldName guards the rule that the code applying
// frames knows no world name: no country, organisation or person of the
// reference data may appear in its source.
func TestApplierNamesNoWorldName(t *testing.T) {
	names, err := filepath.Glob("*.go")
	if err != nil || len(names) == 0 {
		t.Fatalf("no sources: %v", err)
	}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src := readSource(t, name)
		for _, world := range worldNames(t) {
			if containsWord(src, world) {
				t.Errorf("%s names %q", name, world)
			}
		}
	}
}

func readSource(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// worldNames are the reference data's country, capital, organisation and
// people names.
func worldNames(t *testing.T) []string {
	t.Helper()
	d, err := refdata.Load()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range d.Countries {
		out = append(out, c.Name)
		if c.Capital != "" {
			out = append(out, c.Capital)
		}
	}
	for _, o := range d.Organizations {
		out = append(out, o.Name)
		if len(o.Acronym) > 1 {
			out = append(out, o.Acronym)
		}
	}
	for _, p := range d.People {
		out = append(out, p.Name)
	}
	return out
}

// containsWord reports w in src with no letter or digit right before or
// after it ("BP" is no match inside "VBP").
func containsWord(src, w string) bool {
	for off := 0; ; {
		i := strings.Index(src[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if (i == 0 || !alnum(src[i-1])) && (end == len(src) || !alnum(src[end])) {
			return true
		}
		off = i + 1
	}
}

func alnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// TestAppliersRunConcurrently runs one applier per goroutine over the same
// sentences, as the extractor's workers would, and checks they agree: the
// tagger model and frame file they share must stay read-only (run with
// -race to see it).
func TestAppliersRunConcurrently(t *testing.T) {
	sents := fixtureSentences(t)
	first := newTestApplier(t)
	want := make([][]Fact, len(sents))
	mentions := make([][]Mention, len(sents))
	for i, s := range sents {
		mentions[i] = standInMentions(first, s)
		want[i] = first.Apply(s, mentions[i])
	}
	const workers = 2
	got := make([][][]Fact, workers)
	done := make(chan struct{})
	for w := range workers {
		a := newTestApplier(t)
		go func() {
			defer func() { done <- struct{}{} }()
			for i, s := range sents {
				got[w] = append(got[w], a.Apply(s, mentions[i]))
			}
		}()
	}
	for range workers {
		<-done
	}
	for w := range workers {
		if diff := cmp.Diff(want, got[w]); diff != "" {
			t.Errorf("worker %d disagrees (-want +got):\n%s", w, diff)
		}
	}
}
