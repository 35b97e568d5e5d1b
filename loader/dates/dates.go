package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"geograph/graph"
	"geograph/loader/regex"
	"geograph/loader/text"
)

var Months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var Weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
}

const (
	monthPat = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	dayPat   = `([0-3]?\d)(?:st|nd|rd|th)?`
	yearPat  = `((?:19|20)\d\d)`
)

var (
	mdyRE = regex.MustCompile(`\b` + monthPat + `\s+` + dayPat + `,?\s+` + yearPat + `\b`)
	dmyRE = regex.MustCompile(`\b` + dayPat + `\s+` + monthPat + `,?\s+` + yearPat + `\b`)
)

// findFullDate finds a day with month and year in s ("October 27, 2022",
// "27 Oct 2022") and returns it as YYYY-MM-DD with the rest of s.
func FindFullDate(s string) (string, string, bool) {
	if m := mdyRE.FindStringSubmatchIndex(s); m != nil {
		if d, ok := ymd(s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]]); ok {
			return d, s[:m[0]] + " " + s[m[1]:], true
		}
	}
	if m := dmyRE.FindStringSubmatchIndex(s); m != nil {
		if d, ok := ymd(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]]); ok {
			return d, s[:m[0]] + " " + s[m[1]:], true
		}
	}
	return "", s, false
}

