package graph

// Entity is a lasting thing the news talks about: a country, organisation,
// person, office, place, initiative or commodity. Which fields apply depends
// on Kind; the rest stay empty.
type Entity struct {
	ID      string
	Kind    Kind
	Name    string   // canonical name
	Aliases []string // other names, spellings and acronyms it is known by

	ISO2    string // Country: ISO 3166-1 alpha-2
	ISO3    string // Country: ISO 3166-1 alpha-3
	Acronym string // Organization: "EU", "SCO"
	Role    string // Person: title the text gives when no Office is known ("political analyst")
	Country string // ISO2 of the country a Person serves, a Place lies in, an Office belongs to
	OrgID   string // Office: the organisation the office belongs to, if not a country's
	Subkind string // free classifier: "city", "pipeline", "corridor", "company", …

	// Names holds dated names of a Place ("Nur-Sultan" 2019-03-23 to 2022-09-17).
	Names []NamePeriod

	// Source says where the record comes from: "reference:<dataset>" or "article".
	Source string
}

// NamePeriod is a name valid over a period; empty bounds are open.
type NamePeriod struct {
	Name string
	From string // YYYY[-MM[-DD]]
	To   string
}

// Term is a person holding an office over a period: (Person)-[:HELD]->(Office).
type Term struct {
	PersonID string
	OfficeID string
	From     string // YYYY[-MM[-DD]]; empty when unknown
	To       string // empty while in office
	Source   string
}

// Covers reports whether the term includes date d (YYYY[-MM[-DD]]). Bounds of
// coarser granularity compare by prefix, so a term ending "2019-03" covers
// "2019-03-10".
func (t Term) Covers(d string) bool {
	if d == "" {
		return t.To == ""
	}
	if t.From != "" && CompareDates(d, t.From) < 0 {
		return false
	}
	if t.To != "" && CompareDates(d, t.To) > 0 {
		return false
	}
	return true
}

// Membership is (Member)-[:MEMBER_OF {from,to}]->(Organization).
type Membership struct {
	MemberID string // usually a country
	OrgID    string
	From     string
	To       string
}

// Located is (Place|Office|Person)-[:IN]->(Country): derived from Entity.Country.

// Mention is (Article)-[:MENTIONS]->(Entity): where an article first names an
// entity and why the mention resolved to it.
type Mention struct {
	ArticleID string
	EntityID  string
	Start     int // byte offset into the article text
	End       int
	Text      string
	Reason    string // "alias 'EU chief' → office President of the European Council → holder on 2022-10-27"
	Count     int    // mentions of the entity in the article
}
