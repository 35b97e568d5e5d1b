package loader

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/memstore"
	"geograph/graph/neo4jstore/neo4jtest"
)

func TestMergeIDKey(t *testing.T) {
	ents := map[string]graph.Entity{
		"person:a": {ID: "person:a", Kind: graph.KindPerson, Country: "KZ"},
		"person:b": {ID: "person:b", Kind: graph.KindPerson, Country: "RU"},
		"person:c": {ID: "person:c", Kind: graph.KindPerson},
	}
	ev := func(kind graph.Kind, date, name, place string, parts ...string) graph.Event {
		e := graph.Event{Kind: kind, Modality: graph.Asserted, Date: graph.NewDate(date, ""), Name: name, PlaceID: place}
		for i := 0; i+1 < len(parts); i += 2 {
			e.Participants = append(e.Participants, graph.Participant{Role: parts[i], EntityID: parts[i+1]})
		}
		return e
	}
	const p, tg, im = graph.RoleParticipant, graph.RoleTarget, graph.RoleImposer
	tests := []struct {
		name string
		a, b graph.Event
		same bool
	}{
		{"leaders count as their states", ev(graph.KindMeeting, "2022-11-28", "", "", p, "person:a", p, "person:b"),
			ev(graph.KindMeeting, "2022-11", "", "place:x", p, "country:kz", p, "country:ru", p, "person:b"), true},
		{"another month is another meeting", ev(graph.KindMeeting, "2022-11-28", "", "", p, "country:kz", p, "country:ru"),
			ev(graph.KindMeeting, "2022-12-01", "", "", p, "country:kz", p, "country:ru"), false},
		{"a person of no known state stays a person", ev(graph.KindMeeting, "2022", "", "", p, "person:c", p, "country:kz"),
			ev(graph.KindMeeting, "2022", "", "", p, "country:kz"), false},
		{"an undated report is apart from a dated one", ev(graph.KindMeeting, "", "", "", p, "country:kz", p, "country:ru"),
			ev(graph.KindMeeting, "2022", "", "", p, "country:kz", p, "country:ru"), false},
		{"a named summit by its folded name", ev(graph.KindSummit, "2023-05-19", "Xi'an Summit", "", p, "country:kz"),
			ev(graph.KindSummit, "2023-05-18", "xian summit", "place:y", p, "country:ru"), true},
		{"two named summits in one city", ev(graph.KindSummit, "2022-10-14", "A summit", "place:x", p, "country:kz"),
			ev(graph.KindSummit, "2022-10-27", "B summit", "place:x", p, "country:kz"), false},
		{"an unnamed summit by its place", ev(graph.KindSummit, "2022-10-14", "", "place:x", p, "country:kz"),
			ev(graph.KindSummit, "2022-10", "", "place:x", p, "country:ru"), true},
		{"a sanctioned person is not their state", ev(graph.KindSanction, "2022-06", "", "", im, "org:eu", tg, "person:b"),
			ev(graph.KindSanction, "2022-06", "", "", im, "org:eu", tg, "country:ru"), false},
		{"sanction imposers count as their states", ev(graph.KindSanction, "2022-06", "", "", im, "person:a", tg, "country:ru"),
			ev(graph.KindSanction, "2022-06-02", "", "", im, "country:kz", tg, "country:ru"), true},
		{"modality is part of the identity", ev(graph.KindMeeting, "2022", "", "", p, "country:kz"),
			func() graph.Event {
				e := ev(graph.KindMeeting, "2022", "", "", p, "country:kz")
				e.Modality = graph.Planned
				return e
			}(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := MergeID(tt.a, ents), MergeID(tt.b, ents)
			if (a == b) != tt.same {
				t.Errorf("MergeID %s and %s: same = %v, want %v", a, b, a == b, tt.same)
			}
			if graph.KindOfID(a) != tt.a.Kind {
				t.Errorf("MergeID %s does not carry the kind %s", a, tt.a.Kind)
			}
		})
	}
}

