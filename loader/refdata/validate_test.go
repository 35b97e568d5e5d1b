package refdata

import (
	"strings"
	"testing"
	"testing/fstest"
)

// base is a small valid data set; each case below breaks one file of it.
var base = map[string]string{
	"data/countries.json": `{"sources":[{"name":"t","licence":"t"}],"countries":[
		{"iso2":"KZ","iso3":"KAZ","name":"Kazakhstan","official":"Republic of Kazakhstan","demonyms":["Kazakhstani"],"capital":"Astana"},
		{"iso2":"RU","iso3":"RUS","name":"Russia","official":"Russian Federation","demonyms":["Russian"]}]}`,
	"data/countries-overlay.json": `{"sources":[{"name":"t","licence":"t"}],"countries":[{"iso2":"KZ","demonyms":["Kazakh"],"metonyms":["Akorda"]}]}`,
	"data/people.json":            `{"sources":[{"name":"t","licence":"t"}],"people":[{"name":"A B","country":"KZ"},{"name":"C D","country":"KZ"}]}`,
	"data/offices.json": `{"sources":[{"name":"t","licence":"t"}],"offices":[{"name":"President of Kazakhstan","title":"President","country":"KZ","role":"head-of-state",
		"holders":[{"person":"A B","from":"2000-01-01","to":"2010-01-01"},{"person":"C D","from":"2010-01-01","to":""}]}]}`,
	"data/places.json":      `{"sources":[{"name":"t","licence":"t"}],"places":[{"name":"Astana","country":"KZ","subkind":"capital","aliases":["Nur-Sultan"]}]}`,
	"data/cities.json":      `{"sources":[{"name":"t","licence":"t"}],"places":[{"name":"Nur-Sultan","country":"KZ","subkind":"capital"},{"name":"Omsk","country":"RU","subkind":"city"}]}`,
	"data/initiatives.json": `{"sources":[{"name":"t","licence":"t"}],"initiatives":[{"name":"P","subkind":"pipeline","commodity":"oil","from":"KZ","via":["RU"],"countries":["KZ","RU"]}]}`,
	"data/commodities.json": `{"sources":[{"name":"t","licence":"t"}],"commodities":[{"name":"oil"}]}`,
}

func parseWith(t *testing.T, file, content string) (*Data, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, c := range base {
		fsys[name] = &fstest.MapFile{Data: []byte(c)}
	}
	if file != "" {
		fsys[file] = &fstest.MapFile{Data: []byte(content)}
	}
	return Parse(fsys)
}

func TestParseBase(t *testing.T) {
	d, err := parseWith(t, "", "")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if got := d.CountryByWord("Kazakh"); got == nil || got.ISO2 != "KZ" {
		t.Errorf("overlay demonym Kazakh not merged: %v", got)
	}
	if n := len(d.Places); n != 2 {
		t.Errorf("%d places, want 2: Astana replaces the generated Nur-Sultan, Omsk stays", n)
	}
}

func TestParseRejectsBrokenData(t *testing.T) {
	const src = `"sources":[{"name":"t","licence":"t"}]`
	tests := []struct {
		name, file, content, want string
	}{
		{"not JSON", "data/commodities.json", `{`, "parse data/commodities.json"},
		{"unknown field", "data/commodities.json", `{` + src + `,"commodities":[{"name":"oil","colour":"black"}]}`, "unknown field"},
		{"no sources", "data/commodities.json", `{"commodities":[{"name":"oil"}]}`, "names no sources"},
		{"unknown member", "data/organizations.json", `{` + src + `,"organizations":[{"name":"X","subkind":"bloc","members":["KZ","ZZ"]}]}`, `unknown country "ZZ"`},
		{"overlay of unknown country", "data/countries-overlay.json", `{` + src + `,"countries":[{"iso2":"ZZ","aliases":["Zed"]}]}`, "no country"},
		{"shared country word", "data/countries-overlay.json", `{` + src + `,"countries":[{"iso2":"RU","demonyms":["Kazakhstani"]}]}`, `"Kazakhstani" names both`},
		{"overlapping terms", "data/offices.json", `{` + src + `,"offices":[{"name":"P","title":"P","country":"KZ","role":"head-of-state",
			"holders":[{"person":"A B","from":"2000-01-01","to":"2010-06-01"},{"person":"C D","from":"2010-01-01","to":""}]}]}`, "overlap"},
		{"open term before another", "data/offices.json", `{` + src + `,"offices":[{"name":"P","title":"P","country":"KZ","role":"head-of-state",
			"holders":[{"person":"A B","from":"2000-01-01","to":""},{"person":"C D","from":"2010-01-01","to":""}]}]}`, "overlap"},
		{"holder without a person", "data/offices.json", `{` + src + `,"offices":[{"name":"P","title":"P","country":"KZ","role":"head-of-state",
			"holders":[{"person":"E F","from":"2000-01-01","to":""}]}]}`, "no people record"},
		{"month as a term start", "data/offices.json", `{` + src + `,"offices":[{"name":"P","title":"P","country":"KZ","role":"head-of-state",
			"holders":[{"person":"A B","from":"2000-01","to":""}]}]}`, "not YYYY-MM-DD"},
		{"unknown role", "data/offices.json", `{` + src + `,"offices":[{"name":"P","title":"P","country":"KZ","role":"boss","holders":[]}]}`, "unknown role"},
		{"unknown office org", "data/offices.json", `{` + src + `,"offices":[{"name":"P","title":"P","org":"org:nope","role":"org-head","holders":[]}]}`, "unknown organization"},
		{"unknown commodity", "data/initiatives.json", `{` + src + `,"initiatives":[{"name":"P","subkind":"pipeline","commodity":"water"}]}`, "unknown commodity"},
		{"route outside countries", "data/initiatives.json", `{` + src + `,"initiatives":[{"name":"P","subkind":"pipeline","from":"KZ","to":"RU","countries":["KZ"]}]}`, "missing from countries"},
		{"duplicate person", "data/people.json", `{` + src + `,"people":[{"name":"A B"},{"name":"A B"},{"name":"C D"}]}`, "duplicate id person:a-b"},
		{"shared person alias", "data/people.json", `{` + src + `,"people":[{"name":"A B","aliases":["B"]},{"name":"C D","aliases":["B"]}]}`, `"B" names both`},
		{"place without country", "data/places.json", `{` + src + `,"places":[{"name":"X","subkind":"city"}]}`, "no country"},
		{"bad name period", "data/places.json", `{` + src + `,"places":[{"name":"X","country":"KZ","subkind":"city","names":[{"name":"Y","from":"19"}]}]}`, "malformed period"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseWith(t, tt.file, tt.content)
			if err == nil {
				t.Fatalf("Parse accepted %s", tt.name)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error %q does not mention %q", err, tt.want)
			}
		})
	}
}

func TestMergeWords(t *testing.T) {
	got := mergeWords([]string{"Island", "Iceland", "Republic of Iceland"}, []string{"-Island", "Icelandic", "Iceland"})
	want := []string{"Iceland", "Republic of Iceland", "Icelandic"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("mergeWords = %q, want %q", got, want)
	}
}
