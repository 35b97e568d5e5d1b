package graph

import (
	"context"
	"encoding/base64"
	"strings"
	"time"
)

// Store is the contract between geograph and its storage. neo4jstore and
// memstore implement it and both pass the conformance suite in graphtest.
//
// Reads of a missing ID return an *Error with code ENOTFOUND; batch reads
// (Get*) skip missing IDs. Lists page by keyset: a cursor names the sort key
// and ID of the last item seen, so inserts never make a page skip or repeat.
type Store interface {
	// Setup creates constraints and indexes; it is idempotent.
	Setup(ctx context.Context) error
	// WriteBatch validates b and writes it in one transaction.
	WriteBatch(ctx context.Context, b *Batch) (WriteResult, error)
	Close(ctx context.Context) error

	// Node returns the summary of any node by ID.
	Node(ctx context.Context, id string) (Node, error)
	GetEntities(ctx context.Context, ids []string) ([]Entity, error)
	GetEvents(ctx context.Context, ids []string) ([]Event, error)
	GetRoutes(ctx context.Context, ids []string) ([]Route, error)
	GetArticles(ctx context.Context, ids []string) ([]Article, error)

	ListEntities(ctx context.Context, f EntityFilter, p Page) (EntityPage, error)
	ListEvents(ctx context.Context, f EventFilter, p Page) (EventPage, error)
	ListRoutes(ctx context.Context, f RouteFilter, p Page) (RoutePage, error)
	ListArticles(ctx context.Context, p Page) (ArticlePage, error)

	// EventsByParticipant returns, for each entity ID, up to limit events it
	// takes part in that match f, newest first: one round trip for many
	// entities, so resolvers do not go N+1.
	EventsByParticipant(ctx context.Context, ids []string, f EventFilter, limit int) (map[string][]Event, error)
	// Terms returns terms matching f, ordered by start date.
	Terms(ctx context.Context, f TermFilter) ([]Term, error)
	// Officeholders returns the terms matching f together with the person and
	// office records and the office's owner (country or organisation ID), in one
	// round trip, ordered like Terms.
	Officeholders(ctx context.Context, f TermFilter) ([]Officeholder, error)
	// Memberships returns the memberships of the given members or organisations.
	Memberships(ctx context.Context, memberIDs, orgIDs []string) ([]Membership, error)
	// Mentions returns the mentions an article makes or an entity receives.
	Mentions(ctx context.Context, articleID, entityID string) ([]Mention, error)

	// Neighbourhood returns the nodes within depth hops of id (depth 1–3),
	// keeping only nodes of the given kinds when kinds is not empty.
	Neighbourhood(ctx context.Context, id string, depth int, kinds []Kind, limit int) (Subgraph, error)
	// Paths returns up to limit shortest paths between two nodes.
	Paths(ctx context.Context, from, to string, maxHops, limit int) ([]Path, error)
	// Search finds nodes by name, alias, event name or article title using the
	// full-text index, best first.
	Search(ctx context.Context, text string, kinds []Kind, limit int) ([]SearchHit, error)
	// CountEvents counts events matching f grouped by by.
	CountEvents(ctx context.Context, f EventFilter, by GroupBy) ([]Count, error)
	// Stats counts nodes and relationships, for tests and /readyz.
	Stats(ctx context.Context) (Stats, error)

	SavedQueries
}

// SavedQueries keeps analysts' named GraphQL documents, versioned, in the graph.
type SavedQueries interface {
	// SaveQuery stores q as the next version of q.Name and returns it with
	// Version and SavedAt set. A new name is owned by q.Owner; an existing
	// one keeps its owner and, unless admin, is changed only when q.Owner is
	// that owner (else EFORBIDDEN), checked in the same step as the write.
	SaveQuery(ctx context.Context, q SavedQuery, admin bool) (SavedQuery, error)
	// SavedQuery returns a version of a saved query; version 0 is the latest.
	SavedQuery(ctx context.Context, name string, version int) (SavedQuery, error)
	// SavedQueryVersions returns every version of a query, oldest first.
	SavedQueryVersions(ctx context.Context, name string) ([]SavedQuery, error)
	// ListSavedQueries returns the latest version of each query, by name.
	ListSavedQueries(ctx context.Context) ([]SavedQuery, error)
	// DeleteSavedQuery removes a query and all its versions: ENOTFOUND when
	// there is none, EFORBIDDEN unless owner owns it or admin.
	DeleteSavedQuery(ctx context.Context, name, owner string, admin bool) error
}

// SavedQuery is one version of a saved GraphQL document.
type SavedQuery struct {
	Name        string
	Description string
	Document    string
	Variables   string // JSON object of default variables
	Owner       string // who created the query; only they or an admin change it
	Version     int
	SavedBy     string
	SavedAt     time.Time
}

