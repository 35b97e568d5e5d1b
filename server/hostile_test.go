package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/complexity"
	"github.com/google/go-cmp/cmp"
	"github.com/vektah/gqlparser/v2"
)

// fanOut returns fragments F0…Fn on typ where F0 selects leaf and each
// F_i spreads F_(i-1) twice: 1.5 KB of text that expands to 2^n leaves.
func fanOut(n int, typ, leaf string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "fragment F0 on %s { %s }\n", typ, leaf)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "fragment F%d on %s { ...F%d ...F%d }\n", i, typ, i-1, i-1)
	}
	return b.String()
}

// nested returns a selection of country memberships n levels deep: each
// level adds four to the depth.
func nested(n int) string {
	return `{ country(code: "KZ") { ` + strings.Repeat(`memberships { organization { members { member { ... on Country { `, n) +
		"code" + strings.Repeat(" } } } } }", n) + " } }"
}

// hostileQuery is a document an attacker would send, with the refusal it
// must get.
type hostileQuery struct {
	name, query, wantMessage, wantCode string
}

// hostileVars are the variables every hostile query is sent with.
var hostileVars = map[string]any{"n": 100_000}

// hostileQueries are the documents TestHostileQueries and
// BenchmarkHostileQueries send.
func hostileQueries() []hostileQuery {
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := range 500 {
		fmt.Fprintf(&aliases, " a%d: __typename", i)
	}
	aliases.WriteString(" }")
	var schemaAliases strings.Builder
	schemaAliases.WriteString("{")
	for i := range 40 {
		fmt.Fprintf(&schemaAliases, " s%d: __schema { types { name } }", i)
	}
	schemaAliases.WriteString(" }")
	return []hostileQuery{
		{"fragment fan-out of 30 levels", "{ countries { edges { node { ...F30 } } } }\n" + fanOut(30, "Country", "name"),
			"which exceeds the limit of 50000", ECOMPLEXITY},
		{"fan-out inside introspection", "{ __schema { types { ...F30 } } }\n" + fanOut(30, "__Type", "name"),
			"which exceeds the limit of 50000", ECOMPLEXITY},
		{"depth 18", nested(4), "operation has depth 18, which exceeds the limit of 12", ELIMIT},
		{"500 aliases", aliases.String(), "operation has 500 aliases, which exceeds the limit of 30", ELIMIT},
		{"10k tokens", "{ " + strings.Repeat("__typename ", 10_000) + "}", "exceeded token limit of 5000", "GRAPHQL_PARSE_FAILED"},
		{"first: 100000", `{ countries(first: 100000) { totalCount } }`, "countries: first must be between 0 and 500, got 100000", "INVALID"},
		{"nested first: 100000", `{ country(code: "KZ") { events(first: 100000) { name } } }`, "events: first must be between 0 and 500, got 100000", "INVALID"},
		{"first: 100000 in a variable", `query($n: Int) { articles(first: $n) { totalCount } }`, "articles: first must be between 0 and 500, got 100000", "INVALID"},
		{"paths with 50 hops", `{ paths(from: "country:kz", to: "country:ru", maxHops: 50) { nodes { id } } }`, "paths: maxHops must be between 1 and 6, got 50", "INVALID"},
		{"neighbourhood depth 10", `{ neighbourhood(entity: "country:kz", depth: 10) { nodes { id } } }`, "neighbourhood: depth must be between 1 and 3, got 10", "INVALID"},
		{"fragment cycle", `{ country(code: "KZ") { ...A } } fragment A on Country { name ...B } fragment B on Country { code ...A }`,
			`Cannot spread fragment "A" within itself via "B".`, "GRAPHQL_VALIDATION_FAILED"},
		{"introspection nested past its depth", `{ __type(name: "Country") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }`,
			"Maximum introspection depth exceeded", "GRAPHQL_VALIDATION_FAILED"},
		{"40 aliased __schema", schemaAliases.String(), "operation has 40 aliases, which exceeds the limit of 30", ELIMIT},
		{"two operations, none named", `query A { __typename } query B { __typename }`, "the document holds several operations: say which to run with operationName", "GRAPHQL_VALIDATION_FAILED"},
	}
}

