package graphtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

// IDs of filterBatch's events.
var (
	visitID     = graph.HashID(graph.KindVisit, "tokayev-ankara")
	sanctionID  = graph.HashID(graph.KindSanction, "eu-russia", "2022-02-25")
	agreementID = graph.HashID(graph.KindAgreement, "cn-kz-transit")
	statementID = graph.HashID(graph.KindStatement, "ru-warning")
	meetingID   = graph.HashID(graph.KindMeeting, "nazarbayev-cn", "2018-06-01")
)

// filterBatch holds five events that, with the summit, exercise every
// filter: a month-dated visit by a person, a sanction with a reason, a
// planned year-dated agreement without evidence, an undated threatened
// statement and an older meeting.
func filterBatch() *graph.Batch {
	a := article("https://roundup.example/2023-01", "Regional roundup", "Roundup", "2023-01-10",
		"Tokayev visited Ankara in October. The EU sanctioned Russia on 25 February 2022.")
	ev := func(id string, kind graph.Kind, name, date string, mod graph.Modality, conf float64, ps ...string) graph.Event {
		e := graph.Event{ID: id, Kind: kind, Name: name, Date: graph.NewDate(date, "stated"), Modality: mod, Confidence: conf}
		for i := 0; i < len(ps); i += 2 {
			e.Participants = append(e.Participants, graph.Participant{EntityID: ps[i], Role: ps[i+1]})
		}
		return e
	}
	visit := ev(visitID, graph.KindVisit, "Tokayev visits Ankara", "2022-10", graph.Asserted, 0.6,
		PersonTokayev, graph.RoleVisitor, CountryTR, graph.RoleHost)
	visit.CAMEO, visit.PLOVER = "042", "CONSULT"
	visit.Evidence = []graph.Evidence{evidence(a, 0, "Tokayev visited Ankara in October.", 0.6)}
	sanction := ev(sanctionID, graph.KindSanction, "EU sanctions on Russia", "2022-02-25", graph.Asserted, 0.95,
		OrgEU, graph.RoleImposer, CountryRU, graph.RoleTarget)
	sanction.CAMEO, sanction.PLOVER, sanction.Reason = "163", "SANCTION", "invasion of Ukraine"
	sanction.Evidence = []graph.Evidence{evidence(a, 1, "The EU sanctioned Russia on 25 February 2022.", 0.95)}
	agreement := ev(agreementID, graph.KindAgreement, "China–Kazakhstan transit agreement", "2023", graph.Planned, 0.5,
		CountryKZ, graph.RoleParty, CountryCN, graph.RoleParty)
	agreement.PLOVER = "AGREE"
	statement := ev(statementID, graph.KindStatement, "Russian warning on sanctions", "", graph.Threatened, 0.3,
		CountryRU, graph.RoleActor)
	meeting := ev(meetingID, graph.KindMeeting, "Nazarbayev meets Chinese officials", "2018-06-01", graph.Asserted, 0.7,
		PersonNazarbayev, graph.RoleParticipant, CountryCN, graph.RoleParticipant)
	meeting.PlaceID = PlaceAstana
	return &graph.Batch{
		Articles: []graph.Article{a},
		Entities: stubs(PersonTokayev, PersonNazarbayev, CountryTR, CountryRU, CountryCN, CountryKZ, OrgEU, PlaceAstana),
		Events:   []graph.Event{visit, sanction, agreement, statement, meeting},
	}
}

// writeFilterData writes the reference, both summit articles and filterBatch.
func writeFilterData(t *testing.T, s graph.Store) {
	t.Helper()
	write(t, s, ReferenceBatch(), SummitArticleA(), SummitArticleB(), filterBatch())
}

