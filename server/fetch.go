package server

import (
	"context"
	"encoding/json"
	"strings"

	"geograph/graph"
	"geograph/server/model"
)

// These helpers read through the request's loaders and turn domain values
// into the model types the schema binds to. Resolvers call them in one line.

// entity returns the entity with id, or nil when there is none.
func entity(ctx context.Context, id string) (model.Entity, error) {
	if id == "" {
		return nil, nil
	}
	e, err := loadersFrom(ctx).entities.Load(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	return model.NewEntity(*e), nil
}

// entityAs returns the entity with id if it is a T, and nil otherwise.
func entityAs[T any, PT interface {
	*T
	model.Entity
}](ctx context.Context, id string) (*T, error) {
	e, err := entity(ctx, id)
	if err != nil {
		return nil, err
	}
	t, _ := e.(PT)
	return t, nil
}

// entityList returns the entities with the given IDs, in order, skipping
// IDs that name nothing.
func entityList(ctx context.Context, ids []string) ([]model.Entity, error) {
	es, err := loadersFrom(ctx).entities.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]model.Entity, 0, len(es))
	for _, e := range es {
		if e != nil {
			out = append(out, model.NewEntity(*e))
		}
	}
	return out, nil
}

// countryOf returns the country with alpha-2 code iso2, or nil.
func countryOf(ctx context.Context, iso2 string) (*model.Country, error) {
	if iso2 == "" {
		return nil, nil
	}
	return entityAs[model.Country](ctx, graph.NewID(graph.KindCountry, iso2))
}

// event returns the event with id, or nil.
func event(ctx context.Context, id string) (model.Event, error) {
	e, err := loadersFrom(ctx).events.Load(ctx, id)
	if err != nil || e == nil {
		return nil, err
	}
	return model.NewEvent(*e), nil
}

// route returns the route with id, or nil.
func route(ctx context.Context, id string) (model.Route, error) {
	r, err := loadersFrom(ctx).routes.Load(ctx, id)
	if err != nil || r == nil {
		return nil, err
	}
	return model.NewRoute(*r), nil
}

// article returns the article with id, or nil.
func article(ctx context.Context, id string) (*model.Article, error) {
	a, err := loadersFrom(ctx).articles.Load(ctx, id)
	if err != nil || a == nil {
		return nil, err
	}
	return (*model.Article)(a), nil
}

// node returns any node by ID, reading it through the loader of its kind.
func node(ctx context.Context, id string) (model.Node, error) {
	return nodeThunk(ctx, id)()
}

// nodeThunk asks the loader of id's kind for it and returns a function that
// waits for the node, so that several nodes batch.
func nodeThunk(ctx context.Context, id string) func() (model.Node, error) {
	l := loadersFrom(ctx)
	k := graph.KindOfID(id)
	switch {
	case k == graph.KindArticle:
		t := l.articles.Thunk(ctx, id)
		return func() (model.Node, error) {
			a, err := t()
			if err != nil || a == nil {
				return nil, err
			}
			return (*model.Article)(a), nil
		}
	case k.IsEntity():
		t := l.entities.Thunk(ctx, id)
		return func() (model.Node, error) {
			e, err := t()
			if err != nil || e == nil {
				return nil, err
			}
			return model.NewEntity(*e), nil
		}
	case k.IsEvent():
		t := l.events.Thunk(ctx, id)
		return func() (model.Node, error) {
			e, err := t()
			if err != nil || e == nil {
				return nil, err
			}
			return model.NewEvent(*e), nil
		}
	case k.IsRoute():
		t := l.routes.Thunk(ctx, id)
		return func() (model.Node, error) {
			r, err := t()
			if err != nil || r == nil {
				return nil, err
			}
			return model.NewRoute(*r), nil
		}
	}
	return func() (model.Node, error) { return nil, nil }
}

// participantEvents returns up to first events entity id takes part in that
// match filter, newest first, batched with the same question about the
// request's other entities.
func participantEvents(ctx context.Context, id string, filter *graph.EventFilter, first *int) ([]model.Event, error) {
	f, err := eventFilter(filter)
	if err != nil {
		return nil, err
	}
	key, err := json.Marshal(f)
	if err != nil {
		return nil, err
	}
	limit := graph.Page{First: intOr(first, graph.DefaultPageSize)}.Limit()
	evs, err := loadersFrom(ctx).byParticipant.Load(ctx, participantKey{ID: id, Filter: string(key), Limit: limit})
	return events(evs), err
}

// events converts domain events to their model types.
func events(evs []graph.Event) []model.Event {
	out := make([]model.Event, 0, len(evs))
	for _, e := range evs {
		if m := model.NewEvent(e); m != nil {
			out = append(out, m)
		}
	}
	return out
}

// participants returns the participants of e in role, or all when role is
// nil or empty.
func participants(e graph.Event, role *string) []*graph.Participant {
	out := []*graph.Participant{}
	for i, p := range e.Participants {
		if role == nil || *role == "" || strings.EqualFold(p.Role, *role) {
			out = append(out, &e.Participants[i])
		}
	}
	return out
}

// inRole returns the entities taking part in e in role.
func inRole(ctx context.Context, e graph.Event, role string) ([]model.Entity, error) {
	return entityList(ctx, e.ParticipantIDs(role))
}

// termsOf returns the terms one of the term loaders holds for id on date at.
func termsOf(ctx context.Context, l *loader[termKey, []graph.Term], id, at string) ([]*graph.Term, error) {
	ts, err := l.Load(ctx, termKey{ID: id, At: at})
	return ptrs(ts), err
}

// ptrs returns pointers to the elements of s, as gqlgen's list fields want.
func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

// intOr returns *p, or def when p is nil.
func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

// strOr returns *p, or def when p is nil.
func strOr(p *string, def string) string {
	if p == nil {
		return def
	}
	return *p
}
