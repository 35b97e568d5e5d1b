package graphtest

import (
	"testing"

	"geograph/graph"
)

func TestFixturesValidate(t *testing.T) {
	batches := map[string]*graph.Batch{
		"reference": ReferenceBatch(), "summit A": SummitArticleA(), "summit B": SummitArticleB(),
		"pipeline": PipelineArticle(), "filter": filterBatch(), "generated": GeneratedBatch("g", 120),
		"all in one": concat(allBatches()...),
	}
	for name, b := range batches {
		if err := b.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestReferenceIDs(t *testing.T) {
	tests := []struct {
		got  string
		kind graph.Kind
		key  string
	}{
		{CountryKZ, graph.KindCountry, "KZ"}, {CountryRU, graph.KindCountry, "RU"},
		{CountryCN, graph.KindCountry, "CN"}, {CountryTR, graph.KindCountry, "TR"},
		{OrgEU, graph.KindOrganization, "European Union"}, {OrgSCO, graph.KindOrganization, "SCO"},
		{OfficeKZPresident, graph.KindOffice, "President of Kazakhstan"},
		{OfficeEUCouncil, graph.KindOffice, "President of the European Council"},
		{PersonNazarbayev, graph.KindPerson, "Nursultan Nazarbayev"},
		{PersonTokayev, graph.KindPerson, "Kassym-Jomart Tokayev"},
		{PersonMichel, graph.KindPerson, "Charles Michel"},
		{PersonCosta, graph.KindPerson, "António Costa"},
		{PlaceAstana, graph.KindPlace, "Astana"}, {PlaceAktau, graph.KindPlace, "Aktau"},
		{PlaceKhorgos, graph.KindPlace, "Khorgos"}, {PlaceNovorossiysk, graph.KindPlace, "Novorossiysk"},
		{CommodityOil, graph.KindCommodity, "oil"},
	}
	for _, tt := range tests {
		if want := graph.NewID(tt.kind, tt.key); tt.got != want {
			t.Errorf("ID %q, want NewID(%s, %q) = %q", tt.got, tt.kind, tt.key, want)
		}
	}
}
