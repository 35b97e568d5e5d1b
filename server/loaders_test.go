package server

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// countingStore counts the store calls the resolvers make, by method.
type countingStore struct {
	graph.Store
	mu    sync.Mutex
	calls map[string]int
}

func (c *countingStore) count(method string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[method]++
}

func (c *countingStore) reset() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	calls := c.calls
	c.calls = map[string]int{}
	return calls
}

func (c *countingStore) Node(ctx context.Context, id string) (graph.Node, error) {
	c.count("Node")
	return c.Store.Node(ctx, id)
}
func (c *countingStore) GetEntities(ctx context.Context, ids []string) ([]graph.Entity, error) {
	c.count("GetEntities")
	return c.Store.GetEntities(ctx, ids)
}
func (c *countingStore) GetEvents(ctx context.Context, ids []string) ([]graph.Event, error) {
	c.count("GetEvents")
	return c.Store.GetEvents(ctx, ids)
}
func (c *countingStore) GetRoutes(ctx context.Context, ids []string) ([]graph.Route, error) {
	c.count("GetRoutes")
	return c.Store.GetRoutes(ctx, ids)
}
func (c *countingStore) GetArticles(ctx context.Context, ids []string) ([]graph.Article, error) {
	c.count("GetArticles")
	return c.Store.GetArticles(ctx, ids)
}
func (c *countingStore) ListEntities(ctx context.Context, f graph.EntityFilter, p graph.Page) (graph.EntityPage, error) {
	c.count("ListEntities")
	return c.Store.ListEntities(ctx, f, p)
}
func (c *countingStore) ListEvents(ctx context.Context, f graph.EventFilter, p graph.Page) (graph.EventPage, error) {
	c.count("ListEvents")
	return c.Store.ListEvents(ctx, f, p)
}
func (c *countingStore) EventsByParticipant(ctx context.Context, ids []string, f graph.EventFilter, limit int) (map[string][]graph.Event, error) {
	c.count("EventsByParticipant")
	return c.Store.EventsByParticipant(ctx, ids, f, limit)
}
func (c *countingStore) Terms(ctx context.Context, f graph.TermFilter) ([]graph.Term, error) {
	c.count("Terms")
	return c.Store.Terms(ctx, f)
}
func (c *countingStore) Officeholders(ctx context.Context, f graph.TermFilter) ([]graph.Officeholder, error) {
	c.count("Officeholders")
	return c.Store.Officeholders(ctx, f)
}
func (c *countingStore) ListRoutes(ctx context.Context, f graph.RouteFilter, p graph.Page) (graph.RoutePage, error) {
	c.count("ListRoutes")
	return c.Store.ListRoutes(ctx, f, p)
}
func (c *countingStore) ListArticles(ctx context.Context, p graph.Page) (graph.ArticlePage, error) {
	c.count("ListArticles")
	return c.Store.ListArticles(ctx, p)
}
func (c *countingStore) Mentions(ctx context.Context, articleID, entityID string) ([]graph.Mention, error) {
	c.count("Mentions")
	return c.Store.Mentions(ctx, articleID, entityID)
}
func (c *countingStore) CountEvents(ctx context.Context, f graph.EventFilter, by graph.GroupBy) ([]graph.Count, error) {
	c.count("CountEvents")
	return c.Store.CountEvents(ctx, f, by)
}
func (c *countingStore) Memberships(ctx context.Context, members, orgs []string) ([]graph.Membership, error) {
	c.count("Memberships")
	return c.Store.Memberships(ctx, members, orgs)
}

