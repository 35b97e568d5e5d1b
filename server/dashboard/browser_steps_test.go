package dashboard_test

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type counts = []struct {
	Key   string
	Count int
}

// panelText is the text of the panel titled title.
func panelText(b *browser, title string) string {
	var s string
	b.eval(fmt.Sprintf(`document.querySelector('[data-title=%s] .panel-body').innerText`, strconvQuote(title)), &s)
	return s
}

// openDefault opens the default dashboard, prints its first meaningful
// paint, and checks the map, chart and table show what the API says.
func openDefault(t *testing.T, e *env, b *browser) {
	// Printed, never asserted: the first load meets a cold store, the
	// second the store's warm caches.
	for _, load := range []string{"first load", "second load"} {
		b.navigate(e.url + "/dashboard?load=" + strings.Fields(load)[0])
		b.waitFor("the first paint", `document.body.dataset.painted === "1"`, nil)
		var paint float64
		b.eval(`performance.getEntriesByName("dashboard-painted")[0].startTime`, &paint)
		fmt.Printf("dashboard first meaningful paint, %s on %s: %.0f ms\n", load, e.store, paint)
	}

	type page struct {
		PageInfo struct{ EndCursor string }
		Edges    []struct {
			Node struct{ Date struct{ Value string } }
		}
	}
	var api struct {
		EventCounts counts
		Events      page
	}
	e.gql("", `{ eventCounts(groupBy: COUNTRY) { key count }
	  events(filter: {kinds: [SANCTION]}, first: 10) { pageInfo { endCursor } edges { node { date { value } } } } }`, nil, &api)
	var legend string
	b.waitFor("the map legend", `document.querySelector('[data-title="Events by country"] .legend')?.innerText`, &legend)
	if want := topCounts(api.EventCounts); legend != want {
		t.Errorf("map legend = %q, want %q", legend, want)
	}
	var shaded []string
	b.eval(`[...document.querySelectorAll('[data-title="Events by country"] path.has-data')].map(p => p.dataset.country)`, &shaded)
	if len(shaded) == 0 {
		t.Error("the map shades no country")
	}
	for _, c := range shaded {
		if !slices.ContainsFunc(api.EventCounts, func(x struct {
			Key   string
			Count int
		}) bool {
			return x.Key == c
		}) {
			t.Errorf("the map shades %s, which has no events", c)
		}
	}
	var canvases int
	b.eval(`document.querySelectorAll('[data-title="Events per month by kind"] canvas').length`, &canvases)
	if canvases == 0 {
		t.Error("the events-per-month chart drew nothing")
	}
	var dates []string
	b.eval(`[...document.querySelectorAll('[data-title="Latest sanctions"] tbody tr')].map(r => r.cells[0].innerText)`, &dates)
	var want []string
	for _, ed := range api.Events.Edges {
		want = append(want, ed.Node.Date.Value)
	}
	if diff := cmp.Diff(want, dates); diff != "" {
		t.Errorf("latest sanctions' dates (-API +page):\n%s", diff)
	}
	// The next page comes through the connection's cursor.
	var next struct{ Events page }
	e.gql("", `query($after: String) { events(filter: {kinds: [SANCTION]}, first: 10, after: $after) { edges { node { date { value } } } } }`,
		map[string]any{"after": api.Events.PageInfo.EndCursor}, &next)
	want = nil
	for _, ed := range next.Events.Edges {
		want = append(want, ed.Node.Date.Value)
	}
	b.click(`[data-title="Latest sanctions"] .pager button:last-child`)
	b.waitFor("the next page", `document.querySelector('[data-title="Latest sanctions"] .pager button').disabled === false`, nil)
	b.eval(`[...document.querySelectorAll('[data-title="Latest sanctions"] tbody tr')].map(r => r.cells[0].innerText)`, &dates)
	if diff := cmp.Diff(want, dates); diff != "" {
		t.Errorf("second page of sanctions' dates (-API +page):\n%s", diff)
	}
	b.click(`[data-title="Latest sanctions"] .pager button`) // back to the first page
	b.waitFor("the first page", `document.querySelector('[data-title="Latest sanctions"] .pager button').disabled === true`, nil)
	if got := panelText(b, "Entity"); !strings.Contains(got, "Pick entity") {
		t.Errorf("entity card before a search = %q, want it to ask for an entity", got)
	}
}

