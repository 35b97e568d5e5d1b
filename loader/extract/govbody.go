package extract

import (
	"fmt"
	"strings"

	"geograph/graph"
	"geograph/loader/mentions"
	"geograph/loader/text"
)

// governmentBody is a body's name as words, and the state it belongs to
// when the table knows it ("" for the bodies every state has).
type governmentBody struct {
	words   []string // lower case
	country string
}

// governmentBodies are the reference data's national and generic bodies,
// longest first so that "ministry of foreign affairs" wins over shorter
// names.
var governmentBodies = func() []governmentBody {
	var out []governmentBody
	for _, b := range worldWords.GovernmentBodies {
		out = append(out, governmentBody{words: strings.Fields(strings.ToLower(b.Name)), country: b.Country})
	}
	for _, b := range worldWords.StateBodies {
		out = append(out, governmentBody{words: strings.Fields(b)})
	}
	for i := 1; i < len(out); i++ {
		for k := i; k > 0 && len(out[k].words) > len(out[k-1].words); k-- {
			out[k], out[k-1] = out[k-1], out[k]
		}
	}
	return out
}()

// resolveGovernmentBodies makes a government body named without its state
// ("the Treasury", "the foreign ministry", "the administration", "the
// <Name> administration") a mention of that state: the state of the
// person it is named after, the table's state, or the article's own state.
// A body whose state stands right before it ("<State>'s foreign
// ministry", "the <Demonym> foreign ministry") already mentions it.
func (st *state) resolveGovernmentBodies() {
	st.personAdministrations()
	for si := range st.sents {
		toks := st.sentTokens(si)
		for i := 1; i < len(toks); i++ {
			if !strings.EqualFold(toks[i-1].Text, "the") || st.covered[toks[i].Start] {
				continue
			}
			b, n := bodyAt(toks, i)
			if n == 0 {
				continue
			}
			last := toks[i+n-1]
			if last.Poss && len(b.words) == 1 {
				continue // "the administration's ..." is still the body, but a lone word may be a name's end
			}
			if i+n < len(toks) && (toks[i+n].Text == "of" || text.StartsUpper(toks[i+n].Text) && toks[i+n].Start == last.End+1) {
				continue // "the foreign ministry of <State>", "the Treasury Secretary"
			}
			country := st.bodyState(b)
			if len(b.words) == 1 && b.words[0] == "administration" {
				// An administration is named after its leader: only one the
				// article has named so is "the administration".
				country = st.namedAdministration
			}
			if i+n+1 < len(toks) && toks[i+n].Text == "in" {
				if c := st.countryAt(toks[i+n+1].Start); c != "" {
					country = c // "the foreign ministry in <Capital>"
				} else if c := st.placeCountryAt(toks[i+n+1].Start); c != "" {
					country = c
				}
			}
			if country == "" {
				continue
			}
			word := st.text[toks[i].Start:last.End]
			st.refMention(mention{Start: toks[i].Start, End: last.End, Sent: si, ID: graph.NewID(graph.KindCountry, country), Country: country,
				How: mentions.HowMetonym, Named: true, Reason: fmt.Sprintf("government body '%s' of %s", word, country)})
			st.cover(toks[i].Start, last.End)
			i += n - 1
		}
	}
}

// bodyAt returns the government body whose words start at toks[i] and how
// many tokens it takes.
func bodyAt(toks []text.Token, i int) (governmentBody, int) {
	for _, b := range governmentBodies {
		if i+len(b.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range b.words {
			t := toks[i+k]
			if strings.ToLower(t.Text) != w || k > 0 && t.Start != toks[i+k-1].End+1 && toks[i+k-1].Text != "'" {
				ok = false
				break
			}
		}
		if ok {
			return b, len(b.words)
		}
	}
	return governmentBody{}, 0
}

// bodyState is the state a body stands for: the table's state when the
// article names that state or names none of its own; else the article's
// own state.
func (st *state) bodyState(b governmentBody) string {
	own := st.contextState()
	if b.country != "" && (own == "" || st.mentionsCountry(b.country)) {
		return b.country
	}
	return own
}

// contextState is the article's own state: the country of its dateline or
// first place, else the country it names most.
func (st *state) contextState() string {
	if st.mainPlace != "" {
		if e, ok := st.x.ref.entities[st.mainPlace]; ok && e.Country != "" {
			return e.Country
		}
	}
	counts := map[string]int{}
	best := ""
	for _, m := range st.mentions {
		if m.Kind != graph.KindCountry || m.Implicit || m.Country == "" {
			continue
		}
		counts[m.Country]++
		if c := counts[m.Country]; c > counts[best] || c == counts[best] && m.Country < best {
			best = m.Country
		}
	}
	return best
}

func (st *state) mentionsCountry(iso string) bool {
	for _, m := range st.mentions {
		if m.Kind == graph.KindCountry && m.Country == iso {
			return true
		}
	}
	return false
}

// personAdministrations turns "<Person> administration" and "<Person>'s
// administration" into a mention of the person's state (or the article's):
// the administration is the state acting, and the person is named only if
// the text names them elsewhere.
func (st *state) personAdministrations() {
	var drop []int
	for k, m := range st.mentions {
		if m.Kind != graph.KindPerson || m.Implicit {
			continue
		}
		rest := st.masked[m.End:]
		skip := 0
		switch {
		case strings.HasPrefix(rest, " administration"):
			skip = len(" administration")
		case strings.HasPrefix(rest, "'s administration"), strings.HasPrefix(rest, "’s administration"):
			skip = len(rest[:strings.Index(rest, " ")]) + len(" administration")
		default:
			continue
		}
		info := st.ents[m.ID]
		full := strings.Contains(st.text[m.Start:m.End], " ")
		country := info.Entity.Country
		if country == "" {
			country = st.contextState()
		}
		if country == "" {
			continue
		}
		end := m.End + skip
		start := m.Start
		if st.namedAdministration == "" {
			st.namedAdministration = country
		}
		if full {
			start = end - len("administration") // a full name names the person too
		} else {
			drop = append(drop, k)
		}
		st.refMention(mention{Start: start, End: end, Sent: m.Sent, ID: graph.NewID(graph.KindCountry, country), Country: country,
			How: mentions.HowMetonym, Named: true, Reason: fmt.Sprintf("'%s' is the government of %s", st.text[m.Start:end], country)})
		st.cover(start, end)
	}
	if len(drop) == 0 {
		return
	}
	st.removeMentions(drop)
}

// removeMentions drops the mentions at the given indices and the entities
// left with no mention.
func (st *state) removeMentions(drop []int) {
	gone := map[int]bool{}
	for _, k := range drop {
		gone[k] = true
	}
	kept := st.mentions[:0]
	for k, m := range st.mentions {
		if gone[k] {
			if info := st.ents[m.ID]; info != nil {
				info.Count--
			}
			continue
		}
		kept = append(kept, m)
	}
	st.mentions = kept
	used := map[string]bool{}
	for _, m := range st.mentions {
		used[m.ID] = true
	}
	for id, info := range st.ents {
		if !used[id] && info.Entity.Kind == graph.KindPerson {
			delete(st.ents, id)
		}
	}
}

// placeCountryAt is the country of the place mention starting at pos.
func (st *state) placeCountryAt(pos int) string {
	for _, m := range st.mentions {
		if m.Start == pos && m.Kind == graph.KindPlace {
			return m.Country
		}
	}
	return ""
}
