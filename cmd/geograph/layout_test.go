package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayering keeps the package layout honest: the domain imports nothing
// of ours, the loader and the server speak only in domain types, and only
// this command wires the stores in.
func TestLayering(t *testing.T) {
	tests := []struct {
		pkg       string
		forbidden []string
	}{
		{"geograph/graph", []string{"geograph/"}},
		{"geograph/loader", []string{"geograph/server", "geograph/graph/neo4jstore", "geograph/graph/memstore", "github.com/neo4j/"}},
		{"geograph/server", []string{"geograph/loader", "geograph/graph/neo4jstore", "geograph/graph/memstore", "github.com/neo4j/"}},
		{"geograph/graph/memstore", []string{"geograph/loader", "geograph/server", "github.com/neo4j/"}},
		{"geograph/graph/neo4jstore", []string{"geograph/loader", "geograph/server", "geograph/graph/memstore"}},
	}
	for _, tt := range tests {
		out, err := exec.Command("go", "list", "-deps", tt.pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", tt.pkg, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == tt.pkg {
				continue
			}
			for _, f := range tt.forbidden {
				if strings.HasPrefix(dep, f) {
					t.Errorf("%s depends on %s", tt.pkg, dep)
				}
			}
		}
	}
}
