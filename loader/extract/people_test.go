package extract

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// contractPeople lists the people of a text as "name|role|country".
func contractPeople(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	var out []string
	for _, e := range x.Extract(graph.Article{Text: text, Published: "2025-08-08"}).Contract().Entities {
		if e.Kind != string(graph.KindPerson) {
			continue
		}
		s := e.Name + "|"
		if e.Role != nil {
			s += *e.Role
		}
		s += "|"
		if e.Country != nil {
			s += *e.Country
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestPeopleRules: names introduced by long titles, appositions after a
// titled phrase, first names of royals, the text's one-word forms, and
// words that are no names.
func TestPeopleRules(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"long title with portfolio",
			"The deal was signed by Kyrgyzstan's Minister of Transport and Communications Tilek Tekebaev on Thursday.",
			[]string{"Tilek Tekebaev|Minister of Transport and Communications|KG"}},
		{"long title naming the state",
			"It was signed by the Chairman of the State Planning Committee of China Zheng Shanjie in Tashkent.",
			[]string{"Zheng Shanjie|Chairman of the State Planning Committee of China|CN"}},
		{"ambassador with an initial",
			"Also present was the Ambassador of Turkmenistan to Bishkek N. Golliyev.",
			[]string{"N. Golliyev|Ambassador of Turkmenistan to Bishkek|TM"}},
		{"apposition after a titled phrase",
			"The deputy governor of the border province, Ali Reza Marhamati, told reporters the village was hit.",
			[]string{"Ali Reza Marhamati|deputy governor of the border province|"}},
		{"a body after 'the' is no person",
			"The Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov opened the session.",
			[]string{"Gurbanguly Berdimuhamedov||TM"}},
		{"title of a named body before the name",
			"According to the representative of the Kazakh Foreign Ministry Aibek Smadiyarov, heads of 11 states took part.",
			[]string{"Aibek Smadiyarov|representative of the Kazakh Foreign Ministry|KZ"}},
		{"known name with a spaced particle",
			"Erdogan met Iraqi Prime Minister Mohammed Shia al Sudani in Baghdad.",
			[]string{"Erdogan|President|TR", "Mohammed Shia al Sudani|Prime Minister|IQ"}},
		{"no title before the comma",
			"In the capital of the province, Ali Reza Marhamati, lived quietly.",
			nil},
		{"royal by first name",
			"Crown Prince Mohammed bin Salman hosted the meeting. Prince Mohammed spoke afterwards.",
			[]string{"Mohammed bin Salman|Crown Prince|SA"}},
		{"one-word form the text gives",
			"King Salman did not attend the summit in Jeddah.",
			[]string{"Salman|King|SA"}},
		{"handle is not a name",
			"It began under Prime Minister @CMShehbaz two years ago.",
			nil},
		{"bracketed first name",
			"“Under President [Donald] Trump’s leadership, we will act,” he said.",
			[]string{"Trump|President|US"}},
		{"member states are not people",
			"The Ministers and Heads of Institutions of the Member States signed the memorandum.",
			nil},
		{"city as a first name",
			"The fund is headed by the outgoing secretary-general, Baghdad Amreyev.",
			[]string{"Baghdad Amreyev|secretary-general|"}},
		{"office title before a new name",
			"Armenian Foreign Minister Zohrab Mnatsakanyan will attend the session.",
			[]string{"Zohrab Mnatsakanyan|Foreign Minister|AM"}},
		{"portfolio that is a commodity",
			"Iran's Oil Minister Bijan Zanganeh dismissed the claims.",
			[]string{"Bijan Zanganeh|Oil Minister|IR"}},
		{"long apposition after an organisation",
			"Iran's governor of the Organization of the Petroleum Exporting Countries, Hossein Kazempour Ardebili, was quoted.",
			[]string{"Hossein Kazempour Ardebili|governor of the Organization of the Petroleum Exporting Countries|IR"}},
		{"agency in a dateline is no photo credit",
			"YEREVAN, October 24. /TASS/. The foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, met informally.",
			[]string{"Ararat Mirzoyan|Foreign Minister|AM", "Jeyhun Bayramov|Foreign Minister|AZ"}},
		{"relative clause is no apposition",
			"President Donald Trump told reporters in the State Dining Room, where he was flanked by his guests.",
			[]string{"Donald Trump|President|US"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, contractPeople(t, x, tt.text)); diff != "" {
				t.Errorf("people mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOrganizationRules: armed groups after "militant group(s)" and units
// named after their parent company.
func TestOrganizationRules(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two groups after a plural cue",
			"Hideouts of the militant groups Jundallah Front and Ansar Brigade were struck at dawn.",
			[]string{"Ansar Brigade", "Jundallah Front"}},
		{"group in the reference data",
			"Hideouts of terrorist groups Baloch Liberation Army and Baloch Liberation Front were targeted.",
			[]string{"Baloch Liberation Army", "Baloch Liberation Front"}},
		{"subsidiary of a known company",
			"The deal between SOCAR Midstream Operations and KMG Trading allows the transit of oil.",
			[]string{"KMG Trading", "SOCAR Midstream Operations"}},
		{"no cue, no group",
			"The Liberation Front of the old war is remembered in songs.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(graph.Article{Text: tt.text, Published: "2024-01-18"}).Contract().Entities {
				if e.Kind == string(graph.KindOrganization) {
					got = append(got, e.Name)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("organisations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNameBoundaries: speech verbs and the ends of long titles are not
// part of a name, and a one-word repeat is the person named in full.
func TestNameBoundaries(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{`"We disagree," Deputy Director of the Office of Maritime Trade Control Jorun Veldhaug said.`, []string{"Jorun Veldhaug"}},
		{`Said Tomasz Breivik, the bank's chief economist: "Rates will rise."`, []string{"Tomasz Breivik"}},
		{"Heads of State from Ghana Kwaku Mensah and Senegal Amadou Diallo are expected on Tuesday.", []string{"Amadou Diallo", "Kwaku Mensah"}},
		{"He was received by the president and his wife Ana Ferreira in the palace.", []string{"Ana Ferreira"}},
		{"Shipments from Ghana Cocoa Board rose in May.", nil},
		{"Foreign Minister Tanaka Keiko met the envoy. Tanaka said the talks went well.", []string{"Tanaka Keiko"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, e := range x.Extract(graph.Article{Text: tt.text, Published: "2016-01-10"}).Entities {
				if e.Kind == graph.KindPerson {
					got = append(got, e.Name)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("people mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
