package syntax

import "strings"

// Chunking: one pass that groups tagged tokens into noun phrases and verb
// groups. The grammar is over Penn Treebank tags plus a few closed-class
// words (auxiliaries), never over content words.

func nominal(tag string) bool {
	switch tag {
	case "NN", "NNS", "NNP", "NNPS", "CD", "PRP", "$":
		return true
	}
	return false
}

// npStart reports whether a token can open a noun phrase.
func npStart(tag string) bool {
	switch tag {
	case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS":
		return true
	}
	return nominal(tag)
}

// npInside reports whether a token continues an open noun phrase.
func npInside(tag string) bool {
	switch tag {
	case "JJ", "JJR", "JJS", "CD", "HYPH", "POS":
		return true
	}
	return nominal(tag) && tag != "PRP"
}

// isPossessive reports a possessive marker: "'s", or a lone quote the
// tagger read as one ("the leaders' meeting").
func isPossessive(t Token) bool {
	if t.Tag == "POS" {
		return true
	}
	return (t.Lower == "'s" || t.Lower == "\u2019s") && t.Tag != "VBZ"
}

func verbal(tag string) bool {
	switch tag {
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD":
		return true
	}
	return false
}

// chunk fills s.Phrases and s.PhraseOf.
func chunk(s *Sentence, fixed []bool) {
	toks := s.Tokens
	s.PhraseOf = make([]int, len(toks))
	s.Phrases = make([]Phrase, 0, len(toks)/2+1)
	for i := range s.PhraseOf {
		s.PhraseOf[i] = -1
	}
	i := 0
	for i < len(toks) {
		switch {
		case fixed[i] || npStart(toks[i].Tag) || participleAdjective(toks, i):
			i = nounPhrase(s, i, fixed)
		case verbal(toks[i].Tag) || adverbBeforeVerb(toks, i):
			i = verbGroup(s, i)
		default:
			i++
		}
	}
}

// participleAdjective reports a participle used as an adjective inside a
// noun phrase: "the proposed pipeline", "frozen assets".
func participleAdjective(toks []Token, i int) bool {
	if t := toks[i].Tag; t != "VBN" && t != "VBG" {
		return false
	}
	prevDet := i > 0 && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "PRP$" || toks[i-1].Tag == "POS")
	return prevDet && i+1 < len(toks) && (nominal(toks[i+1].Tag) || toks[i+1].Tag == "JJ")
}

func adverbBeforeVerb(toks []Token, i int) bool {
	return (toks[i].Tag == "RB" || toks[i].Tag == "RBR") && i+1 < len(toks) && verbal(toks[i+1].Tag)
}

func nounPhrase(s *Sentence, i int, fixed []bool) int {
	toks := s.Tokens
	start := i
	poss := -1
	if toks[i].Tag == "PRP" && !fixed[i] {
		i++ // a pronoun is a phrase of its own
	} else {
		i++
		for i < len(toks) {
			t := toks[i]
			switch {
			case fixed[i] && !fixed[i-1] && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS"):
				goto done // "On Tuesday | X reimposed": a name after a proper noun that is not one opens its own phrase
			case fixed[i]:
			case t.Tag == "NNS" && fixed[i-1] && i+1 < len(toks) && (fixed[i+1] || toks[i+1].Tag == "DT"):
				// A plural between two names is a verb: "X ships gas", "gas transits Y".
				toks[i].Tag = "VBZ"
				goto done
			case isPossessive(t):
				poss = i
			case npInside(t.Tag):
			case (t.Tag == "VBN" || t.Tag == "VBG") && participleAdjective(toks, i):
			case (t.Lower == "-" || t.Tag == "HYPH") && t.Start == toks[i-1].End && i+1 < len(toks) && toks[i+1].Start == t.End:
				// "X-Y" cut at names; a spaced dash ("AKTAU, X - Y signed") separates.
			default:
				goto done
			}
			i++
		}
	}
done:
	// A name that a possessive or an adjective run ended inside still
	// belongs to this phrase.
	for i < len(toks) && i > start && fixed[i] && fixed[i-1] {
		i++
	}
	head := i - 1
	for head > start && !nominal(toks[head].Tag) && !fixed[head] {
		head--
	}
	if poss == i-1 {
		poss = -1 // "the leaders'" with nothing after: the quote closes a phrase
		head = i - 2
	}
	idx := len(s.Phrases)
	s.Phrases = append(s.Phrases, Phrase{Kind: NP, Start: start, End: i, Head: head, Poss: poss, InPP: -1, Subject: -1, Object: -1})
	for k := start; k < i; k++ {
		s.PhraseOf[k] = idx
	}
	return i
}

