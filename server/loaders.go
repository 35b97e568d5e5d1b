package server

import (
	"context"
	"encoding/json"
	"time"

	"geograph/graph"
)

// defaultBatchWait is the longest a loader waits for more keys before it
// calls the store (Config.BatchWait). A batch normally goes as soon as no
// resolver of the request can add a key (see scheduler); the wait only
// bounds a batch whose count went wrong.
const defaultBatchWait = 10 * time.Millisecond

// loaders batch one request's reads, so a list of fifty countries with their
// leaders costs one store call per level, not fifty. They are made fresh for
// every operation: their caches never outlive a request.
type loaders struct {
	sched         *scheduler
	entities      *loader[string, *graph.Entity]
	events        *loader[string, *graph.Event]
	routes        *loader[string, *graph.Route]
	articles      *loader[string, *graph.Article]
	termsByOwner  *loader[termKey, []graph.Term]
	termsByPerson *loader[termKey, []graph.Term]
	termsByOffice *loader[termKey, []graph.Term]
	byParticipant *loader[participantKey, []graph.Event]
	membersOf     *loader[string, []graph.Membership]
	membershipsOf *loader[string, []graph.Membership]
}

// termKey asks for the terms of one person, office or owner, covering At
// when At is set.
type termKey struct{ ID, At string }

// participantKey asks for up to Limit events of one entity matching the
// filter encoded in Filter.
type participantKey struct {
	ID     string
	Filter string // JSON of a graph.EventFilter, so that the key is comparable
	Limit  int
}

func newLoaders(s graph.Store, sched *scheduler) *loaders {
	l := &loaders{
		sched:         sched,
		entities:      newLoader(sched, byID(s.GetEntities, func(e graph.Entity) string { return e.ID })),
		events:        newLoader(sched, byID(s.GetEvents, func(e graph.Event) string { return e.ID })),
		routes:        newLoader(sched, byID(s.GetRoutes, func(r graph.Route) string { return r.ID })),
		articles:      newLoader(sched, byID(s.GetArticles, func(a graph.Article) string { return a.ID })),
		byParticipant: newLoader(sched, eventsByParticipant(s)),
		membersOf:     newLoader(sched, memberships(s, false)),
		membershipsOf: newLoader(sched, memberships(s, true)),
	}
	// The term loaders prime the entity loader, so they are made after it.
	l.termsByOwner = newLoader(sched, l.officeholders(s, byOwner))
	l.termsByPerson = newLoader(sched, l.officeholders(s, byPerson))
	l.termsByOffice = newLoader(sched, l.officeholders(s, byOffice))
	return l
}

// byID turns a store's Get* method into a dataloader fetch: one call for all
// keys, nil where an ID names nothing.
func byID[T any](get func(context.Context, []string) ([]T, error), id func(T) string) func(context.Context, []string) ([]*T, error) {
	return func(ctx context.Context, ids []string) ([]*T, error) {
		items, err := get(ctx, ids)
		if err != nil {
			return nil, err
		}
		found := make(map[string]*T, len(items))
		for i := range items {
			found[id(items[i])] = &items[i]
		}
		out := make([]*T, len(ids))
		for i, k := range ids {
			out[i] = found[k]
		}
		return out, nil
	}
}

// eventsByParticipant makes one EventsByParticipant call per distinct filter
// and limit among the keys; a page of entities asking the same question
// costs one call.
func eventsByParticipant(s graph.Store) func(context.Context, []participantKey) ([][]graph.Event, error) {
	return func(ctx context.Context, keys []participantKey) ([][]graph.Event, error) {
		type group struct {
			filter string
			limit  int
		}
		ids := map[group][]string{}
		for _, k := range keys {
			g := group{k.Filter, k.Limit}
			ids[g] = append(ids[g], k.ID)
		}
		results := map[group]map[string][]graph.Event{}
		for g, list := range ids {
			var f graph.EventFilter
			if err := json.Unmarshal([]byte(g.filter), &f); err != nil {
				return nil, err
			}
			m, err := s.EventsByParticipant(ctx, list, f, g.limit)
			if err != nil {
				return nil, err
			}
			results[g] = m
		}
		out := make([][]graph.Event, len(keys))
		for i, k := range keys {
			out[i] = results[group{k.Filter, k.Limit}][k.ID]
		}
		return out, nil
	}
}

