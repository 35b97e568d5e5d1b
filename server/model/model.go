// Package model holds the Go types the GraphQL schema binds to. Each GraphQL
// object type gets its own named copy of a domain type (Country and Person
// are both a graph.Entity underneath), so the generated code can tell them
// apart when it resolves an interface such as Node or Event.
package model

import "geograph/graph"

// Node is any value of the GraphQL Node interface.
type Node interface{ IsNode() }

// Entity is any value of the GraphQL Entity interface.
type Entity interface {
	Node
	// Base returns the domain entity.
	Base() graph.Entity
}

// Event is any value of the GraphQL Event interface.
type Event interface {
	Node
	// Base returns the domain event.
	Base() graph.Event
}

// Route is any value of the GraphQL Route interface.
type Route interface {
	Node
	// Base returns the domain route.
	Base() graph.Route
}

// Entity types.
type (
	Country      graph.Entity
	Organization graph.Entity
	Person       graph.Entity
	Office       graph.Entity
	Place        graph.Entity
	Initiative   graph.Entity
	Commodity    graph.Entity
)

// Event types.
type (
	Summit         graph.Event
	Meeting        graph.Event
	Visit          graph.Event
	Sanction       graph.Event
	Agreement      graph.Event
	MilitaryAction graph.Event
	Statement      graph.Event
)

// Route types.
type (
	TradeRoute       graph.Route
	ExportDependency graph.Route
)

// Article is a news article.
type Article graph.Article

// IsNode marks the types that implement Node.
func (Article) IsNode() {}

// NewEntity returns e as the model type of its kind, or nil for a kind that
// is not an entity kind.
func NewEntity(e graph.Entity) Entity {
	switch e.Kind {
	case graph.KindCountry:
		return (*Country)(&e)
	case graph.KindOrganization:
		return (*Organization)(&e)
	case graph.KindPerson:
		return (*Person)(&e)
	case graph.KindOffice:
		return (*Office)(&e)
	case graph.KindPlace:
		return (*Place)(&e)
	case graph.KindInitiative:
		return (*Initiative)(&e)
	case graph.KindCommodity:
		return (*Commodity)(&e)
	}
	return nil
}

// NewEvent returns e as the model type of its kind, or nil for a kind that
// is not an event kind.
func NewEvent(e graph.Event) Event {
	switch e.Kind {
	case graph.KindSummit:
		return (*Summit)(&e)
	case graph.KindMeeting:
		return (*Meeting)(&e)
	case graph.KindVisit:
		return (*Visit)(&e)
	case graph.KindSanction:
		return (*Sanction)(&e)
	case graph.KindAgreement:
		return (*Agreement)(&e)
	case graph.KindMilitaryAction:
		return (*MilitaryAction)(&e)
	case graph.KindStatement:
		return (*Statement)(&e)
	}
	return nil
}

// NewRoute returns r as the model type of its kind, or nil for a kind that
// is not a route kind.
func NewRoute(r graph.Route) Route {
	switch r.Kind {
	case graph.KindTradeRoute:
		return (*TradeRoute)(&r)
	case graph.KindExportDependency:
		return (*ExportDependency)(&r)
	}
	return nil
}