// verbGroup takes auxiliaries, modals, adverbs, "to" and the main verb:
// "will not impose", "is expected to be signed", "plans to host".
func verbGroup(s *Sentence, i int) int {
	toks := s.Tokens
	start := i
	head := -1
	for i < len(toks) {
		t := toks[i]
		switch {
		case verbal(t.Tag):
			if head >= 0 && i > start && verbal(toks[i-1].Tag) && !auxiliary(toks[head].Lower) {
				goto done // "the deal that X signed | was hailed"
			}
			if t.Tag != "MD" {
				head = i
			}
		case t.Lower == "n't" || (t.Tag == "RB" || t.Tag == "RBR") && i+1 < len(toks) && (verbal(toks[i+1].Tag) || toks[i+1].Tag == "RB" || toks[i+1].Tag == "TO"):
		case t.Tag == "TO" && head >= 0 && i+1 < len(toks) && (toks[i+1].Tag == "VB" || toks[i+1].Tag == "RB" && i+2 < len(toks) && toks[i+2].Tag == "VB"):
		case t.Tag == "RP" && head >= 0:
		default:
			goto done
		}
		i++
	}
done:
	if head < 0 {
		head = i - 1
	}
	ph := Phrase{Kind: VG, Start: start, End: i, Head: head, Group: -1, Poss: -1, InPP: -1, Subject: -1, Object: -1}
	ph.Voice = voice(toks, start, head)
	if ph.Start == ph.Head && (toks[head].Tag == "VBN" || toks[head].Tag == "VBG") && start > 0 &&
		(s.PhraseOf[start-1] >= 0 && s.Phrases[s.PhraseOf[start-1]].Kind == NP || toks[start-1].Lower == ",") {
		// A bare participle after a noun or a comma modifies that noun; a
		// bare past participle there is passive only when it reads as one.
		// A present participle after a comma is adverbial ("X imposed
		// sanctions, cutting imports"): its subject is the clause's.
		afterComma := toks[start-1].Lower == ","
		if toks[head].Tag == "VBG" && !afterComma || toks[head].Tag == "VBN" && (afterComma || i < len(toks) && toks[i].Lower == "by") {
			ph.Reduced = true
			if toks[head].Tag == "VBN" {
				ph.Voice = Passive
			}
		}
	}
	idx := len(s.Phrases)
	s.Phrases = append(s.Phrases, ph)
	for k := start; k < i; k++ {
		s.PhraseOf[k] = idx
	}
	return i
}

// voice: passive when the main verb is a past participle whose nearest
// auxiliary before it is a form of "be" or "get".
func voice(toks []Token, start, head int) Voice {
	if toks[head].Tag != "VBN" {
		return Active
	}
	for k := head - 1; k >= start; k-- {
		if !verbal(toks[k].Tag) {
			continue
		}
		switch toks[k].Lower {
		case "be", "is", "are", "was", "were", "been", "being", "'s", "\u2019s", "'re", "get", "gets", "got", "gotten", "getting":
			return Passive
		}
		return Active
	}
	return Active
}

// auxiliary reports a form of "be", "have", "do" or "get", which can stand
// before another verb in one group.
func auxiliary(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "\u2019s", "'re", "'m",
		"have", "has", "had", "having", "'ve", "do", "does", "did",
		"get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

// fixPastTense retags a word in -ed that the tagger read as an adjective
// right after a proper noun or pronoun, where English puts a finite verb:
// "on Monday imposed sanctions".
func fixPastTense(toks []Token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "JJ" || len(t.Lower) < 4 || t.Lower[len(t.Lower)-2:] != "ed" {
			continue
		}
		if strings.IndexByte(t.Lower, '-') >= 0 {
			continue
		}
		switch toks[i-1].Tag {
		case "NNP", "NNPS", "PRP":
			t.Tag = "VBD"
		}
	}
}
