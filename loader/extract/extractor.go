// Package extract is the extraction core: it runs the layers below it
// (text, dates, mentions) and the event and route rules on one article and
// returns an Extraction, which it can also print as the JSON contract of
// `geograph extract`.
//
// It is pure and deterministic: no network, no model, no store; the same
// article always gives the same Extraction.
package extract

import (
	"context"
	"fmt"
	"sort"
	"time"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/mentions"
	"geograph/loader/refdata"
	"geograph/loader/text"
)

// ExtractorVersion is written on every piece of evidence the loader makes.
const ExtractorVersion = "geograph-loader/1"

// Extractor extracts facts from articles. It is safe for concurrent use.
type Extractor struct {
	data *refdata.Data
	dict *mentions.Dictionary
	ref  *reference
}

// NewExtractor loads the reference data and builds the dictionary.
func NewExtractor() (*Extractor, error) {
	data, err := refdata.Load()
	if err != nil {
		return nil, fmt.Errorf("load reference data: %w", err)
	}
	dict := mentions.NewDictionary(data)
	return &Extractor{data: data, dict: dict, ref: buildReference(data, dict.Places)}, nil
}

// Extraction is what one article yields.
type Extraction struct {
	Article  graph.Article
	Entities []graph.Entity // every entity the facts refer to, by ID
	Mentions []graph.Mention
	Events   []graph.Event
	Routes   []graph.Route

	// named holds the entities the text itself names (the contract lists
	// only these); people resolved from a bare title are left out.
	named    map[string]bool
	info     map[string]*entityInfo
	surfaces map[string][]string // named person ID → the forms the text uses
	data     *refdata.Data
}

// entityInfo is what the extraction knows of an entity beyond graph.Entity.
type entityInfo struct {
	Entity  graph.Entity
	Surface string // the first form the text uses
	Role    string // as the text gives it
	Reason  string
	Count   int
	First   int // byte offset of the first mention
}

// Extract runs the pipeline on one article.
func (x *Extractor) Extract(a graph.Article) *Extraction {
	if a.ID == "" {
		a.ID = ArticleID(a)
	}
	st := newState(x, a)
	st.run()
	return st.result()
}

// ExtractContext is Extract that stops when ctx is done: it returns ctx's
// error and no extraction. The context is checked between the pipeline's
// stages and each time a rule takes a sentence's text, tokens or mentions,
// and sentences are at most text.MaxSentenceBytes long, so even a long
// article without a sentence end stops soon after ctx is done.
func (x *Extractor) ExtractContext(ctx context.Context, a graph.Article) (ex *Extraction, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if a.ID == "" {
		a.ID = ArticleID(a)
	}
	defer func() {
		if r := recover(); r != nil {
			c, ok := r.(stopped)
			if !ok {
				panic(r)
			}
			ex, err = nil, c.err
		}
	}()
	st := newState(x, a)
	st.ctx = ctx
	st.run()
	st.check()
	return st.result(), nil
}

// stopped is the panic value of a check that finds the context done. Only
// ExtractContext recovers it: it unwinds the rules, which have no error
// path of their own, from wherever the check happened.
type stopped struct{ err error }

// check panics with stopped when the extraction's context is done.
func (st *state) check() {
	if err := st.ctx.Err(); err != nil {
		panic(stopped{err})
	}
}

