package refdata

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
)

// file is the shape of every data file: its sources and one list of records
// under the key named after the kind.
type file struct {
	Sources       []Source       `json:"sources"`
	Countries     []Country      `json:"countries"`
	Organizations []Organization `json:"organizations"`
	Offices       []Office       `json:"offices"`
	People        []Person       `json:"people"`
	Places        []Place        `json:"places"`
	Initiatives   []Initiative   `json:"initiatives"`
	Commodities   []Commodity    `json:"commodities"`
	Words         *Words         `json:"words"`
	Lexicon       *Lexicon       `json:"lexicon"`
}

// overlayName is the hand-curated additions to the generated countries; it
// is merged into the countries by ISO2 rather than read as its own records.
const overlayName = "countries-overlay.json"

// citiesName is the generated city list; a hand-curated place in places.json
// replaces any generated city it names.
const citiesName = "cities.json"

// Parse reads every data/*.json file of fsys, merges the country overlay,
// derives IDs, checks the result and builds its indexes. Load calls it on
// the embedded files; tests may call it on their own.
func Parse(fsys fs.FS) (*Data, error) {
	names, err := fs.Glob(fsys, "data/*.json")
	if err != nil {
		return nil, fmt.Errorf("list data files: %w", err)
	}
	sort.Strings(names)
	d := &Data{Sources: map[string][]Source{}}
	var overlay []Country
	var cities []Place
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		var f file
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		base := name[len("data/"):]
		if len(f.Sources) == 0 {
			return nil, fmt.Errorf("%s names no sources", base)
		}
		d.Sources[base] = f.Sources
		switch base {
		case overlayName:
			overlay = f.Countries
			continue
		case citiesName:
			cities = f.Places
			continue
		case wordsName:
			if f.Words == nil {
				return nil, fmt.Errorf("%s holds no word lists", wordsName)
			}
			d.Words = *f.Words
			continue
		case lexiconName:
			if f.Lexicon == nil {
				return nil, fmt.Errorf("%s holds no word lists", lexiconName)
			}
			d.Lexicon = *f.Lexicon
			continue
		}
		d.Countries = append(d.Countries, f.Countries...)
		d.Organizations = append(d.Organizations, f.Organizations...)
		d.Offices = append(d.Offices, f.Offices...)
		d.People = append(d.People, f.People...)
		d.Places = append(d.Places, f.Places...)
		d.Initiatives = append(d.Initiatives, f.Initiatives...)
		d.Commodities = append(d.Commodities, f.Commodities...)
	}
	if err := d.mergeOverlay(overlay); err != nil {
		return nil, err
	}
	d.Places = mergePlaces(d.Places, cities)
	d.setIDs()
	if err := d.Validate(); err != nil {
		return nil, err
	}
	d.idx = buildIndex(d)
	return d, nil
}

// mergeOverlay adds the overlay's aliases, demonyms and metonyms to the
// generated country with the same ISO2, and removes any alias or demonym the
// overlay lists after a leading "-" (for generated words that mislead).
func (d *Data) mergeOverlay(overlay []Country) error {
	byISO := map[string]int{}
	for i, c := range d.Countries {
		byISO[c.ISO2] = i
	}
	for _, o := range overlay {
		i, ok := byISO[o.ISO2]
		if !ok {
			return fmt.Errorf("%s: no country %q to extend", overlayName, o.ISO2)
		}
		c := &d.Countries[i]
		if o.Name != "" {
			c.Name = o.Name
		}
		switch o.Capital {
		case "":
		case "-": // a capital whose name misleads more than it helps
			c.Capital = ""
		default:
			c.Capital = o.Capital
		}
		c.Aliases = mergeWords(c.Aliases, o.Aliases)
		c.Demonyms = mergeWords(c.Demonyms, o.Demonyms)
		c.Metonyms = mergeWords(c.Metonyms, o.Metonyms)
	}
	return nil
}

// mergeWords appends add to base, skipping duplicates; a word written "-w"
// in add removes w instead.
func mergeWords(base, add []string) []string {
	drop := map[string]bool{}
	for _, w := range add {
		if len(w) > 1 && w[0] == '-' {
			drop[w[1:]] = true
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, w := range append(append([]string(nil), base...), add...) {
		if seen[w] || drop[w] || (len(w) > 1 && w[0] == '-') {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// mergePlaces appends the generated cities that no curated place of the same
// country already names, under its name, an alias or a dated name.
func mergePlaces(curated, generated []Place) []Place {
	named := map[string]bool{}
	for _, p := range curated {
		named[p.Country+"|"+p.Name] = true
		for _, a := range p.Aliases {
			named[p.Country+"|"+a] = true
		}
		for _, n := range p.Names {
			named[p.Country+"|"+n.Name] = true
		}
	}
	out := curated
	for _, g := range generated {
		dup := named[g.Country+"|"+g.Name]
		for _, a := range g.Aliases {
			dup = dup || named[g.Country+"|"+a]
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}
