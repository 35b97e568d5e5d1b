package graphtest

import (
	"fmt"

	"geograph/graph"
)

// GeneratedBatch returns a deterministic batch for paging and bulk tests:
// n events, n/4 articles (at least one), n/4 persons and n/10 routes, keyed
// by prefix so batches of different prefixes do not overlap (apart from the
// four country stubs they share). Sort keys repeat on purpose so that ties
// are broken by ID: persons share seven names, articles share publication
// days, events cycle through kinds, day/month/year/undated dates and five
// confidences, and every modality.
func GeneratedBatch(prefix string, n int) *graph.Batch {
	b := &graph.Batch{Entities: stubs(CountryKZ, CountryRU, CountryCN, CountryTR)}
	countries := []string{CountryKZ, CountryRU, CountryCN, CountryTR}
	isos := []string{"KZ", "RU", "CN", "TR"}
	names := []string{"Aigerim Bekova", "Ivan Petrov", "Li Wei", "Ayşe Yılmaz", "Daniyar Akhmetov", "Olga Smirnova", "Zhang Min"}

	nArticles := max(n/4, 1)
	for i := range nArticles {
		published := fmt.Sprintf("2022-%02d-%02d", 1+i%12, 1+i%3)
		if i%9 == 8 {
			published = ""
		}
		url := fmt.Sprintf("https://gen.example/%s/%d", prefix, i)
		b.Articles = append(b.Articles, article(url, fmt.Sprintf("Generated report %s %d", prefix, i),
			"Generated Wire", published, fmt.Sprintf("Generated text %s %d.", prefix, i)))
	}
	var persons []string
	for i := range n / 4 {
		id := graph.NewID(graph.KindPerson, prefix, fmt.Sprint(i))
		persons = append(persons, id)
		b.Entities = append(b.Entities, graph.Entity{ID: id, Kind: graph.KindPerson, Name: names[i%len(names)],
			Country: isos[i%len(isos)], Role: "official", Source: "article"})
	}
	for i := range n {
		kind := graph.EventKinds[i%len(graph.EventKinds)]
		var value string
		switch i % 6 {
		case 0, 1, 2:
			value = fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%7)
		case 3:
			value = fmt.Sprintf("2021-%02d", 1+i%12)
		case 4:
			value = fmt.Sprint(2015 + i%8)
		}
		ev := graph.Event{
			ID:   graph.HashID(kind, prefix, fmt.Sprint(i)),
			Kind: kind, Name: fmt.Sprintf("Generated %s %s %d", kind, prefix, i),
			Date: graph.NewDate(value, "generated"),
			Participants: []graph.Participant{
				{EntityID: countries[i%4], Role: graph.RoleParticipant},
				{EntityID: countries[(i+1)%4], Role: graph.RoleParticipant},
			},
			Modality:   graph.Modalities[i%len(graph.Modalities)],
			Confidence: float64(i%5) / 4,
		}
		if i%3 == 0 && len(persons) > 0 {
			ev.Participants = append(ev.Participants, graph.Participant{EntityID: persons[i%len(persons)], Role: graph.RoleActor})
		}
		if i%2 == 0 {
			a := b.Articles[i%nArticles]
			ev.Evidence = []graph.Evidence{{ArticleID: a.ID, End: len(a.Text), Quote: a.Text, Confidence: ev.Confidence, Extractor: "graphtest/1"}}
		}
		b.Events = append(b.Events, ev)
	}
	for i := range n / 10 {
		kind := graph.RouteKinds[i%len(graph.RouteKinds)]
		b.Routes = append(b.Routes, graph.Route{
			ID: graph.HashID(kind, prefix, fmt.Sprint(i)), Kind: kind, Name: fmt.Sprintf("Generated route %s %d", prefix, i),
			FromID: countries[i%4], Via: []string{countries[(i+2)%4]}, ToID: countries[(i+1)%4],
			Modality: graph.Asserted, Confidence: 0.5,
		})
	}
	return b
}
