package text

import (
	"strings"

	"geograph/graph"
	"geograph/loader/regex"
)

var (
	negatedRE      = regex.MustCompile(`\b(not|never|no|without|refused to|refuses to|declined to|failed to|fail to|rejected|ruled out|denied|cancell?ed|called off|postponed|scrapped|waived|waives|waiving|lifted|lifting|lift)\b|n't\b`)
	threatenedRE   = regex.MustCompile(`\b(threat\w*|warn\w*|propos\w*|consider\w*|weigh\w*|mull\w*|could face|calls? for|called for|calling for|urg\w*|push\w* for|new package|new round|draft\w*|prepar\w*|seek\w* to impose|seek\w* to)\b`)
	PlannedRE      = regex.MustCompile(`\b(will|shall|is to|are to|was to|to be held|to be signed|expected|due to (?:meet|sign|visit|hold|attend|host|travel)|is due|are due|plans? to|planned|planning|scheduled|set to|upcoming|next week|next month|next year|ahead of|intends? to|aims? to|would (?:meet|visit|sign|attend|hold|host|travel)|to (?:meet|sign|visit|attend|hold|host|conclude|travel))\b|'ll\b`)
	hypotheticalRE = regex.MustCompile(`\b(if|could|would|may|might|possible|possibly|potential|potentially|likely|unlikely|hypothetical|ready|willing|open to|offer\w*|hopes? for|hoped for)\b`)
	afterDoubtRE   = regex.MustCompile(`^[^.;]{0,40}\b(impossible|possible|unlikely|ruled out|off the table|out of the question)\b`)
	ClauseCutRE    = regex.MustCompile(`[;—–]|, (?:which|who|where|while|but|as|although|though|whereas|and|since)\b|\. `)
)

// modalityAt decides the modality of an event whose trigger spans
// [ts, te) of the sentence s (both offsets relative to s), from the cues in
// the trigger's clause.
func ModalityAt(s string, ts, te int) (graph.Modality, string) {
	return ModalityWithin(s, ts, te, 30)
}

// modalityWithin is modalityAt with negation looked for only in the neg
// bytes before the trigger.
func ModalityWithin(s string, ts, te, neg int) (graph.Modality, string) {
	lo := 0
	for _, m := range ClauseCuts(s[:ts]) {
		lo = m[1]
	}
	if ts-lo > 90 {
		lo = ts - 90
	}
	hi := len(s)
	if m := ClauseCuts(s[te:]); m != nil {
		hi = te + m[0][0]
	}
	if hi-te > 40 {
		hi = te + 40
	}
	before := strings.ToLower(s[lo:ts])
	trig := strings.ToLower(s[ts:te])
	after := strings.ToLower(s[te:hi])
	window := before + " " + trig + " " + after
	near := before
	if len(near) > neg {
		near = near[len(near)-neg:]
	}
	switch {
	case negatedRE.MatchString(near + " " + trig):
		return graph.Negated, "negation '" + negatedRE.FindString(near+" "+trig) + "'"
	case threatenedRE.MatchString(window):
		return graph.Threatened, "cue '" + threatenedRE.FindString(window) + "'"
	case PlannedRE.MatchString(before + " " + trig):
		return graph.Planned, "cue '" + PlannedRE.FindString(before+" "+trig) + "'"
	case hypotheticalRE.MatchString(before):
		return graph.Hypothetical, "cue '" + hypotheticalRE.FindString(before) + "'"
	case afterDoubtRE.MatchString(after):
		return graph.Hypothetical, "cue '" + afterDoubtRE.FindStringSubmatch(after)[1] + "' after it"
	}
	return graph.Asserted, ""
}

// clauseCuts returns the clause boundaries in s, without the full stops of
// abbreviations ("U.S. sanctions", "St. <Name>").
func ClauseCuts(s string) [][]int {
	var out [][]int
	for _, m := range ClauseCutRE.FindAllStringIndex(s, -1) {
		if s[m[0]] == '.' && abbrevBefore(s[:m[0]]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// abbrevBefore reports whether s ends in an abbreviation: a single capital
// ("U.S", "U.N") or a short title ("St", "Mr").
func abbrevBefore(s string) bool {
	w := s[strings.LastIndexAny(s, " (\n")+1:]
	if n := len(w); n >= 1 && (n == 1 || w[n-2] == '.') && w[n-1] >= 'A' && w[n-1] <= 'Z' {
		return true
	}
	switch w {
	case "St", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Jr", "Sr", "No":
		return true
	}
	return false
}

// futureAt tells, for a date expression at a byte offset of sentence s,
// whether it speaks of what is to come. A cue of the future after the date
// counts only in the date's own clause: in "welcomed <Name> on Friday at a
// summit that was also expected to confront …" the cue belongs to the
// relative clause, and Friday is the one past.
func FutureAt(s string) func(int) bool {
	var cues [][]int
	found := false
	return func(pos int) bool {
		if !found {
			// The cues are looked for on the first question only: most
			// sentences have no date to ask about.
			ls := strings.ToLower(s)
			cues = append(cues, PlannedRE.FindAllStringIndex(ls, -1)...)
			cues = append(cues, scheduleRE.FindAllStringIndex(ls, -1)...)
			found = true
		}
		for _, c := range cues {
			if c[0] < pos || !relativeCutRE.MatchString(s[pos:c[0]]) {
				return true
			}
		}
		return false
	}
}

// relativeCutRE: the start of a relative clause or of another clause.
var relativeCutRE = regex.MustCompile(`\b(?:that|which|who|whom|where)\b|[;—–]|, (?:but|while|although|though|whereas)\b`)

// scheduleRE: a present tense that announces ("the summit opens on Tuesday").
var scheduleRE = regex.MustCompile(`\b(opens|begins|starts|kicks off|gets under way|takes place|is scheduled|are scheduled)\b`)
