package regex

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var patterns = []string{
	`(?i)\b(three-way|trilateral|joint|together)\b`,
	`\b(before|after|ahead of|until)\b`,
	`[;—–]|, (?:which|who|where|but)\b|\. `,
	`(?i)stra(ss|ß)e`,
	`(?i)\bkelvin\b`,
	`\p{Lu}\.|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|[0-9]+`,
	`^([A-Z][A-Za-z'’. -]{1,40}?)\s*(?:[-–—]+|:)\s+`,
	`(?m)^[ \t]*(?:By|Photo|Credit)\b[^\n]{0,20}$`,
	`\b(?:sanction(?:s|ed|ing)?|embargo(?:es)?)\b`,
	`x{2,3}y?`,
	`(?i)ſ`,
	`a*`,
	`\b(January|March)\s+((?:19|20)\d\d)\b`,
	`\b((?i:in|since|by))\s+((?:19|20)\d\d)\b`,
	`\b([Ss]anctions?|sanctioned|(?:froze|frozen) (?:the )?assets of|measures)\b`,
	`\((?:Reporting|Writing)[^)]{0,30}\)|\b(?:Photo|Credit)s?(?:\s+by|\s*:)\s*[^.\n]{0,20}`,
	`(?i)\b(met|meets|meet with|talks with|held talks)\b`,
	`\b(?:is|are|was)\s+in\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}`,
	`(?:ab|a)(b)?c`,
	`\bx\b|y`,
	`_?\bjoint`,
	`\b(?:((?i:on|last))\s+)?(Monday|Friday)\b`,
	`\s(?:have|has|and (?:the|a) \w+ (?:is|are))\b`,
	`x*y|(?:ab)?c`,
	`(?:ab|cd)+e`,
}

var words = []string{"joint", "JOINT", "Joint", "three-way", "before", "after", "ahead", "of", ";", "—", ", which", ". ",
	"Straße", "STRASSE", "strasse", "KELVIN", "\u212aelvin", "kelvin", "By", "Photo", "Credit", "\n", " ", "sanctions", "embargoes",
	"xx", "xxx", "y", "S", "s", "ſ", "ab", "cd", "e", "Mr.", "U.S.", "Ministers", "met", "in", "the", "\xff", "é", "É", "January", "March", "2022", "1999", "20", "19", "In", "since", "Sanctions", "sanctioned", "froze the assets of",
	"measures", "(Reporting by X)", "Photos by", "Credit:", "met", "MEETS", "held talks", "is in", "Astana", "abc", "ac", "x", "_", "on", "last", "Monday", "Friday", " have", "has", "and the deal is", "\t", "y"}

// TestSameAsRegexp: every method gives what package regexp gives, on
// random strings made of the patterns' own words and others.
func TestSameAsRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, p := range patterns {
		ours, theirs := MustCompile(p), regexp.MustCompile(p)
		for range 2000 {
			var b strings.Builder
			for range rng.IntN(12) {
				b.WriteString(words[rng.IntN(len(words))])
				if rng.IntN(2) == 0 {
					b.WriteByte(' ')
				}
			}
			s := b.String()
			if got, want := ours.MatchString(s), theirs.MatchString(s); got != want {
				t.Fatalf("%s MatchString(%q) = %v, want %v", p, s, got, want)
			}
			if diff := cmp.Diff(theirs.FindAllStringSubmatchIndex(s, -1), ours.FindAllStringSubmatchIndex(s, -1)); diff != "" {
				t.Fatalf("%s FindAllStringSubmatchIndex(%q) (-want +got):\n%s", p, s, diff)
			}
			if diff := cmp.Diff(theirs.FindStringSubmatch(s), ours.FindStringSubmatch(s)); diff != "" {
				t.Fatalf("%s FindStringSubmatch(%q) (-want +got):\n%s", p, s, diff)
			}
			if diff := cmp.Diff(theirs.FindAllStringIndex(s, 2), ours.FindAllStringIndex(s, 2)); diff != "" {
				t.Fatalf("%s FindAllStringIndex(%q, 2) (-want +got):\n%s", p, s, diff)
			}
			if diff := cmp.Diff(theirs.FindAllString(s, -1), ours.FindAllString(s, -1)); diff != "" {
				t.Fatalf("%s FindAllString(%q) (-want +got):\n%s", p, s, diff)
			}
			if diff := cmp.Diff(theirs.FindStringIndex(s), ours.FindStringIndex(s)); diff != "" {
				t.Fatalf("%s FindStringIndex(%q) (-want +got):\n%s", p, s, diff)
			}
			if diff := cmp.Diff(theirs.FindStringSubmatchIndex(s), ours.FindStringSubmatchIndex(s)); diff != "" {
				t.Fatalf("%s FindStringSubmatchIndex(%q) (-want +got):\n%s", p, s, diff)
			}
			if got, want := ours.FindString(s), theirs.FindString(s); got != want {
				t.Fatalf("%s FindString(%q) = %q, want %q", p, s, got, want)
			}
			f := func(m string) string { return "<" + m + ">" }
			if got, want := ours.ReplaceAllStringFunc(s, f), theirs.ReplaceAllStringFunc(s, f); got != want {
				t.Fatalf("%s ReplaceAllStringFunc(%q) = %q, want %q", p, s, got, want)
			}
		}
	}
}

