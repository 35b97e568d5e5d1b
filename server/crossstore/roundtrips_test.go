package crossstore_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/server"
)

// counting counts the reads a dashboard makes, per store method.
type counting struct {
	graph.Store
	mu    sync.Mutex
	calls map[string]int
}

func (c *counting) inc(m string) { c.mu.Lock(); c.calls[m]++; c.mu.Unlock() }

func (c *counting) GetEntities(ctx context.Context, ids []string) ([]graph.Entity, error) {
	c.inc("GetEntities")
	return c.Store.GetEntities(ctx, ids)
}
func (c *counting) GetEvents(ctx context.Context, ids []string) ([]graph.Event, error) {
	c.inc("GetEvents")
	return c.Store.GetEvents(ctx, ids)
}
func (c *counting) ListEntities(ctx context.Context, f graph.EntityFilter, p graph.Page) (graph.EntityPage, error) {
	c.inc("ListEntities")
	return c.Store.ListEntities(ctx, f, p)
}
func (c *counting) EventsByParticipant(ctx context.Context, ids []string, f graph.EventFilter, n int) (map[string][]graph.Event, error) {
	c.inc("EventsByParticipant")
	return c.Store.EventsByParticipant(ctx, ids, f, n)
}
func (c *counting) Node(ctx context.Context, id string) (graph.Node, error) {
	c.inc("Node")
	return c.Store.Node(ctx, id)
}
func (c *counting) ListEvents(ctx context.Context, f graph.EventFilter, p graph.Page) (graph.EventPage, error) {
	c.inc("ListEvents")
	return c.Store.ListEvents(ctx, f, p)
}
func (c *counting) Officeholders(ctx context.Context, f graph.TermFilter) ([]graph.Officeholder, error) {
	c.inc("Officeholders")
	return c.Store.Officeholders(ctx, f)
}
func (c *counting) Memberships(ctx context.Context, members, orgs []string) ([]graph.Membership, error) {
	c.inc("Memberships")
	return c.Store.Memberships(ctx, members, orgs)
}
func (c *counting) Terms(ctx context.Context, f graph.TermFilter) ([]graph.Term, error) {
	c.inc("Terms")
	return c.Store.Terms(ctx, f)
}

// dashboard is 50 countries, each with a president and a sanction on the next.
func dashboard() *graph.Batch {
	const n = 50
	code := func(i int) string { return fmt.Sprintf("%c%c", 'A'+i/26, 'A'+i%26) }
	a := graph.Article{ID: graph.HashID(graph.KindArticle, "dashboard"), Title: "Roundup", Published: "2023-05-01", Text: "Sanctions."}
	b := &graph.Batch{Articles: []graph.Article{a}}
	for i := range n {
		cc := code(i)
		country, office, person := graph.NewID(graph.KindCountry, cc), graph.NewID(graph.KindOffice, "president", cc), graph.NewID(graph.KindPerson, "leader", cc)
		b.Entities = append(b.Entities,
			graph.Entity{ID: country, Kind: graph.KindCountry, Name: "Country " + cc, ISO2: cc},
			graph.Entity{ID: office, Kind: graph.KindOffice, Name: "President of " + cc, Country: cc},
			graph.Entity{ID: person, Kind: graph.KindPerson, Name: "Leader of " + cc, Country: cc})
		b.Terms = append(b.Terms, graph.Term{PersonID: person, OfficeID: office, From: "2020-01-01"})
		b.Events = append(b.Events, graph.Event{ID: graph.HashID(graph.KindSanction, cc), Kind: graph.KindSanction, Name: "Sanctions by " + cc,
			Date: graph.NewDate("2023-04", "stated"), Modality: graph.Asserted, Confidence: 0.9,
			Participants: []graph.Participant{{EntityID: country, Role: graph.RoleImposer}, {EntityID: graph.NewID(graph.KindCountry, code((i+1)%n)), Role: graph.RoleTarget}},
			Evidence:     []graph.Evidence{{ArticleID: a.ID, End: 10, Quote: "Sanctions.", Confidence: 0.9, Extractor: "test"}}})
	}
	return b
}

// TestDashboardRoundTripsOnBothStores: 54 countries (50 plus the fixtures')
// with their leaders and sanctions cost three store calls on either store: a
// list, Officeholders (the terms with the leaders' Person and Office records)
// and EventsByParticipant.
func TestDashboardRoundTripsOnBothStores(t *testing.T) {
	const q = `{ countries(first: 60) { edges { node { code leaders(date: "2023-06-01") { person { name } office { name } }
		sanctions(first: 5) { name imposedBy { name } targets { name } } } } } }`
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			s := st.open(t)
			if _, err := s.WriteBatch(context.Background(), dashboard()); err != nil {
				t.Fatal(err)
			}
			c := &counting{Store: s, calls: map[string]int{}}
			// A wait long enough that batching never depends on goroutine
			// scheduling on a loaded machine under -race.
			srv := newServer(t, c, func(cfg *server.Config) { cfg.BatchWait = 200 * time.Millisecond })
			c.calls = map[string]int{}
			body, code := request(t, srv, http.MethodPost, "/graphql", map[string]any{"query": q})
			if code != http.StatusOK || strings.Contains(string(body), `"errors"`) || strings.Count(string(body), "Leader of") != 50 {
				t.Fatalf("status %d, body %.500s", code, body)
			}
			for _, e := range dashboard().Entities {
				if e.Kind != graph.KindCountry {
					continue
				}
				leader := fmt.Sprintf(`{"person":{"name":"Leader of %s"},"office":{"name":"President of %[1]s"}}`, e.ISO2)
				if !strings.Contains(string(body), leader) {
					t.Errorf("%s: no leader with office %s", e.ISO2, leader)
				}
			}
			want := map[string]int{"ListEntities": 1, "Officeholders": 1, "EventsByParticipant": 1}
			if diff := cmp.Diff(want, c.calls); diff != "" {
				t.Errorf("store calls (-want +got):\n%s", diff)
			}
			total := 0
			for _, n := range c.calls {
				total += n
			}
			if total > 3 {
				t.Errorf("%d store calls, want at most 3", total)
			}
			t.Logf("50 countries (and the fixtures') with leaders and sanctions: %d store calls %v", total, c.calls)
		})
	}
}
