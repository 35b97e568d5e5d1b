package model

import "geograph/graph"

// The methods below make each named type implement its GraphQL interfaces.
// They are value methods so that T and *T both qualify.

// IsNode marks Country as a Node.
func (Country) IsNode() {}

// Base returns the domain entity.
func (x Country) Base() graph.Entity { return graph.Entity(x) }

// IsNode marks Organization as a Node.
func (Organization) IsNode() {}

// Base returns the domain entity.
func (x Organization) Base() graph.Entity { return graph.Entity(x) }

// IsNode marks Person as a Node.
func (Person) IsNode() {}

// Base returns the domain entity.
func (x Person) Base() graph.Entity { return graph.Entity(x) }

// IsNode marks Office as a Node.
func (Office) IsNode() {}

// Base returns the domain entity.
func (x Office) Base() graph.Entity { return graph.Entity(x) }

// IsNode marks Place as a Node.
func (Place) IsNode() {}

// Base returns the domain entity.
func (x Place) Base() graph.Entity { return graph.Entity(x) }

// IsNode marks Initiative as a Node.
func (Initiative) IsNode() {}

// Base returns the domain entity.
func (x Initiative) Base() graph.Entity { return graph.Entity(x) }

// IsNode marks Commodity as a Node.
func (Commodity) IsNode() {}

// Base returns the domain entity.
func (x Commodity) Base() graph.Entity { return graph.Entity(x) }

// IsNode marks Summit as a Node.
func (Summit) IsNode() {}

// Base returns the domain event.
func (x Summit) Base() graph.Event { return graph.Event(x) }

// IsNode marks Meeting as a Node.
func (Meeting) IsNode() {}

// Base returns the domain event.
func (x Meeting) Base() graph.Event { return graph.Event(x) }

// IsNode marks Visit as a Node.
func (Visit) IsNode() {}

// Base returns the domain event.
func (x Visit) Base() graph.Event { return graph.Event(x) }

// IsNode marks Sanction as a Node.
func (Sanction) IsNode() {}

// Base returns the domain event.
func (x Sanction) Base() graph.Event { return graph.Event(x) }

// IsNode marks Agreement as a Node.
func (Agreement) IsNode() {}

// Base returns the domain event.
func (x Agreement) Base() graph.Event { return graph.Event(x) }

// IsNode marks MilitaryAction as a Node.
func (MilitaryAction) IsNode() {}

// Base returns the domain event.
func (x MilitaryAction) Base() graph.Event { return graph.Event(x) }

// IsNode marks Statement as a Node.
func (Statement) IsNode() {}

// Base returns the domain event.
func (x Statement) Base() graph.Event { return graph.Event(x) }

// IsNode marks TradeRoute as a Node.
func (TradeRoute) IsNode() {}

// Base returns the domain route.
func (x TradeRoute) Base() graph.Route { return graph.Route(x) }

// IsNode marks ExportDependency as a Node.
func (ExportDependency) IsNode() {}

// Base returns the domain route.
func (x ExportDependency) Base() graph.Route { return graph.Route(x) }
