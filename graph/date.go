package graph

import (
	"fmt"
	"regexp"
	"strings"
)

// Granularity is how precise a date is.
type Granularity string

// Granularities.
const (
	Day     Granularity = "DAY"
	Month   Granularity = "MONTH"
	Year    Granularity = "YEAR"
	Unknown Granularity = "UNKNOWN"
)

// Date is a calendar date as precise as its source allows, with how it was
// derived: "'Thursday' → Thursday of the week of 2022-10-27".
type Date struct {
	Value       string // YYYY-MM-DD, YYYY-MM, YYYY, or "" when unknown
	Granularity Granularity
	Derivation  string
}

var dateRE = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// NewDate returns a Date for value with its granularity read off the value's
// length. An empty value gives the unknown date.
func NewDate(value, derivation string) Date {
	return Date{Value: value, Granularity: GranularityOf(value), Derivation: derivation}
}

// GranularityOf returns the granularity of a YYYY[-MM[-DD]] value.
func GranularityOf(value string) Granularity {
	switch len(value) {
	case 10:
		return Day
	case 7:
		return Month
	case 4:
		return Year
	}
	return Unknown
}

// ValidDate reports whether s is a well-formed partial date (or empty).
func ValidDate(s string) bool { return s == "" || dateRE.MatchString(s) }

func (d Date) validate() error {
	if !ValidDate(d.Value) {
		return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d.Value)
	}
	if d.Granularity != GranularityOf(d.Value) {
		return fmt.Errorf("date %q has granularity %q, want %q", d.Value, d.Granularity, GranularityOf(d.Value))
	}
	return nil
}

// Compatible reports whether two partial dates can name the same day: equal
// on their common prefix, or either unknown.
func Compatible(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	return CompareDates(a, b) == 0
}

// CompareDates compares two partial dates on their common prefix, so
// "2022-10" equals "2022-10-27" and both come before "2022-11".
func CompareDates(a, b string) int {
	n := min(len(a), len(b))
	return strings.Compare(a[:n], b[:n])
}

// InRange reports whether a partial date lies within [from, to], either bound
// open when empty, comparing on common prefixes. An unknown date is in range
// only when both bounds are open.
func InRange(value, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	return value != "" && (from == "" || CompareDates(value, from) >= 0) && (to == "" || CompareDates(value, to) <= 0)
}
