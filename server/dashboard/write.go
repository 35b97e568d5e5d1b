package dashboard

import (
	"context"
	"fmt"

	"geograph/graph"
)

// The only calls that change saved queries, here so that a change of the
// store's signatures touches this file alone.

// write stores q as its next version; admin says the writer may change
// anyone's query.
func (s *Store) write(ctx context.Context, q graph.SavedQuery, admin bool) (graph.SavedQuery, error) {
	_ = admin // ownership is checked by the caller with today's store
	saved, err := s.queries.SaveQuery(ctx, q)
	if err != nil {
		return graph.SavedQuery{}, fmt.Errorf("save %s: %w", q.Name, err)
	}
	return saved, nil
}

// remove deletes dashboard name and all its versions.
func (s *Store) remove(ctx context.Context, name, owner string, admin bool) error {
	_, _ = owner, admin // ownership is checked by the caller with today's store
	if err := s.queries.DeleteSavedQuery(ctx, Prefix+name); err != nil {
		return fmt.Errorf("delete dashboard %q: %w", name, err)
	}
	return nil
}
