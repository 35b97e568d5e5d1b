package neo4jstore

import (
	"context"
	"fmt"
)

// schema is the constraints and indexes Setup creates. Each statement is
// idempotent (IF NOT EXISTS) and runs in its own transaction, as Neo4j
// requires for schema changes.
var schema = []string{
	// Uniqueness on the key of every keyed label, so MERGE is safe and fast.
	// Entity is the label every entity kind shares; its constraint also keeps
	// IDs unique across entity kinds.
	`CREATE CONSTRAINT geograph_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_commodity_id IF NOT EXISTS FOR (n:Commodity) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_traderoute_id IF NOT EXISTS FOR (n:TradeRoute) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT geograph_savedquery_name IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.name IS UNIQUE`,
	`CREATE CONSTRAINT geograph_savedqueryversion_key IF NOT EXISTS FOR (n:SavedQueryVersion) REQUIRE (n.name, n.version) IS UNIQUE`,

	// Range indexes behind filters and orders.
	`CREATE INDEX geograph_event_date IF NOT EXISTS FOR (n:Event) ON (n.date)`,
	`CREATE INDEX geograph_event_confidence IF NOT EXISTS FOR (n:Event) ON (n.confidence)`,
	`CREATE INDEX geograph_event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind)`,
	`CREATE INDEX geograph_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)`,
	`CREATE INDEX geograph_entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)`,
	`CREATE INDEX geograph_entity_country IF NOT EXISTS FOR (n:Entity) ON (n.country)`,
	`CREATE INDEX geograph_entity_countryref IF NOT EXISTS FOR (n:Entity) ON (n.countryRef)`,
	`CREATE INDEX geograph_article_published IF NOT EXISTS FOR (n:Article) ON (n.published)`,
	// Sort and lookup keys the writes maintain (see shapes.go and anchors.go).
	`CREATE INDEX geograph_event_datekey IF NOT EXISTS FOR (n:Event) ON (n.dateKey)`,
	`CREATE INDEX geograph_entity_namelower IF NOT EXISTS FOR (n:Entity) ON (n.nameLower)`,
	`CREATE INDEX geograph_entity_ownerref IF NOT EXISTS FOR (n:Entity) ON (n.ownerRef)`,
	`CREATE INDEX geograph_entity_iso2 IF NOT EXISTS FOR (n:Entity) ON (n.iso2)`,
	`CREATE INDEX geograph_article_publishedkey IF NOT EXISTS FOR (n:Article) ON (n.publishedKey)`,

	// One full-text index serves Search over every searchable text: entity
	// names, aliases and dated names, event and route names, article titles.
	// It indexes their *Words copies (see searchText), split on whitespace,
	// so the index and Search cut text into the same words.
	`CREATE FULLTEXT INDEX ` + searchIndex + ` IF NOT EXISTS
	 FOR (n:Entity|Event|TradeRoute|Article) ON EACH [n.nameWords, n.aliasWords, n.nameTextWords, n.titleWords]
	 OPTIONS {indexConfig: {` + "`fulltext.analyzer`" + `: 'whitespace'}}`,
}

// backfill gives nodes written before the sort and lookup keys existed
// their keys; on a graph that has them it finds nothing to do.
var backfill = []string{
	`MATCH (e:Event) WHERE e.dateKey IS NULL SET e.dateKey = coalesce(e.date, '')`,
	`MATCH (n:Entity) WHERE n.nameLower IS NULL SET n.nameLower = toLower(n.name),
	   n.ownerRef = CASE WHEN n:Office THEN coalesce(n.orgId, n.countryRef) END`,
	`MATCH (a:Article) WHERE a.publishedKey IS NULL SET a.publishedKey = coalesce(a.published, '')`,
}

// searchIndex is the name of the full-text index Search queries.
const searchIndex = "geograph_search"

// awaitIndexes waits until new indexes are online, so a search right after
// Setup sees everything written.
const awaitIndexes = `CALL db.awaitIndexes(120)`

// Setup creates the constraints and indexes; running it again changes nothing.
func (s *Store) Setup(ctx context.Context) error {
	for _, stmt := range schema {
		if err := s.exec(ctx, stmt, nil); err != nil {
			return fmt.Errorf("neo4j schema: %w", err)
		}
	}
	if err := s.exec(ctx, awaitIndexes, nil); err != nil {
		return fmt.Errorf("neo4j schema: await indexes: %w", err)
	}
	for _, stmt := range backfill {
		if err := s.exec(ctx, stmt, nil); err != nil {
			return fmt.Errorf("neo4j schema: backfill: %w", err)
		}
	}
	return nil
}
