package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph"
)

// Saved queries are (:SavedQuery {name, owner, latest})-[:VERSION]->
// (:SavedQueryVersion {name, version, …}). They carry no `id` and none of
// the graph's labels, so Stats, Search and the walks never see them.
const (
	// claimSavedQuery finds or creates the query under its write lock
	// (writing _lock takes it before anything is read) and returns its
	// owner and latest version, so that the owner check and the write that
	// follows in the same transaction see what every earlier save committed.
	claimSavedQuery = `
MERGE (q:SavedQuery {name: $name})
  ON CREATE SET q.owner = $owner, q.latest = 0
SET q._lock = true
REMOVE q._lock
WITH q
OPTIONAL MATCH (q)-[:VERSION]->(v:SavedQueryVersion {version: q.latest})
RETURN q.owner AS owner, v {.*} AS item`

	// addSavedQueryVersion writes the next version of a claimed query.
	addSavedQueryVersion = `
MATCH (q:SavedQuery {name: $name})
SET q.latest = q.latest + 1
CREATE (q)-[:VERSION]->(v:SavedQueryVersion {
  name: $name, version: q.latest, description: $description, document: $document,
  variables: $variables, owner: q.owner, savedBy: $savedBy, savedAt: $savedAt})
RETURN v {.*} AS item`

	// claimSavedQueryForDelete locks an existing query and returns its owner.
	claimSavedQueryForDelete = `
MATCH (q:SavedQuery {name: $name})
SET q._lock = true
REMOVE q._lock
RETURN q.owner AS owner`

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
OPTIONAL MATCH (q)-[:VERSION]->(v:SavedQueryVersion)
WITH q, q.name AS name, collect(v) AS versions
FOREACH (v IN versions | DETACH DELETE v)
DETACH DELETE q
RETURN {name: name} AS item`
)

// SaveQuery stores q as the next version of q.Name, checking its owner and
// whether the latest version already says the same in one transaction.
func (s *Store) SaveQuery(ctx context.Context, q graph.SavedQuery, admin bool) (graph.SavedQuery, error) {
	switch {
	case q.Name == "":
		return graph.SavedQuery{}, graph.Errorf(graph.EINVALID, "saved query has no name")
	case q.Document == "":
		return graph.SavedQuery{}, graph.Errorf(graph.EINVALID, "saved query %q has no document", q.Name)
	}
	params := map[string]any{
		"name": q.Name, "owner": q.Owner, "description": q.Description, "document": q.Document,
		"variables": q.Variables, "savedBy": q.SavedBy, "savedAt": s.now().UTC(),
	}
	saved, err := write(ctx, s, func(tx neo4j.ManagedTransaction) (graph.SavedQuery, error) {
		recs, err := collect(ctx, tx, claimSavedQuery, params)
		if err != nil {
			return graph.SavedQuery{}, err
		}
		owner, _ := recs[0].Get("owner")
		if owner != q.Owner && !admin {
			return graph.SavedQuery{}, forbidden(q.Name, owner)
		}
		if latest := value(recs[0], "item"); latest != nil {
			last := savedQueryFrom(latest)
			if last.Document == q.Document && last.Variables == q.Variables &&
				last.Description == q.Description && last.SavedBy == q.SavedBy {
				return last, nil
			}
		}
		recs, err = collect(ctx, tx, addSavedQueryVersion, params)
		if err != nil {
			return graph.SavedQuery{}, err
		}
		return savedQueryFrom(value(recs[0], "item")), nil
	})
	if graph.ErrorCode(err) == graph.EFORBIDDEN {
		return graph.SavedQuery{}, err
	}
	if err != nil {
		return graph.SavedQuery{}, fmt.Errorf("neo4j save query: %w", err)
	}
	return saved, nil
}

func forbidden(name string, owner any) error {
	return graph.Errorf(graph.EFORBIDDEN, "saved query %q belongs to %v; only they or an admin may change it", name, owner)
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

// DeleteSavedQuery removes a query and all its versions once the owner
// check passes, in one transaction.
func (s *Store) DeleteSavedQuery(ctx context.Context, name, owner string, admin bool) error {
	params := map[string]any{"name": name}
	_, err := write(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		recs, err := collect(ctx, tx, claimSavedQueryForDelete, params)
		switch {
		case err != nil:
			return struct{}{}, err
		case len(recs) == 0:
			return struct{}{}, graph.Errorf(graph.ENOTFOUND, "no saved query %q", name)
		}
		if got, _ := recs[0].Get("owner"); got != owner && !admin {
			return struct{}{}, forbidden(name, got)
		}
		res, err := tx.Run(ctx, deleteSavedQuery, params)
		if err != nil {
			return struct{}{}, err
		}
		_, err = res.Consume(ctx)
		return struct{}{}, err
	})
	switch graph.ErrorCode(err) {
	case "":
		return nil
	case graph.ENOTFOUND, graph.EFORBIDDEN:
		return err
	}
	return fmt.Errorf("neo4j delete saved query: %w", err)
}

func savedQueries(items []props) []graph.SavedQuery {
	var out []graph.SavedQuery
	for _, m := range items {
		out = append(out, savedQueryFrom(m))
	}
	return out
}
