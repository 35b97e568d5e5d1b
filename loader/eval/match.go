package eval

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"geograph/loader/refdata"
)

// vagueImposers are the normalised names of imposers that are no one state
// or body ("the West"): the annotation rules leave them out.
var vagueImposers = refdata.Set(refdata.MustLoadWords().VagueImposers)

var stopWords = map[string]bool{"the": true, "of": true, "and": true, "a": true, "an": true, "on": true, "for": true,
	"in": true, "to": true, "between": true, "with": true}

var nonAlnumRE = regexp.MustCompile(`[^a-z0-9 ]+`)

// normalize folds accents and case and keeps letters, digits and spaces.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	t := strings.ToLower(b.String())
	t = strings.NewReplacer("\u2013", " ", "\u2014", " ").Replace(t)
	t = nonAlnumRE.ReplaceAllString(t, " ")
	return strings.Join(strings.Fields(t), " ")
}

func normp(s *string) string {
	if s == nil {
		return ""
	}
	return normalize(*s)
}

func tokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range strings.Fields(normalize(s)) {
		if !stopWords[t] {
			out[t] = true
		}
	}
	return out
}

func jaccard(a, b string) float64 {
	x, y := tokens(a), tokens(b)
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	inter := 0
	for t := range x {
		if y[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(x)+len(y)-inter)
}

// samePerson: equal names, or the same surname with compatible first names.
func samePerson(a, b string) bool {
	x, y := strings.Fields(normalize(a)), strings.Fields(normalize(b))
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	if strings.Join(x, " ") == strings.Join(y, " ") {
		return true
	}
	return x[len(x)-1] == y[len(y)-1] && (len(x) == 1 || len(y) == 1 || x[0][0] == y[0][0])
}

type pred struct {
	Prediction
	ents map[string]PredEntity
}

func newPred(p Prediction) *pred {
	x := &pred{Prediction: p, ents: map[string]PredEntity{}}
	for _, e := range p.Entities {
		x.ents[e.ID] = e
	}
	return x
}

// keys are the comparable keys of an entity reference.
func (p *pred) keys(ref string) map[string]bool {
	e, ok := p.ents[ref]
	if !ok {
		return map[string]bool{normalize(ref): true}
	}
	out := map[string]bool{}
	if e.Kind == "Country" && e.ISO2 != "" {
		out[strings.ToUpper(e.ISO2)] = true
	}
	for _, f := range []string{e.Name, e.Acronym} {
		if f != "" {
			out[normalize(f)] = true
		}
	}
	for _, a := range e.Aliases {
		out[normalize(a)] = true
	}
	if e.Kind == "Person" && e.Country != nil && *e.Country != "" {
		out["person-of:"+strings.ToUpper(*e.Country)] = true
	}
	return out
}

func (p *pred) partyKeys(refs []string) map[string]bool {
	out := map[string]bool{}
	for _, r := range refs {
		for k := range p.keys(r) {
			out[k] = true
			if strings.HasPrefix(k, "person-of:") {
				out[strings.TrimPrefix(k, "person-of:")] = true
			}
		}
	}
	return out
}

func goldKeys(refs []string) map[string]bool {
	out := map[string]bool{}
	for _, r := range refs {
		if r == "" {
			continue
		}
		if len(r) == 2 && strings.ToUpper(r) == r && isAlpha(r) {
			out[r] = true
		} else {
			out[normalize(r)] = true
		}
	}
	return out
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func intersects(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
