package dashboard

import (
	"context"
	"fmt"
	"strings"

	"geograph/graph"
)

// Prefix marks the saved queries that hold dashboards. A saved-query name
// cannot contain ':', so no analyst's query collides with one.
const Prefix = "dashboard:"

// Store keeps dashboards as saved queries named Prefix+name whose document
// is the dashboard's JSON, so they are versioned and owned exactly as saved
// queries are, in whichever graph store holds those.
type Store struct {
	queries graph.SavedQueries
}

// NewStore keeps dashboards in queries, which must be the unfiltered store
// (not Hide's view of it).
func NewStore(queries graph.SavedQueries) *Store { return &Store{queries: queries} }

// Get returns a version of a dashboard (0: the latest), ENOTFOUND when there
// is none.
func (s *Store) Get(ctx context.Context, name string, version int) (Dashboard, error) {
	q, err := s.queries.SavedQuery(ctx, Prefix+name, version)
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return Dashboard{}, graph.Errorf(graph.ENOTFOUND, "dashboard %q not found", name)
	}
	if err != nil {
		return Dashboard{}, fmt.Errorf("dashboard %q: %w", name, err)
	}
	return fromQuery(q)
}

// List returns the latest version of every dashboard, by name.
func (s *Store) List(ctx context.Context) ([]Dashboard, error) {
	qs, err := s.queries.ListSavedQueries(ctx)
	if err != nil {
		return nil, fmt.Errorf("list dashboards: %w", err)
	}
	var out []Dashboard
	for _, q := range qs {
		if !strings.HasPrefix(q.Name, Prefix) {
			continue
		}
		d, err := fromQuery(q)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// Versions returns every version of a dashboard, oldest first.
func (s *Store) Versions(ctx context.Context, name string) ([]Dashboard, error) {
	qs, err := s.queries.SavedQueryVersions(ctx, Prefix+name)
	if err != nil {
		return nil, fmt.Errorf("dashboard %q versions: %w", name, err)
	}
	out := make([]Dashboard, 0, len(qs))
	for _, q := range qs {
		d, err := fromQuery(q)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// Save validates d and stores it as its next version, saved by savedBy. A
// new dashboard belongs to savedBy; an existing one only its owner or an
// admin may change. Every panel must name a saved query (and version) that
// exists, so a dashboard never points at nothing.
func (s *Store) Save(ctx context.Context, d Dashboard, savedBy string, admin bool) (Dashboard, error) {
	if err := d.Validate(); err != nil {
		return Dashboard{}, err
	}
	for _, pg := range d.Pages {
		for _, pn := range pg.Panels {
			version := 0
			if pn.QueryVersion != nil {
				version = *pn.QueryVersion
			}
			if _, err := s.queries.SavedQuery(ctx, pn.Query, version); err != nil || strings.HasPrefix(pn.Query, Prefix) {
				return Dashboard{}, graph.Errorf(graph.EINVALID, "dashboard %q: panel %q: saved query %q (version %d, 0 is latest) not found", d.Name, pn.Title, pn.Query, version)
			}
		}
	}
	owner, err := s.owner(ctx, d.Name, savedBy, admin)
	if err != nil {
		return Dashboard{}, err
	}
	text, err := d.JSON()
	if err != nil {
		return Dashboard{}, err
	}
	q, err := s.write(ctx, graph.SavedQuery{
		Name: Prefix + d.Name, Description: d.Description, Document: text,
		Variables: "{}", Owner: owner, SavedBy: savedBy,
	}, admin)
	if err != nil {
		return Dashboard{}, err
	}
	return fromQuery(q)
}

// Delete removes a dashboard and its versions; false when there was none.
func (s *Store) Delete(ctx context.Context, name, by string, admin bool) (bool, error) {
	if _, err := s.queries.SavedQuery(ctx, Prefix+name, 0); graph.ErrorCode(err) == graph.ENOTFOUND {
		return false, nil
	}
	owner, err := s.owner(ctx, name, by, admin)
	if err != nil {
		return false, err
	}
	if err := s.remove(ctx, name, owner, admin); err != nil {
		return false, err
	}
	return true, nil
}

// owner returns who owns name after by changes it, refusing anyone but its
// owner or an admin.
func (s *Store) owner(ctx context.Context, name, by string, admin bool) (string, error) {
	q, err := s.queries.SavedQuery(ctx, Prefix+name, 0)
	switch {
	case graph.ErrorCode(err) == graph.ENOTFOUND:
		return by, nil
	case err != nil:
		return "", fmt.Errorf("dashboard %q: %w", name, err)
	case q.Owner != by && !admin:
		return "", graph.Errorf(graph.EFORBIDDEN, "dashboard %q belongs to %s; only they or an admin may change it", name, q.Owner)
	}
	return q.Owner, nil
}

func fromQuery(q graph.SavedQuery) (Dashboard, error) {
	d, err := Parse(q.Document)
	if err != nil {
		return Dashboard{}, fmt.Errorf("stored %s: %w", q.Name, err)
	}
	d.Name = strings.TrimPrefix(q.Name, Prefix)
	d.Owner, d.Version, d.SavedBy, d.SavedAt = q.Owner, q.Version, q.SavedBy, q.SavedAt
	return d, nil
}

// The only calls that change saved queries, here so that a change of the
// store's signatures touches this file alone.

// write stores q as its next version; the store checks q.Owner against
// the stored owner in the same transaction, unless admin.
func (s *Store) write(ctx context.Context, q graph.SavedQuery, admin bool) (graph.SavedQuery, error) {
	saved, err := s.queries.SaveQuery(ctx, q, admin)
	if err != nil {
		return graph.SavedQuery{}, fmt.Errorf("save %s: %w", q.Name, err)
	}
	return saved, nil
}

// remove deletes dashboard name and all its versions.
func (s *Store) remove(ctx context.Context, name, owner string, admin bool) error {
	if err := s.queries.DeleteSavedQuery(ctx, Prefix+name, owner, admin); err != nil {
		return fmt.Errorf("delete dashboard %q: %w", name, err)
	}
	return nil
}
