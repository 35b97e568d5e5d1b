package memstore_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/memstore"
)

// conflicting returns n self-contained batches, one per article, that report
// the same things differently: one summit under several names, dates of
// every precision and derivations, places, confidences and participants;
// one person with several roles, countries, aliases and dated names; one
// term and one membership with several end dates; one route with halts of
// one value and different derivations; and hub events (more than 100 in
// all) that share one participant.
func conflicting(n int) []*graph.Batch {
	kz := graph.Entity{ID: "country:kz", Kind: graph.KindCountry, Name: "Kazakhstan", ISO2: "KZ"}
	hub := graph.Entity{ID: "country:hb", Kind: graph.KindCountry, Name: "Hubland", ISO2: "HB"}
	org := graph.Entity{ID: "org:union", Kind: graph.KindOrganization, Name: "Union"}
	office := graph.Entity{ID: "office:chair", Kind: graph.KindOffice, Name: "Chair", Country: "KZ"}
	places := []graph.Entity{
		{ID: "place:alpha", Kind: graph.KindPlace, Name: "Alpha", Country: "KZ"},
		{ID: "place:beta", Kind: graph.KindPlace, Name: "Beta", Country: "KZ"},
	}
	dates := []graph.Date{
		graph.NewDate("", ""), graph.NewDate("2022", "year only"), graph.NewDate("2022-10", "'in October'"),
		graph.NewDate("2022-10-27", "stated"), graph.NewDate("2022-10-27", "'Thursday'"), graph.NewDate("2022-10-28", "stated"),
		graph.NewDate("2022-09", "'in September'"),
	}
	names := []string{"", "Union summit", "First Union summit", "Astana summit"}
	roles := []string{"", "envoy", "adviser"}
	summit := graph.HashID(graph.KindSummit, "union", "2022-10")
	route := graph.HashID(graph.KindExportDependency, "kz", "oil")
	var out []*graph.Batch
	for i := range n {
		a := graph.Article{ID: graph.HashID(graph.KindArticle, fmt.Sprint("https://conflict.example/", i)),
			URL: fmt.Sprint("https://conflict.example/", i), Title: fmt.Sprint("Report ", i), Published: "2022-10-28", Text: "Text."}
		ev := func(conf float64) graph.Evidence {
			return graph.Evidence{ArticleID: a.ID, End: 5, Quote: "Text.", Confidence: conf, Extractor: "test/1"}
		}
		person := graph.Entity{ID: "person:envoy", Kind: graph.KindPerson, Name: []string{"The Envoy", "Envoy"}[i%2],
			Role: roles[i%len(roles)], Country: []string{"KZ", "HB", ""}[i%3],
			Aliases: []string{fmt.Sprint("Envoy ", i%4)},
			Names:   []graph.NamePeriod{{Name: fmt.Sprint("Envoy ", i%3), From: fmt.Sprint(2010 + i%3)}},
			Subkind: []string{"", "diplomat"}[i%2],
			Source:  "article",
		}
		b := &graph.Batch{
			Articles: []graph.Article{a},
			Entities: []graph.Entity{kz, hub, org, office, places[0], places[1], person},
			Terms: []graph.Term{{PersonID: person.ID, OfficeID: office.ID, From: "2020",
				To: []string{"", "2023", "2022-12"}[i%3], Source: []string{"article", "reference:x"}[i%2]}},
			Memberships: []graph.Membership{{MemberID: kz.ID, OrgID: org.ID, From: []string{"1995", "", "1992"}[i%3], To: []string{"", "2030"}[i%2]}},
			Events: []graph.Event{{
				ID: summit, Kind: graph.KindSummit, Name: names[i%len(names)], Date: dates[i%len(dates)],
				PlaceID: []string{"", places[1].ID, places[0].ID}[i%3], Modality: graph.Asserted,
				CAMEO: []string{"", "043"}[i%2], PLOVER: "CONSULT", Reason: []string{"", "talks", "a visit"}[i%3],
				Participants: []graph.Participant{{EntityID: kz.ID, Role: graph.RoleHost}, {EntityID: []string{org.ID, person.ID, hub.ID}[i%3], Role: graph.RoleParticipant}},
				Confidence:   float64(i%5) / 4,
				Evidence:     []graph.Evidence{ev(float64(i%5) / 4)},
			}},
			Routes: []graph.Route{{
				ID: route, Kind: graph.KindExportDependency, Name: []string{"Oil route", "", "Kazakh oil"}[i%3],
				FromID: kz.ID, ToID: hub.ID, Share: []string{"", "most", "80 percent"}[i%3],
				Halts:    []graph.Date{graph.NewDate("2022-03", fmt.Sprint("report ", i%3)), graph.NewDate(fmt.Sprint("2022-0", 4+i%3), "")},
				Modality: graph.Asserted, Confidence: float64(i%3) / 2, Evidence: []graph.Evidence{ev(0.5)},
			}},
			Mentions: []graph.Mention{{ArticleID: a.ID, EntityID: person.ID, Start: 0, End: 4, Text: "Text", Count: 1}},
		}
		for k := range 12 { // 12 hub events per article, some shared between articles
			id := graph.HashID(graph.KindMeeting, "hub", fmt.Sprint((i*7+k)%150))
			b.Events = append(b.Events, graph.Event{
				ID: id, Kind: graph.KindMeeting, Name: fmt.Sprint("Hub meeting ", i%2), Date: dates[(i+k)%len(dates)],
				Modality:     graph.Asserted,
				Participants: []graph.Participant{{EntityID: hub.ID, Role: graph.RoleParticipant}, {EntityID: []string{kz.ID, org.ID}[k%2], Role: graph.RoleParticipant}},
				Confidence:   float64((i+k)%4) / 3,
				Evidence:     []graph.Evidence{ev(0.7)},
			})
		}
		out = append(out, b)
	}
	return out
}

