package server

import (
	"geograph/graph"
	"geograph/server/generated"
)

// Complexity: every field costs 1 plus its children; a list costs its
// children times how many items it may hold, so a client asking for 500
// countries with 50 events each pays for 25,000 events before anything runs.
// Lists with a size argument use it; the others use a guess of their usual
// length.
const (
	listGuess       = 10
	bigListGuess    = 50
	savedQueryCost  = 1000 // runs another document, whose cost is checked when it runs
	ingestCost      = 500
	complexityLimit = 50_000
)

// pageSize is the number of items a page argument asks for.
func pageSize(first *int) int { return graph.Page{First: intOr(first, graph.DefaultPageSize)}.Limit() }

// mul multiplies without overflowing.
func mul(child, n int) int {
	if n <= 0 {
		n = 1
	}
	if child > complexityLimit*10/n {
		return complexityLimit * 10
	}
	return 1 + child*n
}

// costModel returns the cost model of the schema.
func costModel() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	c.Commodity.Events = func(child int, _ *graph.EventFilter, first *int) int { return mul(child, pageSize(first)) }
	c.Country.Events = func(child int, _ *graph.EventFilter, first *int) int { return mul(child, pageSize(first)) }
	c.Initiative.Events = func(child int, _ *graph.EventFilter, first *int) int { return mul(child, pageSize(first)) }
	c.Office.Events = func(child int, _ *graph.EventFilter, first *int) int { return mul(child, pageSize(first)) }
	c.Organization.Events = func(child int, _ *graph.EventFilter, first *int) int { return mul(child, pageSize(first)) }
	c.Person.Events = func(child int, _ *graph.EventFilter, first *int) int { return mul(child, pageSize(first)) }
	c.Place.Events = func(child int, _ *graph.EventFilter, first *int) int { return mul(child, pageSize(first)) }
	c.Agreement.Participants = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Agreement.Evidence = func(child int) int { return mul(child, listGuess) }
	c.MilitaryAction.Participants = func(child int, _ *string) int { return mul(child, listGuess) }
	c.MilitaryAction.Evidence = func(child int) int { return mul(child, listGuess) }
	c.Meeting.Participants = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Meeting.Evidence = func(child int) int { return mul(child, listGuess) }
	c.Sanction.Participants = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Sanction.Evidence = func(child int) int { return mul(child, listGuess) }
	c.Statement.Participants = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Statement.Evidence = func(child int) int { return mul(child, listGuess) }
	c.Summit.Participants = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Summit.Evidence = func(child int) int { return mul(child, listGuess) }
	c.Visit.Participants = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Visit.Evidence = func(child int) int { return mul(child, listGuess) }
	c.Visit.Visitors = func(child int) int { return mul(child, listGuess) }
	c.Visit.Hosts = func(child int) int { return mul(child, listGuess) }
	c.Sanction.ImposedBy = func(child int) int { return mul(child, listGuess) }
	c.Sanction.Targets = func(child int) int { return mul(child, listGuess) }
	c.Agreement.Parties = func(child int) int { return mul(child, listGuess) }
	c.TradeRoute.Via = func(child int) int { return mul(child, listGuess) }
	c.TradeRoute.Halts = func(child int) int { return mul(child, listGuess) }
	c.TradeRoute.Evidence = func(child int) int { return mul(child, listGuess) }
	c.ExportDependency.Via = func(child int) int { return mul(child, listGuess) }
	c.ExportDependency.Halts = func(child int) int { return mul(child, listGuess) }
	c.ExportDependency.Evidence = func(child int) int { return mul(child, listGuess) }
	c.Country.Sanctions = func(child int, first *int) int { return mul(child, pageSize(first)) }
	c.Country.Leaders = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Country.Memberships = func(child int) int { return mul(child, listGuess) }
	c.Organization.Leaders = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Organization.Members = func(child int) int { return mul(child, bigListGuess) }
	c.Person.Offices = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Office.Holders = func(child int, _ *string) int { return mul(child, listGuess) }
	c.Place.Names = func(child int) int { return mul(child, listGuess) }
	c.Article.Events = func(child int, first *int) int { return mul(child, pageSize(first)) }
	c.Article.Mentions = func(child int) int { return mul(child, bigListGuess) }
	c.Query.Countries = func(child int, first *int, _ *string) int { return mul(child, pageSize(first)) }
	c.Query.Entities = func(child int, _ *graph.EntityFilter, first *int, _ *string) int { return mul(child, pageSize(first)) }
	c.Query.Events = func(child int, _ *graph.EventFilter, _ *graph.EventOrder, first *int, _ *string) int {
		return mul(child, pageSize(first))
	}
	c.Query.Routes = func(child int, _ *graph.RouteFilter, first *int, _ *string) int { return mul(child, pageSize(first)) }
	c.Query.Articles = func(child int, first *int, _ *string) int { return mul(child, pageSize(first)) }
	c.Query.Nodes = func(child int, ids []string) int { return mul(child, len(ids)) }
	c.Query.Timeline = func(child int, _ string, _, _ *string, _ []graph.Kind, first *int) int {
		return mul(child, intOr(first, 100))
	}
	c.Query.Neighbourhood = func(child int, _ string, _ *int, _ []graph.Kind, limit *int) int {
		return mul(child, intOr(limit, 100))
	}
	c.Query.Paths = func(child int, _, _ string, _, limit *int) int { return mul(child, intOr(limit, 5)) }
	c.Query.Search = func(child int, _ string, _ []graph.Kind, limit *int) int { return mul(child, intOr(limit, 20)) }
	c.Query.EventCounts = func(child int, _ graph.GroupBy, _ *graph.EventFilter) int { return mul(child, bigListGuess) }
	c.Query.Leaders = func(child int, _ string, _ *string) int { return mul(child, listGuess) }
	c.Query.SavedQueries = func(child int) int { return mul(child, bigListGuess) }
	c.Query.RunSavedQuery = func(child int, _ string, _ map[string]any) int { return savedQueryCost }
	c.SavedQuery.Versions = func(child int) int { return mul(child, listGuess) }
	c.Path.Nodes = func(child int) int { return mul(child, maxHops+1) }
	c.Path.Edges = func(child int) int { return mul(child, maxHops) }
	c.Subgraph.Edges = func(child int) int { return mul(child, 2) }
	c.Mutation.IngestArticle = func(child int, _ generated.ArticleInput) int { return ingestCost + child }
	return c
}
