package loader

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fixturesDir holds the project's fixture articles, next to the package.
const fixturesDir = "../fixtures/articles"

// fixtureArticles reads every fixture article.
func fixtureArticles(tb testing.TB) map[string]Input {
	tb.Helper()
	out := map[string]Input{}
	r := &Reader{}
	err := r.Walk(tb.Context(), []string{fixturesDir}, func(in Input) error {
		if in.Err != nil {
			tb.Errorf("fixture %s: %v", in.Origin, in.Err)
			return nil
		}
		name := strings.TrimSuffix(filepath.Base(in.Origin), filepath.Ext(in.Origin))
		out[name] = in
		return nil
	})
	if err != nil {
		tb.Fatalf("read fixtures: %v", err)
	}
	if len(out) == 0 {
		tb.Skip("no fixture articles in " + fixturesDir)
	}
	return out
}

// TestGolden keeps the extract output of every fixture stable; run with
// -update after a deliberate change and review the diff.
func TestGolden(t *testing.T) {
	x := newTestExtractor(t)
	for name, in := range fixtureArticles(t) {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(x.Extract(in.Article).Contract(), "", " ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run go test -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("extract %s mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

// TestExtractDeterministic: the same article always gives the same output.
func TestExtractDeterministic(t *testing.T) {
	x := newTestExtractor(t)
	for name, in := range fixtureArticles(t) {
		a, _ := json.Marshal(x.Extract(in.Article).Contract())
		b, _ := json.Marshal(x.Extract(in.Article).Contract())
		if string(a) != string(b) {
			t.Errorf("%s: two extractions differ", name)
		}
	}
}

// TestBatchValid: every fixture's batch passes graph validation.
func TestBatchValid(t *testing.T) {
	x := newTestExtractor(t)
	for name, in := range fixtureArticles(t) {
		if err := x.Extract(in.Article).Batch().Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if err := x.ReferenceBatch().Validate(); err != nil {
		t.Errorf("reference batch: %v", err)
	}
}
