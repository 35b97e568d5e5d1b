package syntax

// maxScan bounds how far back a verb group looks for its subject, in
// tokens. It keeps the pass linear: no sentence costs more than maxScan
// steps per verb group, however long it is.
const maxScan = 48

// attach finds every prepositional phrase and what it modifies.
func attach(s *Sentence) {
	toks := s.Tokens
	lastVG := make([]int, len(s.Clauses)) // per clause, the latest verb group seen
	for i := range lastVG {
		lastVG[i] = -1
	}
	for i := 0; i < len(toks); i++ {
		if p := s.PhraseOf[i]; p >= 0 {
			if s.Phrases[p].Kind == VG && s.Phrases[p].Start == i {
				lastVG[s.ClauseOf[i]] = p
			}
			continue
		}
		t := toks[i]
		if t.Tag != "IN" && t.Tag != "TO" || i+1 >= len(toks) {
			continue
		}
		if cl := s.ClauseOf[i]; cl > 0 && s.Clauses[cl].Start == i {
			continue // "that", "after" opening a clause: no PP
		}
		obj := s.PhraseOf[i+1]
		if obj < 0 || s.Phrases[obj].Kind != NP || s.Phrases[obj].Start != i+1 {
			continue
		}
		pp := PP{Prep: i, Object: s.Phrases[obj].Group, Noun: -1, Verb: lastVG[s.ClauseOf[i]], Attach: -1}
		if n := prevPhrase(s, i); n >= 0 && s.Phrases[n].Kind == NP {
			if in := s.Phrases[n].InPP; in >= 0 && t.Lower != "of" && s.PPs[in].Noun >= 0 {
				pp.Noun = s.PPs[in].Noun // a chain: "a pipeline from A through B to C"
			} else if in < 0 || t.Lower == "of" {
				pp.Noun = n
			}
		}
		switch {
		case t.Lower == "of" || t.Lower == "between" || pp.Verb < 0:
			pp.Attach = pp.Noun
		default:
			pp.Attach = pp.Verb
		}
		if pp.Attach < 0 {
			pp.Attach = max(pp.Noun, pp.Verb)
		}
		idx := len(s.PPs)
		s.PPs = append(s.PPs, pp)
		for _, m := range s.Groups[pp.Object].Members {
			s.Phrases[m].InPP = idx
		}
	}
}

// arguments finds each verb group's subject and direct object.
func arguments(s *Sentence) {
	for vi := range s.Phrases {
		v := &s.Phrases[vi]
		if v.Kind != VG {
			continue
		}
		c := &s.Clauses[s.ClauseOf[v.Start]]
		subj := -1
		switch {
		case c.Relative && s.Clauses[s.ClauseOf[v.Start]].Start == markerBefore(s, v.Start):
			subj = c.Head
			c.Gap = "subject"
		case v.Reduced:
			if p, ok := prevNP(s, v.Start); ok {
				subj = s.Phrases[p].Group
				// "the gathering on X, hosted by Y": the PP's noun.
				if in := s.Phrases[p].InPP; in >= 0 && s.PPs[in].Noun >= 0 {
					subj = s.Phrases[s.PPs[in].Noun].Group
				}
			}
		case adverbialParticiple(s, v):
			subj = previousSubject(s, vi)
		default:
			subj = subjectBefore(s, v)
		}
		if subj < 0 && c.Shares >= 0 {
			subj = s.Phrases[c.Shares].Subject
		}
		v.Subject = subj
		v.Object = -1
		if c.Relative && c.Gap == "" && subj >= 0 && subj != c.Head {
			c.Gap = "object" // "the treaty that the two sides signed"
			v.Object = c.Head
			continue
		}
		if v.End < len(s.Tokens) {
			if o := s.PhraseOf[v.End]; o >= 0 && s.Phrases[o].Kind == NP && s.Phrases[o].InPP < 0 {
				v.Object = s.Phrases[o].Group
			}
		}
	}
}

// adverbialParticiple reports a bare present participle after a comma:
// "X imposed sanctions, cutting imports".
func adverbialParticiple(s *Sentence, v *Phrase) bool {
	return v.Start == v.Head && v.Start > 0 && s.Tokens[v.Head].Tag == "VBG" && s.Tokens[v.Start-1].Lower == ","
}

// previousSubject is the subject of the nearest verb group before vi in
// its clause, looking back a bounded number of phrases.
func previousSubject(s *Sentence, vi int) int {
	cl := s.ClauseOf[s.Phrases[vi].Start]
	for k := vi - 1; k >= 0 && k >= vi-maxScan; k-- {
		s.work++
		if p := s.Phrases[k]; p.Kind == VG && s.ClauseOf[p.Start] == cl {
			return p.Subject
		}
	}
	return -1
}

// markerBefore returns the token index of the relative pronoun right
// before token i (adverbs between allowed), or -1.
func markerBefore(s *Sentence, i int) int {
	k := i - 1
	for k >= 0 && (s.Tokens[k].Tag == "RB" || s.Tokens[k].Tag == "RBR") {
		s.work++
		k--
	}
	if k >= 0 && s.PhraseOf[k] < 0 && relativeMarker(s, k) {
		return k
	}
	return -1
}

// subjectBefore is the nearest noun phrase before the verb group, in its
// clause, that is no PP's object: "X on Monday imposed".
func subjectBefore(s *Sentence, v *Phrase) int {
	cl := s.ClauseOf[v.Start]
	for k := v.Start - 1; k >= 0 && k >= v.Start-maxScan; k-- {
		s.work++
		if s.ClauseOf[k] != cl {
			if s.nestedIn(s.ClauseOf[k], cl) {
				continue // a nested clause: "X, which ..., did"
			}
			break // left the clause
		}
		p := s.PhraseOf[k]
		if p < 0 {
			continue
		}
		ph := s.Phrases[p]
		if ph.Kind == VG && ph.Reduced {
			k = ph.Start
			continue // "the deal signed by A and B | was hailed"
		}
		if ph.Kind == VG {
			break
		}
		if first := s.Phrases[s.Groups[ph.Group].Members[0]].Start; ph.InPP < 0 && first > 0 {
			if r := s.PhraseOf[first-1]; r >= 0 && s.Phrases[r].Kind == VG && s.Phrases[r].Reduced {
				k = s.Phrases[r].Start // the object of "a railway linking A and B"
				continue
			}
		}
		if ph.Start > 0 && s.Tokens[ph.Start-1].Lower == "(" {
			k = ph.Start
			continue // "X (Y) signed": the bracketed short form is not the subject
		}
		if ph.InPP < 0 {
			return ph.Group
		}
		k = ph.Start
	}
	return -1
}

// nestedIn reports whether clause x lies inside clause cl. Nesting is
// shallow in prose; the walk is capped so that no input can make it long.
func (s *Sentence) nestedIn(x, cl int) bool {
	for step := 0; x >= 0 && step < 8; step++ {
		s.work++
		x = s.Clauses[x].Parent
		if x == cl {
			return true
		}
	}
	return false
}

func prevPhrase(s *Sentence, i int) int {
	if i == 0 {
		return -1
	}
	return s.PhraseOf[i-1]
}