// TestHostileQueries sends the documents an attacker would and checks each
// is refused with a clear message and code, and that nothing ran.
func TestHostileQueries(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	for _, tt := range hostileQueries() {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, srv, "", tt.query, hostileVars)
			if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, tt.wantMessage) {
				t.Fatalf("errors %+v, want one containing %q", r.Errors, tt.wantMessage)
			}
			if diff := cmp.Diff([]string{tt.wantCode}, r.codes()); diff != "" {
				t.Errorf("codes (-want +got):\n%s", diff)
			}
			if r.Data != nil && string(r.Data) != "null" {
				t.Errorf("data %s, want none: nothing may run", r.Data)
			}
		})
	}
}

// BenchmarkHostileQueries measures the refusal of each hostile document
// (time and bytes allocated per request) next to the cheapest query that
// runs, `{ __typename }`, through the same handler in the same run: a
// refusal should cost about what that baseline costs, and its memory
// should not grow with what the document would expand to.
func BenchmarkHostileQueries(b *testing.B) {
	srv := newServer(b, newStore(b, fixtureBatches()...))
	run := func(name, query string, vars map[string]any) {
		body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				srv.ServeHTTP(rec, req)
				if rec.Code == 0 {
					b.Fatal("no answer")
				}
			}
		})
	}
	run("baseline { __typename }", "{ __typename }", nil)
	for _, q := range hostileQueries() {
		run(q.name, q.query, hostileVars)
	}
}

// TestCostIsLinear checks the cost walk visits each fragment once, so its
// work grows with the document, not with what it expands to, and that it
// agrees with gqlgen's own (exhaustive) calculation where that one can
// still run.
func TestCostIsLinear(t *testing.T) {
	srv := newServer(t, newStore(t))
	for _, levels := range []int{1, 5, 10, 14, 30} {
		doc, errs := gqlparser.LoadQueryWithRules(srv.schema, `{ country(code: "KZ") { ...F`+fmt.Sprint(levels)+` } }`+"\n"+fanOut(levels, "Country", "name"), nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		op := doc.Operations[0]
		w := newCostWalker(t.Context(), srv.es, nil)
		got := w.selectionSet(op.SelectionSet)
		// The operation's field, the spread in it, and per fragment its
		// spread twice (the second from the memo) or its leaf.
		if maxVisited := 2 + 2*levels + 1; w.visited > maxVisited {
			t.Errorf("%d levels: walk visited %d selections, want at most %d", levels, w.visited, maxVisited)
		}
		if levels > 14 {
			if got <= complexityLimit {
				t.Errorf("%d levels: cost %d, want over the limit", levels, got)
			}
			continue
		}
		if want := complexity.Calculate(t.Context(), srv.es, op, nil); got != want {
			t.Errorf("%d levels: cost %d, gqlgen's calculation %d", levels, got, want)
		}
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestLargeBodies checks 2 MB bodies, with their length declared and sent in
// chunks, are refused with 413, reading no more than the limit; and a batch
// of operations is refused as such.
func TestLargeBodies(t *testing.T) {
	srv := newServer(t, newStore(t))
	const limit = 1 << 20
	big := `{"query": "{ __typename }", "variables": {"pad": "` + strings.Repeat("x", 2<<20) + `"}}`
	for _, chunked := range []bool{false, true} {
		body := &countingReader{r: strings.NewReader(big)}
		req := httptest.NewRequest(http.MethodPost, "/graphql", body)
		req.ContentLength = -1 // sent in chunks: nothing says how long it is
		if !chunked {
			req.ContentLength = int64(len(big))
		}
		r := do(t, srv, "", req)
		if r.Status != http.StatusRequestEntityTooLarge {
			t.Errorf("chunked %v: status %d, want 413", chunked, r.Status)
		}
		want := []gqlError{{Message: "request body exceeds the limit of 1048576 bytes", Extensions: map[string]any{"code": ELIMIT}}}
		if diff := cmp.Diff(want, r.Errors); diff != "" {
			t.Errorf("chunked %v: errors (-want +got):\n%s", chunked, diff)
		}
		if body.n > limit+1 {
			t.Errorf("chunked %v: read %d bytes of the body, want at most the limit", chunked, body.n)
		}
	}

	batch := `[{"query": "{ __typename }"}, {"query": "{ __typename }"}]`
	r := do(t, srv, "", httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(batch)))
	want := []gqlError{{Message: "batched operations (a JSON array of requests) are not accepted; send one operation per request", Extensions: map[string]any{"code": ELIMIT}}}
	if diff := cmp.Diff(want, r.Errors); diff != "" || r.Status != http.StatusBadRequest {
		t.Errorf("batch: status %d, errors (-want +got):\n%s", r.Status, diff)
	}
}
