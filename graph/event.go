package graph

import "strings"

// Modality says whether a fact is reported as having happened.
type Modality string

// Modalities, after PLOVER's mode flags.
const (
	Asserted     Modality = "ASSERTED"     // happened or is happening
	Planned      Modality = "PLANNED"      // announced, expected, scheduled
	Threatened   Modality = "THREATENED"   // warned of, proposed, considered
	Negated      Modality = "NEGATED"      // said not to have happened
	Hypothetical Modality = "HYPOTHETICAL" // conditional, speculative
)

// Modalities lists the valid modalities.
var Modalities = []Modality{Asserted, Planned, Threatened, Negated, Hypothetical}

// Valid reports whether m is a known modality.
func (m Modality) Valid() bool {
	for _, x := range Modalities {
		if x == m {
			return true
		}
	}
	return false
}

// Participant roles on (Entity)-[:PARTICIPATED_IN {role}]->(Event).
const (
	RoleParticipant = "participant"
	RoleHost        = "host"
	RoleVisitor     = "visitor"
	RoleImposer     = "imposer"
	RoleTarget      = "target"
	RoleParty       = "party"
	RoleActor       = "actor"
)

// Participant is an entity taking part in an event, in a role.
type Participant struct {
	EntityID string
	Role     string
}

// Event is something that happened (or is planned, threatened, …) at a time:
// a summit, meeting, visit, sanction, agreement, military action, statement.
type Event struct {
	ID           string
	Kind         Kind
	Name         string
	Date         Date
	PlaceID      string // (Event)-[:AT]->(Place); empty when unknown
	Participants []Participant
	Modality     Modality
	CAMEO        string // CAMEO event code, e.g. "043" (visit), "163" (sanction)
	PLOVER       string // PLOVER category, e.g. "CONSULT", "SANCTION"
	Reason       string // Sanction: why it was imposed
	Confidence   float64
	Evidence     []Evidence // one record per reporting article
}

// ParticipantIDs returns the IDs of the participants in role, or all when
// role is empty.
func (e *Event) ParticipantIDs(role string) []string {
	var ids []string
	for _, p := range e.Participants {
		if role == "" || p.Role == role {
			ids = append(ids, p.EntityID)
		}
	}
	return ids
}

// Route is a lasting flow: a trade route or corridor, or an export
// dependency of one country on another's territory.
type Route struct {
	ID          string
	Kind        Kind // TradeRoute or ExportDependency
	Name        string
	CommodityID string   // (Route)-[:CARRIES]->(Commodity); empty for a bare corridor
	FromID      string   // (Route)-[:FROM]->(…)
	Via         []string // (Route)-[:VIA {order}]->(…), in order
	ToID        string   // (Route)-[:TO]->(…)
	Share       string   // "around three-quarters" of exports, as the text says
	Halts       []Date   // times the flow was reported halted
	Modality    Modality
	Confidence  float64
	Evidence    []Evidence
}

// PreferVia chooses between two via lists of one route so that merging
// reports is order-free: a list beats no list, and of two lists the one
// whose IDs joined with "|" (each followed by "|") sort first wins, kept
// whole and in order. Neo4j applies the same rule in Cypher.
func PreferVia(a, b []string) []string {
	switch {
	case len(a) == 0:
		return b
	case len(b) == 0:
		return a
	case viaKey(b) < viaKey(a):
		return b
	}
	return a
}

func viaKey(via []string) string {
	var sb strings.Builder
	for _, v := range via {
		sb.WriteString(v)
		sb.WriteByte('|')
	}
	return sb.String()
}
