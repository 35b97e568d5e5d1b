package graphtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func testTerms(t *testing.T, s graph.Store) {
	ref := ReferenceBatch()
	write(t, s, ref)
	naz, tok, mic, cos := ref.Terms[0], ref.Terms[1], ref.Terms[2], ref.Terms[3]
	tests := []struct {
		name string
		f    graph.TermFilter
		want []graph.Term
	}{
		{"by person", graph.TermFilter{PersonIDs: []string{PersonTokayev}}, []graph.Term{tok}},
		{"by office", graph.TermFilter{OfficeIDs: []string{OfficeKZPresident}}, []graph.Term{naz, tok}},
		{"by country owner", graph.TermFilter{OwnerIDs: []string{CountryKZ}}, []graph.Term{naz, tok}},
		{"by organisation owner", graph.TermFilter{OwnerIDs: []string{OrgEU}}, []graph.Term{mic, cos}},
		{"president of Kazakhstan in 2018", graph.TermFilter{OfficeIDs: []string{OfficeKZPresident}, At: "2018-06-01"}, []graph.Term{naz}},
		{"president of Kazakhstan at the summit", graph.TermFilter{OfficeIDs: []string{OfficeKZPresident}, At: "2022-10-27"}, []graph.Term{tok}},
		{"EU chief at the summit", graph.TermFilter{OwnerIDs: []string{OrgEU}, At: "2022-10-27"}, []graph.Term{mic}},
		{"EU chief in 2025", graph.TermFilter{OwnerIDs: []string{OrgEU}, At: "2025"}, []graph.Term{cos}},
		{"handover day", graph.TermFilter{At: "2019-03-20"}, []graph.Term{naz, tok}},
		{"all", graph.TermFilter{}, []graph.Term{naz, tok, mic, cos}},
		{"person and office disagree", graph.TermFilter{PersonIDs: []string{PersonMichel}, OfficeIDs: []string{OfficeKZPresident}}, nil},
		{"nobody", graph.TermFilter{PersonIDs: []string{"person:nobody"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Terms(t.Context(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Terms mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func testOfficeholders(t *testing.T, s graph.Store) {
	ref := ReferenceBatch()
	write(t, s, ref)
	records := map[string]graph.Entity{}
	for _, e := range ref.Entities {
		records[e.ID] = canonEntity(e)
	}
	holder := func(term graph.Term, owner string) graph.Officeholder {
		return graph.Officeholder{Term: term, Person: records[term.PersonID], Office: records[term.OfficeID], OwnerID: owner}
	}
	naz, tok := holder(ref.Terms[0], CountryKZ), holder(ref.Terms[1], CountryKZ)
	mic, cos := holder(ref.Terms[2], OrgEU), holder(ref.Terms[3], OrgEU)
	tests := []struct {
		name string
		f    graph.TermFilter
		want []graph.Officeholder
	}{
		{"leaders of Kazakhstan in 2018", graph.TermFilter{OwnerIDs: []string{CountryKZ}, At: "2018-06-01"}, []graph.Officeholder{naz}},
		{"leaders of Kazakhstan at the summit", graph.TermFilter{OwnerIDs: []string{CountryKZ}, At: "2022-10-27"}, []graph.Officeholder{tok}},
		{"leaders of Kazakhstan and the EU at the summit", graph.TermFilter{OwnerIDs: []string{CountryKZ, OrgEU}, At: "2022-10-27"}, []graph.Officeholder{tok, mic}},
		{"by person", graph.TermFilter{PersonIDs: []string{PersonMichel}}, []graph.Officeholder{mic}},
		{"by office", graph.TermFilter{OfficeIDs: []string{OfficeEUCouncil}}, []graph.Officeholder{mic, cos}},
		{"all", graph.TermFilter{}, []graph.Officeholder{naz, tok, mic, cos}},
		{"nobody", graph.TermFilter{PersonIDs: []string{"person:nobody"}}, nil},
		{"owner without offices", graph.TermFilter{OwnerIDs: []string{CountryCN}, At: "2022-10-27"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Officeholders(t.Context(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Officeholders mismatch (-want +got):\n%s", diff)
			}
			// The terms are exactly those Terms returns, in its order.
			terms, err := s.Terms(t.Context(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var held []graph.Term
			for _, h := range got {
				held = append(held, h.Term)
			}
			if diff := cmp.Diff(terms, held); diff != "" {
				t.Errorf("Officeholders terms differ from Terms (-Terms +Officeholders):\n%s", diff)
			}
		})
	}
}

func testMemberships(t *testing.T, s graph.Store) {
	ref := ReferenceBatch()
	write(t, s, ref)
	kz, ru, cn := ref.Memberships[0], ref.Memberships[1], ref.Memberships[2]
	tests := []struct {
		name          string
		members, orgs []string
		want          []graph.Membership
	}{
		{"by member", []string{CountryKZ}, nil, []graph.Membership{kz}},
		{"by members", []string{CountryRU, CountryTR, CountryCN}, nil, []graph.Membership{cn, ru}},
		{"by organisation", nil, []string{OrgSCO}, []graph.Membership{cn, kz, ru}},
		{"both", []string{CountryRU}, []string{OrgSCO}, []graph.Membership{ru}},
		{"none of the organisation", []string{CountryTR}, []string{OrgSCO}, nil},
		{"empty organisation", nil, []string{OrgEU}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Memberships(t.Context(), tt.members, tt.orgs)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Memberships mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func testMentions(t *testing.T, s graph.Store) {
	a, b, p := SummitArticleA(), SummitArticleB(), PipelineArticle()
	write(t, s, ReferenceBatch(), a, b, p)
	byArticle := func(m ...graph.Mention) []graph.Mention {
		// The expected mentions of KZ come one per article, by article ID.
		if len(m) == 2 && m[0].ArticleID > m[1].ArticleID {
			m[0], m[1] = m[1], m[0]
		}
		return m
	}
	tests := []struct {
		name            string
		article, entity string
		want            []graph.Mention
	}{
		{"by article", p.Articles[0].ID, "", p.Mentions},
		{"by entity", "", CountryKZ, byArticle(a.Mentions[2], b.Mentions[1])},
		{"both", b.Articles[0].ID, PersonTokayev, []graph.Mention{b.Mentions[0]}},
		{"unmentioned", "", CountryCN, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Mentions(t.Context(), tt.article, tt.entity)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Mentions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
