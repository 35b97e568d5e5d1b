package extract

import (
	"strings"
	"time"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/text"
)

// Contract is the JSON object `geograph extract` prints for an article
// (the extract contract of the devset README, with confidence, evidence,
// modality, date granularity and derivation, and resolution reasons).
// Events the text does not assert (planned, threatened, negated,
// hypothetical) are kept apart in UnassertedEvents so that readers of
// Events see only what happened; the graph keeps them all with their
// modality.
type Contract struct {
	Article          ContractArticle  `json:"article"`
	Entities         []ContractEntity `json:"entities"`
	Events           []ContractEvent  `json:"events"`
	UnassertedEvents []ContractEvent  `json:"unasserted_events"`
	Routes           []ContractRoute  `json:"routes"`
	Dependencies     []ContractRoute  `json:"dependencies"`
}

// ContractArticle identifies the article.
type ContractArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
}

// ContractEntity is an entity the article names.
type ContractEntity struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`
	ISO2     string   `json:"iso2,omitempty"`
	Acronym  string   `json:"acronym,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Role     *string  `json:"role,omitempty"`
	Country  *string  `json:"country,omitempty"`
	Mentions int      `json:"mentions"`
	Reason   string   `json:"reason"`
}

// ContractEvent is an event; the participant lists used depend on its kind.
type ContractEvent struct {
	ID              string           `json:"id"`
	Kind            string           `json:"kind"`
	Name            *string          `json:"name"`
	Date            *string          `json:"date"`
	DateGranularity string           `json:"date_granularity"`
	DateDerivation  string           `json:"date_derivation,omitempty"`
	Place           *string          `json:"place"`
	Participants    []string         `json:"participants,omitempty"`
	Imposers        []string         `json:"imposers,omitempty"`
	Targets         []string         `json:"targets,omitempty"`
	Parties         []string         `json:"parties,omitempty"`
	Roles           []ContractRole   `json:"roles"`
	Reason          *string          `json:"reason,omitempty"`
	Modality        string           `json:"modality"`
	CAMEO           string           `json:"cameo"`
	PLOVER          string           `json:"plover,omitempty"`
	Confidence      float64          `json:"confidence"`
	Evidence        ContractEvidence `json:"evidence"`
}

// ContractRole is one participant with its role.
type ContractRole struct {
	Entity string `json:"entity"`
	Role   string `json:"role"`
}

// ContractEvidence is the sentence a fact was read from.
type ContractEvidence struct {
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Quote    string `json:"quote"`
}

