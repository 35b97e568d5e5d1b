package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestSummitsAndMeetings: the summit and meeting rules on short texts of
// our own; each event as "Kind|name|date|modality".
func TestSummitsAndMeetings(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a summit of a group stays, and the talk there is a meeting",
			"Aliyev and Pashinian talked on the sidelines of a summit of former Soviet republics held in Tajikistan in September.",
			[]string{"Meeting||2018-09|ASSERTED", "Summit||2018-09|ASSERTED"}},
		{"a meeting of an organisation is its summit",
			"Lukashenko last month hosted a meeting of the Collective Security Treaty Organization in Minsk.",
			[]string{"Summit|Collective Security Treaty Organization summit|2018-12|ASSERTED"}},
		{"a ministers' meeting of an organisation is no summit",
			"The decision was taken at a meeting of the EU's foreign ministers in Brussels last week.",
			nil},
		{"a titled conference attended",
			"Erdogan met Putin on the sidelines of the Conference on Interaction and Confidence Building Measures in Asia in Astana on October 13, 2022.",
			[]string{"Meeting||2022-10-13|ASSERTED", "Summit|Conference on Interaction and Confidence Building Measures in Asia|2022-10-13|ASSERTED"}},
		{"in a city to attend: under way",
			"Tokayev, who is in Beijing to attend the Belt and Road Forum, met Xi on Tuesday.",
			[]string{"Meeting||2019-01-22|ASSERTED", "Summit|Belt and Road Forum|2019-01-22|ASSERTED"}},
		{"envoys of two states met",
			"The Armenian and Azerbaijani foreign ministers have met four times since the summer.",
			[]string{"Meeting|||ASSERTED"}},
		{"unnamed officials of two states met one by one",
			"Erdogan met Tunisia's president and the vice president of the United Arab Emirates on Tuesday.",
			[]string{"Meeting||2019-01-22|ASSERTED", "Meeting||2019-01-22|ASSERTED"}},
		{"a summit of a visitor and the host's leader is a meeting",
			"Putin signed a treaty with North Korea's Kim Jong-un on Wednesday. It was signed during a summit in Pyongyang, where Putin was making his first visit in 24 years. The US, which slammed the summit, accused Russia of buying arms.",
			[]string{"Meeting||2019-01-23|ASSERTED"}},
		{"a summit of several states stays a summit",
			"Putin attended a summit in Astana on Wednesday. Kazakhstan's Tokayev and Kyrgyzstan's Japarov spoke at the summit.",
			[]string{"Summit||2019-01-23|ASSERTED"}},
		{"leaders of several states who turn a valve together meet",
			"Erdogan, Putin and Serbian President Aleksandar Vucic turned a symbolic valve on stage in Istanbul on Wednesday.",
			[]string{"Meeting||2019-01-23|ASSERTED"}},
		{"one leader's inauguration is no meeting",
			"Putin inaugurated the pipeline on Wednesday, a project Erdogan has backed.",
			nil},
		{"met its demands is no meeting",
			"Erdogan met Tunisia's demands on Tuesday.",
			nil},
		{"a titled meeting of an organisation's leaders is a summit, called by its title",
			"Kuwait's emir flew to Riyadh on Monday for the 12th Consultative Meeting of the Gulf Cooperation Council leaders.",
			[]string{"Summit|12th Consultative Meeting of the Gulf Cooperation Council leaders|2019-01-21|ASSERTED"}},
		{"top-level talks of two states that name no one are their meeting",
			"The decision on joint work of Russia and Iran was taken during the top-level talks in Tehran in July 2018.",
			[]string{"Meeting||2018-07|ASSERTED"}},
		{"bare talks of two states are no meeting",
			"The decision on joint work of Russia and Iran was taken during talks on trade.",
			nil},
		{"leaders of two states who sign in one place meet",
			"Chinese President Xi Jinping and Russian President Vladimir Putin signed two joint statements in the Kremlin on Tuesday.",
			[]string{"Meeting||2019-01-22|ASSERTED"}},
		{"leaders who sign a text with no place named need not have met",
			"Azerbaijani President Ilham Aliyev, Armenian Prime Minister Nikol Pashinyan and Russian President Vladimir Putin signed the nine-point statement.",
			nil},
		{"the group of seven is no summit",
			"The G7 countries are Japan, the US, Britain, Germany, France, Italy and Canada. G7 leaders on Friday pledged more aid.",
			nil},
		{"at the G7: its summit",
			"Zelensky spoke at the G7 in Hiroshima on Saturday.",
			[]string{"Summit|G7 summit|2019-01-19|ASSERTED"}},
		{"a host who has received leaders one after another met each",
			"Tokayev has already hosted Azerbaijani President Ilham Aliyev, Chinese President Xi Jinping and Russian President Vladimir Putin.",
			[]string{"Meeting|||ASSERTED", "Meeting|||ASSERTED", "Meeting|||ASSERTED"}},
		{"a host of leaders at one summit met none of them",
			"Mirziyoyev hosted Presidents Erdogan of Turkey, Ilham Aliyev of Azerbaijan and Tokayev of Kazakhstan, the heads of the other member states.",
			nil},
		{"a visit at a leader's invitation is a meeting with him",
			"Pakistan and Saudi Arabia on Wednesday signed a pact during Prime Minister Shehbaz Sharif's state visit to Riyadh at the invitation of Crown Prince Mohammed bin Salman.",
			[]string{"Meeting||2019-01-23|ASSERTED"}},
		{"a visit to come at an invitation is no meeting yet",
			"Sharif will pay a state visit to Riyadh next week at the invitation of Crown Prince Mohammed bin Salman.",
			nil},
		{"a signing ceremony attended by two states' officials is a meeting",
			"The signing ceremony was attended by Ali Mojtaba Rouzbahani, Iran's ambassador to Turkmenistan, and Maksat Babayev, Turkmenistan's deputy prime minister, on Wednesday.",
			[]string{"Meeting||2019-01-23|ASSERTED"}},
		{"a leader's bilateral meetings with the unnamed presidents of a list of states: one with each",
			"Trump and the presidents of Uzbekistan, Kazakhstan and Tajikistan held bilateral meetings in the Oval Office on Wednesday.",
			[]string{"Meeting||2019-01-23|ASSERTED", "Meeting||2019-01-23|ASSERTED", "Meeting||2019-01-23|ASSERTED"}},
		{"bilateral meetings by video are no meetings",
			"Trump and the presidents of Uzbekistan, Kazakhstan and Tajikistan held bilateral talks by video link on Wednesday.",
			nil},
		{"a summit named after its city is the summit held there that day",
			"Xi said the BRICS summit in Kazan will open soon. He said the Kazan summit will be important.",
			[]string{"Summit|BRICS summit|2019-01-24|ASSERTED"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := x.Extract(graph.Article{Title: "T", Published: "2019-01-24", Text: tt.text})
			var got []string
			for _, e := range ex.Events {
				if e.Kind == graph.KindSummit || e.Kind == graph.KindMeeting {
					got = append(got, strings.Join([]string{string(e.Kind), e.Name, e.Date.Value, string(e.Modality)}, "|"))
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("events mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSummitParticipants: who the summit and meeting rules place at them.
func TestSummitParticipants(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"states that sign a document on the summit's day took part",
			"India, France and Germany on Thursday signed a memorandum of understanding on a rail corridor. It was announced on the sidelines of the G20 Summit in New Delhi.",
			[]string{"country:de", "country:fr", "country:in", "org:group-of-twenty"}},
		{"leaders arriving in the summit's city take part",
			"The BRICS summit opens in Kazan on Thursday. Among the leaders arriving in Kazan are Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.",
			[]string{"country:cn", "country:in", "country:ru", "org:brics", "person:narendra-modi", "person:xi-jinping"}},
		{"an official given by the title the article named him with earlier is that person",
			"Acting Prime Minister of Afghanistan Mullah Mohammad Hasan Akhund arrived on Tuesday. Then Erdogan had a meeting with Acting Prime Minister of Afghanistan in the hall.",
			[]string{"person:mohammad-hasan-akhund", "person:recep-tayyip-erdogan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := x.Extract(graph.Article{Title: "T", Published: "2019-01-24", Text: tt.text})
			var got []string
			for _, e := range ex.Events {
				if e.Kind == graph.KindSummit || e.Kind == graph.KindMeeting {
					got = append(got, uniq(e.ParticipantIDs(""))...)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("participants mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