// TestMergeCommutes: folding reports of one event gives the same event in
// any order and when a report repeats.
func TestMergeCommutes(t *testing.T) {
	mk := func(art, date, name string, conf float64, who string) graph.Event {
		return graph.Event{ID: "x", Kind: graph.KindSummit, Modality: graph.Asserted, Date: graph.NewDate(date, "from "+art),
			Name: name, Confidence: conf, Participants: []graph.Participant{{EntityID: who, Role: graph.RoleParticipant}},
			Evidence: []graph.Evidence{{ArticleID: art, Confidence: conf}}}
	}
	reports := []graph.Event{mk("a1", "2022-10", "", 0.5, "c:1"), mk("a2", "2022-10-27", "Zeta", 0.7, "c:2"),
		mk("a3", "2022-10-26", "Alpha", 0.6, "c:1"), mk("a4", "", "Beta", 0.9, "c:3")}
	fold := func(order []int) graph.Event {
		e := canonEvent(reports[order[0]])
		for _, i := range order[1:] {
			e = combineEvent(e, reports[i])
		}
		return e
	}
	want := fold([]int{0, 1, 2, 3})
	if want.Date.Value != "2022-10-26" || want.Name != "Alpha" || want.Confidence != 0.9 || len(want.Evidence) != 4 || len(want.Participants) != 3 {
		t.Fatalf("folded event %+v: want date 2022-10-26, name Alpha, confidence 0.9, 4 evidence, 3 participants", want)
	}
	for _, order := range [][]int{{3, 2, 1, 0}, {1, 3, 0, 2}, {2, 0, 0, 3, 1, 2}} {
		if diff := cmp.Diff(want, fold(order)); diff != "" {
			t.Errorf("order %v (-want +got):\n%s", order, diff)
		}
	}
}

// fixtureFiles lists the fixture articles in name order.
func fixtureFiles(t *testing.T) []string {
	t.Helper()
	files, err := expand(fixturesDir)
	if err != nil || len(files) == 0 {
		t.Skipf("no fixture articles in %s: %v", fixturesDir, err)
	}
	return files
}

// loadRun is one way of loading a corpus: its files in some order, in
// batches of some size, some number of times.
type loadRun struct {
	name    string
	order   func([]string) []string
	batch   int
	repeats int
}

var loadRuns = []loadRun{
	{"in order, batches of 25", slices.Clone[[]string], 25, 1},
	{"reversed, batches of 7", func(f []string) []string { f = slices.Clone(f); slices.Reverse(f); return f }, 7, 1},
	{"odd then even, one article a batch", func(f []string) []string {
		var odd, even []string
		for i, x := range f {
			if i%2 == 1 {
				odd = append(odd, x)
			} else {
				even = append(even, x)
			}
		}
		return append(odd, even...)
	}, 1, 1},
	{"twice, all in one batch", slices.Clone[[]string], 100, 2},
}

// loadWays loads the fixtures each way of loadRuns into a fresh store and
// returns the full read of each.
func loadWays(t *testing.T, open func(t *testing.T) graph.Store) map[string]fullGraph {
	files := fixtureFiles(t)
	out := map[string]fullGraph{}
	for _, run := range loadRuns {
		// A subtest each: a Neo4j test store is held until its test ends.
		t.Run(run.name, func(t *testing.T) {
			s := open(t)
			l, err := New(s, Options{Extractor: newTestExtractor(t), BatchSize: run.batch})
			if err != nil {
				t.Fatal(err)
			}
			for range run.repeats {
				sum, err := l.LoadPaths(t.Context(), run.order(files), Meta{})
				if err != nil || sum.Failed > 0 {
					t.Fatalf("load: %v %v", err, sum.Errors)
				}
			}
			out[run.name] = readAll(t.Context(), t, s)
		})
	}
	return out
}

