package memstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"geograph/graph"
)

// SaveQuery stores q as the next version of q.Name. q.Owner is the caller:
// a new name becomes theirs; an existing one keeps its owner and only they,
// or an admin, may add a version (else EFORBIDDEN). Saving what the latest
// version already holds, by the same caller, returns that version unchanged,
// so a retried save makes one version. The check and the write happen under
// the writer lock, so two callers cannot both pass the check.
func (s *Store) SaveQuery(ctx context.Context, q graph.SavedQuery, admin bool) (graph.SavedQuery, error) {
	if strings.TrimSpace(q.Name) == "" || strings.TrimSpace(q.Document) == "" {
		return graph.SavedQuery{}, graph.Errorf(graph.EINVALID, "a saved query needs a name and a document")
	}
	// The writer lock alone keeps the maps still: only writers change them.
	s.wmu.Lock()
	defer s.wmu.Unlock()
	old := s.queries[q.Name]
	if len(old) > 0 {
		owner, latest := old[0].Owner, old[len(old)-1]
		if owner != q.Owner && !admin {
			return graph.SavedQuery{}, graph.Errorf(graph.EFORBIDDEN, "saved query %q belongs to %s; only they or an admin may change it", q.Name, owner)
		}
		if latest.Document == q.Document && latest.Variables == q.Variables && latest.Description == q.Description && latest.SavedBy == q.SavedBy {
			return latest, nil
		}
		q.Owner = owner
	}
	q.Version = len(old) + 1
	q.SavedAt = s.now().UTC()
	payload, err := s.encode(entry{Save: &q})
	if err == nil {
		err = s.commit(payload, func() { s.putQuery(q) })
	}
	if err != nil {
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

// DeleteSavedQuery removes a query and all its versions: ENOTFOUND when
// there is none, EFORBIDDEN unless owner owns it or admin is set. Check and
// delete happen under the writer lock.
func (s *Store) DeleteSavedQuery(ctx context.Context, name, owner string, admin bool) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	old, ok := s.queries[name]
	if !ok {
		return graph.Errorf(graph.ENOTFOUND, "saved query %q not found", name)
	}
	if old[0].Owner != owner && !admin {
		return graph.Errorf(graph.EFORBIDDEN, "saved query %q belongs to %s; only they or an admin may delete it", name, old[0].Owner)
	}
	payload, err := s.encode(entry{Delete: name})
	if err == nil {
		err = s.commit(payload, func() { delete(s.queries, name) })
	}
	if err != nil {
		return fmt.Errorf("delete saved query: %w", err)
	}
	return nil
}
