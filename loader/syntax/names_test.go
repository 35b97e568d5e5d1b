package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"geograph/loader/refdata"
)

// TestCodeNamesNoWorldName guards the rule that this layer knows no world
// name: no country, capital, organisation or person of the reference data
// appears in its source, comments included.
func TestCodeNamesNoWorldName(t *testing.T) {
	d, err := refdata.Load()
	if err != nil {
		t.Fatal(err)
	}
	var world []string
	for _, c := range d.Countries {
		world = append(world, c.Name)
		if c.Capital != "" {
			world = append(world, c.Capital)
		}
	}
	for _, o := range d.Organizations {
		world = append(world, o.Name)
		if len(o.Acronym) > 1 {
			world = append(world, o.Acronym)
		}
	}
	for _, p := range d.People {
		world = append(world, p.Name)
	}
	names, err := filepath.Glob("*.go")
	if err != nil || len(names) == 0 {
		t.Fatalf("no sources: %v", err)
	}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range world {
			if containsWord(string(src), w) {
				t.Errorf("%s names %q", name, w)
			}
		}
	}
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
