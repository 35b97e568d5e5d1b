package loader

import (
	"os/exec"
	"strings"
	"testing"
)

// layers ranks the extraction packages from the bottom up: a package may
// import only packages of a lower rank. refdata (the reference data) sits
// below every layer; eval scores output and stands apart.
var layers = map[string]int{
	"geograph/loader/refdata":  0,
	"geograph/loader/regex":    0,
	"geograph/loader/text":     1,
	"geograph/loader/syntax":   1,
	"geograph/loader/dates":    2,
	"geograph/loader/frames":   2,
	"geograph/loader/mentions": 3,
	"geograph/loader/extract":  5,
	"geograph/loader":          6,
}

// apart are loader packages outside the layers: eval scores output.
var apart = map[string]bool{"geograph/loader/eval": true}

// forbidden are imports no loader package may depend on, even indirectly:
// the loader declares the store interface it needs and never talks to a
// database or the API itself.
var forbidden = []string{"github.com/neo4j/", "geograph/server", "geograph/graph/neo4jstore", "geograph/graph/memstore", "geograph/cmd"}

// goList runs go list over the loader's packages with a template.
func goList(t *testing.T, args ...string) []string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list"}, args...)...).Output()
	if err != nil {
		t.Skipf("go list unavailable: %v", err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

// TestLayersImportDownwards: each layer imports only the layers below it.
func TestLayersImportDownwards(t *testing.T) {
	seen := 0
	for _, line := range goList(t, "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "geograph/loader/...") {
		fields := strings.Fields(line)
		pkg, imports := fields[0], fields[1:]
		rank, layered := layers[pkg]
		if !layered {
			if !apart[pkg] {
				t.Errorf("%s has no place in the layers: give it a rank", pkg)
			}
			continue
		}
		seen++
		for _, imp := range imports {
			r, ok := layers[imp]
			if !ok {
				if strings.HasPrefix(imp, "geograph/loader") {
					t.Errorf("%s imports %s, which has no place in the layers", pkg, imp)
				}
				continue
			}
			if r >= rank {
				t.Errorf("%s (layer %d) imports %s (layer %d): layers import downwards only", pkg, rank, imp, r)
			}
		}
	}
	if seen != len(layers) {
		t.Errorf("go list found %d of the %d layers", seen, len(layers))
	}
}

// TestNoStoreOrServerDependency: no loader package depends, even
// indirectly, on the Neo4j driver, a store or the server.
func TestNoStoreOrServerDependency(t *testing.T) {
	for _, line := range goList(t, "-deps", "-f", "{{.ImportPath}}", "geograph/loader/...") {
		for _, f := range forbidden {
			if strings.HasPrefix(line, f) {
				t.Errorf("the loader's packages depend on %s", line)
			}
		}
	}
}