// TestLoadOrderIndependent: one corpus loaded in different orders, batch
// groupings and twice gives the same graph, compared by full reads.
func TestLoadOrderIndependent(t *testing.T) {
	t.Run("embedded", func(t *testing.T) {
		compareWays(t, loadWays(t, func(t *testing.T) graph.Store {
			s, err := memstore.Open("")
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Setup(t.Context()); err != nil {
				t.Fatal(err)
			}
			return s
		}))
	})
	t.Run("neo4j", func(t *testing.T) {
		if os.Getenv("GEOGRAPH_TEST_NEO4J_URI") == "" && os.Getenv("GEOGRAPH_REQUIRE_NEO4J") != "1" {
			t.Skip("GEOGRAPH_TEST_NEO4J_URI is not set")
		}
		compareWays(t, loadWays(t, func(t *testing.T) graph.Store { return neo4jtest.Open(t) }))
	})
}

func compareWays(t *testing.T, got map[string]fullGraph) {
	t.Helper()
	if len(got) != len(loadRuns) {
		t.Fatalf("%d of %d loads ran", len(got), len(loadRuns))
	}
	want := got[loadRuns[0].name]
	if len(want.Events) == 0 || len(want.Articles) == 0 {
		t.Fatalf("the first load wrote %d events and %d articles", len(want.Events), len(want.Articles))
	}
	for _, run := range loadRuns[1:] {
		if diff := cmp.Diff(want, got[run.name]); diff != "" {
			t.Errorf("%s differs from %s (-want +got):\n%s", run.name, loadRuns[0].name, diff)
		}
	}
}

// fullGraph is everything a store holds that a load writes.
type fullGraph struct {
	Stats    graph.Stats
	Articles []graph.Article
	Entities []graph.Entity
	Events   []graph.Event
	Routes   []graph.Route
	Mentions []graph.Mention
}

// readAll reads every article, entity, event, route and mention of s,
// paging through the lists. Load times are dropped: they differ by run.
func readAll(ctx context.Context, t *testing.T, s graph.Store) fullGraph {
	t.Helper()
	var g fullGraph
	var err error
	if g.Stats, err = s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	page := func(fetch func(p graph.Page) ([]string, bool, error)) {
		p := graph.Page{First: graph.MaxPageSize}
		for {
			cursors, more, err := fetch(p)
			if err != nil {
				t.Fatal(err)
			}
			if !more || len(cursors) == 0 {
				return
			}
			p.After = cursors[len(cursors)-1]
		}
	}
	page(func(p graph.Page) ([]string, bool, error) {
		r, err := s.ListArticles(ctx, p)
		for _, a := range r.Items {
			a.LoadedAt = time.Time{}
			g.Articles = append(g.Articles, a)
		}
		return r.Cursors, r.HasNext, err
	})
	page(func(p graph.Page) ([]string, bool, error) {
		r, err := s.ListEntities(ctx, graph.EntityFilter{}, p)
		g.Entities = append(g.Entities, r.Items...)
		return r.Cursors, r.HasNext, err
	})
	page(func(p graph.Page) ([]string, bool, error) {
		r, err := s.ListEvents(ctx, graph.EventFilter{}, p)
		g.Events = append(g.Events, r.Items...)
		return r.Cursors, r.HasNext, err
	})
	page(func(p graph.Page) ([]string, bool, error) {
		r, err := s.ListRoutes(ctx, graph.RouteFilter{}, p)
		g.Routes = append(g.Routes, r.Items...)
		return r.Cursors, r.HasNext, err
	})
	for _, a := range g.Articles {
		ms, err := s.Mentions(ctx, a.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		g.Mentions = append(g.Mentions, ms...)
	}
	slices.SortFunc(g.Articles, func(a, b graph.Article) int { return cmpStr(a.ID, b.ID) })
	slices.SortFunc(g.Entities, func(a, b graph.Entity) int { return cmpStr(a.ID, b.ID) })
	slices.SortFunc(g.Events, func(a, b graph.Event) int { return cmpStr(a.ID, b.ID) })
	slices.SortFunc(g.Routes, func(a, b graph.Route) int { return cmpStr(a.ID, b.ID) })
	slices.SortFunc(g.Mentions, func(a, b graph.Mention) int {
		return cmpStr(a.ArticleID+" "+a.EntityID, b.ArticleID+" "+b.EntityID)
	})
	return g
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
