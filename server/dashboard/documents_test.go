package dashboard_test

import (
	"context"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"geograph/graph"
	"geograph/server/dashboard"
	"geograph/server/generated"
)

// Every document the page sends validates against the schema, and only the
// subscriptions are anything but queries, so a saved query may hold the
// rest.
func TestPageDocumentsValidate(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	docs := dashboard.Documents()
	if len(docs) < 10 {
		t.Fatalf("%d page documents, want the page's ten or more", len(docs))
	}
	subs := 0
	for _, d := range docs {
		if !strings.HasPrefix(d.Name, dashboard.SystemPrefix) || d.Description == "" {
			t.Errorf("%s: want a name starting %q and a description line, got %q", d.Name, dashboard.SystemPrefix, d.Description)
		}
		doc, errs := gqlparser.LoadQueryWithRules(schema, d.Text, nil)
		if len(errs) > 0 {
			t.Errorf("%s does not validate: %v", d.Name, errs)
			continue
		}
		want := ast.Query
		if d.Subscription {
			want = ast.Subscription
			subs++
		}
		if len(doc.Operations) != 1 || doc.Operations[0].Operation != want {
			t.Errorf("%s: want one %s operation", d.Name, want)
		}
	}
	if got := len(dashboard.Subscriptions()); got != subs || got == 0 {
		t.Errorf("dashboard.Subscriptions() has %d documents, want the %d subscriptions", got, subs)
	}
}

// The page's queries are saved once, owned by geograph, and saved again
// only when the latest version differs from the page's (an upgrade, or an
// admin's change).
func TestEnsureSystemQueries(t *testing.T) {
	ctx := context.Background()
	st := openMemstore(t)
	ds := dashboard.NewStore(st)
	queries := len(dashboard.Documents()) - len(dashboard.Subscriptions())
	if n, err := ds.EnsureSystemQueries(ctx); err != nil || n != queries {
		t.Fatalf("first EnsureSystemQueries = %d, %v; want %d saved", n, err, queries)
	}
	if n, err := ds.EnsureSystemQueries(ctx); err != nil || n != 0 {
		t.Fatalf("second EnsureSystemQueries = %d, %v; want none saved", n, err)
	}
	name := dashboard.SystemPrefix + "search"
	if _, err := st.SaveQuery(ctx, graph.SavedQuery{Name: name, Document: "{ dashboards { name } }", Variables: "{}", Owner: "ada", SavedBy: "ada"}, true); err != nil {
		t.Fatal(err)
	}
	if n, err := ds.EnsureSystemQueries(ctx); err != nil || n != 1 {
		t.Fatalf("EnsureSystemQueries after a change = %d, %v; want 1 saved", n, err)
	}
	q, err := st.SavedQuery(ctx, name, 0)
	if err != nil {
		t.Fatal(err)
	}
	if q.Version != 3 || q.SavedBy != "geograph" || !strings.Contains(q.Document, "query Search") {
		t.Errorf("%s = version %d saved by %s: %q; want version 3 by %s holding the page's document", name, q.Version, q.SavedBy, q.Document, "geograph")
	}
	if _, err := st.SavedQuery(ctx, dashboard.SystemPrefix+"panelEvents", 0); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("a subscription was saved as a query: %v", err)
	}
}
