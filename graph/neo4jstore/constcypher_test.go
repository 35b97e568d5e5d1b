package neo4jstore_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runners are the functions that send Cypher to Neo4j, with the positions
// of their Cypher arguments. Methods match on the selector's name.
var runners = map[string][]int{
	"Run":          {1}, // tx.Run, session.Run
	"ExecuteQuery": {2},
	"collect":      {2},
	"queryRecords": {1},
	"exec":         {1},
	"items":        {1},
	"writeItems":   {1},
	"listPage":     {2, 3},
	"getByIDs":     {2},
}

// TestCypherIsConstant parses the package's Go files (tests aside) and
// checks that every Cypher text passed to a runner is built from string
// constants only: a literal, a named constant, a sum of those, a value a
// query-choosing function returns (whose every return is constant), a
// local set only from those, an element of a constant table, or the
// parameter of a runner (whose own callers are checked).
func TestCypherIsConstant(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var srcs []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	checked, problems := checkCypher(t, srcs)
	for _, p := range problems {
		t.Error(p)
	}
	if checked < 25 {
		t.Errorf("only %d Cypher arguments checked; the runner list lost some", checked)
	}
	t.Logf("%d Cypher arguments are constant", checked)
}

// The checker must fail on text built at run time.
func TestCypherCheckerRejectsRuntimeText(t *testing.T) {
	src := `package p
const q = "MATCH (n) RETURN n"
func bad(label string) {
	exec(ctx, "MATCH (n:" + label + ") RETURN n", nil)
	exec(ctx, fmt.Sprintf("MATCH (n:%s)", label), nil)
	x := q
	x += label
	exec(ctx, x, nil)
	exec(ctx, pick(label), nil)
}
func good() { exec(ctx, q+" LIMIT 1", nil) }
func pick(l string) string {
	if l == "" {
		return q
	}
	return l
}`
	checked, problems := checkCypher(t, []string{src})
	if checked != 5 || len(problems) != 4 {
		t.Errorf("checked %d arguments with %d problems, want 5 and 4: %q", checked, len(problems), problems)
	}
}
