package loader

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"geograph/loader/refdata"
)

// commonWords are reference names that are also ordinary English words or
// phrases; the ban on world names in code skips them. Each says why.
var commonWords = map[string]string{
	"Security Council": "most states have one; the rules read it as the generic noun of a body",
}

// minNameLetters is the length, in letters, of the shortest name the ban
// checks: shorter names and acronyms are too often parts of code, tags or
// English words.
const minNameLetters = 4

// worldNamesOf are the names of the reference data's countries, capitals,
// organisations and people (with their aliases) that the loader's code
// must not hold.
func worldNamesOf(t *testing.T) map[string]bool {
	t.Helper()
	d, err := refdata.Load()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	add := func(names ...string) {
		for _, n := range names {
			if _, common := commonWords[n]; common || letters(n) < minNameLetters {
				continue
			}
			out[n] = true
		}
	}
	for _, c := range d.Countries {
		add(c.Name, c.Capital)
		add(c.Aliases...)
	}
	for _, o := range d.Organizations {
		add(o.Name, o.Acronym)
		add(o.Aliases...)
	}
	for _, p := range d.People {
		add(p.Name)
		add(p.Aliases...)
	}
	return out
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// TestCodeNamesNoWorldName guards the rule that the loader's code knows no
// world name: no string literal or comment in a non-test Go file under
// loader/ holds the name of a country, capital, organisation or person of
// the reference data (whole words, case-sensitive). The world's names live
// in loader/refdata/data, with their sources.
func TestCodeNamesNoWorldName(t *testing.T) {
	world := worldNamesOf(t)
	if len(world) < 500 {
		t.Fatalf("only %d world names from the reference data", len(world))
	}
	byFirst := map[string][]string{} // names by their first word
	for n := range world {
		first, _, _ := strings.Cut(n, " ")
		byFirst[first] = append(byFirst[first], n)
	}
	files := 0
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && (e.Name() == "testdata" || strings.HasPrefix(e.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		files++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		check := func(pos token.Pos, text string) {
			for _, n := range namesIn(text, byFirst) {
				t.Errorf("%s names %q", fset.Position(pos), n)
			}
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				check(c.Pos(), c.Text)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					s = lit.Value
				}
				check(lit.Pos(), s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("only %d source files under loader/", files)
	}
}

// namesIn returns the world names in text as whole words: no letter or
// digit right before or after.
func namesIn(text string, byFirst map[string][]string) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !wordRune(r) || i > 0 && wordRune(lastRune(text[:i])) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, s := utf8.DecodeRuneInString(text[j:])
			if !wordRune(r) && r != '-' && r != '\'' && r != '.' {
				break
			}
			j += s
		}
		// the name's first word may end at any dash, dot or apostrophe of
		// the run ("Guinea-Bissau", "Kazakhstan's")
		for k := i; k <= j; k++ {
			if k < j && !strings.ContainsRune("-'.", rune(text[k])) {
				continue
			}
			for _, n := range byFirst[text[i:k]] {
				if seen[n] || !strings.HasPrefix(text[i:], n) {
					continue
				}
				end := i + len(n)
				if end < len(text) {
					if r, _ := utf8.DecodeRuneInString(text[end:]); wordRune(r) {
						continue
					}
				}
				seen[n] = true
				out = append(out, n)
			}
		}
		i += size
	}
	sort.Strings(out)
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