// searchEntity types into the search box, picks a hit, and checks the
// entity card, the leaders and the timeline show that entity.
func searchEntity(t *testing.T, e *env, b *browser) {
	b.typeInto("input.search", "Kazakh")
	b.click(`li.hit[data-id="country:kz"]`)
	b.waitFor("the entity card", `document.querySelector('[data-title="Entity"] .entity-name')?.innerText.includes("Kazakhstan")`, nil)
	var api struct {
		Leaders []struct {
			Person struct{ Name string }
		}
		Timeline []struct{ ID string }
	}
	e.gql("", `{ leaders(country: "KZ") { person { name } } timeline(entity: "country:kz") { id } }`, nil, &api)
	if len(api.Leaders) == 0 || len(api.Timeline) == 0 {
		t.Fatalf("fixtures: want leaders and events of the entity, API gave %+v", api)
	}
	card := panelText(b, "Entity")
	for _, l := range api.Leaders {
		if !strings.Contains(card, l.Person.Name) {
			t.Errorf("entity card lacks office holder %s:\n%s", l.Person.Name, card)
		}
	}
	var items int
	b.waitFor("the timeline", `document.querySelectorAll('[data-title="Timeline"] .timeline li').length`, &items)
	if items != len(api.Timeline) {
		t.Errorf("timeline shows %d events, the API %d", items, len(api.Timeline))
	}
	var href string
	b.eval(`location.href`, &href)
	if !strings.Contains(href, "entity=country%3Akz") {
		t.Errorf("URL %s does not carry the picked entity", href)
	}
}

// expandGraph clicks an organisation in the neighbourhood graph and checks
// that its own neighbourhood joined the graph.
func expandGraph(t *testing.T, e *env, b *browser) {
	var target struct {
		ID     string
		X, Y   float64
		Before int
	}
	b.waitFor("a node to expand", `(() => {
	  const box = document.querySelector('[data-title="Neighbourhood"] .graph');
	  if (!box || !box.cy) return null;
	  box.scrollIntoView({block: "center"});
	  const node = box.cy.nodes().filter(n => n.data("kind") === "ORGANIZATION" && !n.hasClass("expanded"))[0];
	  if (!node) return null;
	  const r = box.getBoundingClientRect(), p = node.renderedPosition();
	  return {id: node.id(), x: r.left + p.x, y: r.top + p.y, before: box.cy.nodes().length};
	})()`, &target)
	b.clickAt(target.X, target.Y)
	b.waitFor("the expansion", `document.querySelector('[data-title="Neighbourhood"] .graph').dataset.expanded === "2"`, nil)
	var api struct {
		RunSavedQuery struct {
			Data struct {
				Neighbourhood struct{ Nodes []struct{ ID string } }
			}
		}
	}
	e.gql("", `query($v: JSONObject) { runSavedQuery(name: "OverviewNeighbourhood", variables: $v) }`, map[string]any{"v": map[string]any{"entity": target.ID}}, &api)
	var ids []string
	for _, n := range api.RunSavedQuery.Data.Neighbourhood.Nodes {
		ids = append(ids, n.ID)
	}
	var missing []string
	b.eval(fmt.Sprintf(`(() => { const cy = document.querySelector('[data-title="Neighbourhood"] .graph').cy;
	  return %s.filter(id => cy.getElementById(id).empty()); })()`, mustJSON(ids)), &missing)
	if len(ids) == 0 || len(missing) > 0 {
		t.Errorf("after expanding %s the graph lacks %v of its %d neighbours", target.ID, missing, len(ids))
	}
	var after int
	b.eval(`document.querySelector('[data-title="Neighbourhood"] .graph').cy.nodes().length`, &after)
	if after <= target.Before {
		t.Errorf("expanding %s: %d nodes before, %d after", target.ID, target.Before, after)
	}
}