// WriteResult says what a write did.
type WriteResult struct {
	Articles, Entities, Events, Routes int // records in the batch
}

// Node is the summary every node has.
type Node struct {
	ID   string
	Kind Kind
	Name string
}

// Edge is a relationship between two nodes in a Subgraph or Path.
type Edge struct {
	From, To string
	Type     string // HELD, OF, MEMBER_OF, PARTICIPATED_IN, AT, IN, FROM, VIA, TO, CARRIES, REPORTS, MENTIONS
	Role     string // PARTICIPATED_IN role, when any
}

// Subgraph is a set of nodes and the edges among them.
type Subgraph struct {
	Nodes []Node
	Edges []Edge
}

// Path is a chain of nodes and the edges between them.
type Path struct {
	Nodes []Node
	Edges []Edge
}

// SearchHit is a node found by full-text search.
type SearchHit struct {
	Node  Node
	Score float64
}

// GroupBy is what CountEvents groups on.
type GroupBy string

// Groupings.
const (
	ByKind    GroupBy = "KIND"
	ByCountry GroupBy = "COUNTRY" // ISO2 of participating countries and of participants' countries
	ByMonth   GroupBy = "MONTH"   // YYYY-MM of the event date; undated events are left out
)

// Count is one group of CountEvents.
type Count struct {
	Key   string
	Count int
}

// Stats counts what a store holds.
type Stats struct {
	Nodes         int
	Relationships int
	DistinctIDs   int
	ByKind        map[Kind]int
}

// EntityFilter selects entities. Zero fields do not filter.
type EntityFilter struct {
	Kinds   []Kind
	Country string // ISO2
	Name    string // case-insensitive prefix of the name
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	Kinds         []Kind
	Participants  []string // any of these entity IDs takes part
	Countries     []string // ISO2: a country, or a person serving it, takes part
	From, To      string   // date range, inclusive, compared on the common prefix
	Modalities    []Modality
	MinConfidence float64
	ArticleID     string // reported by this article
	Order         EventOrder
}

// EventOrder orders event lists.
type EventOrder string

// Orders. Undated events sort after dated ones in DateDesc and before in DateAsc.
const (
	DateDesc       EventOrder = "DATE_DESC" // default
	DateAsc        EventOrder = "DATE_ASC"
	ConfidenceDesc EventOrder = "CONFIDENCE_DESC"
)

// RouteFilter selects routes. Zero fields do not filter.
type RouteFilter struct {
	Kinds       []Kind
	Countries   []string // ISO2 of from, via or to
	CommodityID string
}

// TermFilter selects terms; at least one of the ID lists should be set.
type TermFilter struct {
	PersonIDs []string
	OfficeIDs []string
	OwnerIDs  []string // countries or organisations whose offices to include
	At        string   // only terms covering this date
}

// Officeholder is a term with the records it names.
type Officeholder struct {
	Term    Term
	Person  Entity
	Office  Entity
	OwnerID string
}

// Page asks for up to First items after the cursor After.
type Page struct {
	First int
	After string
}

// Edge cursors and page info.
type (
	EntityPage struct {
		Items   []Entity
		Cursors []string
		HasNext bool
		Total   int
	}
	EventPage struct {
		Items   []Event
		Cursors []string
		HasNext bool
		Total   int
	}
	RoutePage struct {
		Items   []Route
		Cursors []string
		HasNext bool
		Total   int
	}
	ArticlePage struct {
		Items   []Article
		Cursors []string
		HasNext bool
		Total   int
	}
)

// DefaultPageSize and MaxPageSize bound Page.First.
const (
	DefaultPageSize = 20
	MaxPageSize     = 500
)

// Limit returns p.First clamped to [1, MaxPageSize], DefaultPageSize if unset.
func (p Page) Limit() int {
	switch {
	case p.First <= 0:
		return DefaultPageSize
	case p.First > MaxPageSize:
		return MaxPageSize
	}
	return p.First
}

// EncodeCursor makes an opaque keyset cursor from a sort key and an ID.
func EncodeCursor(sortKey, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(sortKey + "\x00" + id))
}

// DecodeCursor reverses EncodeCursor; an empty cursor gives empty values.
func DecodeCursor(c string) (sortKey, id string, err error) {
	if c == "" {
		return "", "", nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", Errorf(EINVALID, "malformed cursor")
	}
	sortKey, id, ok := strings.Cut(string(raw), "\x00")
	if !ok {
		return "", "", Errorf(EINVALID, "malformed cursor")
	}
	return sortKey, id, nil
}
