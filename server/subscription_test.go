package server

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/google/go-cmp/cmp"

	"geograph/graph"
	"geograph/graph/graphtest"
)

// fakeLoader stands in for the loader: it "extracts" one sanction by the EU
// on Russia from any article, writes it and reports the batch like the
// loader's OnBatch hook.
type fakeLoader struct {
	store graph.Store
	srv   *Server
}

func (f *fakeLoader) LoadArticle(ctx context.Context, a graph.Article) (*graph.Batch, error) {
	a.ID = graph.HashID(graph.KindArticle, a.URL)
	quote := strings.SplitAfter(a.Text, ".")[0]
	b := &graph.Batch{
		Articles: []graph.Article{a},
		Entities: []graph.Entity{
			{ID: graphtest.OrgEU, Kind: graph.KindOrganization, Name: "European Union"},
			{ID: graphtest.CountryRU, Kind: graph.KindCountry, Name: "Russia", ISO2: "RU"},
		},
		Events: []graph.Event{{
			ID: graph.HashID(graph.KindSanction, "eu", "ru", a.Published), Kind: graph.KindSanction, Name: "EU sanctions on Russia",
			Date: graph.NewDate(a.Published, "publication date"), Modality: graph.Asserted, Confidence: 0.8, CAMEO: "163", PLOVER: "SANCTION",
			Participants: []graph.Participant{{EntityID: graphtest.OrgEU, Role: graph.RoleImposer}, {EntityID: graphtest.CountryRU, Role: graph.RoleTarget}},
			Evidence:     []graph.Evidence{{ArticleID: a.ID, End: len(quote), Quote: quote, Confidence: 0.8, Extractor: "fake"}},
		}},
	}
	if _, err := f.store.WriteBatch(ctx, b); err != nil {
		return nil, err
	}
	f.srv.BatchWritten(b)
	return b, nil
}

// wsClient speaks graphql-transport-ws, the protocol GraphiQL and Apollo use.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

func dialWS(t *testing.T, ctx context.Context, url, key string) *wsClient {
	t.Helper()
	conn, _, err := websocket.Dial(ctx, strings.Replace(url, "http", "ws", 1)+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.CloseNow() })
	c := &wsClient{t: t, conn: conn}
	c.send(ctx, wsMessage{Type: "connection_init", Payload: json.RawMessage(`{"apiKey": "` + key + `"}`)})
	if m := c.read(ctx); m.Type != "connection_ack" {
		t.Fatalf("got %+v, want connection_ack", m)
	}
	return c
}

func (c *wsClient) send(ctx context.Context, m wsMessage) {
	c.t.Helper()
	b, _ := json.Marshal(m)
	if err := c.conn.Write(ctx, websocket.MessageText, b); err != nil {
		c.t.Fatal(err)
	}
}

func (c *wsClient) subscribe(ctx context.Context, id, query string) {
	c.t.Helper()
	p, _ := json.Marshal(map[string]string{"query": query})
	c.send(ctx, wsMessage{ID: id, Type: "subscribe", Payload: p})
}

// read returns the next message that is not a keep-alive ping.
func (c *wsClient) read(ctx context.Context) wsMessage {
	c.t.Helper()
	for {
		_, b, err := c.conn.Read(ctx)
		if err != nil {
			c.t.Fatalf("read: %v", err)
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			c.t.Fatal(err)
		}
		if m.Type == "ping" {
			c.send(ctx, wsMessage{Type: "pong"})
			continue
		}
		if m.Type == "pong" {
			continue
		}
		return m
	}
}

// TestSubscriptions subscribes over a real websocket to new sanctions on
// Russia and to a saved query counting sanctions, ingests an article through
// the mutation and receives the new event and the changed result.
func TestSubscriptions(t *testing.T) {
	st := newStore(t, fixtureBatches()...)
	fl := &fakeLoader{store: st}
	srv := newServer(t, st, func(c *Config) { c.Loader = fl })
	fl.srv = srv
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	mustData(t, post(t, srv, "analyst-key", saveMutation, saveInput("sanction-count",
		`{ eventCounts(groupBy: KIND, filter: {kinds: [SANCTION]}) { key count } }`, "", nil)))

	c := dialWS(t, ctx, hs.URL, "reader-key")
	c.subscribe(ctx, "events", `subscription { eventAdded(filter: {kinds: [SANCTION], countries: ["RU"]}) { __typename name ... on Sanction { targets { name } } } }`)
	c.subscribe(ctx, "other", `subscription { eventAdded(filter: {kinds: [SUMMIT]}) { name } }`)
	c.subscribe(ctx, "saved", `subscription { savedQueryChanged(name: "sanction-count") { name version result } }`)
	want := map[string]string{
		"saved": `{"savedQueryChanged": {"name": "sanction-count", "version": 1, "result": {"data": {"eventCounts": []}}}}`,
	}
	got := map[string]any{}
	collect := func(n int) {
		for range n {
			m := c.read(ctx)
			if m.Type != "next" {
				t.Fatalf("got %+v, want next", m)
			}
			var p struct{ Data any }
			json.Unmarshal(m.Payload, &p)
			got[m.ID] = p.Data
		}
	}
	collect(1) // the saved query's current result, sent at once
	for i := 0; i < 100 && srv.broker.count() < 3; i++ {
		time.Sleep(10 * time.Millisecond)
	}

	ingest := `mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { title } events { name } entities } }`
	r := post(t, srv, "analyst-key", ingest, map[string]any{"in": map[string]any{
		"url": "https://news.example/eu-sanctions", "title": "EU adopts new sanctions", "published": "2024-06-24",
		"text": "The European Union imposed new sanctions on Russia. They target LNG.",
	}})
	if diff := cmp.Diff(parseJSON(t, `{"ingestArticle": {"article": {"title": "EU adopts new sanctions"}, "events": [{"name": "EU sanctions on Russia"}], "entities": 2}}`), mustData(t, r)); diff != "" {
		t.Errorf("ingest (-want +got):\n%s", diff)
	}
	collect(2)
	want["events"] = `{"eventAdded": {"__typename": "Sanction", "name": "EU sanctions on Russia", "targets": [{"name": "Russia"}]}}`
	want["saved"] = `{"savedQueryChanged": {"name": "sanction-count", "version": 1, "result": {"data": {"eventCounts": [{"key": "Sanction", "count": 1}]}}}}`
	for id, w := range want {
		if diff := cmp.Diff(parseJSON(t, w), got[id]); diff != "" {
			t.Errorf("subscription %s (-want +got):\n%s", id, diff)
		}
	}
	if _, ok := got["other"]; ok {
		t.Errorf("the summit subscription received %v", got["other"])
	}
}

// TestIngestNeedsAnalyst checks a reader cannot load articles.
func TestIngestNeedsAnalyst(t *testing.T) {
	st := newStore(t)
	fl := &fakeLoader{store: st}
	srv := newServer(t, st, func(c *Config) { c.Loader = fl })
	fl.srv = srv
	r := post(t, srv, "reader-key", `mutation { ingestArticle(input: {text: "The EU imposed sanctions on Russia."}) { entities } }`, nil)
	if diff := cmp.Diff([]string{"FORBIDDEN"}, r.codes()); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
	if st, _ := st.Stats(context.Background()); st.Nodes != 0 {
		t.Errorf("store holds %d nodes after a refused ingest", st.Nodes)
	}
}
