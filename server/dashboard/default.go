package dashboard

import (
	"context"
	"fmt"

	"geograph/graph"
)

// DefaultName is the dashboard created on first start.
const DefaultName = "Geopolitical overview"

// defaultOwner owns what geograph itself creates; an admin may change it.
const defaultOwner = "geograph"

// defaultQueries are the saved queries behind the default dashboard's
// panels, so an analyst can open each in the playground and change it.
var defaultQueries = []graph.SavedQuery{
	{Name: "OverviewEntity", Description: "Entity card: names, offices and terms, memberships of the selected entity.", Document: `query OverviewEntity($entity: ID!) {
  node(id: $entity) {
    __typename
    id
    ... on Entity { kind name aliases }
    ... on Country { code leaders { office { name } person { id name } from to } memberships { organization { id name } from to } }
    ... on Organization { acronym leaders { office { name } person { id name } from to } members { member { id name } from to } }
    ... on Person { role country { id name } offices { office { name } from to } }
    ... on Place { country { id name } names { name from to } }
  }
}`},
	{Name: "OverviewEventMap", Description: "Events per country over a period, for the map.", Document: `query OverviewEventMap($from: String, $to: String) {
  eventCounts(groupBy: COUNTRY, filter: {from: $from, to: $to}) { key count }
}`},
	{Name: "OverviewEventsByMonth", Description: "Events per month over a period, one series per kind.", Document: `query OverviewEventsByMonth($from: String, $to: String) {
  summits: eventCounts(groupBy: MONTH, filter: {kinds: [SUMMIT], from: $from, to: $to}) { key count }
  meetings: eventCounts(groupBy: MONTH, filter: {kinds: [MEETING], from: $from, to: $to}) { key count }
  visits: eventCounts(groupBy: MONTH, filter: {kinds: [VISIT], from: $from, to: $to}) { key count }
  sanctions: eventCounts(groupBy: MONTH, filter: {kinds: [SANCTION], from: $from, to: $to}) { key count }
  agreements: eventCounts(groupBy: MONTH, filter: {kinds: [AGREEMENT], from: $from, to: $to}) { key count }
  militaryActions: eventCounts(groupBy: MONTH, filter: {kinds: [MILITARY_ACTION], from: $from, to: $to}) { key count }
  statements: eventCounts(groupBy: MONTH, filter: {kinds: [STATEMENT], from: $from, to: $to}) { key count }
}`},
	{Name: "OverviewLatestSanctions", Description: "The latest sanctions, newest first, a page at a time.", Document: `query OverviewLatestSanctions($first: Int = 10, $after: String, $from: String, $to: String) {
  events(filter: {kinds: [SANCTION], from: $from, to: $to}, orderBy: DATE_DESC, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name date { value } modality confidence participants { role entity { id name } } } }
  }
}`},
	{Name: "OverviewLeaders", Description: "Who held the selected country's or organisation's offices on a date.", Document: `query OverviewLeaders($entity: String!, $date: String) {
  leaders(country: $entity, date: $date) { office { name } person { id name } from to }
}`},
	{Name: "OverviewTimeline", Description: "The selected entity's events over a period, oldest first.", Document: `query OverviewTimeline($entity: ID!, $from: String, $to: String) {
  timeline(entity: $entity, from: $from, to: $to) {
    id kind name date { value granularity } modality confidence
    participants { role entity { id name } }
  }
}`},
	{Name: "OverviewNeighbourhood", Description: "The selected entity's neighbourhood in the graph.", Document: `query OverviewNeighbourhood($entity: ID!, $depth: Int = 1) {
  neighbourhood(entity: $entity, depth: $depth, limit: 60, kinds: [COUNTRY, ORGANIZATION, PERSON, OFFICE, PLACE, INITIATIVE, COMMODITY, SUMMIT, MEETING, VISIT, SANCTION, AGREEMENT, MILITARY_ACTION, STATEMENT, TRADE_ROUTE, EXPORT_DEPENDENCY]) { nodes { id kind name } edges { from to type role } }
}`},
}

func ptr[T any](v T) *T { return &v }

// Default is the "Geopolitical overview" dashboard over defaultQueries.
func Default() Dashboard {
	bind := func(name, param string) Variable { return Variable{Name: name, Parameter: ptr(param)} }
	period := []Variable{bind("from", "period.from"), bind("to", "period.to")}
	return Dashboard{
		Name:        DefaultName,
		Description: "Search an entity; see where events happen, what kind, the latest sanctions, who leads, and what it connects to.",
		Parameters: []Parameter{
			{Name: "entity", Label: "Entity", Kind: Entity},
			{Name: "period", Label: "Period", Kind: Period, Default: ptr("/")},
			{Name: "date", Label: "Leaders on", Kind: Date},
		},
		Pages: []Page{{Title: "Overview", Panels: []Panel{
			{Title: "Entity", Query: "OverviewEntity", View: EntityCard, Variables: []Variable{bind("entity", "entity")}},
			{Title: "Events by country", Query: "OverviewEventMap", View: Map, Variables: period, Width: 2},
			{Title: "Events per month by kind", Query: "OverviewEventsByMonth", View: Bar, Variables: period, Width: 2},
			{Title: "Leaders on the date", Query: "OverviewLeaders", View: Table, Variables: []Variable{bind("entity", "entity"), bind("date", "date")}},
			{Title: "Latest sanctions", Query: "OverviewLatestSanctions", View: Table, Variables: period, Width: 3},
			{Title: "Timeline", Query: "OverviewTimeline", View: Timeline, Variables: []Variable{bind("entity", "entity"), bind("from", "period.from"), bind("to", "period.to")}, Width: 3},
			{Title: "Neighbourhood", Query: "OverviewNeighbourhood", View: Graph, Variables: []Variable{bind("entity", "entity")}, Width: 3},
		}}},
	}
}

// EnsureDefault saves the page's own queries (EnsureSystemQueries), then
// creates the default dashboard and its saved queries unless a dashboard of
// that name exists, so a first start shows something and a later one keeps
// an analyst's changes. It says whether it created the dashboard.
func (s *Store) EnsureDefault(ctx context.Context) (bool, error) {
	if _, err := s.EnsureSystemQueries(ctx); err != nil {
		return false, err
	}
	if _, err := s.Get(ctx, DefaultName, 0); err == nil {
		return false, nil
	} else if graph.ErrorCode(err) != graph.ENOTFOUND {
		return false, err
	}
	for _, q := range defaultQueries {
		if _, err := s.queries.SavedQuery(ctx, q.Name, 0); err == nil {
			continue // an analyst's version wins
		}
		q.Variables, q.Owner, q.SavedBy = "{}", defaultOwner, defaultOwner
		if _, err := s.write(ctx, q, true); err != nil {
			return false, fmt.Errorf("default dashboard: %w", err)
		}
	}
	if _, err := s.Save(ctx, Default(), defaultOwner, true); err != nil {
		return false, fmt.Errorf("default dashboard: %w", err)
	}
	return true, nil
}
