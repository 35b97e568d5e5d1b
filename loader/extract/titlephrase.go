package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"geograph/graph"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// Long office titles: "Minister of Transport and Communications <First>
// <Surname>", "Ambassador of <State> to <Capital> <I.> <Surname>", and the
// same phrase set off by commas ("the deputy governor of the province,
// <First> <Surname>, told"). The title word opens the phrase; prepositions
// join the office's portfolio, body or state to it.

// phraseJoins are the small words inside an office title.
var phraseJoins = refdata.Set(lexicon.PhraseJoins)

// titlePhrase walks back from toks[end] over an office title phrase and
// returns the index of its first word (its title word, with the role
// adjectives before it). Without lower, every word but the joins is
// capitalised ("Chairman of the State Development and Reform Committee
// of <State>"); with lower, lower-case words are allowed ("the deputy
// governor-general of <Region> province"). The phrase must join
// something to its title ("of", "for", "to").
func (st *state) titlePhrase(toks []text.Token, end int, lower bool) (int, bool) {
	first, title := end+1, -1
	for k := end; k >= 0 && end-k < 12; k-- {
		t := toks[k]
		lw := strings.ToLower(strings.TrimSuffix(t.Text, "."))
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) || (t.Poss && k < end) || (lower && (text.SpeechVerbs[lw] || end-k >= 10)) {
			break
		}
		if lower && (lw == "the" || lw == "a" || lw == "an") && !(k > 0 && phraseJoins[toks[k-1].Text]) {
			break
		}
		first = k
		if phraseJoins[t.Text] {
			continue
		}
		if !lower && !unicode.IsUpper(r) {
			first = k + 1
			break
		}
		if text.TitleWords[lw] && lw != "leader" && lw != "head" && lw != "officials" {
			title = k
		}
	}
	if title < 0 {
		return 0, false
	}
	joined := false
	for n := title + 1; n <= end; n++ {
		if w := toks[n].Text; w == "of" || w == "for" || w == "to" {
			joined = true
		}
	}
	if !joined {
		return 0, false
	}
	for title > first {
		lw := strings.ToLower(toks[title-1].Text)
		if st.covered[toks[title-1].Start] || !(roleAdjectives[lw] || text.TitleWords[lw]) {
			break
		}
		title--
	}
	if lower && title != first {
		return 0, false
	}
	return title, true
}

// phraseCountry is the state a title phrase names: the possessive or
// demonym before it ("<State>'s Minister of ..."), else the country
// right after its first "of" or "to" ("Ambassador of <State>",
// "Chairman ... of <State>").
func (st *state) phraseCountry(toks []text.Token, start, end int) string {
	if start > 0 {
		if c := st.countryAt(toks[start-1].Start); c != "" {
			return c
		}
	}
	for k := start; k < end; k++ {
		if w := toks[k].Text; w == "of" || w == "to" {
			if c := st.countryAt(toks[k+1].Start); c != "" {
				return c
			}
		}
	}
	return ""
}

// titlePhraseCue reads a long title before the name run toks[i..]: right
// before it, or before a comma that opens an apposition.
func (st *state) titlePhraseCue(toks []text.Token, i, j int) (string, string, bool) {
	if i > 0 && toks[i-1].End+2 >= toks[i].Start && toks[i-1].Text != "," {
		if k, ok := st.titlePhrase(toks, i-1, false); ok {
			return st.text[toks[k].Start:toks[i-1].End], st.phraseCountry(toks, k, i-1), true
		}
	}
	if i > 1 && toks[i-1].Text == "," && (j+1 >= len(toks) || toks[j+1].Text == "," || text.SpeechVerbs[strings.ToLower(toks[j+1].Text)]) {
		k, ok := st.titlePhrase(toks, i-2, true)
		if !ok {
			return "", "", false
		}
		// The phrase is a noun phrase of its own: "the …", "<State>'s …",
		// or the start of the sentence.
		if k > 0 {
			prev := toks[k-1]
			if !strings.EqualFold(prev.Text, "the") && !prev.Poss && st.countryAt(prev.Start) == "" {
				return "", "", false
			}
		}
		role := st.text[toks[k].Start:toks[i-2].End]
		if k > 0 && strings.EqualFold(toks[k-1].Text, "the") {
			k--
		}
		return role, st.phraseCountry(toks, k, i-2), true
	}
	return "", "", false
}

// commonNounWord reports whether a capitalised word is a common noun by
// its ending ("Communications", "Development"): it opens no person's name.
func commonNounWord(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"tion", "tions", "sion", "sions", "ments", "ness", "ship", "ships", "ism", "ogy", "ities"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// surnameWords are words of the notNameWords list that are also
// surnames: they may end a name run ("Ersin Tatar"), never start one.
var surnameWords = refdata.Set(lexicon.SurnameWords)

// handleAt reports whether a token is a social-media handle ("@CMShehbaz").
func (st *state) handleAt(t text.Token) bool {
	return t.Start > 0 && st.text[t.Start-1] == '@'
}

// personMentionNear reports whether a person mention starts within a few
// bytes after end ("[<First>] <Surname>").
func (st *state) personMentionNear(end int) bool {
	for _, m := range st.mentions {
		if m.Kind == graph.KindPerson && m.Start > end && m.Start <= end+3 {
			return true
		}
	}
	return false
}

// officeEndingAt returns the office of a title that ends right before pos.
func (st *state) officeEndingAt(pos int) *refdata.Office {
	for _, t := range st.titles {
		if t.End <= pos && pos-t.End <= 2 {
			return st.x.data.Office(t.Office)
		}
	}
	return nil
}