// termSide is what a term loader is keyed by: the owners, people or offices
// of the terms.
type termSide struct {
	filter func(ids []string, at string) graph.TermFilter
	key    func(graph.Officeholder) string
}

// The sides of the three term loaders: leaders by country or organisation,
// offices by holder, holders by office.
var (
	byOwner = termSide{
		func(ids []string, at string) graph.TermFilter { return graph.TermFilter{OwnerIDs: ids, At: at} },
		func(h graph.Officeholder) string { return h.OwnerID },
	}
	byPerson = termSide{
		func(ids []string, at string) graph.TermFilter { return graph.TermFilter{PersonIDs: ids, At: at} },
		func(h graph.Officeholder) string { return h.Term.PersonID },
	}
	byOffice = termSide{
		func(ids []string, at string) graph.TermFilter { return graph.TermFilter{OfficeIDs: ids, At: at} },
		func(h graph.Officeholder) string { return h.Term.OfficeID },
	}
)

// officeholders makes one Officeholders call per distinct date among the
// keys. It primes the entity loader with the people and offices the store
// returns with the terms, so the Term.person and Term.office fields a client
// asks for next cost no further round trip.
func (l *loaders) officeholders(s graph.Store, side termSide) func(context.Context, []termKey) ([][]graph.Term, error) {
	return func(ctx context.Context, keys []termKey) ([][]graph.Term, error) {
		byAt := map[string][]string{}
		for _, k := range keys {
			byAt[k.At] = append(byAt[k.At], k.ID)
		}
		found := map[termKey][]graph.Term{}
		for at, ids := range byAt {
			hs, err := s.Officeholders(ctx, side.filter(ids, at))
			if err != nil {
				return nil, err
			}
			for _, h := range hs {
				l.prime(h.Person)
				l.prime(h.Office)
				k := termKey{side.key(h), at}
				found[k] = append(found[k], h.Term)
			}
		}
		out := make([][]graph.Term, len(keys))
		for i, k := range keys {
			out[i] = found[k]
		}
		return out, nil
	}
}

// prime puts an entity the store returned alongside other records into the
// entity loader's cache; a record already cached or being fetched stays.
func (l *loaders) prime(e graph.Entity) {
	if e.ID != "" {
		l.entities.Prime(e.ID, &e)
	}
}

// memberships reads the memberships of members (byMember) or of organisations.
func memberships(s graph.Store, byMember bool) func(context.Context, []string) ([][]graph.Membership, error) {
	return func(ctx context.Context, ids []string) ([][]graph.Membership, error) {
		var (
			ms  []graph.Membership
			err error
		)
		if byMember {
			ms, err = s.Memberships(ctx, ids, nil)
		} else {
			ms, err = s.Memberships(ctx, nil, ids)
		}
		if err != nil {
			return nil, err
		}
		found := map[string][]graph.Membership{}
		for _, m := range ms {
			k := m.OrgID
			if byMember {
				k = m.MemberID
			}
			found[k] = append(found[k], m)
		}
		out := make([][]graph.Membership, len(ids))
		for i, id := range ids {
			out[i] = found[id]
		}
		return out, nil
	}
}

type loadersKey struct{}

// withLoaders returns ctx carrying fresh loaders over s.
func withLoaders(ctx context.Context, s graph.Store, sched *scheduler) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(s, sched))
}

// loadersFrom returns the operation's loaders; resolvers only run inside an
// operation, which always has them.
func loadersFrom(ctx context.Context) *loaders {
	return ctx.Value(loadersKey{}).(*loaders)
}
