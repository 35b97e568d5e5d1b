package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func TestReplicate(t *testing.T) {
	a := graph.Article{URL: "https://example.org/2022/10/27/summit?x=1", Published: "2022-10-27", Text: "t"}
	got, err := replicate(a, 3, 99)
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Article{URL: "https://example.org/copy-3/2022/10/27/summit?x=1", Published: "2022-11-17", Text: "t"}
	want.ID = got.ID
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("replicate mismatch (-want +got):\n%s", diff)
	}
	if orig, _ := replicate(a, 0, 0); orig.ID == got.ID {
		t.Errorf("copies 0 and 3 share the ID %s", got.ID)
	}
}

// TestBenchSmall runs the bench on a few articles: every figure comes with
// its baseline and ratio, the second load changes no count, and NEO4J_URI
// alone does not make it touch a Neo4j.
func TestBenchSmall(t *testing.T) {
	m, stdout, stderr := testMain(map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"})
	if err := m.Run(t.Context(), []string{"bench", "--articles", "40", "--sample", "4", fixtureArticles}); err != nil {
		t.Fatalf("bench: %v\n%s", err, stderr)
	}
	out := stdout.String()
	for _, want := range []string{"extraction per core", "embedded ingest (40 articles)", "neo4j: skipped",
		"embedded second load of the same articles"} {
		if !strings.Contains(out, want) {
			t.Errorf("bench output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "neo4j ingest") {
		t.Errorf("bench measured Neo4j without being given a URI:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Contains(line, "baseline:") && !strings.Contains(line, "ratio") {
			t.Errorf("line without a ratio: %s", line)
		}
		if strings.Contains(line, "second load") && !strings.HasSuffix(line, "no count changed") {
			t.Errorf("second load changed counts: %s", line)
		}
	}
}
