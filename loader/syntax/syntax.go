// Package syntax is the loader's syntactic layer: it splits a sentence into
// tokens with byte offsets, tags them with a statistical part-of-speech
// tagger, and finds noun-phrase and verb-group chunks, clauses (relative,
// subordinate, coordinated), the voice of each verb group, its subject and
// object, coordinated noun phrases ("X and Y") and what each prepositional
// phrase attaches to.
//
// It is shallow on purpose: every step is one left-to-right pass over the
// tokens, so a sentence costs time linear in its length, and nothing here
// knows about countries, events or any other world name. The rules above it
// (loader/frames) read positions — subject, object, by-agent, a PP's
// object, possessor, relative-clause head — and map them to roles.
package syntax

import (
	"fmt"
	"strings"
)

// Kind tells a noun phrase from a verb group.
type Kind uint8

const (
	NP Kind = iota + 1 // noun phrase: "the bloc's annual summit"
	VG                 // verb group: "is expected to be signed"
)

// Voice is a verb group's voice.
type Voice uint8

const (
	Active Voice = iota
	Passive
)

func (v Voice) String() string {
	if v == Passive {
		return "passive"
	}
	return "active"
}

// Phrase is a chunk: tokens [Start, End).
type Phrase struct {
	Kind       Kind
	Start, End int // token indices
	Head       int // token index of the head: last noun of an NP, main verb of a VG
	Clause     int // index into Sentence.Clauses

	// NP only.
	Group int // index into Sentence.Groups: the coordination it is part of
	// Poss is the index of the possessive token ("'s", "'") when the NP
	// has a possessor, which is then tokens [Start, Poss); -1 otherwise.
	Poss int
	// InPP is the index of the PP whose object this NP is, or -1.
	InPP int

	// VG only.
	Voice   Voice
	Reduced bool // a bare participle after a noun: "the deal signed by", "a pipeline running from"
	Subject int  // group index of the subject, -1 if none found
	Object  int  // group index of the direct object, -1 if none
}

// Group is a coordination of noun phrases: "X, Y and Z". An
// uncoordinated NP is a group of one.
type Group struct {
	Members []int // phrase indices, in order
}

// PP is a prepositional phrase and its attachment.
type PP struct {
	Prep   int // token index of the preposition
	Object int // group index of its object
	// Noun is the phrase index of the NP the PP modifies when it follows
	// one ("sanctions on X", "a pipeline from A through B": every PP of
	// a chain modifies the chain's first noun, except "of", which modifies
	// the noun right before it); -1 if none.
	Noun int
	// Verb is the phrase index of the verb group before it in its clause,
	// -1 if none.
	Verb int
	// Attach is the reading chosen: Noun or Verb.
	Attach int
}

// Clause is a clause: tokens [Start, End) less those of nested clauses.
type Clause struct {
	Start, End int
	Parent     int // enclosing clause, -1 for the main one
	// Relative marks a relative clause; Head is then the group index of
	// the noun phrase it modifies and Gap says which position the head
	// fills in it: "subject" ("X, which was sanctioned by") or
	// "object" ("the treaty that the two sides signed").
	Relative bool
	Head     int
	Gap      string
	// Shares is, for a clause opened by a coordinator right before its
	// verb ("met Y and signed"), the verb group whose subject it shares;
	// -1 otherwise.
	Shares int
}

// Sentence is a parsed sentence.
type Sentence struct {
	Text    string
	Tokens  []Token
	Phrases []Phrase
	Groups  []Group
	PPs     []PP
	Clauses []Clause
	// PhraseOf maps a token index to the phrase containing it, or -1.
	PhraseOf []int
	// ClauseOf maps a token index to its innermost clause.
	ClauseOf []int

	// work counts the steps of the passes that look back over tokens or
	// up the clause tree, the only ones that could grow faster than the
	// sentence; a test holds it to a constant per token.
	work int
}

// Span is a byte range of the sentence text.
type Span struct{ Start, End int }

// String renders the parse for tests and debugging: tokens with tags,
// bracketed chunks, and each verb group's voice and arguments.
func (s *Sentence) String() string {
	var b strings.Builder
	for i, t := range s.Tokens {
		if p := s.PhraseOf[i]; p >= 0 && s.Phrases[p].Start == i {
			if s.Phrases[p].Kind == NP {
				b.WriteString("[NP ")
			} else {
				b.WriteString("[VG ")
			}
		}
		fmt.Fprintf(&b, "%s/%s", t.Text, t.Tag)
		if p := s.PhraseOf[i]; p >= 0 && s.Phrases[p].End == i+1 {
			b.WriteString("]")
		}
		b.WriteString(" ")
	}
	for _, p := range s.Phrases {
		if p.Kind != VG {
			continue
		}
		fmt.Fprintf(&b, "\n  %s: %s clause=%d subj=%s obj=%s", s.Tokens[p.Head].Text, p.Voice, s.ClauseOf[p.Start], s.GroupText(p.Subject), s.GroupText(p.Object))
	}
	for _, pp := range s.PPs {
		fmt.Fprintf(&b, "\n  %s %s → %s", s.Tokens[pp.Prep].Text, s.GroupText(pp.Object), s.PhraseText(pp.Attach))
	}
	return b.String()
}

// PhraseText is the text of phrase p, or "-".
func (s *Sentence) PhraseText(p int) string {
	if p < 0 {
		return "-"
	}
	ph := s.Phrases[p]
	return s.Text[s.Tokens[ph.Start].Start:s.Tokens[ph.End-1].End]
}

// GroupText is the text of group g's members joined by " + ", or "-".
func (s *Sentence) GroupText(g int) string {
	if g < 0 {
		return "-"
	}
	var parts []string
	for _, m := range s.Groups[g].Members {
		parts = append(parts, s.PhraseText(m))
	}
	return strings.Join(parts, " + ")
}
