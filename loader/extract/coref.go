package extract

import (
	"fmt"
	"strings"

	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/refdata"
	"geograph/loader/regex"
)

// corefSurnames resolves a surname alone ("Satpayev said") to the person
// named in full earlier or later in the article.
func (st *state) corefSurnames() {
	bySurname := map[string]string{}
	for id, info := range st.ents {
		if info.Entity.Kind != graph.KindPerson {
			continue
		}
		f := strings.Fields(info.Entity.Name)
		if len(f) < 2 {
			continue
		}
		s := f[len(f)-1]
		if prev, ok := bySurname[s]; ok && prev != id {
			bySurname[s] = "" // ambiguous
			continue
		}
		bySurname[s] = id
	}
	for si := range st.sents {
		for _, t := range st.sentTokens(si) {
			id, ok := bySurname[t.Text]
			if !ok || id == "" || st.covered[t.Start] {
				continue
			}
			info := st.ents[id]
			st.register(mention{Start: t.Start, End: t.End, Sent: si, Kind: graph.KindPerson, ID: id, Country: info.Entity.Country,
				How: mentions.HowSurname, Named: true, Reason: fmt.Sprintf("surname '%s' of %s, named in the article", t.Text, info.Entity.Name)}, info.Entity, t.Text)
			st.cover(t.Start, t.End)
		}
	}
}

// detectTitledSurnames finds people named only by title and surname ("Mr
// <Surname>", "President <Surname>") whom no full name in the article
// already covers; it runs after surname coreference.
func (st *state) detectTitledSurnames() {
	for si := range st.sents {
		toks := st.sentTokens(si)
		for i := 1; i < len(toks); i++ {
			t := toks[i]
			if !st.nameToken(t) || !strongTitles[strings.TrimSuffix(toks[i-1].Text, ".")] || toks[i-1].Poss {
				continue
			}
			if i+1 < len(toks) && st.nameToken(toks[i+1]) && toks[i+1].Start == t.End+1 {
				continue
			}
			if st.handleAt(t) || st.personMentionNear(t.End) {
				continue // "@<handle>", "President [<First>] <Surname>"
			}
			name := st.text[t.Start:t.End]
			if id := st.personByFirstName(name); id != "" {
				info := st.ents[id]
				st.register(mention{Start: t.Start, End: t.End, Sent: si, Kind: graph.KindPerson, ID: id, Country: info.Entity.Country,
					How: mentions.HowSurname, Named: true, Reason: fmt.Sprintf("'%s %s' names %s by the first name", toks[i-1].Text, name, info.Entity.Name)}, info.Entity, name)
				st.cover(t.Start, t.End)
				continue
			}
			st.addDetected(detected{Name: name, Start: t.Start, End: t.End, Sent: si, Role: roleOfTitle(toks[i-1].Text),
				Reason: fmt.Sprintf("surname '%s' after title '%s'", name, toks[i-1].Text)})
		}
	}
}

// possessedRE: what only a person has ("<Surname>'s visit", "<Surname>'s
// government").
var possessedRE = regex.MustCompile(`^(visit|trip|remarks|comments|speech|wife|husband|son|daughter|administration|spokesman|spokeswoman|spokesperson|aide|aides|office|predecessor|successor|envoy|election|re-election|inauguration|resignation|arrest|death|funeral|party|campaign|rule|presidency|tenure|premiership|cabinet|adviser|advisers|advisor)$`)

// strongTitles before a single capitalised word make it a surname.
var strongTitles = refdata.Set(lexicon.StrongTitles)

func roleOfTitle(t string) string {
	switch strings.TrimSuffix(t, ".") {
	case "Mr", "Mrs", "Ms", "Dr":
		return ""
	}
	return strings.TrimSuffix(t, ".")
}

// personByFirstName returns the one person of the article whose name
// starts with first: royals and clerics go by the first name with their
// title ("Prince <First>" after "Crown Prince <First> bin <Father>").
func (st *state) personByFirstName(first string) string {
	found := ""
	for id, info := range st.ents {
		f := strings.Fields(info.Entity.Name)
		if info.Entity.Kind != graph.KindPerson || len(f) < 2 || f[0] != first || info.Count == 0 {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// mergeSurnameOnly folds a person the text names only by one word into the
// one person of the article whose full name holds that word ("<Surname>"
// after "Foreign Minister <Surname> <Given>", whichever order the name is
// written in), so a repeat never becomes a second person. When the one-word
// person is a reference person with the same name words, the full mentions
// join the reference person instead.
func (st *state) mergeSurnameOnly() {
	surfaces := map[string][]string{}
	for _, m := range st.mentions {
		if m.Kind == graph.KindPerson && !m.Implicit && m.How != mentions.HowOffice {
			surfaces[m.ID] = append(surfaces[m.ID], st.text[m.Start:m.End])
		}
	}
	for id, ss := range surfaces {
		word := ""
		for _, s := range ss {
			if strings.Contains(s, " ") || word != "" && s != word {
				word = ""
				break
			}
			word = s
		}
		if word == "" {
			continue
		}
		full := ""
		for other, os := range surfaces {
			if other == id || !holdsWord(os, word) {
				continue
			}
			if full != "" {
				full = "-" // two people share the word
				break
			}
			full = other
		}
		if full == "" || full == "-" {
			continue
		}
		from, to := id, full
		if st.ents[id].Entity.Source != "article" && sameWords(st.ents[id].Entity.Name, longest(surfaces[full])) {
			from, to = full, id
		}
		st.remapPerson(from, to)
		surfaces[to] = append(surfaces[to], surfaces[from]...)
		delete(surfaces, from)
	}
}

// holdsWord reports whether one of the multi-word surfaces has word as one
// of its words.
func holdsWord(surfaces []string, word string) bool {
	for _, s := range surfaces {
		f := strings.Fields(s)
		if len(f) < 2 {
			continue
		}
		for _, w := range f {
			if w == word {
				return true
			}
		}
	}
	return false
}

func longest(ss []string) string {
	out := ""
	for _, s := range ss {
		if len(s) > len(out) {
			out = s
		}
	}
	return out
}

// sameWords reports whether two names have the same words in any order.
func sameWords(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) != len(fb) || len(fa) == 0 {
		return false
	}
	seen := map[string]int{}
	for _, w := range fa {
		seen[w]++
	}
	for _, w := range fb {
		if seen[w] == 0 {
			return false
		}
		seen[w]--
	}
	return true
}

// remapPerson moves every mention of person from to person to, keeping the
// role and country either knows, and drops from.
func (st *state) remapPerson(from, to string) {
	src, dst := st.ents[from], st.ents[to]
	if src == nil || dst == nil {
		return
	}
	for i := range st.mentions {
		if st.mentions[i].ID == from {
			st.mentions[i].ID = to
		}
	}
	dst.Count += src.Count
	if dst.Role == "" {
		dst.Role = src.Role
	}
	if dst.Entity.Role == "" {
		dst.Entity.Role = src.Entity.Role
	}
	if dst.Entity.Country == "" {
		dst.Entity.Country = src.Entity.Country
	}
	if src.First < dst.First {
		dst.First = src.First
	}
	delete(st.ents, from)
}