// dashboardBatch holds n countries, each with a president in office since
// 2020 and a sanction it imposes on the next country.
func dashboardBatch(n int) *graph.Batch {
	b := &graph.Batch{}
	code := func(i int) string { return fmt.Sprintf("%c%c", 'A'+i/26%26, 'A'+i%26) }
	a := graph.Article{ID: graph.HashID(graph.KindArticle, "dashboard"), Title: "Sanctions roundup", Published: "2023-05-01", Text: "Sanctions everywhere."}
	b.Articles = append(b.Articles, a)
	for i := range n {
		cc := code(i)
		country := graph.NewID(graph.KindCountry, cc)
		office := graph.NewID(graph.KindOffice, "president", cc)
		person := graph.NewID(graph.KindPerson, "leader", cc)
		b.Entities = append(b.Entities,
			graph.Entity{ID: country, Kind: graph.KindCountry, Name: "Country " + cc, ISO2: cc},
			graph.Entity{ID: office, Kind: graph.KindOffice, Name: "President of " + cc, Country: cc},
			graph.Entity{ID: person, Kind: graph.KindPerson, Name: "Leader of " + cc, Country: cc})
		b.Terms = append(b.Terms, graph.Term{PersonID: person, OfficeID: office, From: "2020-01-01"})
		b.Events = append(b.Events, graph.Event{
			ID: graph.HashID(graph.KindSanction, cc), Kind: graph.KindSanction, Name: "Sanctions by " + cc,
			Date: graph.NewDate("2023-04", "stated"), Modality: graph.Asserted, Confidence: 0.9, CAMEO: "163", PLOVER: "SANCTION",
			Participants: []graph.Participant{
				{EntityID: country, Role: graph.RoleImposer},
				{EntityID: graph.NewID(graph.KindCountry, code((i+1)%n)), Role: graph.RoleTarget},
			},
			Evidence: []graph.Evidence{{ArticleID: a.ID, Quote: "Sanctions everywhere.", End: 21, Confidence: 0.9, Extractor: "test"}},
		})
	}
	return b
}

const dashboardQuery = `query Dashboard($n: Int, $date: String) {
  countries(first: $n) {
    edges { node {
      code name
      leaders(date: $date) { person { name } office { name } from }
      sanctions(first: 5) { name date { value } imposedBy { name } targets { name } }
    } }
  }
}`

// maxDashboardCalls is the most store round trips a dashboard of countries
// with their leaders and sanctions may cost, however many countries it shows.
const maxDashboardCalls = 3

// countriesWithLeaders lists countries with their leaders, twice per
// country under aliases and once more through a fragment, so several
// fields of each row ask the same loaders.
const countriesWithLeaders = `query Leaders($n: Int, $date: String) {
  countries(first: $n) {
    edges { node {
      code
      leaders(date: $date) { person { name } office { name } }
      again: leaders(date: $date) { from }
      ...Holders
    } }
  }
}
fragment Holders on Country { leaders(date: $date) { person { offices { from } } } }`