func ymd(year, month, day string) (string, bool) {
	y, _ := strconv.Atoi(year)
	mo, ok := Months[strings.ToLower(strings.TrimSuffix(month, "."))]
	d, _ := strconv.Atoi(day)
	if !ok || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// dateMention is a date expression found in a sentence.
type Mention struct {
	Start, End int // byte offsets in the article src
	Date       graph.Date
	// AfterOnly marks "two weeks after …": the date belongs to what follows
	// the expression, not to the clause before it.
	AfterOnly bool
}

// dateContext is what relative dates are resolved against.
type Context struct {
	Pub    time.Time // publication date (or dateline)
	Anchor time.Time // the article's own event date, for "two weeks after"
	Known  bool      // whether Pub is known at all
}

func ParseDay(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

func FormatDay(t time.Time) string { return t.Format("2006-01-02") }
func fmtMonth(t time.Time) string  { return t.Format("2006-01") }

// isoRE matches ISO dates and timestamps.
var isoRE = regex.MustCompile(`\b\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?\b`)

var (
	relDayRE   = regex.MustCompile(`(?i)\b(today|yesterday|tomorrow|tonight)\b`)
	weekdayRE  = regex.MustCompile(`\b(?:((?i:on|last|this|next|since|by|until|from|early|late))\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	monthDayRE = regex.MustCompile(`\b(?:` + monthPat + `\s+` + dayPat + `|` + dayPat + `\s+` + monthPat + `)\b(?:,?\s+` + yearPat + `\b)?`)
	monthYrRE  = regex.MustCompile(`\b(?:(early|mid|late|the end of|the start of|the beginning of)[\s-]+)?` + monthPat + `,?\s+(?:of\s+)?` + yearPat + `\b`)
	monthRE    = regex.MustCompile(`\b(?:((?i:in|since|last|this|next|until|by|from|of|during|early|mid|late|end|that|on))[\s-]+(?:((?i:early|mid|late|the middle of|the end of|the start of|the beginning of))[\s-]+)?)` + monthPat + `\b`)
	yearRE     = regex.MustCompile(`\b((?i:in|since|of|by|until|from|during|early|late|mid|before|after))\s+` + yearPat + `\b`)
	relUnitRE  = regex.MustCompile(`(?i)\b(last|this|next|earlier this|later this|past)\s+(week|month|year)\b`)
	agoRE      = regex.MustCompile(`(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|\d+)\s+(day|week|month|year)s?\s+(ago|earlier|later|after|before)\b`)
)

var NumberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3}

// findDates returns the date expressions of one sentence (text at offset
// base), resolved against ctx. future says the sentence speaks of what is
// to come, which turns "on Friday" into the next Friday.
func Find(src string, base int, ctx Context, future bool) []Mention {
	return FindAt(src, base, ctx, func(int) bool { return future })
}

// findDatesAt is findDates with the future told for each date expression
// by its offset in text.
func FindAt(src string, base int, ctx Context, futureAt func(int) bool) []Mention {
	if !mayHaveDate(src) {
		return nil
	}
	var out []Mention
	taken := make([]bool, len(src)+1)
	add := func(s, e int, d graph.Date, afterOnly bool) {
		for i := s; i < e; i++ {
			if taken[i] {
				return
			}
		}
		for i := s; i < e; i++ {
			taken[i] = true
		}
		out = append(out, Mention{Start: base + s, End: base + e, Date: d, AfterOnly: afterOnly})
	}
	pub, pubStr := ctx.Pub, FormatDay(ctx.Pub)
	quote := func(s, e int) string { return "'" + src[s:e] + "'" }
	// Every expression with a month name needs a month word; most
	// sentences have none, and their search is skipped.
	months := hasMonthWord(src)

	for _, m := range findAllIf(months, mdyRE, src) {
		if d, ok := ymd(src[m[6]:m[7]], src[m[2]:m[3]], src[m[4]:m[5]]); ok {
			add(m[0], m[1], graph.NewDate(d, quote(m[0], m[1])+" → explicit date"), false)
		}
	}
	for _, m := range findAllIf(months, dmyRE, src) {
		if d, ok := ymd(src[m[6]:m[7]], src[m[4]:m[5]], src[m[2]:m[3]]); ok {
			add(m[0], m[1], graph.NewDate(d, quote(m[0], m[1])+" → explicit date"), false)
		}
	}
	for _, m := range isoRE.FindAllStringIndex(src, -1) {
		if d := src[m[0] : m[0]+10]; graph.ValidDate(d) {
			add(m[0], m[1], graph.NewDate(d, quote(m[0], m[1])+" → explicit date"), false)
		}
	}
	for _, m := range findAllIf(months, monthYrRE, src) {
		mo := Months[strings.ToLower(strings.TrimSuffix(src[m[4]:m[5]], "."))]
		y, _ := strconv.Atoi(src[m[6]:m[7]])
		d := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
		add(m[0], m[1], graph.NewDate(fmtMonth(d), quote(m[0], m[1])+" → month"), false)
	}
	if !ctx.Known {
		for _, m := range yearRE.FindAllStringSubmatchIndex(src, -1) {
			add(m[4], m[5], graph.NewDate(src[m[4]:m[5]], quote(m[0], m[1])+" → year"), false)
		}
		return sortDates(out)
	}
	for _, m := range findAllIf(months, monthDayRE, src) {
		if m[10] >= 0 {
			continue // has a year: handled above
		}
		var mon, day string
		if m[2] >= 0 {
			mon, day = src[m[2]:m[3]], src[m[4]:m[5]]
		} else {
			day, mon = src[m[6]:m[7]], src[m[8]:m[9]]
		}
		if strings.EqualFold(mon, "may") && m[2] >= 0 && !text.StartsUpper(mon) {
			continue
		}
		t, ok := NearestMonthDay(pub, Months[strings.ToLower(strings.TrimSuffix(mon, "."))], day, futureAt(m[0]))
		if ok {
			add(m[0], m[1], graph.NewDate(FormatDay(t), fmt.Sprintf("%s → the nearest such day to %s", quote(m[0], m[1]), pubStr)), false)
		}
	}
	for _, m := range relDayRE.FindAllStringSubmatchIndex(src, -1) {
		w := strings.ToLower(src[m[2]:m[3]])
		t := pub
		switch w {
		case "yesterday":
			t = pub.AddDate(0, 0, -1)
		case "tomorrow":
			t = pub.AddDate(0, 0, 1)
		}
		add(m[0], m[1], graph.NewDate(FormatDay(t), fmt.Sprintf("%s → relative to %s", quote(m[0], m[1]), pubStr)), false)
	}
	for _, m := range weekdayRE.FindAllStringSubmatchIndex(src, -1) {
		cue := ""
		if m[2] >= 0 {
			cue = strings.ToLower(src[m[2]:m[3]])
		}
		wd := Weekdays[strings.ToLower(src[m[4]:m[5]])]
		fut := futureAt(m[0])
		switch cue {
		case "next", "until", "by":
			fut = cue == "next" || fut
		case "last", "since":
			fut = false
		}
		t, how := weekdayDate(pub, wd, fut, cue == "last" || cue == "next")
		add(m[0], m[1], graph.NewDate(FormatDay(t), fmt.Sprintf("%s → %s %s", quote(m[0], m[1]), how, pubStr)), false)
	}
	for _, m := range findAllIf(months, monthRE, src) {
		cue := strings.ToLower(src[m[2]:m[3]])
		mon := src[m[6]:m[7]]
		if m[4] >= 0 {
			switch strings.ToLower(src[m[4]:m[5]]) {
			case "early", "mid", "late":
			default:
				cue = "in"
			}
		}
		if !text.StartsUpper(mon) || (strings.EqualFold(mon, "may") && (cue == "that" || cue == "on")) {
			continue
		}
		if cue == "on" || cue == "that" {
			continue
		}
		mo := Months[strings.ToLower(strings.TrimSuffix(mon, "."))]
		fut := futureAt(m[0]) || cue == "next"
		if cue == "last" || cue == "since" {
			fut = false
		}
		t := nearestMonth(pub, mo, fut, cue == "last" || cue == "next")
		how := "the latest such month up to"
		if fut {
			how = "the next such month after"
		}
		add(m[0], m[1], graph.NewDate(fmtMonth(t), fmt.Sprintf("%s → %s %s", quote(m[0], m[1]), how, pubStr)), false)
	}
	for _, m := range relUnitRE.FindAllStringSubmatchIndex(src, -1) {
		rel, unit := strings.ToLower(src[m[2]:m[3]]), strings.ToLower(src[m[4]:m[5]])
		n := 0
		switch rel {
		case "last", "past":
			n = -1
		case "next":
			n = 1
		}
		var d string
		switch unit {
		case "week":
			d = fmtMonth(pub.AddDate(0, 0, 7*n))
		case "month":
			d = fmtMonth(time.Date(pub.Year(), pub.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC))
		case "year":
			d = strconv.Itoa(pub.Year() + n)
		}
		add(m[0], m[1], graph.NewDate(d, fmt.Sprintf("%s → relative to %s", quote(m[0], m[1]), pubStr)), false)
	}
	for _, m := range agoRE.FindAllStringSubmatchIndex(src, -1) {
		num := strings.ToLower(src[m[2]:m[3]])
		n, ok := NumberWords[num]
		if !ok {
			n, _ = strconv.Atoi(num)
		}
		unit, dir := strings.ToLower(src[m[4]:m[5]]), strings.ToLower(src[m[6]:m[7]])
		anchor, sign := pub, -1
		if dir == "after" || dir == "before" || dir == "later" {
			anchor = ctx.Anchor
		}
		if dir == "before" || dir == "later" {
			sign = 1
		}
		var t time.Time
		switch unit {
		case "day":
			t = anchor.AddDate(0, 0, sign*n)
		case "week":
			t = anchor.AddDate(0, 0, sign*7*n)
		case "month":
			t = anchor.AddDate(0, sign*n, 0)
		case "year":
			t = anchor.AddDate(sign*n, 0, 0)
		}
		d := fmtMonth(t)
		if unit == "year" {
			d = strconv.Itoa(t.Year())
		} else if unit == "day" && n <= 6 && num != "several" && num != "few" && num != "a few" {
			d = FormatDay(t)
		}
		add(m[0], m[1], graph.NewDate(d, fmt.Sprintf("%s → approximate, relative to %s", quote(m[0], m[1]), FormatDay(anchor))), dir == "after" || dir == "before")
	}
	for _, m := range yearRE.FindAllStringSubmatchIndex(src, -1) {
		add(m[4], m[5], graph.NewDate(src[m[4]:m[5]], quote(m[0], m[1])+" → year"), false)
	}
	return yearThenMonth(sortDates(out), src, base)
}

// yearThenMonth puts a month without a year into the relative year next
// to it, and narrows that year to the month: "last year's summit, held in
// <city> in <month>" and "in <month> last year" are months of last year.
func yearThenMonth(ds []Mention, src string, base int) []Mention {
	bareMonth := func(d graph.Date) bool { return len(d.Value) == 7 && strings.Contains(d.Derivation, "such month") }
	relYear := func(d graph.Date) bool { return len(d.Value) == 4 && strings.Contains(d.Derivation, "relative to") }
	join := func(y, mo *Mention) {
		v := y.Date.Value + mo.Date.Value[4:]
		why := fmt.Sprintf("%s, in %s", mo.Date.Derivation[:strings.Index(mo.Date.Derivation, " → ")], y.Date.Derivation)
		y.Date, mo.Date = graph.NewDate(v, why), graph.NewDate(v, why)
	}
	for i := range ds {
		if !relYear(ds[i].Date) {
			continue
		}
		if i > 0 && bareMonth(ds[i-1].Date) && ds[i].Start-ds[i-1].End <= 2 {
			join(&ds[i], &ds[i-1]) // "in March last year"
			continue
		}
		for j := i + 1; j < len(ds); j++ {
			if ds[j].Start-ds[i].End > 60 || strings.ContainsAny(src[ds[i].End-base:ds[j].Start-base], ";:") {
				break
			}
			if bareMonth(ds[j].Date) {
				join(&ds[i], &ds[j])
				break
			}
		}
	}
	return ds
}

// monthWords are the month names of monthPat, full and abbreviated.
var monthWords = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
	"Sept", "Sep", "Oct", "Nov", "Dec"}

// hasMonthWord reports whether src holds a month name of monthPat as it
// appears in every match of the expressions built on it: no ASCII letter,
// digit or underscore right before it, and no ASCII letter right after.
func hasMonthWord(src string) bool {
	for _, w := range monthWords {
		for off := 0; ; {
			i := strings.Index(src[off:], w)
			if i < 0 {
				break
			}
			i += off
			end := i + len(w)
			if (i == 0 || !asciiWordByte(src[i-1])) && (end == len(src) || !asciiLetter(src[end])) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func asciiWordByte(c byte) bool { return asciiLetter(c) || '0' <= c && c <= '9' || c == '_' }

// findAllIf is re's FindAllStringSubmatchIndex over src, or nothing
// without run.
func findAllIf(run bool, re *regex.Regexp, src string) [][]int {
	if !run {
		return nil
	}
	return re.FindAllStringSubmatchIndex(src, -1)
}

// dateWords are the words without which a sentence has no date expression.
var dateWords = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "ago", "day"}

// mayHaveDate is a cheap test that lets most sentences skip the date
// expressions: a digit or a date word.
func mayHaveDate(src string) bool {
	if strings.ContainsAny(src, "0123456789") {
		return true
	}
	lower := strings.ToLower(src)
	for _, w := range dateWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
