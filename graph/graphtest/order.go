package graphtest

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// hubEvents is how many events of the merge corpus Kazakhstan takes part in:
// more than 100, so no store can get away with looking at the newest 100.
const hubEvents = 130

// mergeArticles is how many articles report the merge corpus's events.
const mergeArticles = 40

// MergeCorpus returns the batches of the order-independence tests: the
// reference data, then one batch per article. Its articles report the same
// happenings in conflicting ways, each event by three articles: different
// names (or none), dates of every precision, equal dates with different
// derivations, other places, confidences, participants and roles. Entities,
// routes, terms and memberships are reported again with conflicting optional
// fields, aliases and dated names. Kazakhstan takes part in every event.
func MergeCorpus() []*graph.Batch {
	out := []*graph.Batch{ReferenceBatch()}
	for a := range mergeArticles {
		out = append(out, mergeArticle(a))
	}
	return out
}

// reporters returns the three articles that report event i.
func reporters(i int) []int {
	return []int{i % mergeArticles, (i + 7) % mergeArticles, (i + 19) % mergeArticles}
}

func mergeArticle(a int) *graph.Batch {
	art := article(fmt.Sprintf("https://merge.example/%d", a), fmt.Sprintf("Merge report %d", a), "Merge Wire",
		fmt.Sprintf("2023-%02d-%02d", 1+a%12, 1+a%28), fmt.Sprintf("Merge report %d says what happened.", a))
	b := &graph.Batch{
		Articles: []graph.Article{art},
		Entities: stubs(CountryKZ, CountryRU, CountryCN, CountryTR, PlaceAstana, PlaceAktau, PersonTokayev, OfficeKZPresident, OrgSCO, CommodityOil),
	}
	partners := []string{CountryRU, CountryCN, CountryTR, PersonTokayev}
	places := []string{"", PlaceAstana, PlaceAktau}
	roles := []string{graph.RoleParticipant, graph.RoleHost, graph.RoleVisitor}
	for i := range hubEvents {
		k := slices.Index(reporters(i), a)
		if k < 0 {
			continue
		}
		v := i + k // the variant this article reports
		month, day := 1+i%12, 10+i%15
		var date graph.Date
		switch v % 6 {
		case 0:
			date = graph.NewDate("", "no date given")
		case 1:
			date = graph.NewDate("2023", "year of publication")
		case 2:
			date = graph.NewDate(fmt.Sprintf("2023-%02d", month), "'this month' → month of publication")
		case 3:
			date = graph.NewDate(fmt.Sprintf("2023-%02d-%02d", month, day), "stated")
		case 4:
			date = graph.NewDate(fmt.Sprintf("2023-%02d-%02d", month, day), "'Monday' → Monday of the week")
		case 5:
			date = graph.NewDate(fmt.Sprintf("2023-%02d-%02d", month, day-1), "'the day before' → one day earlier")
		}
		ev := graph.Event{
			ID: graph.HashID(graph.KindMeeting, "merge", fmt.Sprint(i)), Kind: graph.KindMeeting,
			Name: []string{"", fmt.Sprintf("Talks %d", i), fmt.Sprintf("Meeting %d", i)}[v%3],
			Date: date, PlaceID: places[v%len(places)],
			Participants: []graph.Participant{
				{EntityID: CountryKZ, Role: roles[i%2]},
				{EntityID: partners[v%len(partners)], Role: roles[v%len(roles)]},
			},
			Modality: graph.Asserted, CAMEO: "040", PLOVER: "CONSULT",
			Reason:     []string{"", "trade", "transit"}[(v+1)%3],
			Confidence: float64(1+v%4) / 5,
			Evidence: []graph.Evidence{{ArticleID: art.ID, End: len(art.Text), Quote: art.Text,
				Confidence: float64(1+v%4) / 5, Extractor: "graphtest/1"}},
		}
		b.Events = append(b.Events, ev)
	}

	// Entities named again with conflicting optional fields.
	b.Entities = append(b.Entities,
		graph.Entity{ID: PersonTokayev, Kind: graph.KindPerson, Name: "Kassym-Jomart Tokayev",
			Role: []string{"", "president", "head of state"}[a%3], Country: []string{"KZ", "", "KZ"}[a%3],
			Aliases: []string{fmt.Sprintf("Tokayev %d", a%4)}, Source: "article"},
		graph.Entity{ID: PlaceAstana, Kind: graph.KindPlace, Name: []string{"Astana", "Nur-Sultan"}[a%2],
			Subkind: []string{"capital", "city", ""}[a%3],
			Names:   []graph.NamePeriod{{Name: "Nur-Sultan", From: "2019-03-23", To: []string{"2022-09-17", "2022-09"}[a%2]}}},
	)
	b.Routes = []graph.Route{{
		ID: CPCRouteID(), Kind: graph.KindExportDependency, Name: []string{"", "CPC", "Caspian pipeline"}[a%3],
		CommodityID: CommodityOil, FromID: CountryKZ, Via: []string{CountryRU}, ToID: CountryTR,
		Share: []string{"", "most", "around 80 percent"}[a%3],
		Halts: []graph.Date{
			graph.NewDate(fmt.Sprintf("2023-%02d", 1+a%5), []string{"'in spring'", "stated"}[a%2]),
			graph.NewDate("2022-08", fmt.Sprintf("report %d", a%3)),
		},
		Modality: graph.Asserted, Confidence: float64(a%5) / 5,
		Evidence: []graph.Evidence{{ArticleID: art.ID, Quote: art.Text, End: len(art.Text), Confidence: 0.5, Extractor: "graphtest/1"}},
	}}
	b.Terms = []graph.Term{{PersonID: PersonTokayev, OfficeID: OfficeKZPresident, From: "2019-03-20",
		To: []string{"", "2029", "2030-01"}[a%3], Source: []string{"article", "", "reference:graphtest"}[a%3]}}
	b.Memberships = []graph.Membership{{MemberID: CountryKZ, OrgID: OrgSCO,
		From: []string{"2001", "", "2001-06-15"}[a%3], To: []string{"", "2099", "2098"}[a%4%3]}}
	b.Mentions = []graph.Mention{{ArticleID: art.ID, EntityID: CountryKZ, Start: 0, End: 5, Text: "Merge", Reason: "test", Count: 1}}
	return b
}