// state is one article's extraction in progress.
type state struct {
	x *Extractor
	// ctx is checked by check; Extract's never ends.
	ctx      context.Context
	art      graph.Article
	text     string // the article text
	masked   string // text with markup, credits and bylines blanked
	sents    []text.Sentence
	pub      time.Time
	pubKnown bool
	dctx     dates.Context
	// articleDate is the date the article's own news happened: a dateline
	// or lede date near publication, else the publication date.
	articleDate graph.Date
	mainPlace   string // place ID of the dateline or first place

	matches  []mentions.Match
	covered  []bool       // bytes a dictionary word or name already took
	titles   []titleMatch // office titles, resolved after people
	mentions []mention    // sorted by Start
	dates    [][]dates.Mention
	ents     map[string]*entityInfo
	events   []*eventDraft
	// lastImposers are the sanction imposers last named, for "its sanctions".
	lastImposers    []mention
	lastImposerSent int
	toks            [][]text.Token // per sentence, filled by sentTokens
	// sanctionArticle: the article speaks of sanctions somewhere.
	sanctionArticle bool
	routes          []*routeDraft
	// namedAdministration is the state of the first "<Leader>
	// administration", which a later "the administration" stands for.
	namedAdministration string
	// headline holds the entities the title names (no mention: the
	// contract's offsets are into the body).
	headline map[string]bool
	framed   []framed // per sentence, the frame facts (framed.go)
}

func newState(x *Extractor, a graph.Article) *state {
	st := &state{x: x, ctx: context.Background(), art: a, text: a.Text, ents: map[string]*entityInfo{}}
	if t, ok := dates.ParseDay(a.Published); ok {
		st.pub, st.pubKnown = t, true
	}
	return st
}

// run runs the stages in order, checking the context before each.
func (st *state) run() {
	stages := []func(){
		func() { st.masked = text.MaskCredits(text.MaskMarkup(st.text)) },
		func() { st.sents = text.SplitSentences(st.text) },
		st.dateline,
		func() { st.matches = st.x.dict.Find(st.masked) },
		st.keepMatchesWhole,
		st.resolveMatches,
		st.detectCompanies,
		st.detectFormCompanies,
		st.detectBracketedBlocs,
		st.detectConsortiumMembers,
		st.detectSubsidiaries,
		st.detectMovements,
		st.detectPeople,
		st.detectPeople, // names joined by "and" to a name found in the first pass
		st.corefSurnames,
		st.detectTitledSurnames,
		st.mergeSurnameOnly,
		st.resolveTitles,
		st.resolveGovernmentBodies,
		func() {
			sort.SliceStable(st.mentions, func(i, j int) bool { return st.mentions[i].Start < st.mentions[j].Start })
		},
		st.dropStraddling,
		st.scanHeadline,
		st.findDates,
		st.findEvents,
		st.findRoutes,
	}
	for _, stage := range stages {
		st.check()
		stage()
	}
}

// sentenceAt returns the index of the sentence holding byte offset pos.
func (st *state) sentenceAt(pos int) int {
	i := sort.Search(len(st.sents), func(i int) bool { return st.sents[i].End > pos })
	if i == len(st.sents) {
		return len(st.sents) - 1
	}
	return i
}

// inSentence returns the mentions of sentence i.
func (st *state) inSentence(i int) []mention {
	st.check()
	s := st.sents[i]
	lo := sort.Search(len(st.mentions), func(k int) bool { return st.mentions[k].Start >= s.Start })
	hi := sort.Search(len(st.mentions), func(k int) bool { return st.mentions[k].Start >= s.End })
	return st.mentions[lo:hi]
}

// ArticleID is the article's node ID: a hash of its URL, or of its text when
// it has none.
func ArticleID(a graph.Article) string {
	if a.URL != "" {
		return graph.HashID(graph.KindArticle, a.URL)
	}
	return graph.HashID(graph.KindArticle, a.Text)
}

// DictionaryWords returns every word form the dictionary matches, in the
// order they were added (for baselines that scan word by word).
func (x *Extractor) DictionaryWords() []string { return x.dict.Words() }

// sentTokens returns the tokens of sentence i of the masked text,
// tokenised once and shared by every rule that reads them (read only).
func (st *state) sentTokens(i int) []text.Token {
	st.check()
	if st.toks == nil {
		st.toks = make([][]text.Token, len(st.sents))
	}
	if st.toks[i] == nil {
		s := st.sents[i]
		st.toks[i] = text.Tokenize(st.masked[s.Start:s.End], s.Start)
	}
	return st.toks[i]
}
