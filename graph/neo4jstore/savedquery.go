package neo4jstore

import (
	"context"
	"fmt"

	"geograph/graph"
)

// Saved queries are (:SavedQuery {name, owner, latest})-[:VERSION]->
// (:SavedQueryVersion {name, version, …}). They carry no `id` and none of
// the graph's labels, so Stats, Search and the walks never see them.
const (
	// saveQuery bumps q.latest under the node's write lock, so concurrent
	// saves get distinct versions; the owner is fixed by the first version.
	saveQuery = `
MERGE (q:SavedQuery {name: $name})
  ON CREATE SET q.owner = $owner, q.latest = 0
WITH q WHERE q.owner = $owner OR $admin
SET q.latest = q.latest + 1
CREATE (q)-[:VERSION]->(v:SavedQueryVersion {
  name: $name, version: q.latest, description: $description, document: $document,
  variables: $variables, owner: q.owner, savedBy: $savedBy, savedAt: $savedAt})
RETURN v {.*} AS item`

	savedQueryVersion = `
MATCH (q:SavedQuery {name: $name})-[:VERSION]->(v:SavedQueryVersion)
WHERE v.version = CASE WHEN $version = 0 THEN q.latest ELSE $version END
RETURN v {.*} AS item`

	savedQueryVersions = `
MATCH (:SavedQuery {name: $name})-[:VERSION]->(v:SavedQueryVersion)
RETURN v {.*} AS item
ORDER BY v.version`

	listSavedQueries = `
MATCH (q:SavedQuery)-[:VERSION]->(v:SavedQueryVersion)
WHERE v.version = q.latest
RETURN v {.*} AS item
ORDER BY q.name`

	deleteSavedQuery = `
MATCH (q:SavedQuery {name: $name})
WHERE q.owner = $owner OR $admin
OPTIONAL MATCH (q)-[:VERSION]->(v:SavedQueryVersion)
WITH q, q.name AS name, collect(v) AS versions
FOREACH (v IN versions | DETACH DELETE v)
DETACH DELETE q
RETURN {name: name} AS item`
)

// SaveQuery stores q as the next version of q.Name.
func (s *Store) SaveQuery(ctx context.Context, q graph.SavedQuery, admin bool) (graph.SavedQuery, error) {
	switch {
	case q.Name == "":
		return graph.SavedQuery{}, graph.Errorf(graph.EINVALID, "saved query has no name")
	case q.Document == "":
		return graph.SavedQuery{}, graph.Errorf(graph.EINVALID, "saved query %q has no document", q.Name)
	}
	params := map[string]any{
		"name": q.Name, "owner": q.Owner, "description": q.Description, "document": q.Document,
		"variables": q.Variables, "savedBy": q.SavedBy, "savedAt": s.now().UTC(), "admin": admin,
	}
	items, err := s.writeItems(ctx, saveQuery, params)
	if err != nil {
		return graph.SavedQuery{}, fmt.Errorf("neo4j save query: %w", err)
	}
	if len(items) == 0 {
		return graph.SavedQuery{}, s.notOwner(ctx, q.Name, "change")
	}
	return savedQueryFrom(items[0]), nil
}

// SavedQuery returns a version of a saved query; version 0 is the latest.
func (s *Store) SavedQuery(ctx context.Context, name string, version int) (graph.SavedQuery, error) {
	items, err := s.items(ctx, savedQueryVersion, map[string]any{"name": name, "version": version})
	if err != nil {
		return graph.SavedQuery{}, fmt.Errorf("neo4j saved query: %w", err)
	}
	if len(items) == 0 {
		return graph.SavedQuery{}, graph.Errorf(graph.ENOTFOUND, "no saved query %q version %d", name, version)
	}
	return savedQueryFrom(items[0]), nil
}

// SavedQueryVersions returns every version of a query, oldest first.
func (s *Store) SavedQueryVersions(ctx context.Context, name string) ([]graph.SavedQuery, error) {
	items, err := s.items(ctx, savedQueryVersions, map[string]any{"name": name})
	if err != nil {
		return nil, fmt.Errorf("neo4j saved query versions: %w", err)
	}
	if len(items) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "no saved query %q", name)
	}
	return savedQueries(items), nil
}

// ListSavedQueries returns the latest version of each query, by name.
func (s *Store) ListSavedQueries(ctx context.Context) ([]graph.SavedQuery, error) {
	items, err := s.items(ctx, listSavedQueries, nil)
	if err != nil {
		return nil, fmt.Errorf("neo4j list saved queries: %w", err)
	}
	return savedQueries(items), nil
}

// DeleteSavedQuery removes a query and all its versions.
func (s *Store) DeleteSavedQuery(ctx context.Context, name, owner string, admin bool) error {
	items, err := s.writeItems(ctx, deleteSavedQuery, map[string]any{"name": name, "owner": owner, "admin": admin})
	if err != nil {
		return fmt.Errorf("neo4j delete saved query: %w", err)
	}
	if len(items) == 0 {
		return s.notOwner(ctx, name, "delete")
	}
	return nil
}

// notOwner explains why a guarded write of name matched nothing.
func (s *Store) notOwner(ctx context.Context, name, verb string) error {
	q, err := s.SavedQuery(ctx, name, 0)
	if err != nil {
		return err
	}
	return graph.Errorf(graph.EFORBIDDEN, "saved query %q belongs to %s; only they or an admin may %s it", name, q.Owner, verb)
}

func savedQueries(items []props) []graph.SavedQuery {
	var out []graph.SavedQuery
	for _, m := range items {
		out = append(out, savedQueryFrom(m))
	}
	return out
}
