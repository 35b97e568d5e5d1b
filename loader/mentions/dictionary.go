package mentions

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"geograph/graph"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// How a dictionary word names its target; the reason strings quote it.
const (
	HowName      = "name"
	HowAlias     = "alias"
	HowAcronym   = "acronym"
	HowDemonym   = "demonym"
	HowCapital   = "capital"
	HowMetonym   = "metonym"
	HowSurname   = "surname"
	HowOffice    = "office title"
	HowMask      = "mask"
	HowDatedName = "dated name"
)

// target is what a dictionary word can name.
type Target struct {
	Kind graph.Kind // "" for a mask
	ID   string
	How  string
	// Country is the ISO2 a mention of the target counts as (a country,
	// a capital or a place in it).
	Country string
	Weak    bool // a surname alone: taken only with support from the text
}

// dictionary matches the reference data's words in text with one trie of
// the words, walked from each place a word may start.
type Dictionary struct {
	trie     *wordTrie
	patterns []string
	targets  [][]Target
	caseSens []bool
	data     *refdata.Data
	Places   map[string]*refdata.Place // place ID → place, including capitals not in places.json
}

type dictBuilder struct {
	index   map[string]int
	d       *Dictionary
	surname map[string][]string // surname → person IDs
}

func (b *dictBuilder) add(word string, t Target) {
	word = strings.TrimSpace(word)
	if word == "" || utf8.RuneCountInString(word) < 2 {
		return
	}
	b.addOne(word, t)
	// Accent-folded and apostrophe variants: "Ünye" → "Unye".
	if f := fold(word); f != word {
		b.addOne(f, t)
	}
	if strings.Contains(word, "'") {
		b.addOne(strings.ReplaceAll(word, "'", "’"), t)
	}
}

func (b *dictBuilder) addOne(word string, t Target) {
	i, ok := b.index[word]
	if !ok {
		i = len(b.d.patterns)
		b.index[word] = i
		b.d.patterns = append(b.d.patterns, word)
		b.d.targets = append(b.d.targets, nil)
		b.d.caseSens = append(b.d.caseSens, refdata.CaseSensitive(word))
	}
	for _, x := range b.d.targets[i] {
		if x.ID == t.ID && x.Kind == t.Kind {
			return
		}
	}
	b.d.targets[i] = append(b.d.targets[i], t)
}

// fold strips accents: "Gündoğdu" → "Gundogdu".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ı':
			r = 'i'
		case 'ł':
			r = 'l'
		case 'ø':
			r = 'o'
		case 'đ':
			r = 'd'
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

