package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestSanctions: imposed sanctions with their imposers and targets, written
// "imposer>target"; sanctions sought or delayed are not among them.
func TestSanctions(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"abbreviation keeps the clause", "Iran remains under heavy U.S. sanctions over its nuclear programme.",
			[]string{"country:us>country:ir"}},
		{"reason ends at the verb", "Putin has used the gathering to show that Western sanctions over the war in Ukraine have failed to isolate Moscow.",
			[]string{">country:ru"}},
		{"lobbied for is not imposed", "Poland has recently lobbied for sanctions against Russia.",
			nil},
		{"delayed is not imposed", "After delaying new Russia sanctions for months, the president acted.",
			nil},
		{"must impose is not imposed", "Senators said the president must impose sanctions on Ankara.",
			nil},
		{"named companies after the country's", "The United States imposed new sanctions on Wednesday. The sanctions cover Russia's two largest oil companies — Rosneft and Lukoil — and their subsidiaries.",
			[]string{"country:us>org:lukoil", "country:us>org:rosneft"}},
		{"subject before a relative clause", "The United States, which imports little Russian energy, banned purchases of Russian oil in March.",
			[]string{"country:us>country:ru"}},
		{"a ban on buying", "Because of a European Union ban on buying Russian oil, refiners turned to pipelines.",
			[]string{"org:european-union>country:ru"}},
		{"the side that leads is no target", "Trump signed into law sanctions aimed at the companies building the Russian-led project.",
			nil},
		{"definite sanctions take the imposer just named", "The US Treasury imposed sanctions on Iran on Monday. The sanctions also cover Rosneft, officials said.",
			[]string{"country:us>country:ir", "country:us>org:rosneft"}},
		{"capitalised at the start", "Sanctions against Belarus over the crackdown remain in force.",
			[]string{">country:by"}},
		{"conjoined imposers with also", "Canada and Australia also imposed sanctions on Myanmar after the coup.",
			[]string{"country:ca+country:au>country:mm"}},
		{"members named after including", "The United States on Friday imposed sanctions on more than 400 entities, including Chinese firms.",
			[]string{"country:us>country:cn"}},
		{"who evades them is the target", "Chinese firms are helping Moscow skirt Western sanctions.",
			[]string{">country:ru"}},
		{"an apposition's country is no second target", "Britain said on Monday it had sanctioned Sovcomflot, Russia's largest shipping company.",
			[]string{"country:gb>org:sovcomflot"}},
		{"the subject of a second predicate", "Washington has warned Beijing over its support for Moscow and has already issued hundreds of sanctions aimed at Russia.",
			[]string{"country:us>country:ru"}},
		{"frozen assets", "Brussels has frozen the assets of Russia's central bank.",
			[]string{"org:european-union>country:ru"}},
		{"the Treasury designates", "The US Treasury designated three Chinese companies for supplying drones to Russia.",
			[]string{"country:us>country:cn"}},
		{"designated as is no sanction", "The US Treasury said Kazakhstan was designated as a strategic partner.",
			nil},
		{"measures aimed at named lenders", "The United States imposed sanctions on Russia. It announced further measures on Tuesday, targeting two Russian state lenders, VEB and Promsvyazbank.",
			[]string{"country:us>country:ru", "country:us>org:promsvyazbank", "country:us>org:veb"}},
		{"measures without sanctions are none", "Kazakhstan announced measures against Russia's bid on Tuesday.",
			nil},
		{"earlier sanctions stay apart from the new ones", "The United States on Friday imposed sanctions on Russia. Washington has already issued hundreds of sanctions on Russia.",
			[]string{"country:us>country:ru", "country:us>country:ru"}},
		{"sanctions as a verb in a lede", "Japan sanctions 11 Russian entities over arms transfers.",
			[]string{"country:jp>country:ru"}},
		{"a noun before the object is no verb", "Despite US sanctions Iran kept selling oil.",
			nil},
		{"toughened their sanctions", "The UK and Canada on Monday toughened their sanctions against Iran.",
			[]string{"country:gb+country:ca>country:ir"}},
		{"pledged is not imposed", "G7 leaders on Friday pledged to impose more sanctions on Russia.",
			nil},
		{"pressure to extend is not imposed", "The UK has come under pressure from lawmakers to extend sanctions on Iran.",
			nil},
		{"measures without a verb are none", "Senators said the president must impose sanctions on Ankara or US measures against Moscow will suffer.",
			nil},
		{"a further group of targets", "Japan froze the assets of nine Russian entities and one individual, as well as two shipping firms in Cyprus.",
			[]string{"country:jp>country:cy", "country:jp>country:ru"}},
		{"what the sanctions restrict", "Iraq struggles to pay because of US sanctions, which restrict Iran's access to funds.",
			[]string{"country:us>country:ir"}},
		{"sanctions-hit", "Trade with sanctions-hit Russia grew.",
			[]string{">country:ru"}},
		{"asset freezes and travel bans", "Dozens of officials have been made subject to UK asset freezes and travel bans on Iran.",
			[]string{"country:gb>country:ir"}},
		{"the countries the statement names", "G7 nations said in a statement the countries are imposing further sanctions to increase the costs to Russia.",
			[]string{"org:group-of-seven>country:ru"}},
		{"added to its sanctions list", "Britain added three Russian banks to its sanctions list on Monday.",
			[]string{"country:gb>country:ru"}},
		{"a passive's by-agent imposes", "Mali was sanctioned on Sunday by the African Union.",
			[]string{"org:african-union>country:ml"}},
		{"any state can blacklist", "Kenya blacklisted Uganda over the border dispute.",
			[]string{"country:ke>country:ug"}},
		{"export curbs are sanctions", "Japan imposed export curbs on South Korea.",
			[]string{"country:jp>country:kr"}},
		{"by an objection is no imposer", "The EU adopted sanctions against Russia, including an oil ban that had been held up by objections from Hungary.",
			[]string{"org:european-union>country:ru"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := x.Extract(graph.Article{Text: tt.text, Published: "2025-10-23"}).Contract()
			var got []string
			for _, e := range c.Events {
				if e.Kind != string(graph.KindSanction) {
					continue
				}
				for _, tg := range e.Targets {
					got = append(got, strings.Join(e.Imposers, "+")+">"+tg)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sanctions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
