package dashboard

import (
	"context"
	"slices"
	"strings"

	"geograph/graph"
)

// Hide returns st with the dashboards taken out of its saved queries: they
// are not listed, and looking one up by name finds nothing, so a dashboard's
// JSON is never run as a GraphQL document (runSavedQuery, /queries/{name},
// savedQueryChanged) nor changed as a saved query. Writes pass through:
// saveQuery refuses the ':' in a dashboard's name before reaching them.
func Hide(st graph.Store) graph.Store { return hidden{st} }

type hidden struct{ graph.Store }

func (h hidden) SavedQuery(ctx context.Context, name string, version int) (graph.SavedQuery, error) {
	if strings.HasPrefix(name, Prefix) {
		return graph.SavedQuery{}, graph.Errorf(graph.ENOTFOUND, "saved query %q not found", name)
	}
	return h.Store.SavedQuery(ctx, name, version)
}

func (h hidden) SavedQueryVersions(ctx context.Context, name string) ([]graph.SavedQuery, error) {
	if strings.HasPrefix(name, Prefix) {
		return nil, nil
	}
	return h.Store.SavedQueryVersions(ctx, name)
}

func (h hidden) ListSavedQueries(ctx context.Context) ([]graph.SavedQuery, error) {
	qs, err := h.Store.ListSavedQueries(ctx)
	return slices.DeleteFunc(qs, func(q graph.SavedQuery) bool { return strings.HasPrefix(q.Name, Prefix) }), err
}