// group joins consecutive batches size at a time into one batch each.
func group(bs []*graph.Batch, size int) []*graph.Batch {
	var out []*graph.Batch
	for c := range slices.Chunk(bs, size) {
		var b graph.Batch
		for _, x := range c {
			b.Articles = append(b.Articles, x.Articles...)
			b.Entities = append(b.Entities, x.Entities...)
			b.Terms = append(b.Terms, x.Terms...)
			b.Memberships = append(b.Memberships, x.Memberships...)
			b.Events = append(b.Events, x.Events...)
			b.Routes = append(b.Routes, x.Routes...)
			b.Mentions = append(b.Mentions, x.Mentions...)
		}
		out = append(out, &b)
	}
	return out
}

// fullRead is everything a store answers about its graph, every list paged
// to the end.
type fullRead struct {
	Stats       graph.Stats
	Entities    []graph.Entity
	Events      []graph.Event
	Routes      []graph.Route
	Articles    []graph.Article
	Terms       []graph.Term
	Memberships []graph.Membership
	Mentions    []graph.Mention
	HubEvents   map[string][]graph.Event
}

func readAll(t *testing.T, s graph.Store) fullRead {
	t.Helper()
	ctx := t.Context()
	var r fullRead
	var err error
	fail := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	r.Stats, err = s.Stats(ctx)
	fail(err)
	for p := (graph.Page{First: graph.MaxPageSize}); ; {
		page, err := s.ListEntities(ctx, graph.EntityFilter{}, p)
		fail(err)
		r.Entities = append(r.Entities, page.Items...)
		if !page.HasNext {
			break
		}
		p.After = page.Cursors[len(page.Cursors)-1]
	}
	for p := (graph.Page{First: graph.MaxPageSize}); ; {
		page, err := s.ListEvents(ctx, graph.EventFilter{}, p)
		fail(err)
		r.Events = append(r.Events, page.Items...)
		if !page.HasNext {
			break
		}
		p.After = page.Cursors[len(page.Cursors)-1]
	}
	for p := (graph.Page{First: graph.MaxPageSize}); ; {
		page, err := s.ListRoutes(ctx, graph.RouteFilter{}, p)
		fail(err)
		r.Routes = append(r.Routes, page.Items...)
		if !page.HasNext {
			break
		}
		p.After = page.Cursors[len(page.Cursors)-1]
	}
	for p := (graph.Page{First: graph.MaxPageSize}); ; {
		page, err := s.ListArticles(ctx, p)
		fail(err)
		r.Articles = append(r.Articles, page.Items...)
		if !page.HasNext {
			break
		}
		p.After = page.Cursors[len(page.Cursors)-1]
	}
	r.Terms, err = s.Terms(ctx, graph.TermFilter{})
	fail(err)
	r.Memberships, err = s.Memberships(ctx, nil, nil)
	fail(err)
	r.Mentions, err = s.Mentions(ctx, "", "")
	fail(err)
	r.HubEvents, err = s.EventsByParticipant(ctx, []string{"country:hb"}, graph.EventFilter{}, 500)
	fail(err)
	return r
}

