package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/regex"
	"geograph/loader/text"
)

// clauseDate is the nearest date of the clause [lo, hi) of sentence si;
// without one, the article's date for the article's own news.
func (st *state) clauseDate(si, pos, lo, hi int, current bool) graph.Date {
	base := st.sents[si].Start
	best, bestDist := -1, 1<<30
	dateline := -1
	for k, d := range st.dates[si] {
		if d.Start < base+lo || d.Start >= base+hi || (d.AfterOnly && d.Start > pos) {
			continue
		}
		if st.inDateline(d) {
			dateline = k // the date of the report, not of what it reports
			continue
		}
		if d.Start > pos && subordRE.MatchString(st.masked[pos:d.Start]) {
			continue // "shook hands before the summit opens on Tuesday"
		}
		dist := d.Start - pos
		if dist < 0 {
			dist = pos - d.End
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		return st.dates[si][best].Date
	}
	if dateline >= 0 {
		// The lede's clause has only the dateline: a day named in its other
		// clause is the event's ("… ended their summit in <Place>, although
		// both men called Friday's talks productive").
		for _, d := range st.dates[si] {
			if d.Start >= base+hi && d.Start >= pos && !d.AfterOnly && !st.inDateline(d) && graph.GranularityOf(d.Date.Value) == graph.Day && !subordRE.MatchString(st.masked[pos:d.Start]) {
				d.Date.Derivation += " (in the lede's other clause)"
				return d.Date
			}
		}
		return st.dates[si][dateline].Date
	}
	if !current {
		return graph.Date{Granularity: graph.Unknown}
	}
	// A date earlier in the sentence ("On <weekday> he stopped in <city>,
	// where he held talks").
	for k := len(st.dates[si]) - 1; k >= 0; k-- {
		if d := st.dates[si][k]; d.End <= pos && !d.AfterOnly {
			d.Date.Derivation += " (earlier in the sentence)"
			return d.Date
		}
	}
	// "that day": the last date named before.
	if sameDayRE.MatchString(st.sentText(si)) {
		for k := si - 1; k >= 0 && k >= si-3; k-- {
			if n := len(st.dates[k]); n > 0 {
				d := st.dates[k][n-1].Date
				d.Derivation += " ('that day')"
				return d
			}
		}
	}
	if st.articleDate.Value != "" {
		d := st.articleDate
		d.Derivation = "no date in the clause; the article's date: " + d.Derivation
		return d
	}
	return graph.Date{Granularity: graph.Unknown}
}

// inDateline reports whether a date is the one of a dateline: "<CITY>,
// <Region>, <Mon> <day> - …".
func (st *state) inDateline(d dates.Mention) bool {
	si := st.sentenceAt(d.Start)
	if si < 0 {
		return false
	}
	start := st.sents[si].Start
	return datelineHeadRE.MatchString(st.masked[start:d.Start]) && datelineTailRE.MatchString(st.masked[d.End:min(len(st.masked), d.End+40)])
}

var (
	datelineHeadRE = regex.MustCompile(`^\s*\p{Lu}[\p{L}'’. ,-]{1,60}$`)
	datelineTailRE = regex.MustCompile(`^\s*(?:\([^)]{1,30}\)\s*)?(?:[-–—]+|:)\s`)
)

var topicOnRE = regex.MustCompile(`^ on (?:the |a |an )?\p{Ll}`)

var jointRE = regex.MustCompile(`(?i)\b(three-way|trilateral|four-way|joint|together|jointly)\b`)

var separateRE = regex.MustCompile(`(?i)\b(separate|separately|one-on-one|each of)\b`)

var subordRE = regex.MustCompile(`\b(before|after|ahead of|until|when|since|while|as|following)\b`)

var openedRE = regex.MustCompile(`\b(opened|began|started|kicked off|opens|begins|starts)\b`)

var sameDayRE = regex.MustCompile(`(?i)\b(that day|the same day|that evening|that night)\b`)

// placeNear is the place of an event: one named right after the trigger
// ("in <City>"), or before it in the clause, else the article's place.
func (st *state) placeNear(si, lo, trigEnd, hi int, current bool) string {
	var before string
	for _, m := range st.inSentence(si) {
		if m.Kind != graph.KindPlace || m.Start < lo || m.Start >= hi {
			continue
		}
		if m.Start >= trigEnd && m.Start-trigEnd <= 80 {
			return m.ID
		}
		if m.Start < trigEnd && before == "" {
			before = m.ID
		}
	}
	if before != "" {
		return before
	}
	if current {
		return st.mainPlace
	}
	return ""
}

func hasID(ms []mention, id string) bool {
	for _, m := range ms {
		if m.ID == id {
			return true
		}
	}
	return false
}

// findDates resolves each sentence's date expressions.
func (st *state) findDates() {
	st.dates = make([][]dates.Mention, len(st.sents))
	if !st.pubKnown {
		// Without a publication date only explicit dates resolve.
		for i, s := range st.sents {
			st.dates[i] = dates.Find(st.masked[s.Start:s.End], s.Start, st.dctx, false)
		}
		return
	}
	// The article's own date: a day near publication in the lede.
	if st.articleDate.Derivation == "publication date" {
		for i, s := range st.sents {
			if i > 3 {
				break
			}
			for _, d := range dates.Find(st.masked[s.Start:s.End], s.Start, st.dctx, false) {
				t, ok := dates.ParseDay(d.Date.Value)
				if ok && !t.After(st.pub.AddDate(0, 0, 1)) && !t.Before(st.pub.AddDate(0, 0, -7)) {
					st.articleDate = graph.NewDate(d.Date.Value, d.Date.Derivation+" (the lede's date)")
					st.dctx.Anchor = t
					break
				}
			}
			if st.articleDate.Derivation != "publication date" {
				break
			}
		}
	}
	for i, s := range st.sents {
		stext := st.masked[s.Start:s.End]
		// "who is in <Capital> to attend the forum, met <Name> on Tuesday" speaks
		// of the present, not of what is to come.
		st.dates[i] = dates.FindAt(stext, s.Start, st.dctx, text.FutureAt(attendingRE.ReplaceAllStringFunc(stext, blankOut)))
	}
}

// blankOut replaces s with as many spaces, keeping the offsets after it.
func blankOut(s string) string { return strings.Repeat(" ", len(s)) }

// eventDate picks the date of an event triggered at pos in sentence si: the
// nearest date expression of the sentence that can apply to it, else the
// article's date when the event is the article's news (current), else none.
func (st *state) eventDate(si, pos int, current bool) graph.Date {
	best, bestDist := -1, 1<<30
	for k, d := range st.dates[si] {
		if d.AfterOnly && d.Start > pos {
			continue
		}
		dist := d.Start - pos
		if dist < 0 {
			dist = pos - d.End
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		return st.dates[si][best].Date
	}
	if current && st.articleDate.Value != "" {
		d := st.articleDate
		d.Derivation = "no date in the sentence; the article's date: " + d.Derivation
		return d
	}
	return graph.Date{Granularity: graph.Unknown}
}

var presentRE = regex.MustCompile(`(?i)\b(meets|is meeting|are meeting|is holding|are holding|hosts|is hosting|opens|opened|begins|began|kicks off|gather|gathered|this week|comes|attends|is attending|are attending|visiting|on (?:his|her) (?:first |official |state |working )*visit)\b`)

// current reports whether sentence si reports the article's own news.
func (st *state) current(si int) bool {
	if si <= 3 {
		return true
	}
	s := st.sents[si]
	return presentRE.MatchString(st.masked[s.Start:s.End]) || s.Fragment
}
