// Package eval scores extraction output against gold annotations with the
// rules and metric of the project's extraction contract: precision, recall
// and F1 per category, micro-averaged over articles, the share of matched
// events whose date is exact, and the macro-F1 over the eight categories.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Categories are the scored categories, in report order.
var Categories = []string{"countries", "organizations", "people", "meetings", "summits", "sanctions", "trade_routes", "agreements"}

// Gold is one article's hand annotation.
type Gold struct {
	Countries     []string       `json:"countries"`
	Organizations []string       `json:"organizations"`
	People        []GoldPerson   `json:"people"`
	Meetings      []GoldEvent    `json:"meetings"`
	Summits       []GoldEvent    `json:"summits"`
	Sanctions     []GoldSanction `json:"sanctions"`
	TradeRoutes   []GoldRoute    `json:"trade_routes"`
	Agreements    []GoldEvent    `json:"agreements"`
}

// GoldPerson is an annotated person.
type GoldPerson struct {
	Name    string  `json:"name"`
	Role    *string `json:"role"`
	Country *string `json:"country"`
}

// GoldEvent is an annotated meeting, summit or agreement.
type GoldEvent struct {
	Name         *string  `json:"name"`
	Place        *string  `json:"place"`
	Date         *string  `json:"date"`
	Participants []string `json:"participants"`
	Parties      []string `json:"parties"`
}

// GoldSanction is an annotated sanction.
type GoldSanction struct {
	Imposer []string `json:"imposer"`
	Target  *string  `json:"target"`
	Reason  *string  `json:"reason"`
	Date    *string  `json:"date"`
}

// GoldRoute is an annotated trade route.
type GoldRoute struct {
	Commodity *string  `json:"commodity"`
	From      *string  `json:"from"`
	Via       []string `json:"via"`
	To        *string  `json:"to"`
	Name      *string  `json:"name"`
}

// Prediction is the part of an extract object the scorer reads.
type Prediction struct {
	Entities []PredEntity `json:"entities"`
	Events   []PredEvent  `json:"events"`
	Routes   []PredRoute  `json:"routes"`
}

// PredEntity is an entity of the extract output.
type PredEntity struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	ISO2    string   `json:"iso2"`
	Acronym string   `json:"acronym"`
	Aliases []string `json:"aliases"`
	Country *string  `json:"country"`
}

// PredEvent is an event of the extract output.
type PredEvent struct {
	Kind         string   `json:"kind"`
	Name         *string  `json:"name"`
	Date         *string  `json:"date"`
	Place        *string  `json:"place"`
	Participants []string `json:"participants"`
	Imposers     []string `json:"imposers"`
	Targets      []string `json:"targets"`
	Parties      []string `json:"parties"`
}

// PredRoute is a route of the extract output.
type PredRoute struct {
	Commodity *string  `json:"commodity"`
	From      *string  `json:"from"`
	Via       []string `json:"via"`
	To        *string  `json:"to"`
	Name      *string  `json:"name"`
}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// PRF returns precision, recall and F1; an empty category scores 1.
func (c Counts) PRF() (p, r, f float64) {
	switch {
	case c.TP+c.FP > 0:
		p = float64(c.TP) / float64(c.TP+c.FP)
	case c.FN == 0:
		p = 1
	}
	switch {
	case c.TP+c.FN > 0:
		r = float64(c.TP) / float64(c.TP+c.FN)
	case c.FP == 0:
		r = 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Report is the score of a set of articles.
type Report struct {
	Totals      map[string]Counts
	PerArticle  map[string]map[string]Counts
	DatesTotal  int
	DatesExact  int
	articleList []string
}

// NewReport returns an empty report.
func NewReport() *Report {
	r := &Report{Totals: map[string]Counts{}, PerArticle: map[string]map[string]Counts{}}
	return r
}

// Add scores one article's prediction against its gold.
func (r *Report) Add(name string, g Gold, p Prediction) {
	res, exact, dated := scoreArticle(g, newPred(p))
	r.PerArticle[name] = res
	r.articleList = append(r.articleList, name)
	for c, n := range res {
		t := r.Totals[c]
		t.TP, t.FP, t.FN = t.TP+n.TP, t.FP+n.FP, t.FN+n.FN
		r.Totals[c] = t
	}
	r.DatesExact += exact
	r.DatesTotal += dated
}

// MacroF1 is the mean F1 over the categories, each rounded to three
// places as the reference scorer does.
func (r *Report) MacroF1() float64 {
	sum := 0.0
	for _, c := range Categories {
		_, _, f := r.Totals[c].PRF()
		sum += round3(f)
	}
	return sum / float64(len(Categories))
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// Write prints the per-category table, the date share and the macro-F1;
// verbose adds a line per article.
func (r *Report) Write(w io.Writer, verbose bool) {
	if verbose {
		for _, name := range r.articleList {
			var b strings.Builder
			for _, c := range Categories {
				n := r.PerArticle[name][c]
				fmt.Fprintf(&b, " %s=%d/%d(+%d)", c[:5], n.TP, n.TP+n.FN, n.FP)
			}
			fmt.Fprintf(w, "%-50s%s\n", name, b.String())
		}
	}
	fmt.Fprintf(w, "%-14s %6s %6s %6s   tp/fp/fn\n", "category", "P", "R", "F1")
	for _, c := range Categories {
		n := r.Totals[c]
		p, rc, f := n.PRF()
		fmt.Fprintf(w, "%-14s %6.3f %6.3f %6.3f   %d/%d/%d\n", c, p, rc, f, n.TP, n.FP, n.FN)
	}
	if r.DatesTotal > 0 {
		fmt.Fprintf(w, "dates exact on matched events: %.3f\n", float64(r.DatesExact)/float64(r.DatesTotal))
	} else {
		fmt.Fprintln(w, "dates exact on matched events: None")
	}
	fmt.Fprintf(w, "macro-F1 %.3f\n", r.MacroF1())
}

// DecodeGold reads a gold file.
func DecodeGold(rd io.Reader) (Gold, error) {
	var g Gold
	err := json.NewDecoder(rd).Decode(&g)
	return g, err
}
