package frames

import (
	"fmt"
	"sort"

	"geograph/graph"
	"geograph/loader/syntax"
)

// Mention is an entity mention the caller found in the sentence.
type Mention struct {
	Start, End int    // byte offsets into the sentence
	Kind       string // Country, Organization, Person, Place or Commodity
}

// Fact is one frame instance found in a sentence.
type Fact struct {
	Frame    string
	Kind     graph.Kind
	Modality graph.Modality
	// Form is how the sentence expresses it: "active", "passive" or
	// "nominal". Light marks a support verb with one of the frame's nouns
	// ("imposed sanctions"); Relative marks a relative clause whose head
	// fills a role ("X, which was sanctioned by").
	Form     string
	Light    bool
	Relative bool
	Trigger  syntax.Span // the verb or noun that evoked the frame
	// Roles maps a role to the mentions filling it, in sentence order.
	Roles map[string][]Mention
}

// Applier applies a frame file. It holds a parser, so one Applier serves
// one goroutine; make one per worker (the tagger model is shared).
type Applier struct {
	file   *File
	lx     *lexicon
	cues   map[string][]cue
	rank   map[graph.Modality]int
	parser *syntax.Parser
	// triggers holds the words that can evoke a frame on their own.
	triggers map[string]bool
}

// NewApplier returns an applier for the frame file f (Load's, usually).
func NewApplier(f *File) (*Applier, error) {
	p, err := syntax.NewParser()
	if err != nil {
		return nil, fmt.Errorf("frames: %w", err)
	}
	a := &Applier{file: f, lx: buildLexicon(f), parser: p, rank: map[graph.Modality]int{}}
	var compounds [][]string
	for _, fr := range f.Frames {
		for _, n := range fr.Nouns {
			compounds = append(compounds, nounWords(n))
		}
	}
	p.SetCompounds(compounds)
	a.cues = buildCues(f.Modality)
	a.triggers = triggerWords(a.lx)
	for i, m := range f.Modality.Precedence {
		a.rank[m] = i
	}
	return a, nil
}

// Apply parses the sentence, keeping every mention inside one noun phrase,
// and returns the facts the frames find, ordered by trigger. A sentence
// with no word that can evoke a frame is not parsed at all.
func (a *Applier) Apply(sentence string, mentions []Mention) []Fact {
	if !a.mayTrigger(sentence) {
		return nil
	}
	return a.ApplyParsed(a.Parse(sentence, mentions), mentions)
}

// Parse parses a sentence as Apply does: the mentions are names and the
// frame file's multiword nouns stay whole. A caller that wants the parse
// for rules of its own parses here and then calls ApplyParsed.
func (a *Applier) Parse(sentence string, mentions []Mention) *syntax.Sentence {
	names := make([]syntax.Span, len(mentions))
	for i, m := range mentions {
		names[i] = syntax.Span{Start: m.Start, End: m.End}
	}
	return a.parser.Parse(sentence, names)
}

// ApplyParsed is Apply on a sentence that Parse parsed with the same
// mentions.
func (a *Applier) ApplyParsed(s *syntax.Sentence, mentions []Mention) []Fact {
	st := newState(a, s, mentions)
	var facts []Fact
	consumed := make([]bool, len(s.Phrases))
	for vi := range s.Phrases {
		v := &s.Phrases[vi]
		if v.Kind != syntax.VG {
			continue
		}
		form := s.Tokens[v.Head].Lower
		linked := v.Object
		if v.Voice == syntax.Passive {
			linked = v.Subject
		}
		if np, hit, l, ok := st.lightMatch(form, linked); ok {
			consumed[np] = true
			facts = append(facts, st.lightFact(vi, np, hit, l))
			continue
		}
		for _, fi := range a.lx.verbs[form] {
			facts = append(facts, st.verbFact(vi, fi))
		}
	}
	for pi, hit := range st.nouns {
		if hit.frame >= 0 && !consumed[pi] {
			facts = append(facts, st.nominalFact(pi, hit))
		}
	}
	for pi, p := range s.Phrases {
		if p.Kind == syntax.NP {
			facts = append(facts, st.participleFacts(pi)...)
		}
	}
	// A frame that found no mention for any role says nothing the graph
	// can use ("the move was welcomed"): drop it.
	kept := facts[:0]
	for _, f := range facts {
		n := 0
		for _, ms := range f.Roles {
			n += len(ms)
		}
		if n > 0 && n >= st.minMentions(f.Frame) {
			kept = append(kept, f)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Trigger.Start < kept[j].Trigger.Start })
	return kept
}

