package graphtest

import (
	"strings"
	"time"

	"geograph/graph"
)

// loadedAt is the LoadedAt of every fixture article: a fixed instant, so
// round trips compare equal.
var loadedAt = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)

// SummitID is the ID of the EU–Central Asia summit both summit articles report.
func SummitID() string { return graph.HashID(graph.KindSummit, "eu-central-asia", "2022-10-27") }

// CPCRouteID and MiddleCorridorID are the IDs of PipelineArticle's routes.
func CPCRouteID() string { return graph.HashID(graph.KindExportDependency, "kz", "ru", "oil") }

// MiddleCorridorID is the ID of the Middle Corridor trade route.
func MiddleCorridorID() string { return graph.HashID(graph.KindTradeRoute, "middle-corridor") }

// article builds a fixture article and a helper that evidences a sentence of it.
func article(url, title, source, published, text string) graph.Article {
	return graph.Article{ID: graph.HashID(graph.KindArticle, url), URL: url, Title: title, Source: source,
		Published: published, Text: text, LoadedAt: loadedAt}
}

// evidence returns the Evidence of quote, which must occur in a's text.
func evidence(a graph.Article, sentence int, quote string, conf float64) graph.Evidence {
	start := strings.Index(a.Text, quote)
	if start < 0 {
		panic("graphtest: quote not in article: " + quote)
	}
	return graph.Evidence{ArticleID: a.ID, Sentence: sentence, Start: start, End: start + len(quote),
		Quote: quote, Confidence: conf, Extractor: "graphtest/1"}
}

// mention returns the Mention of the first occurrence of text in a.
func mention(a graph.Article, entityID, text string, count int) graph.Mention {
	start := strings.Index(a.Text, text)
	if start < 0 {
		panic("graphtest: mention not in article: " + text)
	}
	return graph.Mention{ArticleID: a.ID, EntityID: entityID, Start: start, End: start + len(text),
		Text: text, Reason: "name '" + text + "'", Count: count}
}

// SummitArticleA is one article reporting the EU–Central Asia summit in
// Astana on 2022-10-27: Kazakhstan hosts, the EU and Charles Michel take
// part, confidence 0.8, CAMEO 043.
func SummitArticleA() *graph.Batch {
	a := article("https://news.example/eu-central-asia-summit", "EU and Central Asian leaders meet in Astana",
		"Example Wire", "2022-10-27",
		"Leaders of the European Union and Central Asia met in Astana on 27 October 2022. "+
			"Kazakhstan hosted the first such summit. Charles Michel, president of the European Council, attended.")
	return &graph.Batch{
		Articles: []graph.Article{a},
		Entities: stubs(CountryKZ, OrgEU, PersonMichel, PlaceAstana),
		Events: []graph.Event{{
			ID: SummitID(), Kind: graph.KindSummit, Name: "EU–Central Asia summit",
			Date:    graph.NewDate("2022-10-27", "stated: '27 October 2022'"),
			PlaceID: PlaceAstana,
			Participants: []graph.Participant{
				{EntityID: CountryKZ, Role: graph.RoleHost},
				{EntityID: OrgEU, Role: graph.RoleParticipant},
				{EntityID: PersonMichel, Role: graph.RoleParticipant},
			},
			Modality: graph.Asserted, CAMEO: "043", PLOVER: "CONSULT", Confidence: 0.8,
			Evidence: []graph.Evidence{evidence(a, 0, "Leaders of the European Union and Central Asia met in Astana on 27 October 2022.", 0.8)},
		}},
		Mentions: []graph.Mention{
			mention(a, OrgEU, "European Union", 1),
			mention(a, PlaceAstana, "Astana", 1),
			mention(a, CountryKZ, "Kazakhstan", 1),
			mention(a, PersonMichel, "Charles Michel", 1),
		},
	}
}