// ContractRoute is a trade route or export dependency.
type ContractRoute struct {
	ID         string           `json:"id"`
	Kind       string           `json:"kind"`
	Name       *string          `json:"name"`
	Commodity  *string          `json:"commodity"`
	From       *string          `json:"from"`
	Via        []string         `json:"via"`
	To         *string          `json:"to"`
	Share      string           `json:"share,omitempty"`
	Halts      []string         `json:"halts,omitempty"`
	Modality   string           `json:"modality"`
	Confidence float64          `json:"confidence"`
	Evidence   ContractEvidence `json:"evidence"`
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Contract returns the extract contract of the extraction.
func (x *Extraction) Contract() Contract {
	c := Contract{
		Article: ContractArticle{ID: x.Article.ID, URL: x.Article.URL, Title: x.Article.Title,
			Source: x.Article.Source, Published: x.Article.Published},
		Entities: []ContractEntity{}, Events: []ContractEvent{}, UnassertedEvents: []ContractEvent{},
		Routes: []ContractRoute{}, Dependencies: []ContractRoute{},
	}
	for _, e := range x.Entities {
		if !x.named[e.ID] {
			continue
		}
		info := x.info[e.ID]
		ce := ContractEntity{ID: e.ID, Kind: string(e.Kind), Name: e.Name, Mentions: info.Count, Reason: info.Reason}
		switch e.Kind {
		case graph.KindCountry:
			ce.ISO2 = e.ISO2
		case graph.KindOrganization:
			ce.Acronym = e.Acronym
			ce.Aliases = e.Aliases
		case graph.KindPerson:
			ce.Name = x.personName(e)
			if ce.Name != e.Name {
				ce.Aliases = []string{e.Name}
			}
			role := info.Role
			if role == "" {
				role = e.Role
			}
			if role == "" {
				role = x.roleOn(e.ID)
			}
			ce.Role = strp(role)
			ce.Country = strp(e.Country)
			if t, ok := x.termOn(e.ID); ok {
				if o := x.data.Office(t.OfficeID); o != nil && o.Country == "" {
					ce.Country = nil // an official of an international body serves no state
				}
			}
		case graph.KindPlace:
			if info.Surface != "" && strings.ToUpper(info.Surface) != info.Surface {
				ce.Name = info.Surface
			}
			ce.Country = strp(e.Country)
			ce.Aliases = append([]string{e.Name}, e.Aliases...)
		}
		c.Entities = append(c.Entities, ce)
	}
	for _, ev := range x.Events {
		ce := x.contractEvent(ev)
		if x.scoredAsHappened(ev) {
			c.Events = append(c.Events, ce)
		} else {
			c.UnassertedEvents = append(c.UnassertedEvents, ce)
		}
	}
	for _, r := range x.Routes {
		cr := ContractRoute{ID: r.ID, Kind: string(r.Kind), Name: strp(r.Name), From: x.ref(r.FromID), To: x.ref(r.ToID),
			Via: []string{}, Share: r.Share, Modality: string(r.Modality), Confidence: r.Confidence, Evidence: contractEvidence(r.Evidence)}
		if r.CommodityID != "" {
			cr.Commodity = strp(x.commodityName(r.CommodityID))
		}
		for _, v := range r.Via {
			if id := x.ref(v); id != nil {
				cr.Via = append(cr.Via, *id)
			}
		}
		for _, h := range r.Halts {
			if h.Value == "" {
				cr.Halts = append(cr.Halts, "unknown")
			} else {
				cr.Halts = append(cr.Halts, h.Value)
			}
		}
		switch {
		case r.Kind == graph.KindExportDependency:
			c.Dependencies = append(c.Dependencies, cr)
		case r.Modality != graph.Negated:
			c.Routes = append(c.Routes, cr)
		}
	}
	return c
}

// commodityName is the broad commodity a route carries: "crude" is "oil".
func (x *Extraction) commodityName(id string) string {
	name := x.info[id].Entity.Name
	for _, c := range x.data.Commodities {
		if c.Name == name && c.Parent != "" {
			return c.Parent
		}
	}
	return name
}

// scoredAsHappened: asserted events, and summits imminent or under way
// (the rules count those).
func (x *Extraction) scoredAsHappened(ev graph.Event) bool {
	if ev.Modality == graph.Asserted {
		return true
	}
	if ev.Kind != graph.KindSummit || ev.Modality != graph.Planned {
		return false
	}
	if ev.Date.Value == "" {
		return false
	}
	pub, ok := dates.ParseDay(x.Article.Published)
	if !ok {
		return true
	}
	limit := dates.FormatDay(pub.Add(14 * 24 * time.Hour))
	return ev.Date.Value <= limit
}

func (x *Extraction) contractEvent(ev graph.Event) ContractEvent {
	ce := ContractEvent{ID: ev.ID, Kind: string(ev.Kind), Name: strp(ev.Name), Date: strp(ev.Date.Value),
		DateGranularity: string(ev.Date.Granularity), DateDerivation: ev.Date.Derivation, Place: x.ref(ev.PlaceID),
		Roles: []ContractRole{}, Reason: strp(ev.Reason), Modality: string(ev.Modality), CAMEO: ev.CAMEO, PLOVER: ev.PLOVER,
		Confidence: ev.Confidence, Evidence: contractEvidence(ev.Evidence)}
	seen := map[string]bool{}
	for _, p := range ev.Participants {
		id := x.ref(p.EntityID)
		if id == nil {
			continue
		}
		ce.Roles = append(ce.Roles, ContractRole{Entity: *id, Role: p.Role})
		key := p.Role + *id
		if seen[key] {
			continue
		}
		seen[key] = true
		switch {
		case ev.Kind == graph.KindSanction && p.Role == graph.RoleImposer:
			ce.Imposers = append(ce.Imposers, *id)
		case ev.Kind == graph.KindSanction && p.Role == graph.RoleTarget:
			ce.Targets = append(ce.Targets, *id)
		case ev.Kind == graph.KindAgreement:
			ce.Parties = append(ce.Parties, *id)
		default:
			ce.Participants = append(ce.Participants, *id)
		}
	}
	return ce
}

// ref maps an entity ID to the ID the contract may refer to: the entity if
// the article names it; for a person known only by title, the country or
// organisation of the office when the article names that; else nothing.
func (x *Extraction) ref(id string) *string {
	if id == "" {
		return nil
	}
	if x.named[id] {
		return &id
	}
	info := x.info[id]
	if info == nil || info.Entity.Kind != graph.KindPerson {
		return nil
	}
	for _, alt := range []string{graph.NewID(graph.KindCountry, info.Entity.Country), x.orgOfPerson(id)} {
		if alt != "" && x.named[alt] {
			return &alt
		}
	}
	return nil
}

func (x *Extraction) orgOfPerson(id string) string {
	if t, ok := x.termOn(id); ok {
		if o := x.data.Office(t.OfficeID); o != nil {
			return o.Org
		}
	}
	return ""
}

func (x *Extraction) termOn(personID string) (graph.Term, bool) {
	for _, o := range x.data.Offices {
		for _, h := range o.Holders {
			p := x.data.Person(h.Person)
			t := graph.Term{PersonID: personID, OfficeID: o.ID, From: h.From, To: h.To}
			if p != nil && p.ID == personID && t.Covers(x.Article.Published) {
				return t, true
			}
		}
	}
	return graph.Term{}, false
}

func (x *Extraction) roleOn(personID string) string {
	if t, ok := x.termOn(personID); ok {
		if o := x.data.Office(t.OfficeID); o != nil {
			return officeRole(o)
		}
	}
	return ""
}

// personName is the fullest form of a person's name the text uses (the
// rules annotate the text's spelling), or the canonical name.
func (x *Extraction) personName(e graph.Entity) string {
	best := ""
	for _, m := range x.surfaces[e.ID] {
		f := strings.Fields(m)
		for len(f) > 1 && (text.TitleWords[strings.ToLower(strings.TrimSuffix(f[0], "."))] || text.NotNameWords[f[0]]) {
			f = f[1:]
		}
		m = strings.Join(f, " ")
		if len(strings.Fields(m)) > len(strings.Fields(best)) {
			best = m
		}
	}
	if best == "" || strings.ToUpper(best) == best || len(strings.Fields(best)) < len(strings.Fields(e.Name)) && strings.Contains(x.Article.Text, e.Name) {
		return e.Name
	}
	// One word only ("King <Name>", "President <Name>"): the text's form, not
	// a full name the text does not give.
	return best
}

func contractEvidence(evs []graph.Evidence) ContractEvidence {
	if len(evs) == 0 {
		return ContractEvidence{}
	}
	e := evs[0]
	return ContractEvidence{Sentence: e.Sentence, Start: e.Start, End: e.End, Quote: e.Quote}
}
