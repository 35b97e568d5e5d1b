package frames

import "strings"

// lexicon indexes the frame file by word form, so that finding the
// triggers of a sentence is one map look-up per verb group and noun phrase.
type lexicon struct {
	verbs map[string][]int      // form → frames it is a main verb of
	light map[string][]lightRef // form → frames it is a support verb of
	nouns map[string][]nounRef  // last word's form → nouns ending in it
}

type lightRef struct{ frame, light int }

type nounRef struct {
	frame int
	words []string // the noun's words in lower case; the last is matched by form
}

func buildLexicon(f *File) *lexicon {
	lx := &lexicon{verbs: map[string][]int{}, light: map[string][]lightRef{}, nouns: map[string][]nounRef{}}
	for fi, fr := range f.Frames {
		for _, v := range fr.Verbs {
			for _, form := range verbForms(v, f.Forms) {
				lx.verbs[form] = appendOnce(lx.verbs[form], fi)
			}
		}
		for li, l := range fr.Light {
			for _, v := range l.Verbs {
				for _, form := range verbForms(v, f.Forms) {
					lx.light[form] = append(lx.light[form], lightRef{fi, li})
				}
			}
		}
		for _, n := range fr.Nouns {
			words := nounWords(n)
			last := words[len(words)-1]
			for _, form := range nounForms(last, f.Forms) {
				w := append(append([]string(nil), words[:len(words)-1]...), form)
				lx.nouns[form] = append(lx.nouns[form], nounRef{fi, w})
			}
		}
	}
	return lx
}

func appendOnce(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// nounWords splits a noun as the tokenizer does: "leaders' meeting" is
// "leaders", "'", "meeting".
func nounWords(n string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(n)) {
		if len(w) > 1 && strings.HasSuffix(w, "'") {
			out = append(out, w[:len(w)-1], "'")
			continue
		}
		out = append(out, w)
	}
	return out
}

// verbForms inflects a regular verb lemma: base, third person, past,
// participles, with and without a doubled final consonant; irregular forms
// come from the file's forms table.
func verbForms(lemma string, irregular map[string][]string) []string {
	l := strings.ToLower(lemma)
	forms := []string{l}
	n := len(l)
	last := l[n-1]
	consonantY := last == 'y' && n > 1 && !vowel(l[n-2])
	switch {
	case consonantY:
		forms = append(forms, l[:n-1]+"ies", l[:n-1]+"ied", l+"ing")
	case last == 'e':
		forms = append(forms, l+"s", l+"d", l[:n-1]+"ing")
	case last == 's' || last == 'x' || last == 'z' || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh"):
		forms = append(forms, l+"es", l+"ed", l+"ing")
	default:
		forms = append(forms, l+"s", l+"ed", l+"ing")
		if !vowel(last) && last != 'w' && last != 'y' && n > 1 && vowel(l[n-2]) {
			forms = append(forms, l+string(last)+"ed", l+string(last)+"ing")
		}
	}
	return append(forms, irregular[l]...)
}

// nounForms gives a noun's singular and plural.
func nounForms(noun string, irregular map[string][]string) []string {
	n := len(noun)
	forms := []string{noun}
	switch {
	case noun[n-1] == 'y' && n > 1 && !vowel(noun[n-2]):
		forms = append(forms, noun[:n-1]+"ies")
	case noun[n-1] == 's' || noun[n-1] == 'x' || strings.HasSuffix(noun, "ch") || strings.HasSuffix(noun, "sh"):
		forms = append(forms, noun+"es")
	default:
		forms = append(forms, noun+"s")
	}
	return append(forms, irregular[noun]...)
}

func vowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// mayTrigger reports whether the sentence has a word that can evoke a
// frame on its own: a main verb's form or a noun's last word. Support
// verbs need a frame noun, so they do not count. Most sentences of a news
// article have none, and Apply then skips tagging and parsing them: one
// pass over the bytes, one map look-up per word.
func (a *Applier) mayTrigger(s string) bool {
	var buf [24]byte
	n, long := 0, false
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			if n > 0 && !long && a.triggers[string(buf[:n])] {
				return true
			}
			n, long = 0, false
			continue
		}
		if n == len(buf) {
			long = true
			continue
		}
		buf[n] = c
		n++
	}
	return false
}

// triggerWords lists every form that mayTrigger looks for.
func triggerWords(lx *lexicon) map[string]bool {
	out := map[string]bool{}
	for w := range lx.verbs {
		out[w] = true
	}
	for w := range lx.nouns {
		out[w] = true
	}
	return out
}
