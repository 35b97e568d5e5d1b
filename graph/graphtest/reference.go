package graphtest

import "geograph/graph"

// IDs of the reference entities, equal to graph.NewID of their kind and key.
const (
	CountryKZ         = "country:kz"
	CountryRU         = "country:ru"
	CountryCN         = "country:cn"
	CountryTR         = "country:tr"
	OrgEU             = "org:european-union"
	OrgSCO            = "org:sco"
	OfficeKZPresident = "office:president-of-kazakhstan"
	OfficeEUCouncil   = "office:president-of-the-european-council"
	PersonNazarbayev  = "person:nursultan-nazarbayev"
	PersonTokayev     = "person:kassym-jomart-tokayev"
	PersonMichel      = "person:charles-michel"
	PersonCosta       = "person:antonio-costa"
	PlaceAstana       = "place:astana"
	PlaceAktau        = "place:aktau"
	PlaceKhorgos      = "place:khorgos"
	PlaceNovorossiysk = "place:novorossiysk"
	CommodityOil      = "commodity:oil"
)

const refSource = "reference:graphtest"

// ReferenceBatch returns reference data: four countries, the EU and the SCO
// with memberships, two offices with their holders' terms, four places (Astana
// with its dated names) and oil. It has no articles, events or routes.
// Relationships: 4 HELD, 2 OF, 6 IN, 3 MEMBER_OF.
func ReferenceBatch() *graph.Batch {
	country := func(iso2, iso3, name string, aliases ...string) graph.Entity {
		return graph.Entity{ID: graph.NewID(graph.KindCountry, iso2), Kind: graph.KindCountry, Name: name,
			Aliases: aliases, ISO2: iso2, ISO3: iso3, Source: refSource}
	}
	person := func(id, name, country string, aliases ...string) graph.Entity {
		return graph.Entity{ID: id, Kind: graph.KindPerson, Name: name, Aliases: aliases, Country: country, Source: refSource}
	}
	place := func(id, name, country string) graph.Entity {
		return graph.Entity{ID: id, Kind: graph.KindPlace, Name: name, Country: country, Subkind: "city", Source: refSource}
	}
	astana := place(PlaceAstana, "Astana", "KZ")
	astana.Aliases = []string{"Kazakh capital"}
	astana.Names = []graph.NamePeriod{
		{Name: "Akmola", From: "1992", To: "1998-05-06"},
		{Name: "Astana", From: "1998-05-06", To: "2019-03-23"},
		{Name: "Nur-Sultan", From: "2019-03-23", To: "2022-09-17"},
		{Name: "Astana", From: "2022-09-17"},
	}
	return &graph.Batch{
		Entities: []graph.Entity{
			country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan"),
			country("RU", "RUS", "Russia", "Russian Federation"),
			country("CN", "CHN", "China", "PRC", "People's Republic of China"),
			country("TR", "TUR", "Turkey", "Türkiye"),
			{ID: OrgEU, Kind: graph.KindOrganization, Name: "European Union", Aliases: []string{"EU"},
				Acronym: "EU", Subkind: "union", Source: refSource},
			{ID: OrgSCO, Kind: graph.KindOrganization, Name: "Shanghai Cooperation Organisation", Aliases: []string{"SCO"},
				Acronym: "SCO", Subkind: "alliance", Source: refSource},
			{ID: OfficeKZPresident, Kind: graph.KindOffice, Name: "President of Kazakhstan",
				Aliases: []string{"Kazakh president"}, Country: "KZ", Source: refSource},
			{ID: OfficeEUCouncil, Kind: graph.KindOffice, Name: "President of the European Council",
				Aliases: []string{"EU chief"}, OrgID: OrgEU, Source: refSource},
			person(PersonNazarbayev, "Nursultan Nazarbayev", "KZ"),
			person(PersonTokayev, "Kassym-Jomart Tokayev", "KZ", "Tokayev"),
			person(PersonMichel, "Charles Michel", "BE", "Michel"),
			person(PersonCosta, "António Costa", "PT", "Antonio Costa"),
			astana,
			place(PlaceAktau, "Aktau", "KZ"),
			place(PlaceKhorgos, "Khorgos", "KZ"),
			place(PlaceNovorossiysk, "Novorossiysk", "RU"),
			{ID: CommodityOil, Kind: graph.KindCommodity, Name: "Oil", Aliases: []string{"crude", "crude oil"}, Source: refSource},
		},
		Terms: []graph.Term{
			{PersonID: PersonNazarbayev, OfficeID: OfficeKZPresident, From: "1991-12-16", To: "2019-03-20", Source: refSource},
			{PersonID: PersonTokayev, OfficeID: OfficeKZPresident, From: "2019-03-20", Source: refSource},
			{PersonID: PersonMichel, OfficeID: OfficeEUCouncil, From: "2019-12-01", To: "2024-11-30", Source: refSource},
			{PersonID: PersonCosta, OfficeID: OfficeEUCouncil, From: "2024-12-01", Source: refSource},
		},
		Memberships: []graph.Membership{
			{MemberID: CountryKZ, OrgID: OrgSCO, From: "2001-06-15"},
			{MemberID: CountryRU, OrgID: OrgSCO, From: "2001-06-15"},
			{MemberID: CountryCN, OrgID: OrgSCO, From: "2001-06-15"},
		},
	}
}

// stub is the minimal entity an article batch carries so that its references
// resolve: ID, Kind and Name (and ISO2 for a country). Merged into the
// reference data it changes nothing.
func stub(id string) graph.Entity {
	for _, e := range ReferenceBatch().Entities {
		if e.ID == id {
			return graph.Entity{ID: e.ID, Kind: e.Kind, Name: e.Name, ISO2: e.ISO2}
		}
	}
	panic("graphtest: no reference entity " + id)
}

func stubs(ids ...string) []graph.Entity {
	es := make([]graph.Entity, len(ids))
	for i, id := range ids {
		es[i] = stub(id)
	}
	return es
}