// TestDashboardRoundTrips proves the resolvers batch: a dashboard of n
// countries with their leaders and sanctions costs the same three store calls
// whether n is 5 or 50: one list, one Officeholders (which also brings the
// leaders' Person and Office records) and one EventsByParticipant (the
// sanctions' countries are already loaded by the list). A batch leaves when
// no field of the request can add a key, not after a wait: the test sets
// the wait to a minute, so a batch that relied on it would show as a
// scheduler that did not count every field (checked below) long before.
func TestDashboardRoundTrips(t *testing.T) {
	queries := []struct {
		name, query string
		want        map[string]int
	}{
		{"dashboard", dashboardQuery, map[string]int{"ListEntities": 1, "Officeholders": 1, "EventsByParticipant": 1}},
		// The third level asks each leader's offices: one more Officeholders.
		{"leaders", countriesWithLeaders, map[string]int{"ListEntities": 1, "Officeholders": 2}},
	}
	for _, q := range queries {
		for _, n := range []int{5, 50} {
			t.Run(fmt.Sprint(q.name, n), func(t *testing.T) {
				st := &countingStore{Store: newStore(t, dashboardBatch(n)), calls: map[string]int{}}
				srv := newServer(t, st, func(c *Config) { c.BatchWait = time.Minute })
				checkScheduler(t)
				st.reset()
				r := post(t, srv, "", q.query, map[string]any{"n": n, "date": "2023-06-01"})
				calls := st.reset()
				raw := mustRaw(t, r)
				if diff := cmp.Diff(q.want, calls); diff != "" {
					t.Errorf("store calls (-want +got):\n%s", diff)
				}
				total := 0
				for _, c := range calls {
					total += c
				}
				if q.name == "dashboard" && total > maxDashboardCalls {
					t.Errorf("%d store calls, want at most %d", total, maxDashboardCalls)
				}
				t.Logf("%d countries: %d store calls %v", n, total, sortedCalls(calls))
				if q.name != "dashboard" {
					var got struct {
						Countries struct {
							Edges []struct {
								Node struct {
									Code    string
									Leaders []struct {
										Person struct{ Name string }
										Office struct{ Name string }
									}
									Again []struct{ From string }
								}
							}
						}
					}
					if err := jsonUnmarshal(raw, &got); err != nil {
						t.Fatal(err)
					}
					if len(got.Countries.Edges) != n {
						t.Fatalf("got %d countries, want %d", len(got.Countries.Edges), n)
					}
					for _, e := range got.Countries.Edges {
						cc := e.Node.Code
						if l := e.Node.Leaders; len(l) != 1 || l[0].Person.Name != "Leader of "+cc || l[0].Office.Name != "President of "+cc {
							t.Errorf("%s: leaders %+v", cc, l)
						}
						if a := e.Node.Again; len(a) != 1 || a[0].From != "2020-01-01" {
							t.Errorf("%s: aliased leaders %+v", cc, a)
						}
					}
					return
				}
				var got struct {
					Countries struct {
						Edges []struct {
							Node struct {
								Code    string
								Leaders []struct {
									Person struct{ Name string }
									Office struct{ Name string }
									From   string
								}
								Sanctions []struct {
									ImposedBy []struct{ Name string }
									Targets   []struct{ Name string }
								}
							}
						}
					}
				}
				if err := jsonUnmarshal(raw, &got); err != nil {
					t.Fatal(err)
				}
				// The answer is complete: every country has its leader with the
				// office, and its sanctions' imposer and target.
				if len(got.Countries.Edges) != n {
					t.Fatalf("got %d countries, want %d", len(got.Countries.Edges), n)
				}
				for _, e := range got.Countries.Edges {
					cc := e.Node.Code
					if l := e.Node.Leaders; len(l) != 1 || l[0].Person.Name != "Leader of "+cc || l[0].Office.Name != "President of "+cc || l[0].From != "2020-01-01" {
						t.Errorf("%s: leaders %+v", cc, l)
					}
					if s := e.Node.Sanctions; len(s) != 2 || len(s[0].ImposedBy) != 1 || s[0].ImposedBy[0].Name == "" || len(s[0].Targets) != 1 || s[0].Targets[0].Name == "" {
						t.Errorf("%s: sanctions %+v", cc, s)
					}
				}
			})
		}
	}
}

// checkScheduler fails t when an operation it runs ends with its scheduler
// off count: a field gqlgen resolved that no parent reserved (its batch
// could have left early), or a reservation no field took (its batch waited
// for the timer).
func checkScheduler(t *testing.T) {
	t.Helper()
	onOperationEnd = func(s *scheduler) {
		if u, a := s.unreserved.Load(), s.active.Load(); u != 0 || a != 0 {
			t.Errorf("scheduler off count at the end of %q: %d fields unreserved, %d tokens left", s.oc.OperationName, u, a)
		}
	}
	t.Cleanup(func() { onOperationEnd = nil })
}

// TestSchedulerCounts runs the README's queries and other shapes (a node
// list of mixed kinds, fragments on interfaces, introspection) and checks
// that the scheduler counted every field gqlgen resolved.
func TestSchedulerCounts(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...), func(c *Config) { c.BatchWait = time.Minute })
	checkScheduler(t)
	files, err := filepath.Glob("testdata/examples/*.graphql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no README queries: %v", err)
	}
	var docs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	docs = append(docs,
		`{ nodes(ids: ["country:kz", "country:ru", "nothing:here"]) { id __typename ... on Country { code leaders { person { name offices { office { name } } } } } ... on Event { name } } }`,
		`{ a: country(code: "KZ") { name events(first: 5) { __typename ... on Sanction { targets { name } } ... on Event { participants { role entity { name } } } } } b: country(code: "RU") { name } }`,
		`{ __schema { types { name fields { name type { name ofType { name } } } } } }`,
		`{ country(code: "XX") { name leaders { person { name } } } }`,
	)
	for i, d := range docs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			r := post(t, srv, "", d, nil)
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
		})
	}
}

func sortedCalls(m map[string]int) []string {
	var out []string
	for k, v := range m {
		out = append(out, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(out)
	return out
}