func testFilterEvents(t *testing.T, s graph.Store) {
	writeFilterData(t, s)
	summit := SummitID()
	articleB := SummitArticleB().Articles[0].ID
	tests := []struct {
		name string
		f    graph.EventFilter
		want []string
	}{
		{"none", graph.EventFilter{}, []string{agreementID, summit, visitID, sanctionID, meetingID, statementID}},
		{"date asc", graph.EventFilter{Order: graph.DateAsc}, []string{statementID, meetingID, sanctionID, visitID, summit, agreementID}},
		{"confidence desc", graph.EventFilter{Order: graph.ConfidenceDesc}, []string{sanctionID, summit, meetingID, visitID, agreementID, statementID}},
		{"kinds", graph.EventFilter{Kinds: []graph.Kind{graph.KindVisit, graph.KindSummit}}, []string{summit, visitID}},
		{"participant", graph.EventFilter{Participants: []string{CountryTR}}, []string{visitID}},
		{"participants any", graph.EventFilter{Participants: []string{PersonMichel, CountryRU}}, []string{summit, sanctionID, statementID}},
		{"country incl person", graph.EventFilter{Countries: []string{"KZ"}}, []string{agreementID, summit, visitID, meetingID}},
		{"countries", graph.EventFilter{Countries: []string{"RU", "TR"}}, []string{visitID, sanctionID, statementID}},
		{"from", graph.EventFilter{From: "2022-10-27"}, []string{agreementID, summit, visitID}},
		{"to", graph.EventFilter{To: "2022-10-01"}, []string{visitID, sanctionID, meetingID}},
		{"month range", graph.EventFilter{From: "2022-01", To: "2022-12"}, []string{summit, visitID, sanctionID}},
		{"after summit", graph.EventFilter{From: "2022-10-28", To: "2022-12-31"}, []string{visitID}},
		{"modalities", graph.EventFilter{Modalities: []graph.Modality{graph.Planned, graph.Threatened}}, []string{agreementID, statementID}},
		{"min confidence", graph.EventFilter{MinConfidence: 0.7}, []string{summit, sanctionID, meetingID}},
		{"article", graph.EventFilter{ArticleID: articleB}, []string{summit}},
		{"combined", graph.EventFilter{Countries: []string{"KZ"}, Kinds: []graph.Kind{graph.KindSummit, graph.KindAgreement}, From: "2022"},
			[]string{agreementID, summit}},
		{"nothing", graph.EventFilter{Countries: []string{"ZZ"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.ListEvents(t.Context(), tt.f, graph.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(page.Items, eventID)); diff != "" {
				t.Errorf("ListEvents IDs mismatch (-want +got):\n%s", diff)
			}
			if page.Total != len(tt.want) || page.HasNext {
				t.Errorf("Total, HasNext = %d, %v; want %d, false", page.Total, page.HasNext, len(tt.want))
			}
		})
	}
}

func testFilterEntities(t *testing.T, s graph.Store) {
	write(t, s, ReferenceBatch())
	tests := []struct {
		name string
		f    graph.EntityFilter
		want []string
	}{
		{"persons", graph.EntityFilter{Kinds: []graph.Kind{graph.KindPerson}},
			[]string{PersonCosta, PersonMichel, PersonTokayev, PersonNazarbayev}},
		{"country", graph.EntityFilter{Country: "KZ"},
			[]string{PlaceAktau, PlaceAstana, PersonTokayev, CountryKZ, PlaceKhorgos, PersonNazarbayev, OfficeKZPresident}},
		{"country and kind", graph.EntityFilter{Country: "KZ", Kinds: []graph.Kind{graph.KindPlace, graph.KindOffice}},
			[]string{PlaceAktau, PlaceAstana, PlaceKhorgos, OfficeKZPresident}},
		{"name prefix", graph.EntityFilter{Name: "ka"}, []string{PersonTokayev, CountryKZ}},
		{"name prefix words", graph.EntityFilter{Name: "President of"}, []string{OfficeKZPresident, OfficeEUCouncil}},
		{"nothing", graph.EntityFilter{Name: "zz"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.ListEntities(t.Context(), tt.f, graph.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(page.Items, entityID)); diff != "" {
				t.Errorf("ListEntities IDs mismatch (-want +got):\n%s", diff)
			}
			if page.Total != len(tt.want) {
				t.Errorf("Total = %d, want %d", page.Total, len(tt.want))
			}
		})
	}
}

func testFilterRoutes(t *testing.T, s graph.Store) {
	write(t, s, ReferenceBatch(), PipelineArticle())
	cpc, mid := CPCRouteID(), MiddleCorridorID()
	both := []string{cpc, mid}
	if mid < cpc {
		both = []string{mid, cpc}
	}
	tests := []struct {
		name string
		f    graph.RouteFilter
		want []string
	}{
		{"all", graph.RouteFilter{}, both},
		{"kind", graph.RouteFilter{Kinds: []graph.Kind{graph.KindExportDependency}}, []string{cpc}},
		{"via country", graph.RouteFilter{Countries: []string{"TR"}}, []string{mid}},
		{"via place's country", graph.RouteFilter{Countries: []string{"KZ"}}, both},
		{"commodity", graph.RouteFilter{CommodityID: CommodityOil}, []string{cpc}},
		{"nothing", graph.RouteFilter{Countries: []string{"ZZ"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.ListRoutes(t.Context(), tt.f, graph.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(page.Items, routeID)); diff != "" {
				t.Errorf("ListRoutes IDs mismatch (-want +got):\n%s", diff)
			}
			if page.Total != len(tt.want) {
				t.Errorf("Total = %d, want %d", page.Total, len(tt.want))
			}
		})
	}
}

func testEventsByParticipant(t *testing.T, s graph.Store) {
	writeFilterData(t, s)
	tests := []struct {
		name  string
		ids   []string
		f     graph.EventFilter
		limit int
		want  map[string][]string
	}{
		{"limit", []string{CountryKZ, CountryTR, PersonCosta}, graph.EventFilter{}, 2,
			map[string][]string{CountryKZ: {agreementID, SummitID()}, CountryTR: {visitID}}},
		{"default limit", []string{CountryKZ, PersonTokayev}, graph.EventFilter{}, 0,
			map[string][]string{CountryKZ: {agreementID, SummitID()}, PersonTokayev: {SummitID(), visitID}}},
		{"filtered", []string{CountryKZ, CountryRU, CountryCN}, graph.EventFilter{Kinds: []graph.Kind{graph.KindSummit, graph.KindMeeting}}, 5,
			map[string][]string{CountryKZ: {SummitID()}, CountryCN: {meetingID}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.EventsByParticipant(t.Context(), tt.ids, tt.f, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			gotIDs := map[string][]string{}
			for id, evs := range got {
				gotIDs[id] = ids(evs, eventID)
			}
			if diff := cmp.Diff(tt.want, gotIDs); diff != "" {
				t.Errorf("EventsByParticipant mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