// The same reports written in different orders, groupings and repetitions
// give the same graph, compared on full reads.
func TestMergeOrderIndependent(t *testing.T) {
	corpus := conflicting(24)
	shuffled := slices.Clone(corpus)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	reversed := slices.Clone(corpus)
	slices.Reverse(reversed)
	ways := []struct {
		name    string
		batches []*graph.Batch
	}{
		{"forward", corpus},
		{"reversed", reversed},
		{"shuffled", shuffled},
		{"forward twice", slices.Concat(corpus, corpus)},
		{"reversed then forward", slices.Concat(reversed, corpus)},
		{"in threes", group(shuffled, 3)},
		{"in fives, reversed", group(reversed, 5)},
		{"all in one batch", group(corpus, len(corpus))},
	}
	var want fullRead
	for i, w := range ways {
		s, err := memstore.Open("")
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range w.batches {
			if _, err := s.WriteBatch(t.Context(), b); err != nil {
				t.Fatalf("%s: %v", w.name, err)
			}
		}
		got := readAll(t, s)
		if i == 0 {
			want = got
			if n := len(got.HubEvents["country:hb"]); n <= 100 {
				t.Fatalf("the hub takes part in %d events, want more than 100", n)
			}
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s gives another graph than %s (-%s +%s):\n%s", w.name, ways[0].name, ways[0].name, w.name, diff)
		}
	}
}

// The merged values are the ones MERGE-CONTRACT names, not merely the same
// in every order.
func TestMergeChoosesByContract(t *testing.T) {
	s := open(t, "")
	for _, b := range conflicting(24) {
		if _, err := s.WriteBatch(t.Context(), b); err != nil {
			t.Fatal(err)
		}
	}
	ctx := t.Context()
	evs, err := s.GetEvents(ctx, []string{graph.HashID(graph.KindSummit, "union", "2022-10")})
	if err != nil || len(evs) != 1 {
		t.Fatalf("GetEvents(summit) = %v, %v", evs, err)
	}
	got := evs[0]
	got.Participants, got.Evidence = nil, nil
	want := graph.Event{
		ID: got.ID, Kind: graph.KindSummit, Name: "Astana summit",
		Date:    graph.NewDate("2022-10-27", "'Thursday'"), // most precise, smallest value, smallest derivation
		PlaceID: "place:alpha", Modality: graph.Asserted, CAMEO: "043", PLOVER: "CONSULT", Reason: "a visit", Confidence: 1,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("merged summit (-want +got):\n%s", diff)
	}
	if len(evs[0].Participants) != 4 || len(evs[0].Evidence) != 24 {
		t.Errorf("merged summit has %d participants and %d evidence records, want 4 and 24", len(evs[0].Participants), len(evs[0].Evidence))
	}
	ents, err := s.GetEntities(ctx, []string{"person:envoy"})
	if err != nil || len(ents) != 1 {
		t.Fatalf("GetEntities(person) = %v, %v", ents, err)
	}
	wantPerson := graph.Entity{ID: "person:envoy", Kind: graph.KindPerson, Name: "Envoy", Role: "adviser", Country: "HB",
		Subkind: "diplomat", Source: "article", Aliases: []string{"Envoy 0", "Envoy 1", "Envoy 2", "Envoy 3"},
		Names: []graph.NamePeriod{{Name: "Envoy 0", From: "2010"}, {Name: "Envoy 1", From: "2011"}, {Name: "Envoy 2", From: "2012"}}}
	if diff := cmp.Diff(wantPerson, ents[0]); diff != "" {
		t.Errorf("merged person (-want +got):\n%s", diff)
	}
}
