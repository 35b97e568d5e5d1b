package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// newDashboardServer is a test server with the default dashboard created,
// as geograph serve does on start.
func newDashboardServer(t *testing.T, change ...func(*Config)) *Server {
	t.Helper()
	srv := newServer(t, newStore(t, fixtureBatches()...), change...)
	if err := srv.EnsureDefaultDashboard(context.Background()); err != nil {
		t.Fatal(err)
	}
	return srv
}

// TestDefaultDashboardQueriesRun runs every panel of the default dashboard
// as the page would, so a default query the schema refuses cannot ship.
func TestDefaultDashboardQueriesRun(t *testing.T) {
	srv := newDashboardServer(t)
	var got struct {
		Dashboard struct {
			Owner string
			Pages []struct {
				Panels []struct {
					Query      string
					SavedQuery struct{ Document string }
				}
			}
		}
	}
	if err := json.Unmarshal(mustRaw(t, post(t, srv, "", `{ dashboard(name: "Geopolitical overview") { owner pages { panels { query savedQuery { document } } } } }`, nil)), &got); err != nil {
		t.Fatal(err)
	}
	if got.Dashboard.Owner != "geograph" || len(got.Dashboard.Pages) == 0 || len(got.Dashboard.Pages[0].Panels) < 6 {
		t.Fatalf("default dashboard = %+v, want geograph's with six panels or more", got.Dashboard)
	}
	vars := map[string]any{"entity": "country:kz", "from": "2022", "to": "2022-12", "date": "2022-10-27"}
	for _, p := range got.Dashboard.Pages[0].Panels {
		doc := p.SavedQuery.Document
		used := map[string]any{}
		for k, v := range vars {
			if strings.Contains(doc, "$"+k+":") {
				used[k] = v
			}
		}
		r := post(t, srv, "", doc, used)
		if len(r.Errors) > 0 || len(r.Data) < 10 {
			t.Errorf("panel %s: errors %+v, data %s", p.Query, r.Errors, r.Data)
		}
	}
}