func NewDictionary(data *refdata.Data) *Dictionary {
	d := &Dictionary{data: data, Places: map[string]*refdata.Place{}}
	b := &dictBuilder{index: map[string]int{}, d: d, surname: map[string][]string{}}
	for _, w := range text.MaskNames {
		b.add(w, Target{How: HowMask})
	}
	for _, c := range data.Countries {
		t := Target{Kind: graph.KindCountry, ID: c.ID, Country: c.ISO2}
		b.add(c.Name, with(t, HowName))
		for _, a := range c.Aliases {
			b.add(a, with(t, HowAlias))
		}
		for _, dm := range c.Demonyms {
			for _, w := range strings.Split(dm, ",") {
				b.add(w, with(t, HowDemonym))
			}
		}
		for _, m := range c.Metonyms {
			b.add(m, with(t, HowMetonym))
		}
	}
	for i := range data.Places {
		p := &data.Places[i]
		d.Places[p.ID] = p
		t := Target{Kind: graph.KindPlace, ID: p.ID, Country: p.Country}
		b.add(p.Name, with(t, HowName))
		for _, a := range p.Aliases {
			b.add(a, with(t, HowAlias))
		}
		for _, n := range p.Names {
			b.add(n.Name, with(t, HowDatedName))
		}
	}
	// Capitals the places do not list become places of their own.
	for _, c := range data.Countries {
		if c.Capital == "" || c.Capital == "-" {
			continue
		}
		id := graph.NewID(graph.KindPlace, c.ISO2, c.Capital)
		if _, ok := d.Places[id]; ok {
			continue
		}
		if i, ok := b.index[c.Capital]; ok && HasKind(d.targets[i], graph.KindPlace) {
			continue
		}
		d.Places[id] = &refdata.Place{ID: id, Name: c.Capital, Country: c.ISO2, Subkind: "capital"}
		b.add(c.Capital, Target{Kind: graph.KindPlace, ID: id, How: HowCapital, Country: c.ISO2})
	}
	for _, o := range data.Organizations {
		t := Target{Kind: graph.KindOrganization, ID: o.ID}
		b.add(o.Name, with(t, HowName))
		b.add(o.Acronym, with(t, HowAcronym))
		for _, a := range o.Aliases {
			b.add(a, with(t, HowAlias))
		}
		for _, m := range o.Metonyms {
			b.add(m, with(t, HowMetonym))
		}
	}
	for _, in := range data.Initiatives {
		t := Target{Kind: graph.KindInitiative, ID: in.ID}
		b.add(in.Name, with(t, HowName))
		for _, a := range in.Aliases {
			b.add(a, with(t, HowAlias))
		}
	}
	for _, c := range data.Commodities {
		t := Target{Kind: graph.KindCommodity, ID: c.ID}
		b.add(c.Name, with(t, HowName))
		for _, a := range c.Aliases {
			b.add(a, with(t, HowAlias))
		}
	}
	for _, p := range data.People {
		t := Target{Kind: graph.KindPerson, ID: p.ID, Country: p.Country}
		b.add(p.Name, with(t, HowName))
		for _, a := range p.Aliases {
			b.add(a, with(t, HowAlias))
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if v := particleSpaced(n); v != n {
				b.add(v, with(t, HowAlias)) // "al-<Name>" is also written "al <Name>"
			}
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if f := strings.Fields(n); len(f) > 1 {
				s := f[len(f)-1]
				if !Contains(b.surname[s], p.ID) {
					b.surname[s] = append(b.surname[s], p.ID)
				}
			}
		}
	}
	for s, ids := range b.surname {
		if len(ids) == 1 && !text.CommonSurnames[s] && utf8.RuneCountInString(s) >= 3 {
			p := data.Person(PersonName(data, ids[0]))
			b.add(s, Target{Kind: graph.KindPerson, ID: ids[0], How: HowSurname, Weak: true, Country: CountryOf(p)})
		}
	}
	for _, o := range data.Offices {
		t := Target{Kind: graph.KindOffice, ID: o.ID, Country: o.Country}
		for _, a := range append(append([]string{o.Name}, o.Aliases...), o.WeakAliases...) {
			b.add(a, with(t, HowOffice))
		}
		for _, a := range generatedTitles(data, o) {
			b.add(a, with(t, HowOffice))
		}
	}
	sortTargets(d)
	d.trie = newWordTrie(d.patterns)
	return d
}

func with(t Target, how string) Target { t.How = how; return t }

func HasKind(ts []Target, k graph.Kind) bool {
	for _, t := range ts {
		if t.Kind == k {
			return true
		}
	}
	return false
}

func Contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func PersonName(d *refdata.Data, id string) string {
	for _, p := range d.People {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

func CountryOf(p *refdata.Person) string {
	if p == nil {
		return ""
	}
	return p.Country
}

// generatedTitles are the news forms of a national office's title:
// "<Demonym> President", "<State>'s President", "President of <State>".
func generatedTitles(d *refdata.Data, o refdata.Office) []string {
	if o.Country == "" || o.Title == "" {
		return nil
	}
	c := d.Country(o.Country)
	if c == nil {
		return nil
	}
	titles := []string{o.Title}
	if lt := strings.ToLower(o.Title); lt != o.Title {
		titles = append(titles, lt)
	}
	var out []string
	for _, t := range titles {
		for _, dm := range c.Demonyms {
			for _, w := range strings.Split(dm, ",") {
				if w = strings.TrimSpace(w); w != "" {
					out = append(out, w+" "+t)
				}
			}
		}
		out = append(out, c.Name+"'s "+t, t+" of "+c.Name)
	}
	return out
}

// kindRank orders targets of one word: the most specific kind first.
var kindRank = map[graph.Kind]int{
	"": 0, graph.KindPerson: 1, graph.KindOffice: 2, graph.KindOrganization: 3, graph.KindInitiative: 4,
	graph.KindPlace: 5, graph.KindCountry: 6, graph.KindCommodity: 7,
}

func sortTargets(d *Dictionary) {
	for _, ts := range d.targets {
		sort.SliceStable(ts, func(i, j int) bool {
			if ts[i].Weak != ts[j].Weak {
				return !ts[i].Weak
			}
			return kindRank[ts[i].Kind] < kindRank[ts[j].Kind]
		})
	}
}

// particleSpaced writes the hyphened Arabic particles of a name with a
// space, as many outlets do: "<First> al-<Name>" is also "<First> al
// <Name>".
func particleSpaced(n string) string {
	for _, p := range []string{"al-", "el-", "Al-", "El-"} {
		n = strings.ReplaceAll(n, " "+p, " "+strings.TrimSuffix(p, "-")+" ")
	}
	return n
}

// Words returns every word form the dictionary matches, in the order
// they were added (for baselines that scan word by word).
func (d *Dictionary) Words() []string {
	return append([]string(nil), d.patterns...)
}