// openEvidence clicks the latest sanction and checks the popover quotes the
// sentences and names the articles behind it.
func openEvidence(t *testing.T, e *env, b *browser, shot func(string)) {
	b.click(`[data-title="Latest sanctions"] tbody tr`)
	b.waitFor("the evidence popover", `document.querySelector(".evidence blockquote")`, nil)
	var api struct {
		Events struct {
			Edges []struct {
				Node struct {
					Modality string
					Evidence []struct {
						Quote   string
						Article struct{ Source, Published string }
					}
				}
			}
		}
	}
	e.gql("", `{ events(filter: {kinds: [SANCTION]}, first: 1) { edges { node { modality evidence { quote article { source published } } } } } }`, nil, &api)
	ev := api.Events.Edges[0].Node
	var pop string
	b.eval(`document.querySelector(".evidence").innerText`, &pop)
	for _, want := range []string{ev.Modality, "confidence"} {
		if !strings.Contains(pop, want) {
			t.Errorf("evidence popover lacks %q:\n%s", want, pop)
		}
	}
	for _, x := range ev.Evidence {
		for _, want := range []string{x.Quote, x.Article.Source, x.Article.Published} {
			if !strings.Contains(pop, want) {
				t.Errorf("evidence popover lacks %q:\n%s", want, pop)
			}
		}
	}
	shot("evidence")
	b.click(".ev-close")

	// A count opens the events it counts: click a shaded country where its
	// shape covers the centre of its box.
	var country struct {
		Key  string
		X, Y float64
	}
	b.waitFor("a country to click", `(() => {
	  for (const p of document.querySelectorAll('[data-title="Events by country"] path.has-data')) {
	    p.scrollIntoView({block: "center"});
	    const r = p.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
	    if (document.elementFromPoint(x, y) === p) return {key: p.dataset.country, x, y};
	  }
	  return null;
	})()`, &country)
	b.clickAt(country.X, country.Y)
	var api2 struct{ Events struct{ TotalCount int } }
	e.gql("", `query($c: [String!]) { events(filter: {countries: $c}) { totalCount } }`, map[string]any{"c": []string{country.Key}}, &api2)
	var shown struct {
		Heading string
		Events  int
	}
	b.waitFor("the country's events", `(() => { const h = document.querySelector(".evidence h3"); const n = document.querySelectorAll(".evidence .ev-event").length;
	  return h && n ? {heading: h.innerText, events: n} : null; })()`, &shown)
	if want := fmt.Sprintf(": %d events", api2.Events.TotalCount); !strings.HasSuffix(shown.Heading, want) || shown.Events != min(8, api2.Events.TotalCount) {
		t.Errorf("clicking %s: popover %q with %d events; want a heading ending %q and %d events", country.Key, shown.Heading, shown.Events, want, min(8, api2.Events.TotalCount))
	}
	b.click(".ev-close")
}

// changePeriod narrows the period and checks the map and the sanctions
// follow it: every row is dated in the month or only to its year (date
// filters compare on the common prefix), and at least one in the month.
func changePeriod(t *testing.T, e *env, b *browser) {
	const month = "2022-02"
	b.typeInto(`input[name="period.from"]`, month)
	b.typeInto(`input[name="period.to"]`, month)
	b.click("h1") // leaving the field commits it
	var api struct{ EventCounts counts }
	e.gql("", `query($m: String) { eventCounts(groupBy: COUNTRY, filter: {from: $m, to: $m}) { key count } }`, map[string]any{"m": month}, &api)
	want := topCounts(api.EventCounts)
	var legend string
	b.waitFor("the map to follow the period", fmt.Sprintf(`document.querySelector('[data-title="Events by country"] .legend')?.innerText === %s && document.querySelector('[data-title="Events by country"] .legend').innerText`, strconvQuote(want)), &legend)
	var dates []string
	b.waitFor("the sanctions of the period", `(() => { const d = [...document.querySelectorAll('[data-title="Latest sanctions"] tbody tr')].map(r => r.cells[0].innerText);
	  return d.some(x => x.startsWith("2022-02")) && d.every(x => x.startsWith("2022-02") || "2022-02".startsWith(x)) ? d : null; })()`, &dates)
	var href string
	b.eval(`location.href`, &href)
	if u, _ := url.Parse(href); u.Query().Get("period") != month+"/"+month {
		t.Errorf("URL %s does not carry the period", href)
	}
}

// liveUpdate ingests an article through the API while the default
// dashboard is open and waits for the sanctions table to show its event,
// with the panel saying it updated live.
func liveUpdate(t *testing.T, e *env, b *browser) {
	b.navigate(e.url + "/dashboard")
	b.waitFor("the first paint", `document.body.dataset.painted === "1"`, nil)
	// A panel is marked live once the server answered its subscriptions.
	b.waitFor("the panel to subscribe", `document.querySelector('[data-title="Latest sanctions"]').dataset.live === "1"`, nil)
	var res struct {
		IngestArticle struct {
			Events []struct {
				Kind string
				Date struct{ Value string }
			}
		}
	}
	e.gql("analyst-key", `mutation($in: ArticleInput!) { ingestArticle(input: $in) { events { kind date { value } } } }`, map[string]any{"in": map[string]any{
		"url": "https://example.org/live", "title": "Sanctions widened", "source": "Test Wire", "published": "2026-03-06",
		"text": "The European Union imposed sanctions on Belarus on Thursday, the bloc said in a statement in Brussels.",
	}}, &res)
	var date string
	for _, ev := range res.IngestArticle.Events {
		if ev.Kind == "SANCTION" {
			date = ev.Date.Value
		}
	}
	if date == "" {
		t.Fatalf("the ingested article gave no sanction: %+v", res)
	}
	var first string
	b.waitFor("the sanctions table to update live", fmt.Sprintf(`(() => { const r = document.querySelector('[data-title="Latest sanctions"] tbody tr');
	  return r && r.cells[0].innerText === %s && r.innerText; })()`, strconvQuote(date)), &first)
	if !strings.Contains(first, "Belarus") {
		t.Errorf("newest sanction row = %q, want the ingested one on Belarus", first)
	}
	var stamp string
	b.eval(`document.querySelector('[data-title="Latest sanctions"] .stamp').innerText`, &stamp)
	if !strings.Contains(stamp, "live") {
		t.Errorf("panel stamp = %q, want it to say it updated live", stamp)
	}
}

