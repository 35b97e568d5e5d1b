package graphtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func testNeighbourhood(t *testing.T, s graph.Store) {
	a := SummitArticleA()
	write(t, s, ReferenceBatch(), a)
	art, summit := a.Articles[0].ID, SummitID()
	n := map[string]graph.Node{
		art:             {ID: art, Kind: graph.KindArticle, Name: a.Articles[0].Title},
		summit:          {ID: summit, Kind: graph.KindSummit, Name: "EU–Central Asia summit"},
		CountryKZ:       {ID: CountryKZ, Kind: graph.KindCountry, Name: "Kazakhstan"},
		OrgEU:           {ID: OrgEU, Kind: graph.KindOrganization, Name: "European Union"},
		OfficeEUCouncil: {ID: OfficeEUCouncil, Kind: graph.KindOffice, Name: "President of the European Council"},
		PersonMichel:    {ID: PersonMichel, Kind: graph.KindPerson, Name: "Charles Michel"},
		PersonCosta:     {ID: PersonCosta, Kind: graph.KindPerson, Name: "António Costa"},
		PlaceAstana:     {ID: PlaceAstana, Kind: graph.KindPlace, Name: "Astana"},
	}
	nodes := func(ids ...string) []graph.Node {
		var out []graph.Node
		for _, id := range ids {
			out = append(out, n[id])
		}
		return out
	}
	part := func(from, role string) graph.Edge {
		return graph.Edge{From: from, To: summit, Type: "PARTICIPATED_IN", Role: role}
	}
	tests := []struct {
		name  string
		depth int
		kinds []graph.Kind
		limit int
		want  graph.Subgraph
	}{
		{"depth 1", 1, nil, 0, graph.Subgraph{
			Nodes: nodes(art, OfficeEUCouncil, OrgEU, summit),
			Edges: []graph.Edge{
				{From: art, To: OrgEU, Type: "MENTIONS"},
				{From: art, To: summit, Type: "REPORTS"},
				{From: OfficeEUCouncil, To: OrgEU, Type: "OF"},
				part(OrgEU, graph.RoleParticipant),
			},
		}},
		{"depth 2", 2, nil, 0, graph.Subgraph{
			Nodes: nodes(art, CountryKZ, OfficeEUCouncil, OrgEU, PersonCosta, PersonMichel, PlaceAstana, summit),
			Edges: []graph.Edge{
				{From: art, To: CountryKZ, Type: "MENTIONS"},
				{From: art, To: OrgEU, Type: "MENTIONS"},
				{From: art, To: PersonMichel, Type: "MENTIONS"},
				{From: art, To: PlaceAstana, Type: "MENTIONS"},
				{From: art, To: summit, Type: "REPORTS"},
				part(CountryKZ, graph.RoleHost),
				{From: OfficeEUCouncil, To: OrgEU, Type: "OF"},
				part(OrgEU, graph.RoleParticipant),
				{From: PersonCosta, To: OfficeEUCouncil, Type: "HELD"},
				{From: PersonMichel, To: OfficeEUCouncil, Type: "HELD"},
				part(PersonMichel, graph.RoleParticipant),
				{From: PlaceAstana, To: CountryKZ, Type: "IN"},
				{From: summit, To: PlaceAstana, Type: "AT"},
			},
		}},
		{"depth 2 kinds", 2, []graph.Kind{graph.KindCountry, graph.KindPerson}, 0, graph.Subgraph{
			Nodes: nodes(CountryKZ, OrgEU, PersonCosta, PersonMichel),
		}},
		{"limit keeps the nearest", 2, nil, 2, graph.Subgraph{
			Nodes: nodes(art, OrgEU),
			Edges: []graph.Edge{{From: art, To: OrgEU, Type: "MENTIONS"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Neighbourhood(t.Context(), OrgEU, tt.depth, tt.kinds, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Neighbourhood mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("depth capped at 3", func(t *testing.T) {
		three, err := s.Neighbourhood(t.Context(), OrgEU, 3, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ten, err := s.Neighbourhood(t.Context(), OrgEU, 10, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(three, ten); diff != "" {
			t.Errorf("depth 10 differs from depth 3 (-3 +10):\n%s", diff)
		}
	})
	t.Run("missing", func(t *testing.T) {
		_, err := s.Neighbourhood(t.Context(), "country:zz", 1, nil, 0)
		wantCode(t, "Neighbourhood of a missing node", err, graph.ENOTFOUND)
	})
}

func testPaths(t *testing.T, s graph.Store) {
	write(t, s, ReferenceBatch(), filterBatch())
	n := map[string]graph.Node{
		CountryCN:     {ID: CountryCN, Kind: graph.KindCountry, Name: "China"},
		CountryKZ:     {ID: CountryKZ, Kind: graph.KindCountry, Name: "Kazakhstan"},
		CountryTR:     {ID: CountryTR, Kind: graph.KindCountry, Name: "Turkey"},
		OrgSCO:        {ID: OrgSCO, Kind: graph.KindOrganization, Name: "Shanghai Cooperation Organisation"},
		agreementID:   {ID: agreementID, Kind: graph.KindAgreement, Name: "China–Kazakhstan transit agreement"},
		visitID:       {ID: visitID, Kind: graph.KindVisit, Name: "Tokayev visits Ankara"},
		PersonTokayev: {ID: PersonTokayev, Kind: graph.KindPerson, Name: "Kassym-Jomart Tokayev"},
	}
	path := func(edges []graph.Edge, ids ...string) graph.Path {
		p := graph.Path{Edges: edges}
		for _, id := range ids {
			p.Nodes = append(p.Nodes, n[id])
		}
		return p
	}
	viaAgreement := path([]graph.Edge{
		{From: CountryCN, To: agreementID, Type: "PARTICIPATED_IN", Role: graph.RoleParty},
		{From: CountryKZ, To: agreementID, Type: "PARTICIPATED_IN", Role: graph.RoleParty},
	}, CountryCN, agreementID, CountryKZ)
	viaSCO := path([]graph.Edge{
		{From: CountryCN, To: OrgSCO, Type: "MEMBER_OF"},
		{From: CountryKZ, To: OrgSCO, Type: "MEMBER_OF"},
	}, CountryCN, OrgSCO, CountryKZ)
	toTurkey := []graph.Edge{
		{From: PersonTokayev, To: CountryKZ, Type: "IN"},
		{From: PersonTokayev, To: visitID, Type: "PARTICIPATED_IN", Role: graph.RoleVisitor},
		{From: CountryTR, To: visitID, Type: "PARTICIPATED_IN", Role: graph.RoleHost},
	}
	tests := []struct {
		name           string
		from, to       string
		maxHops, limit int
		want           []graph.Path
	}{
		{"two countries through an event or a club", CountryCN, CountryKZ, 4, 10, []graph.Path{viaAgreement, viaSCO}},
		{"limit", CountryCN, CountryKZ, 4, 1, []graph.Path{viaAgreement}},
		{"too few hops", CountryCN, CountryKZ, 1, 10, nil},
		{"five hops", CountryCN, CountryTR, 5, 10, []graph.Path{
			path(append(viaAgreement.Edges[:2:2], toTurkey...), CountryCN, agreementID, CountryKZ, PersonTokayev, visitID, CountryTR),
			path(append(viaSCO.Edges[:2:2], toTurkey...), CountryCN, OrgSCO, CountryKZ, PersonTokayev, visitID, CountryTR),
		}},
		{"beyond max hops", CountryCN, CountryTR, 4, 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Paths(t.Context(), tt.from, tt.to, tt.maxHops, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Paths mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("missing", func(t *testing.T) {
		_, err := s.Paths(t.Context(), CountryCN, "country:zz", 4, 10)
		wantCode(t, "Paths to a missing node", err, graph.ENOTFOUND)
	})
}