// TestDashboardRolesAndHiding checks who may change dashboards, that they
// are not saved queries to the API, and export and import.
func TestDashboardRolesAndHiding(t *testing.T) {
	srv := newDashboardServer(t)
	const save = `mutation($in: DashboardInput!) { saveDashboard(input: $in) { name owner version savedBy } }`
	in := parseJSON(t, `{"name": "Watch", "parameters": [{"name": "entity", "kind": "ENTITY"}],
	  "pages": [{"title": "One", "panels": [{"title": "Card", "query": "OverviewEntity", "view": "ENTITY_CARD",
	    "variables": [{"name": "entity", "parameter": "entity"}]}]}]}`)
	vars := map[string]any{"in": in}

	if r := post(t, srv, "reader-key", save, vars); len(r.Errors) == 0 {
		t.Errorf("a reader saved a dashboard: %s", r.Data)
	}
	got := mustData(t, post(t, srv, "analyst-key", save, vars))
	want := parseJSON(t, `{"saveDashboard": {"name": "Watch", "owner": "alice", "version": 1, "savedBy": "alice"}}`)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("alice's save (-want +got):\n%s", diff)
	}
	if r := post(t, srv, "analyst2-key", save, vars); !cmp.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("bob changing alice's dashboard: codes %v, want FORBIDDEN", r.codes())
	}
	got = mustData(t, post(t, srv, "admin-key", save, vars))
	want = parseJSON(t, `{"saveDashboard": {"name": "Watch", "owner": "alice", "version": 2, "savedBy": "root"}}`)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("admin's save (-want +got):\n%s", diff)
	}

	// Export, rename, import: the same dashboard under a new name.
	var exp struct{ Dashboard struct{ JSON string } }
	if err := json.Unmarshal(mustRaw(t, post(t, srv, "", `{ dashboard(name: "Watch") { json } }`, nil)), &exp); err != nil {
		t.Fatal(err)
	}
	copied := strings.Replace(exp.Dashboard.JSON, `"name": "Watch"`, `"name": "Watch copy"`, 1)
	mustData(t, post(t, srv, "analyst2-key", `mutation($j: String!) { importDashboard(json: $j) { name } }`, map[string]any{"j": copied}))
	var both struct {
		A, B struct{ JSON string }
	}
	if err := json.Unmarshal(mustRaw(t, post(t, srv, "", `{ a: dashboard(name: "Watch") { json } b: dashboard(name: "Watch copy") { json } }`, nil)), &both); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(both.A.JSON, strings.Replace(both.B.JSON, "Watch copy", "Watch", 1)); diff != "" {
		t.Errorf("imported copy differs from the export (-export +import):\n%s", diff)
	}
	if r := post(t, srv, "analyst-key", `mutation($j: String!) { importDashboard(json: $j) { name } }`, map[string]any{"j": `{"name": "x", "pages": [], "colour": 1}`}); !cmp.Equal(r.codes(), []string{"INVALID"}) {
		t.Errorf("importing bad JSON: codes %v, want INVALID", r.codes())
	}

	// To the saved-query API a dashboard does not exist.
	var qs struct{ SavedQueries []struct{ Name string } }
	if err := json.Unmarshal(mustRaw(t, post(t, srv, "", `{ savedQueries { name } }`, nil)), &qs); err != nil {
		t.Fatal(err)
	}
	for _, q := range qs.SavedQueries {
		if strings.HasPrefix(q.Name, "dashboard:") {
			t.Errorf("savedQueries lists %s", q.Name)
		}
	}
	if r := post(t, srv, "", `{ runSavedQuery(name: "dashboard:Watch") }`, nil); !cmp.Equal(r.codes(), []string{"NOT_FOUND"}) {
		t.Errorf("running a dashboard as a query: codes %v, want NOT_FOUND", r.codes())
	}
	if r := do(t, srv, "", httptest.NewRequest(http.MethodGet, "/queries/dashboard:Watch", nil)); r.Status != http.StatusNotFound {
		t.Errorf("GET /queries/dashboard:Watch = %d, want 404", r.Status)
	}
	if r := post(t, srv, "analyst-key", `mutation { saveQuery(input: {name: "dashboard:Watch", document: "{ countries { totalCount } }"}) { name } }`, nil); !cmp.Equal(r.codes(), []string{"INVALID"}) {
		t.Errorf("saving a query over a dashboard: codes %v, want INVALID", r.codes())
	}

	got = mustData(t, post(t, srv, "analyst2-key", `mutation { deleteDashboard(name: "Watch copy") }`, nil))
	if diff := cmp.Diff(parseJSON(t, `{"deleteDashboard": true}`), got); diff != "" {
		t.Errorf("bob deleting his copy (-want +got):\n%s", diff)
	}
}

// TestDashboardsReadOnlyInProduction: production serves dashboards but
// refuses to change them.
func TestDashboardsReadOnlyInProduction(t *testing.T) {
	srv := newDashboardServer(t, func(c *Config) { c.Production = true })
	if r := post(t, srv, "admin-key", `mutation { deleteDashboard(name: "Geopolitical overview") }`, nil); !cmp.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("deleting in production: codes %v, want FORBIDDEN", r.codes())
	}
	got := mustData(t, post(t, srv, "", `{ dashboards { name } }`, nil))
	if diff := cmp.Diff(parseJSON(t, `{"dashboards": [{"name": "Geopolitical overview"}]}`), got); diff != "" {
		t.Errorf("dashboards in production (-want +got):\n%s", diff)
	}
	for path, want := range map[string]string{"/dashboard": `src="/dashboard/app.js"`, "/dashboard/app.js": "echarts"} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("GET %s = %d, body without %q", path, rec.Code, want)
		}
	}
}
