package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sp(s string) *string { return &s }

func TestScoreArticle(t *testing.T) {
	g := Gold{
		Countries:     []string{"KZ", "RU"},
		Organizations: []string{"EU"},
		People:        []GoldPerson{{Name: "Kassym-Jomart Tokayev"}, {Name: "Dosym Satpayev"}},
		Meetings:      []GoldEvent{{Participants: []string{"Charles Michel", "Kassym-Jomart Tokayev"}, Date: sp("2022-10-27")}},
		Summits:       []GoldEvent{{Name: sp("EU-Central Asia summit"), Place: sp("Astana"), Participants: []string{"EU", "KZ"}}},
		Sanctions:     []GoldSanction{{Imposer: []string{"West"}, Target: sp("RU")}},
		TradeRoutes:   []GoldRoute{{Commodity: sp("oil"), From: sp("KZ"), Via: []string{"RU"}}},
	}
	p := Prediction{
		Entities: []PredEntity{
			{ID: "c:kz", Kind: "Country", Name: "Kazakhstan", ISO2: "KZ"},
			{ID: "c:cn", Kind: "Country", Name: "China", ISO2: "CN"},
			{ID: "o:eu", Kind: "Organization", Name: "European Union", Acronym: "EU"},
			{ID: "p:t", Kind: "Person", Name: "Tokayev", Country: sp("KZ")},
			{ID: "p:m", Kind: "Person", Name: "Charles Michel"},
			{ID: "pl:a", Kind: "Place", Name: "Astana"},
		},
		Events: []PredEvent{
			{Kind: "Meeting", Participants: []string{"p:t", "p:m"}, Date: sp("2022-10-27")},
			{Kind: "Summit", Name: sp("Some summit"), Place: sp("pl:a"), Participants: []string{"c:kz"}},
			{Kind: "Sanction", Targets: []string{"c:cn"}},
		},
		Routes: []PredRoute{{Commodity: sp("oil"), From: sp("c:kz")}},
	}
	got, exact, dated := scoreArticle(g, newPred(p))
	want := map[string]Counts{
		"countries":     {TP: 1, FP: 1, FN: 1},
		"organizations": {TP: 1},
		"people":        {TP: 1, FP: 1, FN: 1},
		"meetings":      {TP: 1},
		"summits":       {TP: 1},
		"sanctions":     {FP: 1, FN: 1},
		"trade_routes":  {TP: 1},
		"agreements":    {},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scoreArticle mismatch (-want +got):\n%s", diff)
	}
	if exact != 1 || dated != 1 {
		t.Errorf("dates: %d exact of %d, want 1 of 1", exact, dated)
	}
}

func TestReportMacro(t *testing.T) {
	r := NewReport()
	r.Add("a.json", Gold{Countries: []string{"KZ"}}, Prediction{Entities: []PredEntity{{ID: "x", Kind: "Country", ISO2: "KZ"}}})
	if got := r.MacroF1(); got != 1 {
		t.Errorf("macro-F1 = %v, want 1 (empty categories score 1)", got)
	}
	var b bytes.Buffer
	r.Write(&b, true)
	if !strings.Contains(b.String(), "macro-F1 1.000") || !strings.Contains(b.String(), "a.json") {
		t.Errorf("report:\n%s", b.String())
	}
}
