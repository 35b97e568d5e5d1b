package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// TestProductionRefusals checks production mode refuses introspection with
// its own code and no ERROR log, and keeps schema names out of messages.
func TestProductionRefusals(t *testing.T) {
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	prod := newServer(t, newStore(t, fixtureBatches()...), func(c *Config) { c.Production, c.Logger = true, logger })
	dev := newServer(t, newStore(t, fixtureBatches()...))
	tests := []struct {
		name, query            string
		wantProd, wantProdCode string
		wantDevContains        string
	}{
		{"introspection", `{ __schema { types { name } } }`,
			"introspection is turned off on this server (production mode); the schema is in the project's schema/ folder", EINTROSPECTION, ""},
		{"introspection in a fragment", `{ ...Q } fragment Q on Query { __type(name: "Country") { name } }`,
			"introspection is turned off on this server (production mode); the schema is in the project's schema/ folder", EINTROSPECTION, ""},
		{"misspelt field", `{ countrie(code: "KZ") { name } }`,
			`Cannot query field "countrie" on type "Query".`, "GRAPHQL_VALIDATION_FAILED", `Did you mean "countries", "country"`},
		{"misspelt enum value", `{ events(orderBy: DATE_DES) { totalCount } }`,
			`Value "DATE_DES" does not exist in "EventOrder" enum.`, "GRAPHQL_VALIDATION_FAILED", `Did you mean the enum value "DATE_DESC"`},
		{"misspelt argument", `{ country(cod: "KZ") { name } }`,
			`Unknown argument "cod" on field "Query.country".`, "GRAPHQL_VALIDATION_FAILED", `Did you mean "code"?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(t, prod, "", tt.query, nil)
			if len(r.Errors) == 0 {
				t.Fatal("production answered without error")
			}
			if diff := cmp.Diff(tt.wantProd, r.Errors[0].Message); diff != "" {
				t.Errorf("production message (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantProdCode, r.codes()[0]); diff != "" {
				t.Errorf("production code (-want +got):\n%s", diff)
			}
			d := post(t, dev, "", tt.query, nil)
			if tt.wantDevContains == "" {
				mustData(t, d) // introspection works outside production
			} else if len(d.Errors) == 0 || !strings.Contains(d.Errors[0].Message, tt.wantDevContains) {
				t.Errorf("development errors %+v, want a suggestion %q", d.Errors, tt.wantDevContains)
			}
		})
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("refusals logged errors:\n%s", logs.String())
	}
}

// TestReadyCounts checks /readyz in production tells anonymous callers only
// that it is ready, and callers with a key what the store holds.
func TestReadyCounts(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...), func(c *Config) { c.Production = true })
	for _, tt := range []struct{ key, want string }{
		{"", `{"status": "ready"}`},
		{"stolen-key", `{"status": "ready"}`},
		{"reader-key", `{"status": "ready", "nodes": 23, "relationships": 42}`},
	} {
		req := httptest.NewRequest(http.MethodGet, "/readyz", nil)
		if tt.key != "" {
			req.Header.Set("X-API-Key", tt.key)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		var got any
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != http.StatusOK {
			t.Fatalf("key %q: status %d, body %s", tt.key, rec.Code, rec.Body)
		}
		if diff := cmp.Diff(parseJSON(t, tt.want), got); diff != "" {
			t.Errorf("key %q (-want +got):\n%s", tt.key, diff)
		}
	}
}

// persisted posts an automatic persisted query: the hash of doc, and doc
// itself unless hashOnly.
func persisted(t *testing.T, h http.Handler, key, doc string, hashOnly bool) response {
	t.Helper()
	sum := sha256.Sum256([]byte(doc))
	body := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}}
	if !hashOnly {
		body["query"] = doc
	}
	b, _ := json.Marshal(body)
	return do(t, h, key, httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(b)))
}

// TestTrustedOnly checks a trusted-only server runs saved queries' documents,
// sent as text, by hash or by URL, and refuses every other document unless
// an admin sends it; a client cannot register a hash of its own.
func TestTrustedOnly(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...), func(c *Config) { c.TrustedOnly = true })
	const saved = `query($code: String! = "KZ") { country(code: $code) { name } }`
	const other = `{ countries { totalCount } }`
	kz := `{"country": {"name": "Kazakhstan"}}`
	untrustedMsg := func(doc string) string {
		sum := sha256.Sum256([]byte(doc))
		return "this server runs only saved queries; the document (hash " + hex.EncodeToString(sum[:]) +
			") is not one of them. Send a saved query's document or hash, or GET /queries/{name}"
	}
	refused := func(doc string) []gqlError {
		return []gqlError{{Message: untrustedMsg(doc), Extensions: map[string]any{"code": EUNTRUSTED}}}
	}
	check := func(step string, r response, want string, wantErrs []gqlError) {
		t.Helper()
		if diff := cmp.Diff(wantErrs, r.Errors); diff != "" {
			t.Errorf("%s: errors (-want +got):\n%s", step, diff)
		}
		if want != "" {
			if diff := cmp.Diff(parseJSON(t, want), mustData(t, r)); diff != "" {
				t.Errorf("%s: data (-want +got):\n%s", step, diff)
			}
		}
	}

	check("an unsaved document", post(t, srv, "", other, nil), "", refused(other))
	check("an analyst saving a query", post(t, srv, "analyst-key", saveMutation, saveInput("card", saved, "", nil)), "", refused(saveMutation))
	check("registering a hash with its document", persisted(t, srv, "", other, false), "", refused(other))
	check("the hash just sent", persisted(t, srv, "", other, true), "", refused(other))

	check("an admin saving a query", post(t, srv, "admin-key", saveMutation, saveInput("card", saved, "", nil)),
		`{"saveQuery": {"name": "card", "version": 1, "owner": "root", "savedBy": "root", "description": "", "variables": {}}}`, nil)
	check("the saved document as text", post(t, srv, "", saved, nil), kz, nil)
	check("the saved document by hash", persisted(t, srv, "reader-key", saved, true), kz, nil)
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/queries/card?code=TR", nil))
	if diff := cmp.Diff(`{"data":{"country":{"name":"Turkey"}}}`, strings.TrimSpace(rec.Body.String())); diff != "" {
		t.Errorf("GET /queries/card (-want +got):\n%s", diff)
	}

	check("an admin deleting it", post(t, srv, "admin-key", `mutation { deleteSavedQuery(name: "card") }`, nil), `{"deleteSavedQuery": true}`, nil)
	check("its hash after the delete", persisted(t, srv, "", saved, true), "", refused(saved))
}

// TestSavedQueryOwnershipRace has two analysts save the same new name at
// once, many times: whoever's first save lands owns it, and every version
// is theirs; the other is refused each time, never slipping a version in
// between a check and a write.
func TestSavedQueryOwnershipRace(t *testing.T) {
	st := newStore(t)
	srv := newServer(t, st)
	const rounds = 20
	var wg sync.WaitGroup
	codes := make(chan string, 2*rounds)
	for _, key := range []string{"analyst-key", "analyst2-key"} {
		for i := range rounds {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// Each save differs, as a save repeating the latest version is
				// taken for a retry and makes none.
				desc := fmt.Sprintf("save %d by %s", i, key)
				r := post(t, srv, key, saveMutation, saveInput("contested", `{ countries { totalCount } }`, desc, nil))
				codes <- strings.Join(r.codes(), ",")
			}()
		}
	}
	wg.Wait()
	close(codes)
	versions, err := st.SavedQueryVersions(t.Context(), "contested")
	if err != nil {
		t.Fatal(err)
	}
	owner := versions[0].Owner
	forbidden := 0
	for c := range codes {
		if c == graph.EFORBIDDEN {
			forbidden++
		}
	}
	for _, v := range versions {
		if v.SavedBy != owner || v.Owner != owner {
			t.Errorf("version %d saved by %s, owner %s; the query belongs to %s", v.Version, v.SavedBy, v.Owner, owner)
		}
	}
	if len(versions) != rounds || forbidden != rounds {
		t.Errorf("%d versions and %d refusals, want %d of each", len(versions), forbidden, rounds)
	}
}

// TestKeysNeedNames checks a server is not built with a key that has no
// name of its own.
func TestKeysNeedNames(t *testing.T) {
	for _, keys := range [][]APIKey{
		{{Key: "k1", Role: RoleAnalyst}},
		{{Key: "k1", Role: RoleAnalyst, Name: "ann"}, {Key: "k2", Role: RoleAnalyst, Name: "ann"}},
	} {
		if _, err := New(Config{Store: newStore(t), APIKeys: keys}); err == nil {
			t.Errorf("New with keys %+v: no error", keys)
		}
	}
}