// SummitArticleB is a second article reporting the same summit (same event
// ID): Kazakhstan and Tokayev host, the EU takes part, the date comes from
// "Thursday", confidence 0.9, another name and no CAMEO code.
func SummitArticleB() *graph.Batch {
	a := article("https://other.example/tokayev-hosts-eu", "Tokayev hosts EU leaders in the Kazakh capital",
		"Other Daily", "2022-10-28",
		"President Kassym-Jomart Tokayev welcomed European Union leaders on Thursday for a summit with Central Asia. "+
			"Kazakhstan called the meeting historic.")
	return &graph.Batch{
		Articles: []graph.Article{a},
		Entities: stubs(CountryKZ, OrgEU, PersonTokayev, PlaceAstana),
		Events: []graph.Event{{
			ID: SummitID(), Kind: graph.KindSummit, Name: "First EU–Central Asia summit",
			Date:    graph.NewDate("2022-10-27", "'Thursday' → Thursday of the week of 2022-10-28"),
			PlaceID: PlaceAstana,
			Participants: []graph.Participant{
				{EntityID: CountryKZ, Role: graph.RoleHost},
				{EntityID: PersonTokayev, Role: graph.RoleHost},
				{EntityID: OrgEU, Role: graph.RoleParticipant},
			},
			Modality: graph.Asserted, PLOVER: "CONSULT", Confidence: 0.9,
			Evidence: []graph.Evidence{evidence(a, 0, "President Kassym-Jomart Tokayev welcomed European Union leaders on Thursday for a summit with Central Asia.", 0.9)},
		}},
		Mentions: []graph.Mention{
			mention(a, PersonTokayev, "Kassym-Jomart Tokayev", 1),
			mention(a, CountryKZ, "Kazakhstan", 1),
		},
	}
}

// PipelineArticle reports two routes: Kazakh oil exported through Russia
// (an ExportDependency with three halts) and the Middle Corridor, a trade
// route from China through Khorgos, Aktau and Turkey to the EU (Via in that
// order, which is not alphabetical).
func PipelineArticle() *graph.Batch {
	a := article("https://news.example/cpc-halts", "Kazakh oil exports through Russia falter again",
		"Example Wire", "2022-08-25",
		"Around 80 percent of Kazakh oil exports flow through Russia to Novorossiysk. "+
			"The pipeline halted in March, on 5 July and again in August. "+
			"Astana is courting the Middle Corridor from China through Khorgos, Aktau and Turkey to Europe.")
	return &graph.Batch{
		Articles: []graph.Article{a},
		Entities: stubs(CountryKZ, CountryRU, CountryCN, CountryTR, OrgEU, CommodityOil, PlaceNovorossiysk, PlaceKhorgos, PlaceAktau),
		Routes: []graph.Route{
			{
				ID: CPCRouteID(), Kind: graph.KindExportDependency, Name: "Kazakh oil exports through Russia",
				CommodityID: CommodityOil, FromID: CountryKZ, Via: []string{CountryRU}, ToID: PlaceNovorossiysk,
				Share: "around 80 percent",
				Halts: []graph.Date{
					graph.NewDate("2022-03", "'in March' → March of the publication year"),
					graph.NewDate("2022-07-05", "stated: '5 July'"),
					graph.NewDate("2022-08", "'in August' → August of the publication year"),
				},
				Modality: graph.Asserted, Confidence: 0.85,
				Evidence: []graph.Evidence{evidence(a, 0, "Around 80 percent of Kazakh oil exports flow through Russia to Novorossiysk.", 0.85)},
			},
			{
				ID: MiddleCorridorID(), Kind: graph.KindTradeRoute, Name: "Middle Corridor",
				FromID: CountryCN, Via: []string{PlaceKhorgos, PlaceAktau, CountryTR}, ToID: OrgEU,
				Modality: graph.Planned, Confidence: 0.7,
				Evidence: []graph.Evidence{evidence(a, 2, "Astana is courting the Middle Corridor from China through Khorgos, Aktau and Turkey to Europe.", 0.7)},
			},
		},
		Mentions: []graph.Mention{
			mention(a, CommodityOil, "oil", 2),
			mention(a, CountryRU, "Russia", 1),
			mention(a, PlaceNovorossiysk, "Novorossiysk", 1),
		},
	}
}
