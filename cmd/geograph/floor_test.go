package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/loader/eval"
)

// fixtureGold holds the hand annotations of the fixture articles, written
// to the rules of the extraction contract.
const fixtureGold = "../../fixtures/gold"

// Floors of the fixture-gold test: the figures `geograph eval fixtures/gold
// fixtures/articles` printed over all 84 fixtures (01–84) on 2026-12-02,
// each minus 0.02: first on the fixtures branch (main at f173809 plus
// fixtures 33–84), then raised where the frames and name forms improved a
// figure (organisations, summits, sanctions, routes, macro-F1, dates).
// Meetings (0.787) and people (0.969) fell slightly since and keep their
// first floors. Fixtures 33–84 were written before the frames; no rule was
// tuned on them, which is why sanctions and routes sit low. To raise a floor after an
// improvement, rerun that command and set the floor to the new figure minus
// 0.02 in the same commit; never lower one without saying why in the commit.
const (
	floorCountries     = 0.973 // measured 0.993
	floorOrganizations = 0.862 // measured 0.882
	floorPeople        = 0.950 // measured 0.970
	floorMeetings      = 0.780 // measured 0.800
	floorSummits       = 0.869 // measured 0.889
	floorSanctions     = 0.470 // measured 0.490
	floorTradeRoutes   = 0.669 // measured 0.689
	floorAgreements    = 0.711 // measured 0.731
	floorMacroF1       = 0.784 // measured 0.804
	floorDatesExact    = 0.829 // measured 0.849, share of matched events with the exact date
)

// TestFixtureGoldFloor scores the fixture gold against the extraction of
// the fixture articles through `geograph eval`, and fails when a
// category's F1, the macro-F1 or the share of exact dates falls below its
// floor.
func TestFixtureGoldFloor(t *testing.T) {
	m, stdout, stderr := testMain(nil)
	if err := m.Run(t.Context(), []string{"eval", fixtureGold, fixtureArticles}); err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	if s := stderr.String(); strings.Contains(s, "scored as empty") {
		t.Errorf("eval could not read some fixtures:\n%s", s)
	}
	got, err := parseEvalReport(stdout.String())
	if err != nil {
		t.Fatalf("%v\noutput:\n%s", err, stdout)
	}
	floors := map[string]float64{
		"countries":     floorCountries,
		"organizations": floorOrganizations,
		"people":        floorPeople,
		"meetings":      floorMeetings,
		"summits":       floorSummits,
		"sanctions":     floorSanctions,
		"trade_routes":  floorTradeRoutes,
		"agreements":    floorAgreements,
		"macro-F1":      floorMacroF1,
		"dates exact":   floorDatesExact,
	}
	for _, name := range append(append([]string{}, eval.Categories...), "macro-F1", "dates exact") {
		v, ok := got[name]
		if !ok {
			t.Errorf("eval printed no figure for %s", name)
			continue
		}
		t.Logf("%-14s %.3f (floor %.3f)", name, v, floors[name])
		if v < floors[name] {
			t.Errorf("%s: %.3f is below its floor %.3f", name, v, floors[name])
		}
	}
}

// parseEvalReport reads the figures `geograph eval` prints: the F1 of each
// category, the share of exact dates and the macro-F1.
func parseEvalReport(out string) (map[string]float64, error) {
	got := map[string]float64{}
	isCategory := map[string]bool{}
	for _, c := range eval.Categories {
		isCategory[c] = true
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		var key, num string
		switch {
		case len(f) >= 4 && isCategory[f[0]]:
			key, num = f[0], f[3]
		case len(f) == 2 && f[0] == "macro-F1":
			key, num = f[0], f[1]
		case strings.HasPrefix(sc.Text(), "dates exact") && len(f) > 0:
			if f[len(f)-1] == "None" {
				continue // no matched event carried a date
			}
			key, num = "dates exact", f[len(f)-1]
		default:
			continue
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return nil, fmt.Errorf("eval line %q: %w", sc.Text(), err)
		}
		got[key] = v
	}
	return got, sc.Err()
}

// TestParseEvalReport: the parser reads every figure of a report, and a
// report without dates (printed as None) leaves that figure out, so the
// floor test reports it missing instead of passing.
func TestParseEvalReport(t *testing.T) {
	report := `category            P      R     F1   tp/fp/fn
countries       0.996  0.992  0.994   250/1/2
sanctions       0.774  0.686  0.727   24/7/11
dates exact on matched events: %s
macro-F1 0.901
`
	got, err := parseEvalReport(fmt.Sprintf(report, "0.970"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"countries": 0.994, "sanctions": 0.727, "dates exact": 0.970, "macro-F1": 0.901}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseEvalReport mismatch (-want +got):\n%s", diff)
	}
	got, err = parseEvalReport(fmt.Sprintf(report, "None"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := got["dates exact"]; ok {
		t.Errorf("a report without dates gave a dates figure: %v", got)
	}
}
