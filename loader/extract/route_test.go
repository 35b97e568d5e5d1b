package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestRoutes checks how flows and corridors take their ends: the origin a
// sentence states over a pipeline's, corridor names made of countries,
// corridors between two places, and "to" before a verb.
func TestRoutes(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "name|commodity|from|via,via|to" per route
	}{
		{
			name: "the stated origin wins over the pipeline's",
			text: "Kazakhstan has started to supply oil to Germany via the Druzhba pipeline, Russian officials said.",
			want: []string{"Druzhba pipeline|oil|kz|ru|de"},
		},
		{
			name: "a corridor named by its countries runs in their order",
			text: "Pakistan and Afghanistan signed a protocol on the Uzbekistan–Afghanistan–Pakistan (UAP) Railway Corridor. " +
				"The UAP Railway Corridor will link Pakistani ports with Central Asia.",
			want: []string{"UAP Railway Corridor||uz|af|pk"},
		},
		{
			name: "a corridor between two places through countries",
			text: "Much of the rail freight between China and Europe passes through Kazakhstan and Russia, traders say.",
			want: []string{"||cn|kz,ru|"},
		},
		{
			name: "'to' before a verb gives no destination",
			text: "The bloc will buy more Azerbaijani gas to replace Russian supplies.",
			want: nil,
		},
		{
			name: "from A through B to C keeps its order",
			text: "Gas is now being pumped in large volumes from Azerbaijan through Georgia and Turkey to Italy.",
			want: []string{"|gas|az|ge,tr|it"},
		},
		{
			name: "the flow a route frame carries, not a commodity named in passing",
			text: "In the gas and power sector, the two countries will build an oil pipeline that will run from Uganda to the Tanzanian port of Tanga.",
			want: []string{"|oil|ug||tz"},
		},
		{
			name: "a flow through another country is not the named route's",
			text: "TurkStream carries Russian gas to Turkey. Russian gas is also shipped through Ukraine to Slovakia.",
			want: []string{"TurkStream|gas|ru||tr", "|gas|ru|ua|sk"},
		},
	}
	short := func(p *string) string {
		if p == nil {
			return ""
		}
		return strings.TrimPrefix(*p, "country:")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := x.Extract(graph.Article{Text: tt.text, Published: "2024-05-01"}).Contract()
			var got []string
			for _, r := range c.Routes {
				var via []string
				for _, v := range r.Via {
					via = append(via, short(&v))
				}
				got = append(got, strings.Join([]string{short(r.Name), short(r.Commodity), short(r.From), strings.Join(via, ","), short(r.To)}, "|"))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("routes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
