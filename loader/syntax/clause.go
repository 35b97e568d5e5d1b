package syntax

// clauses splits the sentence into clauses in one pass with a stack:
// relative clauses ("which", "who", "that" after a noun) nest under the
// clause of the noun they modify and close at the comma or verb group that
// ends them; subordinate clauses ("after the leaders met") nest too;
// coordinated clauses ("and signed", ", and Y agreed", "; ") are siblings.
func clauses(s *Sentence) {
	toks := s.Tokens
	s.ClauseOf = make([]int, len(toks))
	s.Clauses = append(s.Clauses, Clause{Start: 0, End: len(toks), Parent: -1, Head: -1, Shares: -1})
	hasVerb := []bool{false}
	openedAtComma := []bool{false}
	cur := 0
	lastVG := -1
	open := func(at int, c Clause, comma bool) {
		c.Start = at
		c.End = len(toks)
		s.Clauses = append(s.Clauses, c)
		hasVerb = append(hasVerb, false)
		openedAtComma = append(openedAtComma, comma)
		cur = len(s.Clauses) - 1
	}
	closeTo := func(at, parent int) {
		s.Clauses[cur].End = at
		cur = parent
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		inPhrase := s.PhraseOf[i] >= 0
		c := &s.Clauses[cur]
		switch {
		case !inPhrase && relativeMarker(s, i):
			head, comma := antecedent(s, i)
			open(i, Clause{Parent: cur, Relative: true, Head: head, Shares: -1}, comma)
		case !inPhrase && (t.Tag == "WRB" || subordinator(t.Lower)) && clauseFollows(s, i+1):
			// A subordinate clause ends at its first comma after its verb,
			// like a relative clause opened after a comma.
			open(i, Clause{Parent: cur, Head: -1, Shares: -1}, true)
		case !inPhrase && t.Lower == "that" && i > 0 && s.PhraseOf[i-1] >= 0 && s.Phrases[s.PhraseOf[i-1]].Kind == VG:
			open(i, Clause{Parent: cur, Head: -1, Shares: -1}, false) // "said that ..."
		case !inPhrase && (t.Tag == "CC" || t.Lower == ";") && hasVerb[cur] && (verbAt(s, i+1) || clauseFollows(s, i+1)):
			shares := -1
			if t.Tag == "CC" && verbAt(s, i+1) {
				shares = lastVG
			}
			// "which met ... and signed ...": the second verb is still in
			// the relative clause; otherwise the new clause is a sibling.
			if c.Parent >= 0 && !(c.Relative && shares >= 0) {
				closeTo(i, c.Parent)
			}
			open(i, Clause{Parent: cur, Head: -1, Shares: shares}, false)
		case t.Lower == "," && c.Parent >= 0 && hasVerb[cur] && openedAtComma[cur] && !insideList(s, i):
			closeTo(i+1, c.Parent) // the comma closing "X, which ..., did"
		case inPhrase && s.Phrases[s.PhraseOf[i]].Kind == VG && s.Phrases[s.PhraseOf[i]].Start == i:
			if hasVerb[cur] && c.Relative && !openedAtComma[cur] && !s.Phrases[s.PhraseOf[i]].Reduced {
				closeTo(i, c.Parent) // "the deal that X signed | was hailed"
			}
			if !s.Phrases[s.PhraseOf[i]].Reduced {
				hasVerb[cur] = true
			}
			lastVG = s.PhraseOf[i]
		}
		s.ClauseOf[i] = cur
	}
}

// relativeMarker reports a relative pronoun: "which", "who", "whom",
// "whose", or "that" right after a noun phrase.
func relativeMarker(s *Sentence, i int) bool {
	t := s.Tokens[i]
	switch t.Tag {
	case "WDT", "WP", "WP$":
		if t.Lower == "what" {
			return false
		}
		_, prev := prevNP(s, i)
		return prev
	}
	if t.Lower == "that" {
		_, prev := prevNP(s, i)
		return prev && (t.Tag == "IN" || t.Tag == "WDT" || t.Tag == "DT")
	}
	return false
}

// prevNP returns the NP ending right before token i, past one comma.
func prevNP(s *Sentence, i int) (int, bool) {
	k := i - 1
	if k >= 0 && s.Tokens[k].Lower == "," {
		k--
	}
	if k >= 0 && s.PhraseOf[k] >= 0 && s.Phrases[s.PhraseOf[k]].Kind == NP {
		return s.PhraseOf[k], true
	}
	return -1, false
}

// antecedent is the group a relative pronoun at i refers to: the noun
// phrase before it, or, when that is the object of an "of" PP, the noun it
// modifies ("the leaders of the two states, who met").
func antecedent(s *Sentence, i int) (group int, comma bool) {
	p, _ := prevNP(s, i)
	comma = s.Tokens[i-1].Lower == ","
	// The first member stands for a coordination; "of" leads back to the
	// noun it completes.
	first := s.Phrases[s.Groups[s.Phrases[p].Group].Members[0]].Start
	if first >= 2 && s.Tokens[first-1].Lower == "of" {
		if q := s.PhraseOf[first-2]; q >= 0 && s.Phrases[q].Kind == NP {
			return s.Phrases[q].Group, comma
		}
	}
	return s.Phrases[p].Group, comma
}

func subordinator(w string) bool {
	switch w {
	case "after", "before", "while", "because", "although", "though", "as", "since", "if", "when", "whereas", "unless", "until", "once":
		return true
	}
	return false
}

// clauseFollows reports a noun phrase followed by a verb group starting at
// token i: the opening of a clause rather than of a PP.
func clauseFollows(s *Sentence, i int) bool {
	if i >= len(s.Tokens) || s.PhraseOf[i] < 0 {
		return false
	}
	p := s.Phrases[s.PhraseOf[i]]
	if p.Kind != NP || p.Start != i {
		return false
	}
	// Skip the rest of a coordination ("X and Y signed") and up to three
	// PPs ("no contract for it has been signed").
	end := groupEnd(s, p.Group)
	for n := 0; n < 3 && end+1 < len(s.Tokens) && !verbAt(s, end); n++ {
		t := s.Tokens[end]
		q := s.PhraseOf[end+1]
		if t.Tag != "IN" && t.Tag != "TO" || q < 0 || s.Phrases[q].Kind != NP {
			return false
		}
		end = groupEnd(s, s.Phrases[q].Group)
	}
	return verbAt(s, end)
}

// groupEnd is the token after a coordination's last member.
func groupEnd(s *Sentence, g int) int {
	ms := s.Groups[g].Members
	return s.Phrases[ms[len(ms)-1]].End
}

func verbAt(s *Sentence, i int) bool {
	return i < len(s.Tokens) && s.PhraseOf[i] >= 0 && s.Phrases[s.PhraseOf[i]].Kind == VG
}

// insideList reports a comma between two members of one coordination.
func insideList(s *Sentence, i int) bool {
	if i == 0 || i+1 >= len(s.Tokens) {
		return false
	}
	a, b := s.PhraseOf[i-1], s.PhraseOf[i+1]
	return a >= 0 && b >= 0 && s.Phrases[a].Kind == NP && s.Phrases[b].Kind == NP && s.Phrases[a].Group == s.Phrases[b].Group
}