// createDashboard signs in as an analyst, creates a dashboard, adds a panel
// from a saved query, and checks the page and the API both hold it.
func createDashboard(t *testing.T, e *env, b *browser) {
	b.eval(`localStorage.setItem("geograph.apiKey", "analyst-key")`, nil)
	b.navigate(e.url + "/dashboard")
	b.click(`[data-action="new-dashboard"]`)
	b.typeInto(`input[name="new-name"]`, "Analyst board")
	b.click(`[data-action="create"]`)
	b.waitFor("the new dashboard", `location.search.includes("Analyst") && document.querySelector(".picker")?.value === "Analyst board" && document.querySelector(".grid .empty")`, nil)
	b.click(`[data-action="open-add-panel"]`)
	b.waitFor("the saved queries", `document.querySelector('select[name="panel-query"] option[value="OverviewLatestSanctions"]')`, nil)
	b.eval(`(() => { const s = document.querySelector('select[name="panel-query"]'); s.value = "OverviewLatestSanctions"; s.dispatchEvent(new Event("change")); })()`, nil)
	b.eval(`document.querySelector('select[name="panel-view"]').value = "TABLE"`, nil)
	b.typeInto(`input[name="panel-title"]`, "Sanctions watch")
	b.click(`[data-action="add-panel"]`)
	var rows int
	b.waitFor("the new panel's rows", `location.search.includes("Analyst") && document.querySelectorAll('[data-title="Sanctions watch"] tbody tr').length`, &rows)
	if rows == 0 {
		t.Error("the new panel shows no rows")
	}
	var api struct {
		Dashboard struct {
			Owner string
			Pages []struct {
				Panels []struct{ Title, Query, View string }
			}
		}
	}
	e.gql("", `{ dashboard(name: "Analyst board") { owner pages { panels { title query view } } } }`, nil, &api)
	want := struct {
		Owner string
		Pages []struct {
			Panels []struct{ Title, Query, View string }
		}
	}{Owner: "alice", Pages: []struct {
		Panels []struct{ Title, Query, View string }
	}{{Panels: []struct{ Title, Query, View string }{{"Sanctions watch", "OverviewLatestSanctions", "TABLE"}}}}}
	if diff := cmp.Diff(want, api.Dashboard); diff != "" {
		t.Errorf("saved dashboard (-want +got):\n%s", diff)
	}
}

// changeDate picks the day the leaders panel asks about and checks it lists
// who the API says held office then.
func changeDate(t *testing.T, e *env, b *browser) {
	const day = "2018-01-01"
	b.typeInto(`input[name="date"]`, day)
	b.click("h1")
	var api struct {
		Leaders []struct {
			Person struct{ Name string }
		}
	}
	e.gql("", `query($d: String) { leaders(country: "country:kz", date: $d) { person { name } } }`, map[string]any{"d": day}, &api)
	var want []string
	for _, l := range api.Leaders {
		want = append(want, l.Person.Name)
	}
	if len(want) == 0 {
		t.Fatalf("fixtures: no leaders of the entity on %s", day)
	}
	var got []string
	b.waitFor("the leaders of the day", fmt.Sprintf(`(() => { const rows = [...document.querySelectorAll('[data-title="Leaders on the date"] tbody tr')].map(r => r.innerText);
	  const want = %s; return want.every(n => rows.some(r => r.includes(n))) && rows; })()`, mustJSON(want)), &got)
	if len(got) != len(want) {
		t.Errorf("leaders on %s: page shows %d rows %q, API %d %q", day, len(got), got, len(want), want)
	}
}