// groups joins the batches into batches of n consecutive ones.
func groups(bs []*graph.Batch, n int) []*graph.Batch {
	var out []*graph.Batch
	for i := 0; i < len(bs); i += n {
		out = append(out, concat(bs[i:min(i+n, len(bs))]...))
	}
	return out
}

// permuted returns bs in a fixed order unlike both the original and the
// reverse (a stride through the list).
func permuted(bs []*graph.Batch) []*graph.Batch {
	out := make([]*graph.Batch, 0, len(bs))
	for i := range bs {
		out = append(out, bs[(i*17)%len(bs)])
	}
	return out
}

// writeAtOnce runs n writers at once; writer w writes half of the batches
// starting at w/n of the way through the list, so every batch is written by
// two writers and neighbouring writers contend for the same records.
func writeAtOnce(t *testing.T, s graph.Store, n int, bs []*graph.Batch) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, n)
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := w * len(bs) / n
			for i := range (len(bs) + 1) / 2 {
				if _, err := s.WriteBatch(t.Context(), bs[(start+i)%len(bs)]); err != nil {
					errs[w] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	for w, err := range errs {
		if err != nil {
			t.Errorf("writer %d: %v", w, err)
		}
	}
}

// fullRead is everything a store answers about the merge corpus: every
// record by ID, the relations, and the lists and counts built on them.
type fullRead struct {
	Snapshot      snapshot
	EventList     []graph.Event
	ByParticipant map[string][]graph.Event
	Counts        map[graph.GroupBy][]graph.Count
	Officeholders []graph.Officeholder
	Around        graph.Subgraph
}

func readAll(t *testing.T, s graph.Store, bs []*graph.Batch) fullRead {
	t.Helper()
	ctx := t.Context()
	// One ID list for every scenario: each record once, sorted.
	all := concat(bs...)
	uniq := &graph.Batch{}
	seen := map[string]bool{}
	for _, e := range all.Entities {
		if !seen[e.ID] {
			seen[e.ID] = true
			uniq.Entities = append(uniq.Entities, graph.Entity{ID: e.ID})
		}
	}
	for _, e := range all.Events {
		if !seen[e.ID] {
			seen[e.ID] = true
			uniq.Events = append(uniq.Events, graph.Event{ID: e.ID})
		}
	}
	for _, r := range all.Routes {
		if !seen[r.ID] {
			seen[r.ID] = true
			uniq.Routes = append(uniq.Routes, graph.Route{ID: r.ID})
		}
	}
	for _, a := range all.Articles {
		if !seen[a.ID] {
			seen[a.ID] = true
			uniq.Articles = append(uniq.Articles, graph.Article{ID: a.ID})
		}
	}
	slices.SortFunc(uniq.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(uniq.Events, func(a, b graph.Event) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(uniq.Routes, func(a, b graph.Route) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(uniq.Articles, func(a, b graph.Article) int { return cmp.Compare(a.ID, b.ID) })

	r := fullRead{Snapshot: takeSnapshot(t, s, []*graph.Batch{uniq}), Counts: map[graph.GroupBy][]graph.Count{}}
	var err error
	for _, order := range []graph.EventOrder{graph.DateDesc, graph.DateAsc, graph.ConfidenceDesc} {
		page, err := s.ListEvents(ctx, graph.EventFilter{Order: order}, graph.Page{First: graph.MaxPageSize})
		if err != nil {
			t.Fatalf("ListEvents %s: %v", order, err)
		}
		r.EventList = append(r.EventList, page.Items...)
	}
	if r.ByParticipant, err = s.EventsByParticipant(ctx, []string{CountryKZ, PersonTokayev, CountryTR}, graph.EventFilter{}, graph.MaxPageSize); err != nil {
		t.Fatalf("EventsByParticipant: %v", err)
	}
	for _, by := range []graph.GroupBy{graph.ByKind, graph.ByCountry, graph.ByMonth} {
		if r.Counts[by], err = s.CountEvents(ctx, graph.EventFilter{}, by); err != nil {
			t.Fatalf("CountEvents %s: %v", by, err)
		}
	}
	if r.Officeholders, err = s.Officeholders(ctx, graph.TermFilter{OwnerIDs: []string{CountryKZ}}); err != nil {
		t.Fatalf("Officeholders: %v", err)
	}
	if r.Around, err = s.Neighbourhood(ctx, CPCRouteID(), 1, nil, 0); err != nil {
		t.Fatalf("Neighbourhood: %v", err)
	}
	return r
}

// testMergeOrderIndependent writes the merge corpus in several orders and
// groupings, and twice, each into a fresh store, and compares full reads.
func testMergeOrderIndependent(t *testing.T, open func(t *testing.T) graph.Store) {
	corpus := MergeCorpus()
	reversed := slices.Clone(corpus)
	slices.Reverse(reversed)
	scenarios := []struct {
		name    string
		batches []*graph.Batch
		writers int // when > 0, that many writers at once (see writeAtOnce)
	}{
		{"in order, a batch per article", corpus, 0},
		{"reversed", reversed, 0},
		{"permuted, in batches of seven", groups(permuted(corpus), 7), 0},
		{"reversed, in batches of three", groups(reversed, 3), 0},
		{"one batch", []*graph.Batch{concat(corpus...)}, 0},
		{"twice", slices.Concat(corpus, MergeCorpus()), 0},
		{"four writers at once, each batch twice", corpus, 4},
	}
	var first fullRead
	for i, sc := range scenarios {
		var got fullRead
		if !t.Run(sc.name, func(t *testing.T) {
			s := open(t)
			if sc.writers > 0 {
				writeAtOnce(t, s, sc.writers, sc.batches)
			} else {
				write(t, s, sc.batches...)
			}
			got = readAll(t, s, corpus)
		}) {
			continue
		}
		if i == 0 {
			first = got
			checkMergeCorpus(t, first)
			continue
		}
		if diff := gocmp.Diff(first, got); diff != "" {
			t.Errorf("%q reads differently from %q (-first +this):\n%s", sc.name, scenarios[0].name, diff)
		}
	}
}

// checkMergeCorpus checks the reads of the merge corpus against what the
// merge rules give, for a few records worked out by hand, so that equal but
// wrong reads cannot pass.
func checkMergeCorpus(t *testing.T, r fullRead) {
	t.Helper()
	if got := len(r.ByParticipant[CountryKZ]); got != hubEvents {
		t.Errorf("EventsByParticipant(%s) gave %d events, want %d", CountryKZ, got, hubEvents)
	}
	if got := r.Snapshot.Stats.ByKind[graph.KindMeeting]; got != hubEvents {
		t.Errorf("Stats: %d meetings, want %d", got, hubEvents)
	}
	events := map[string]graph.Event{}
	for _, e := range r.Snapshot.Events {
		events[e.ID] = e
	}
	// Event 0 is reported as variants 0, 1 and 2 (by articles 0, 7, 19):
	// undated, "2023", "2023-01"; names "", "Talks 0", "Meeting 0".
	e0 := events[graph.HashID(graph.KindMeeting, "merge", "0")]
	want0 := graph.Date{Value: "2023-01", Granularity: graph.Month, Derivation: "'this month' → month of publication"}
	if e0.Date != want0 || e0.Name != "Meeting 0" || len(e0.Evidence) != 3 || e0.Confidence != 0.6 {
		t.Errorf("event 0 = %+v, want date %v, name %q, 3 evidence records, confidence 0.6", e0, want0, "Meeting 0")
	}
	// Event 3: variants 3, 4, 5: the same day twice (the smaller derivation
	// wins) and the day before (the smaller value wins over both).
	e3 := events[graph.HashID(graph.KindMeeting, "merge", "3")]
	want3 := graph.Date{Value: "2023-04-12", Granularity: graph.Day, Derivation: "'the day before' → one day earlier"}
	if e3.Date != want3 {
		t.Errorf("event 3 date = %v, want %v", e3.Date, want3)
	}
	// Event 4: variants 4, 5, 6: "2023-05-14" and "2023-05-13" as days.
	e4 := events[graph.HashID(graph.KindMeeting, "merge", "4")]
	if e4.Date.Value != "2023-05-13" || e4.PlaceID != PlaceAktau || e4.Reason != "trade" {
		t.Errorf("event 4 = %+v, want date 2023-05-13, place %s, reason trade", e4, PlaceAktau)
	}
	for _, e := range r.Snapshot.Entities {
		if e.ID == PersonTokayev && (e.Role != "head of state" || e.Source != "article" ||
			!slices.Contains(e.Aliases, "Tokayev 3") || !slices.Contains(e.Aliases, "Tokayev")) {
			t.Errorf("Tokayev = %+v, want role %q, source article and every alias", e, "head of state")
		}
	}
}
