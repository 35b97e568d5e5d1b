package neo4jstore_test

import (
	"slices"
	"strings"
	"testing"

	"geograph/graph"
	"geograph/graph/graphtest"
	"geograph/graph/neo4jstore"
	"geograph/graph/neo4jstore/neo4jtest"
)

// scans are the plan operators that read every node of a label, or every
// node: a hot query must find its start nodes through an index instead.
// Operator names carry a planner suffix ("NodeByLabelScan@neo4j").
var scans = []string{"AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan",
	"SubtractionNodeByLabelsScan", "PartitionedAllNodesScan", "PartitionedNodeByLabelScan"}

// TestHotQueriesSeekIndexes asks Neo4j for the plan of every shape of every
// hot query and fails on a label or all-nodes scan.
func TestHotQueriesSeekIndexes(t *testing.T) {
	s := neo4jtest.Open(t)
	// Statistics of a graph with some of everything, so the planner
	// weighs real choices.
	for _, b := range []*graph.Batch{graphtest.ReferenceBatch(), graphtest.SummitArticleA(), graphtest.PipelineArticle(), graphtest.GeneratedBatch("x", 200)} {
		if _, err := s.WriteBatch(t.Context(), b); err != nil {
			t.Fatal(err)
		}
	}
	queries := neo4jstore.HotQueries()
	if len(queries) < 60 {
		t.Fatalf("only %d hot query shapes; the list lost some", len(queries))
	}
	for _, q := range queries {
		plan, err := neo4jstore.Explain(t.Context(), s, q.Cypher, q.Params)
		if err != nil {
			t.Errorf("%s: EXPLAIN: %v", q.Name, err)
			continue
		}
		steps := neo4jstore.PlanSteps(plan)
		var seeks []string
		for _, step := range steps {
			op, _, _ := strings.Cut(step, "@")
			if slices.Contains(scans, op) {
				t.Errorf("%s: plan has %s", q.Name, step)
			}
			if strings.Contains(op, "Seek") || strings.Contains(op, "Scan") || strings.Contains(op, "CountStore") || op == "ProcedureCall" {
				seeks = append(seeks, op)
			}
		}
		if len(seeks) == 0 {
			t.Errorf("%s: the plan reads nothing through an index: %q", q.Name, steps)
		}
		t.Logf("%s: %v", q.Name, seeks)
	}
}
