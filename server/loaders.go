package server

import (
	"context"
	"encoding/json"
	"time"

	"github.com/vikstrous/dataloadgen"

	"geograph/graph"
)

// loaderWait is how long a dataloader waits for more keys before it calls
// the store. Sibling fields resolve concurrently, and ten milliseconds
// gather a whole page's keys into one call even on a busy machine (2 ms
// split a page of fifty countries into two calls under load).
const loaderWait = 10 * time.Millisecond

// loaders batch one request's reads, so a list of fifty countries with their
// leaders costs one store call per level, not fifty. They are made fresh for
// every operation: their caches never outlive a request.
type loaders struct {
	entities      *dataloadgen.Loader[string, *graph.Entity]
	events        *dataloadgen.Loader[string, *graph.Event]
	routes        *dataloadgen.Loader[string, *graph.Route]
	articles      *dataloadgen.Loader[string, *graph.Article]
	termsByOwner  *dataloadgen.Loader[termKey, []graph.Term]
	termsByPerson *dataloadgen.Loader[termKey, []graph.Term]
	termsByOffice *dataloadgen.Loader[termKey, []graph.Term]
	byParticipant *dataloadgen.Loader[participantKey, []graph.Event]
	membersOf     *dataloadgen.Loader[string, []graph.Membership]
	membershipsOf *dataloadgen.Loader[string, []graph.Membership]
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

func newLoaders(s graph.Store) *loaders {
	wait := dataloadgen.WithWait(loaderWait)
	l := &loaders{
		entities:      dataloadgen.NewLoader(byID(s.GetEntities, func(e graph.Entity) string { return e.ID }), wait),
		events:        dataloadgen.NewLoader(byID(s.GetEvents, func(e graph.Event) string { return e.ID }), wait),
		routes:        dataloadgen.NewLoader(byID(s.GetRoutes, func(r graph.Route) string { return r.ID }), wait),
		articles:      dataloadgen.NewLoader(byID(s.GetArticles, func(a graph.Article) string { return a.ID }), wait),
		byParticipant: dataloadgen.NewLoader(eventsByParticipant(s), wait),
		termsByPerson: dataloadgen.NewLoader(terms(s, func(ids []string, f *graph.TermFilter) { f.PersonIDs = ids }, func(t graph.Term) string { return t.PersonID }), wait),
		termsByOffice: dataloadgen.NewLoader(terms(s, func(ids []string, f *graph.TermFilter) { f.OfficeIDs = ids }, func(t graph.Term) string { return t.OfficeID }), wait),
		membersOf:     dataloadgen.NewLoader(memberships(s, false), wait),
		membershipsOf: dataloadgen.NewLoader(memberships(s, true), wait),
	}
	l.termsByOwner = dataloadgen.NewLoader(l.ownerTerms(s), wait)
	return l
}

// byID turns a store's Get* method into a dataloader fetch: one call for all
// keys, nil where an ID names nothing.
func byID[T any](get func(context.Context, []string) ([]T, error), id func(T) string) func(context.Context, []string) ([]*T, []error) {
	return func(ctx context.Context, ids []string) ([]*T, []error) {
		items, err := get(ctx, ids)
		if err != nil {
			return nil, []error{err}
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
func eventsByParticipant(s graph.Store) func(context.Context, []participantKey) ([][]graph.Event, []error) {
	return func(ctx context.Context, keys []participantKey) ([][]graph.Event, []error) {
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
				return nil, []error{err}
			}
			m, err := s.EventsByParticipant(ctx, list, f, g.limit)
			if err != nil {
				return nil, []error{err}
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

// terms makes one Terms call per distinct date among the keys.
func terms(s graph.Store, set func([]string, *graph.TermFilter), key func(graph.Term) string) func(context.Context, []termKey) ([][]graph.Term, []error) {
	return func(ctx context.Context, keys []termKey) ([][]graph.Term, []error) {
		byAt := map[string][]string{}
		for _, k := range keys {
			byAt[k.At] = append(byAt[k.At], k.ID)
		}
		found := map[termKey][]graph.Term{}
		for at, ids := range byAt {
			f := graph.TermFilter{At: at}
			set(ids, &f)
			ts, err := s.Terms(ctx, f)
			if err != nil {
				return nil, []error{err}
			}
			for _, t := range ts {
				k := termKey{key(t), at}
				found[k] = append(found[k], t)
			}
		}
		out := make([][]graph.Term, len(keys))
		for i, k := range keys {
			out[i] = found[k]
		}
		return out, nil
	}
}

// ownerTerms finds the terms of the offices of countries and organisations.
// A term names its office, not the office's owner, so the offices (and, in
// the same call, the holders a client will ask for next) are read through
// the entity loader, where they batch with the request's other entity reads.
func (l *loaders) ownerTerms(s graph.Store) func(context.Context, []termKey) ([][]graph.Term, []error) {
	return func(ctx context.Context, keys []termKey) ([][]graph.Term, []error) {
		byAt := map[string][]string{}
		for _, k := range keys {
			byAt[k.At] = append(byAt[k.At], k.ID)
		}
		found := map[termKey][]graph.Term{}
		for at, owners := range byAt {
			ts, err := s.Terms(ctx, graph.TermFilter{OwnerIDs: owners, At: at})
			if err != nil {
				return nil, []error{err}
			}
			var ids []string
			for _, t := range ts {
				ids = append(ids, t.OfficeID, t.PersonID)
			}
			ents, err := l.entities.LoadAll(ctx, ids)
			if err != nil {
				return nil, []error{err}
			}
			for i, t := range ts {
				if office := ents[2*i]; office != nil {
					k := termKey{ownerOf(*office), at}
					found[k] = append(found[k], t)
				}
			}
		}
		out := make([][]graph.Term, len(keys))
		for i, k := range keys {
			out[i] = found[k]
		}
		return out, nil
	}
}

// ownerOf returns the ID of the country or organisation an office belongs to.
func ownerOf(office graph.Entity) string {
	if office.OrgID != "" {
		return office.OrgID
	}
	if office.Country != "" {
		return graph.NewID(graph.KindCountry, office.Country)
	}
	return ""
}

// memberships reads the memberships of members (byMember) or of organisations.
func memberships(s graph.Store, byMember bool) func(context.Context, []string) ([][]graph.Membership, []error) {
	return func(ctx context.Context, ids []string) ([][]graph.Membership, []error) {
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
			return nil, []error{err}
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
func withLoaders(ctx context.Context, s graph.Store) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(s))
}

// loadersFrom returns the operation's loaders; resolvers only run inside an
// operation, which always has them.
func loadersFrom(ctx context.Context) *loaders {
	return ctx.Value(loadersKey{}).(*loaders)
}
