package memstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"geograph/graph"
)

// SaveQuery stores q as the next version of q.Name.
func (s *Store) SaveQuery(ctx context.Context, q graph.SavedQuery, admin bool) (graph.SavedQuery, error) {
	if strings.TrimSpace(q.Name) == "" || strings.TrimSpace(q.Document) == "" {
		return graph.SavedQuery{}, graph.Errorf(graph.EINVALID, "a saved query needs a name and a document")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.queries[q.Name]
	q.Version = len(old) + 1
	q.SavedAt = s.now().UTC()
	if len(old) > 0 {
		if old[0].Owner != q.Owner && !admin {
			return graph.SavedQuery{}, graph.Errorf(graph.EFORBIDDEN, "saved query %q belongs to %s; only they or an admin may change it", q.Name, old[0].Owner)
		}
		q.Owner = old[0].Owner
	}
	s.queries[q.Name] = append(slices.Clip(old), q)
	if err := s.save(); err != nil {
		s.queries[q.Name] = old
		if len(old) == 0 {
			delete(s.queries, q.Name)
		}
		return graph.SavedQuery{}, fmt.Errorf("save query: %w", err)
	}
	return q, nil
}

// SavedQuery returns a version of a saved query; version 0 is the latest.
func (s *Store) SavedQuery(ctx context.Context, name string, version int) (graph.SavedQuery, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	vs := s.queries[name]
	if version == 0 {
		version = len(vs)
	}
	if version < 1 || version > len(vs) {
		return graph.SavedQuery{}, graph.Errorf(graph.ENOTFOUND, "saved query %q version %d not found", name, version)
	}
	return vs[version-1], nil
}

// SavedQueryVersions returns every version of a query, oldest first.
func (s *Store) SavedQueryVersions(ctx context.Context, name string) ([]graph.SavedQuery, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	vs := s.queries[name]
	if len(vs) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "saved query %q not found", name)
	}
	return slices.Clone(vs), nil
}

// ListSavedQueries returns the latest version of each query, by name.
func (s *Store) ListSavedQueries(ctx context.Context) ([]graph.SavedQuery, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []graph.SavedQuery
	for _, vs := range s.queries {
		out = append(out, vs[len(vs)-1])
	}
	slices.SortFunc(out, func(a, b graph.SavedQuery) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// DeleteSavedQuery removes a query and all its versions.
func (s *Store) DeleteSavedQuery(ctx context.Context, name, owner string, admin bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.queries[name]
	if !ok {
		return graph.Errorf(graph.ENOTFOUND, "saved query %q not found", name)
	}
	if old[0].Owner != owner && !admin {
		return graph.Errorf(graph.EFORBIDDEN, "saved query %q belongs to %s; only they or an admin may delete it", name, old[0].Owner)
	}
	delete(s.queries, name)
	if err := s.save(); err != nil {
		s.queries[name] = old
		return fmt.Errorf("delete saved query: %w", err)
	}
	return nil
}
