package frames

// template is one sentence shape of the frame suite. Roles pair a role
// with the placeholder that fills it: "imposer", "A".
type template struct {
	frame, form, modality string
	text                  string
	roles                 []string
	statesOnly            bool // the roles are places: only states fill them
}

const (
	asserted     = "ASSERTED"
	planned      = "PLANNED"
	threatened   = "THREATENED"
	negated      = "NEGATED"
	hypothetical = "HYPOTHETICAL"
)

var templates = []template{
	// sanction
	{"sanction", "active", asserted, "{A} imposed sanctions on {B} on Monday.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "active", asserted, "{A} sanctioned {B} over its missile programme.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "active", asserted, "{A} froze the assets of {B}'s central bank.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "active", asserted, "Last week {A} reimposed an arms embargo against {B}.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "passive", asserted, "{B} was sanctioned by {A} last year.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "passive", asserted, "New sanctions were imposed on {B} by {A}.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "nominal", asserted, "{A}'s sanctions against {B} took effect on Friday.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "nominal", asserted, "The embargo on {B} by {A} remains in place.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "relative", asserted, "{B}, which was blacklisted by {A} in 2019, denied any wrongdoing.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "relative", asserted, "The export controls that {A} imposed on {B} hit chip makers.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "modality", threatened, "{A} threatened to impose sanctions on {B}.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "modality", hypothetical, "{A} could impose new sanctions on {B}, officials said.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "modality", negated, "{A} has not sanctioned {B}.", []string{"imposer", "A", "target", "B"}, false},
	{"sanction", "modality", negated, "{A} lifted its sanctions on {B} in June.", []string{"imposer", "A", "target", "B"}, false},

	// meet
	{"meet", "active", asserted, "{A} met {B} in the capital on Tuesday.", []string{"participant", "A", "participant", "B"}, false},
	{"meet", "active", asserted, "{A} held talks with {B} on trade.", []string{"participant", "A", "participant", "B"}, false},
	{"meet", "passive", asserted, "{B} was met by {A} at the airport.", []string{"participant", "B", "participant", "A"}, false},
	{"meet", "nominal", asserted, "Talks between {A} and {B} ended late on Sunday.", []string{"participant", "A", "participant", "B"}, false},
	{"meet", "relative", asserted, "{B}, which {A} met on Monday, is a key partner.", []string{"participant", "B", "participant", "A"}, false},
	{"meet", "modality", negated, "{A} refused to meet {B}.", []string{"participant", "A", "participant", "B"}, false},
	{"meet", "modality", planned, "{A} will hold talks with {B} next week.", []string{"participant", "A", "participant", "B"}, false},
	{"meet", "modality", negated, "{A} called off talks with {B}.", []string{"participant", "A", "participant", "B"}, false},

	// host
	{"host", "active", asserted, "{A} received {B} in the capital.", []string{"host", "A", "visitor", "B"}, false},
	{"host", "passive", asserted, "{B} was received by {A} on Monday.", []string{"host", "A", "visitor", "B"}, false},
	{"host", "relative", asserted, "{B}, which was hosted by {A} last week, praised the reception.", []string{"host", "A", "visitor", "B"}, false},

	// visit
	{"visit", "active", asserted, "{A} visited {B} last week.", []string{"visitor", "A", "host", "B"}, false},
	{"visit", "passive", asserted, "{B} was visited by {A} in the spring.", []string{"visitor", "A", "host", "B"}, false},
	{"visit", "nominal", asserted, "{A}'s visit to {B} lasted three days.", []string{"visitor", "A", "host", "B"}, false},
	{"visit", "nominal", asserted, "{A} paid a visit to {B} in June.", []string{"visitor", "A", "host", "B"}, false},
	{"visit", "relative", asserted, "{B}, which {A} visited last year, is a close ally.", []string{"visitor", "A", "host", "B"}, false},
	{"visit", "modality", planned, "{A} plans to visit {B} in March.", []string{"visitor", "A", "host", "B"}, false},

	// agreement
	{"agreement", "active", asserted, "{A} and {B} signed a treaty on Monday.", []string{"party", "A", "party", "B"}, false},
	{"agreement", "active", asserted, "{A} signed an agreement with {B}.", []string{"party", "A", "party", "B"}, false},
	{"agreement", "passive", asserted, "The accord was signed by {A} and {B} in the capital.", []string{"party", "A", "party", "B"}, false},
	{"agreement", "nominal", asserted, "The pact between {A} and {B} took effect in May.", []string{"party", "A", "party", "B"}, false},
	{"agreement", "relative", asserted, "The deal that {A} concluded with {B} was welcomed by investors.", []string{"party", "A", "party", "B"}, false},
	{"agreement", "modality", planned, "The treaty is expected to be signed by {A} and {B}.", []string{"party", "A", "party", "B"}, false},
	{"agreement", "modality", negated, "{A} will not sign the treaty with {B}.", []string{"party", "A", "party", "B"}, false},

	// summit
	{"summit", "nominal", asserted, "Leaders gathered for the {A}-{B} summit on Friday.", []string{"participant", "A", "participant", "B"}, false},
	{"summit", "nominal", asserted, "{A}'s summit with {B} ended on Sunday.", []string{"participant", "A", "participant", "B"}, false},
	{"summit", "active", planned, "{A} will host a summit of {B} next year.", []string{"host", "A", "participant", "B"}, false},
	{"summit", "active", asserted, "{A} and {B} attended the conference.", []string{"participant", "A", "participant", "B"}, false},
	{"summit", "passive", asserted, "The summit was hosted by {A}.", []string{"host", "A"}, false},
	{"summit", "relative", asserted, "The forum, which {A} hosted, drew wide attention.", []string{"host", "A"}, false},
	{"summit", "modality", planned, "A summit between {A} and {B} is expected to take place in May.", []string{"participant", "A", "participant", "B"}, false},

	// route
	{"route", "active", asserted, "{A} ships {K} through {C} to {B}.", []string{"from", "A", "commodity", "K", "via", "C", "to", "B"}, true},
	{"route", "active", asserted, "Each year {A} exports {K} to {B} via {C}.", []string{"from", "A", "commodity", "K", "to", "B", "via", "C"}, true},
	{"route", "passive", asserted, "The {K} is shipped from {A} to {B} via {C}.", []string{"commodity", "K", "from", "A", "to", "B", "via", "C"}, true},
	{"route", "nominal", asserted, "A pipeline from {A} through {C} to {B} opened in 2020.", []string{"from", "A", "via", "C", "to", "B"}, true},
	{"route", "nominal", asserted, "The railway running from {A} through {C} to {B} was completed last year.", []string{"from", "A", "via", "C", "to", "B"}, true},
	{"route", "nominal", asserted, "{A}'s {K} exports to {B} rose sharply.", []string{"from", "A", "commodity", "K", "to", "B"}, true},
	{"route", "relative", asserted, "The {K}, which is supplied by {A} to {B}, arrives by sea.", []string{"commodity", "K", "from", "A", "to", "B"}, true},
	{"route", "modality", planned, "A corridor from {A} to {B} is planned.", []string{"from", "A", "to", "B"}, true},

	// transit
	{"transit", "active", asserted, "The {K} transits {C} before it reaches {B}.", []string{"commodity", "K", "via", "C"}, true},
	{"transit", "nominal", asserted, "The transit of {K} through {C} to {B} resumed.", []string{"commodity", "K", "via", "C", "to", "B"}, true},
}
