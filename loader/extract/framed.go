package extract

import (
	"fmt"
	"sync"

	"geograph/graph"
	"geograph/loader/frames"
)

// The frame appliers: each holds a parser, so one serves one goroutine at a
// time; the pool lets concurrent extractions share a few.
var (
	frameFileOnce sync.Once
	frameFile     *frames.File
	frameFileErr  error
	framePool     = sync.Pool{New: func() any {
		frameFileOnce.Do(func() {
			frameFile, frameFileErr = frames.Load()
			if frameFileErr == nil {
				frameFile = framesOf(frameFile, framedKinds)
			}
		})
		if frameFileErr != nil {
			return fmt.Errorf("load frames: %w", frameFileErr)
		}
		a, err := frames.NewApplier(frameFile)
		if err != nil {
			return fmt.Errorf("frame applier: %w", err)
		}
		return a
	}}
)

// framedKinds are the kinds whose facts the extraction reads from the
// frames so far; the others stay with the rules, and leaving their frames
// out spares parsing the sentences only they could trigger on.
var framedKinds = map[graph.Kind]bool{graph.KindSanction: true, graph.KindTradeRoute: true}

// framesOf returns a copy of f with only the frames of the given kinds.
func framesOf(f *frames.File, kinds map[graph.Kind]bool) *frames.File {
	sub := *f
	sub.Frames = nil
	for _, fr := range f.Frames {
		if kinds[fr.Kind] {
			sub.Frames = append(sub.Frames, fr)
		}
	}
	return &sub
}

// frameTrace, when set (by a test or a debugging build), sees every
// sentence's facts.
var frameTrace func(sentence string, facts []frames.Fact)

// framed is one sentence's frame facts, with the mentions their roles
// stand for.
type framed struct {
	facts []frames.Fact
	// byStart maps a role mention's start (in the sentence) to the
	// article mention it was made from.
	byStart map[int]mention
}

// applyFrames parses each sentence once and applies the event and route
// frames to it and its named mentions. Sentences with no trigger word are
// skipped without parsing.
func (st *state) applyFrames() []framed {
	out := make([]framed, len(st.sents))
	got := framePool.Get()
	a, ok := got.(*frames.Applier)
	if !ok {
		// The frame file is embedded and checked by its tests; without it
		// the rules still run.
		return out
	}
	defer framePool.Put(a)
	var ms []frames.Mention
	for si, s := range st.sents {
		ms = ms[:0]
		by := map[int]mention{}
		last := -1
		for _, m := range st.inSentence(si) {
			kind := frameKind(m)
			if kind == "" || m.Start < last || compoundModifier(st.masked, m.End) {
				continue
			}
			last = m.End
			ms = append(ms, frames.Mention{Start: m.Start - s.Start, End: m.End - s.Start, Kind: kind})
			by[m.Start-s.Start] = m
		}
		out[si] = framed{facts: a.Apply(st.sentText(si), ms), byStart: by}
		if frameTrace != nil {
			frameTrace(st.sentText(si), out[si].facts)
		}
	}
	return out
}

// frameKind is the kind a frame reads a mention as: a named project counts
// as an organisation (it can be sanctioned); implicit mentions (the country
// of a title or place) are not in the text.
func frameKind(m mention) string {
	if m.Implicit {
		return ""
	}
	switch m.Kind {
	case graph.KindCountry, graph.KindOrganization, graph.KindPerson, graph.KindPlace, graph.KindCommodity:
		return string(m.Kind)
	case graph.KindInitiative:
		return string(graph.KindOrganization)
	}
	return ""
}

// role returns the article mentions filling role r of fact f.
func (fd framed) role(f frames.Fact, r string) []mention {
	var out []mention
	for _, m := range f.Roles[r] {
		if x, ok := fd.byStart[m.Start]; ok && !hasID(out, x.ID) {
			out = append(out, x)
		}
	}
	return out
}

// compoundModifier reports a mention glued by a hyphen to a lower-case
// word ("<State>-registered", "<demonym>-led"): it modifies another noun
// and fills no role itself.
func compoundModifier(s string, end int) bool {
	return end+1 < len(s) && s[end] == '-' && s[end+1] >= 'a' && s[end+1] <= 'z'
}
