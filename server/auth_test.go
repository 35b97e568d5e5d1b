package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseAPIKeys(t *testing.T) {
	tests := []struct {
		in      string
		want    []APIKey
		wantErr string
	}{
		{in: "", want: nil},
		{in: "k1:admin:alice, k2:analyst:bob,k3:reader:rita", want: []APIKey{
			{Key: "k1", Role: RoleAdmin, Name: "alice"}, {Key: "k2", Role: RoleAnalyst, Name: "bob"}, {Key: "k3", Role: RoleReader, Name: "rita"}}},
		{in: "k1:superuser:eve", wantErr: `unknown role "superuser"`},
		{in: "k1", wantErr: "want key:role:name"},
		// Keys without a name used to share their role's name, so one
		// analyst could overwrite another's saved queries.
		{in: "key-one:analyst,key-two:analyst", wantErr: "api key key… has no name: write key:role:name"},
		{in: "key-one:analyst:", wantErr: "has no name"},
		{in: "key-one:analyst:alice,key-two:reader:alice", wantErr: `the name "alice" is already another key's`},
		{in: "key-one:analyst:alice,key-one:reader:bob", wantErr: "is given twice"},
	}
	for _, tt := range tests {
		got, err := ParseAPIKeys(tt.in)
		if (err != nil) != (tt.wantErr != "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("ParseAPIKeys(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseAPIKeys(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestRoles checks who may do what: reads are open unless keys are
// required, saving queries needs analyst, an unknown key is refused.
func TestRoles(t *testing.T) {
	const save = `mutation { saveQuery(input: {name: "q", document: "{ countries { totalCount } }"}) { version owner } }`
	const read = `{ countries { totalCount } }`
	tests := []struct {
		name       string
		requireKey bool
		key        string
		query      string
		wantStatus int
		wantCodes  []string
	}{
		{"anonymous read", false, "", read, 200, nil},
		{"anonymous read when keys are required", true, "", read, 401, []string{"UNAUTHORIZED"}},
		{"reader read when keys are required", true, "reader-key", read, 200, nil},
		{"unknown key", false, "stolen-key", read, 401, []string{"UNAUTHORIZED"}},
		{"anonymous mutation", false, "", save, 200, []string{"UNAUTHORIZED"}},
		{"reader mutation", false, "reader-key", save, 200, []string{"FORBIDDEN"}},
		{"analyst mutation", false, "analyst-key", save, 200, nil},
		{"admin mutation", true, "admin-key", save, 200, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, newStore(t, fixtureBatches()...), func(c *Config) { c.RequireKey = tt.requireKey })
			r := post(t, srv, tt.key, tt.query, nil)
			if r.Status != tt.wantStatus {
				t.Errorf("status %d, want %d", r.Status, tt.wantStatus)
			}
			if diff := cmp.Diff(tt.wantCodes, r.codes()); diff != "" {
				t.Errorf("codes (-want +got):\n%s\nerrors: %+v", diff, r.Errors)
			}
		})
	}
}

// TestHealth checks /healthz answers without the store and /readyz reports
// what the store holds.
func TestHealth(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...), func(c *Config) { c.RequireKey = true })
	for _, path := range []string{"/healthz", "/readyz"} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: status %d, body %s", path, rec.Code, rec.Body)
		}
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	var got struct {
		Status string
		Nodes  int
	}
	if err := jsonUnmarshal(rec.Body.Bytes(), &got); err != nil || got.Status != "ready" || got.Nodes == 0 {
		t.Errorf("readyz = %s (%v), want ready with nodes", rec.Body, err)
	}
}

// TestCORS checks configured origins get CORS headers and others do not.
func TestCORS(t *testing.T) {
	srv := newServer(t, newStore(t), func(c *Config) { c.CORSOrigins = []string{"https://dash.example"} })
	tests := []struct{ origin, want string }{
		{"https://dash.example", "https://dash.example"},
		{"https://evil.example", ""},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", tt.origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization,content-type")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != tt.want {
			t.Errorf("preflight from %s: Allow-Origin %q, want %q", tt.origin, got, tt.want)
		}
	}
}

// TestProductionMode checks introspection and the playground are off.
func TestProductionMode(t *testing.T) {
	for _, production := range []bool{false, true} {
		srv := newServer(t, newStore(t), func(c *Config) { c.Production = production })
		r := post(t, srv, "", `{ __schema { queryType { name } } }`, nil)
		if got := len(r.Errors) > 0; got != production {
			t.Errorf("production=%v: introspection refused = %v (errors %+v)", production, got, r.Errors)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/playground", nil))
		if got := rec.Code == http.StatusOK; got == production {
			t.Errorf("production=%v: GET /playground status %d", production, rec.Code)
		}
	}
}