// TestGuardRejects: inputs without any of a pattern's words are answered
// by the guard, and patterns that need no particular string have none.
func TestGuardRejects(t *testing.T) {
	tests := []struct {
		pattern, input string
		may            bool
	}{
		{`(?i)\b(three-way|trilateral|joint)\b`, "The ministers met in the capital.", false},
		{`(?i)\b(three-way|trilateral|joint)\b`, "a JOINT statement", true},
		{`\b(before|after)\b`, "Before noon", false},
		{`[;—–]|, (?:which|who)\b`, "one, who", true},
		{`[;—–]|, (?:which|who)\b`, "one, two", false},
		{`[;—–]|, (?:which|who)\b`, "one two", false},
		{`(?i)\bkelvin\b`, "\u212aELVIN", true},
		{`\p{Lu}\.|[\p{L}]+`, "anything", true},
		{`a*`, "", true},
		{`\b(January|March)\s+((?:19|20)\d\d)\b`, "March on, said Mark", false}, // needs a month and a year
		{`\b(January|March)\s+((?:19|20)\d\d)\b`, "in March 2022", true},
		{`^\s*(?:then|onward)\s+to\s`, "no cue here", true}, // anchored: regexp tries one place
	}
	for _, tt := range tests {
		if got := MustCompile(tt.pattern).MayMatch(tt.input); got != tt.may {
			t.Errorf("MustCompile(%q).MayMatch(%q) = %v, want %v", tt.pattern, tt.input, got, tt.may)
		}
	}
}

// TestStartsUsed: expressions that begin with a word from a set are tried
// only where one of the words occurs; others are run whole.
func TestStartsUsed(t *testing.T) {
	tests := []struct {
		pattern string
		used    bool
	}{
		{`(?i)\b(met|meets|talks with)\b`, true},
		{`\b([Ss]anctions?|measures)\b`, true},
		{`\b(?:is|are)\s+in\s+`, true},
		{`\((?:Reporting|Writing)[^)]*\)`, true},
		{`\b\((?:Reporting)`, false}, // \b before a non-word byte
		{`(?m)^By\b`, false},
		{`\p{Lu}\.`, false},
		{`(?:xx)*yy`, true},
		{`x*y`, false},     // single characters are too common to look for
		{`(?:xx)*`, false}, // may match empty
		{`(?:xx|(?:yy)*)zz`, true},
		{`(?:xx|(?:yy)*)`, false},
	}
	for _, tt := range tests {
		if got := MustCompile(tt.pattern).st != nil; got != tt.used {
			t.Errorf("MustCompile(%q) tries starts only: %v, want %v", tt.pattern, got, tt.used)
		}
	}
}
