package syntax

// coordinate joins noun phrases separated only by a coordinator ("and",
// "or", ", and", "as well as") or, inside a list that ends in one, by a
// comma: "X, Y and Z". A comma run with no coordinator is an
// apposition ("the president, X,") and stays apart.
func coordinate(s *Sentence, fixed []bool) {
	s.Groups = make([]Group, 0, len(s.Phrases))
	prev := -1 // previous NP phrase index
	lastVG := -1
	commaOnly := false
	for pi := range s.Phrases {
		p := &s.Phrases[pi]
		if p.Kind != NP {
			lastVG = pi
			continue
		}
		if prev >= 0 {
			sep := separator(s.Tokens[s.Phrases[prev].End:p.Start])
			if sep == sepCoord && clauseCoordination(s, prev, pi, lastVG) {
				sep = sepNone
			}
			switch {
			case sep == sepCoord:
				p.Group = s.Phrases[prev].Group
				s.Groups[p.Group].Members = append(s.Groups[p.Group].Members, pi)
				commaOnly = false
				prev = pi
				continue
			case sep == sepComma:
				p.Group = s.Phrases[prev].Group
				s.Groups[p.Group].Members = append(s.Groups[p.Group].Members, pi)
				if len(s.Groups[p.Group].Members) == 2 {
					commaOnly = true
				}
				prev = pi
				continue
			}
			if commaOnly {
				splitGroup(s, s.Phrases[prev].Group)
			}
		}
		commaOnly = false
		p.Group = len(s.Groups)
		s.Groups = append(s.Groups, Group{Members: []int{pi}})
		prev = pi
	}
	if commaOnly && prev >= 0 {
		splitGroup(s, s.Phrases[prev].Group)
	}
}

// splitGroup undoes a group joined by commas alone: each member becomes a
// group of its own.
func splitGroup(s *Sentence, g int) {
	ms := s.Groups[g].Members
	if len(ms) < 2 {
		return
	}
	s.Groups[g].Members = ms[:1]
	for _, m := range ms[1:] {
		s.Phrases[m].Group = len(s.Groups)
		s.Groups = append(s.Groups, Group{Members: []int{m}})
	}
}

type sep uint8

const (
	sepNone sep = iota
	sepComma
	sepCoord
)

// separator classifies the tokens between two noun phrases.
func separator(between []Token) sep {
	if len(between) > 4 {
		return sepNone
	}
	switch len(between) {
	case 1:
		switch between[0].Lower {
		case ",":
			return sepComma
		case "and", "or", "&", "and/or":
			return sepCoord
		}
	case 2:
		if between[0].Lower == "," && (between[1].Lower == "and" || between[1].Lower == "or") {
			return sepCoord
		}
	case 3:
		if between[0].Lower == "as" && between[1].Lower == "well" && between[2].Lower == "as" {
			return sepCoord
		}
	case 4:
		if between[0].Lower == "," && between[1].Lower == "as" && between[2].Lower == "well" && between[3].Lower == "as" {
			return sepCoord
		}
	}
	return sepNone
}

// clauseCoordination reports a coordinator that joins clauses rather than
// noun phrases: "met in X, and Y will host", where the second noun
// phrase is followed by its own verb, a finite verb came before, and a
// comma stands before the coordinator. After
// a bare participle ("a railway linking A and B is planned") or after
// "between", the nouns are coordinated.
func clauseCoordination(s *Sentence, q, p, lastVG int) bool {
	next := p + 1
	if next >= len(s.Phrases) || s.Phrases[next].Kind != VG || s.Phrases[next].Start != s.Phrases[p].End {
		return false
	}
	if first := s.Phrases[q].Start; first > 0 && s.Tokens[first-1].Lower == "between" {
		return false
	}
	// Only ", and" after a lone noun phrase: in "A, B and C signed" or
	// "A and B signed" the nouns are the subject.
	if s.Tokens[s.Phrases[q].End].Lower != "," || len(s.Groups[s.Phrases[q].Group].Members) > 1 {
		return false
	}
	return lastVG >= 0 && !s.Phrases[lastVG].Reduced
}