func (st *state) minMentions(frame string) int {
	for _, fr := range st.a.file.Frames {
		if fr.Name == frame {
			return fr.MinMentions
		}
	}
	return 0
}

// nounHit is a frame noun found at the end of a noun phrase.
type nounHit struct {
	frame      int
	start, end int // token indices of the noun's words
}

// state is what ApplyParsed knows about one sentence.
type state struct {
	a        *Applier
	s        *syntax.Sentence
	mentions []Mention
	first    []int     // mention index → its first token, -1 if it covers none
	startsAt []int     // token index → mention starting there, -1
	cover    []bool    // token index → inside some mention
	nouns    []nounHit // phrase index → frame noun heading it
	byNoun   [][]int   // phrase index → PPs modifying it
	byVerb   [][]int   // phrase index → PPs after it in its clause
}

func newState(a *Applier, s *syntax.Sentence, mentions []Mention) *state {
	st := &state{a: a, s: s, mentions: mentions,
		first: make([]int, len(mentions)), startsAt: make([]int, len(s.Tokens)), cover: make([]bool, len(s.Tokens)),
		nouns: make([]nounHit, len(s.Phrases)), byNoun: make([][]int, len(s.Phrases)), byVerb: make([][]int, len(s.Phrases))}
	for i := range st.startsAt {
		st.startsAt[i] = -1
	}
	for mi, m := range mentions {
		st.first[mi] = -1
		if f, l, ok := s.TokenRange(syntax.Span{Start: m.Start, End: m.End}); ok {
			st.first[mi] = f
			for k := f; k <= l; k++ {
				st.cover[k] = true
			}
			if st.startsAt[f] < 0 {
				st.startsAt[f] = mi
			}
		}
	}
	for pi, p := range s.Phrases {
		st.nouns[pi] = nounHit{frame: -1}
		if p.Kind == syntax.NP {
			st.nouns[pi] = st.matchNoun(p)
		}
	}
	for ppi, pp := range s.PPs {
		if pp.Noun >= 0 {
			st.byNoun[pp.Noun] = append(st.byNoun[pp.Noun], ppi)
		}
		// An "of" completes the noun before it ("its invasion of X"),
		// never the verb.
		if pp.Verb >= 0 && !(pp.Noun >= 0 && s.Tokens[pp.Prep].Lower == "of") {
			st.byVerb[pp.Verb] = append(st.byVerb[pp.Verb], ppi)
		}
	}
	return st
}

// matchNoun finds the longest frame noun ending at the phrase's head. A
// head inside a name ("the X Economic Forum") is the name's.
func (st *state) matchNoun(p syntax.Phrase) nounHit {
	best := nounHit{frame: -1}
	h := p.Head
	refs := st.a.lx.nouns[st.s.Tokens[h].Lower]
	if len(refs) == 0 || st.cover[h] {
		return best
	}
	for _, r := range refs {
		k := len(r.words)
		if h-k+1 < p.Start || best.frame >= 0 && k <= best.end-best.start {
			continue
		}
		ok := true
		for j := 0; j < k-1 && ok; j++ {
			ok = st.s.Tokens[h-k+1+j].Lower == r.words[j]
		}
		if ok {
			best = nounHit{frame: r.frame, start: h - k + 1, end: h + 1}
		}
	}
	return best
}

// lightMatch finds a support verb whose linked group (object, or subject
// of a passive) holds one of the noun's frame.
func (st *state) lightMatch(form string, linked int) (np int, hit nounHit, light int, ok bool) {
	refs := st.a.lx.light[form]
	if linked < 0 || len(refs) == 0 {
		return 0, nounHit{}, 0, false
	}
	for _, m := range st.s.Groups[linked].Members {
		h := st.nouns[m]
		if h.frame < 0 {
			continue
		}
		for _, r := range refs {
			if r.frame == h.frame {
				return m, h, r.light, true
			}
		}
	}
	return 0, nounHit{}, 0, false
}
