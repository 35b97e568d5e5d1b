package frames

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHandwritten runs realistic sentences, a few per frame, written for
// this test, including the ways word-order rules went wrong: the by-agent
// of a passive is the imposer, a route keeps its order, a transit country
// is not the destination, and a treaty expected to be signed is planned.
func TestHandwritten(t *testing.T) {
	a := newTestApplier(t)
	const A, P, T, N, H = "ASSERTED", "PLANNED", "THREATENED", "NEGATED", "HYPOTHETICAL"
	tests := []struct {
		in   string
		want []brief
	}{
		// sanctions
		{"[C Venezuela] was sanctioned by [C Canada] over the disputed election.",
			[]brief{{"sanction", A, roles("imposer", "Canada", "target", "Venezuela")}}},
		{"On Tuesday [O ECOWAS] reimposed sanctions on [C Mali] after the junta delayed elections.",
			[]brief{{"sanction", A, roles("imposer", "ECOWAS", "target", "Mali")}}},
		{"[C Japan] tightened export controls on [C South Korea] in July, citing security concerns.",
			[]brief{{"sanction", A, roles("imposer", "Japan", "target", "South Korea")}}},
		{"The asset freeze imposed by [C Switzerland] on [P Viktor Orlov] remains in force.",
			[]brief{{"sanction", A, roles("imposer", "Switzerland", "target", "Viktor Orlov")}}},
		{"[C Australia] threatened to impose sanctions on [C Myanmar] if the generals refused to free prisoners.",
			[]brief{{"sanction", T, roles("imposer", "Australia", "target", "Myanmar")}}},
		{"[C Turkey], which was blacklisted by [O the Financial Action Task Force] in 2021, has since left the grey list.",
			[]brief{{"sanction", A, roles("imposer", "the Financial Action Task Force", "target", "Turkey")}}},
		{"[C India] will not join the sanctions against [C Russia], its foreign minister said.",
			[]brief{{"sanction", N, roles("target", "Russia")}}},
		{"[O The European Union] designated [O the Wagner Group] as a terrorist organisation.",
			[]brief{{"sanction", A, roles("imposer", "The European Union", "target", "the Wagner Group")}}},
		{"[O ECOWAS] lifted the sanctions on [C Niger] in February.",
			[]brief{{"sanction", N, roles("imposer", "ECOWAS", "target", "Niger")}}},
		{"Lenders will avoid the blacklisted [O Kasai Mining] project for years.",
			[]brief{{"sanction", A, roles("target", "Kasai Mining")}}},
		{"The tanker carried [K crude] from [C Angola] through [C Namibia] to [C South Africa].",
			[]brief{{"route", A, roles("commodity", "crude", "from", "Angola", "via", "Namibia", "to", "South Africa")}}},
		{"[C Canada] tightened controls over the export of drone parts to [C Iran] last year.",
			[]brief{{"sanction", A, roles("imposer", "Canada", "target", "Iran")}}},
		{"[C Norway] imposed sanctions on [O Baltic Freight], the firm behind a ferry line to [C Estonia].",
			[]brief{{"sanction", A, roles("imposer", "Norway", "target", "Baltic Freight")}}},
		{"The sanctions on [C Niger] were lifted.",
			[]brief{{"sanction", N, roles("target", "Niger")}}},
		{"Sanctions on [C Iran] are not being circumvented, officials said.",
			[]brief{{"sanction", A, roles("target", "Iran")}}},
		// meetings and visits
		{"[P Lula] met [P Xi Jinping] in [L Beijing] on Friday.",
			[]brief{{"meet", A, roles("participant", "Lula", "participant", "Xi Jinping")}}},
		{"Leaders of [C Egypt], [C Ethiopia] and [C Sudan] held talks on the dam in [L Addis Ababa].",
			[]brief{{"meet", A, roles("participant", "Egypt", "participant", "Ethiopia", "participant", "Sudan")}}},
		{"[P Anthony Albanese] was received by [P Narendra Modi] at the presidential palace.",
			[]brief{{"host", A, roles("host", "Narendra Modi", "visitor", "Anthony Albanese")}}},
		{"[P William Ruto] paid a state visit to [C South Korea] last week.",
			[]brief{{"visit", A, roles("visitor", "William Ruto", "host", "South Korea")}}},
		{"[P Emmanuel Macron] is expected to visit [C Nigeria] next month.",
			[]brief{{"visit", P, roles("visitor", "Emmanuel Macron", "host", "Nigeria")}}},
		{"[P Narendra Modi] began a two-day state visit on Monday.",
			[]brief{{"visit", A, roles("visitor", "Narendra Modi")}}},
		// agreements
		{"The treaty is expected to be signed by [C Chile] and [C Argentina] in March.",
			[]brief{{"agreement", P, roles("party", "Chile", "party", "Argentina")}}},
		{"[C Indonesia] and [O the European Union] signed a trade deal in Bali.",
			[]brief{{"agreement", A, roles("party", "Indonesia", "party", "the European Union")}}},
		{"The memorandum that [C Kenya] concluded with [C Ethiopia] in May was welcomed by investors.",
			[]brief{{"agreement", A, roles("party", "Kenya", "party", "Ethiopia")}}},
		{"[C Colombia] refused to sign the pact.",
			[]brief{{"agreement", N, roles("party", "Colombia")}}},
		// summits
		{"[O The Pacific Islands Forum] will meet in [L Nuku'alofa], and [C Tonga] will host the bloc's summit.",
			[]brief{{"meet", P, roles("participant", "The Pacific Islands Forum")}, {"summit", P, roles("host", "Tonga")}}},
		{"[C Brazil] hosted the [O G20] summit in [L Rio de Janeiro].",
			[]brief{{"summit", A, roles("host", "Brazil", "participant", "G20", "host", "Rio de Janeiro")}}},
		{"[C Ghana] and [C Senegal] attended an investment forum in [L Accra].",
			[]brief{{"summit", A, roles("participant", "Ghana", "participant", "Senegal", "host", "Accra")}}},
		{"The [O ASEAN] leaders' meeting opened in [L Jakarta] on Tuesday.",
			[]brief{{"summit", A, roles("participant", "ASEAN", "host", "Jakarta")}}},
		// routes
		{"The pipeline runs from [C Azerbaijan] through [C Georgia] to [C Turkey].",
			[]brief{{"route", A, roles("from", "Azerbaijan", "via", "Georgia", "to", "Turkey")}}},
		{"[C Nigeria] ships [K liquefied natural gas] through [C Morocco] to [C Spain].",
			[]brief{{"route", A, roles("from", "Nigeria", "commodity", "liquefied natural gas", "via", "Morocco", "to", "Spain")}}},
		{"[K Gas] transits [C Ukraine] to reach [C Slovakia].",
			[]brief{{"transit", A, roles("commodity", "Gas", "via", "Ukraine")}}},
		{"A railway linking [C Kenya] and [C Uganda] is planned, with a branch through [C Rwanda].",
			[]brief{{"route", P, roles("from", "Kenya", "to", "Uganda", "via", "Rwanda")}}},
	}
	for _, tt := range tests {
		s, ms := marked(t, tt.in)
		got := briefs(s, a.Apply(s, ms))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s\nparse: %s", s, diff, a.parser.Parse(s, spans(ms)))
		}
	}
}
