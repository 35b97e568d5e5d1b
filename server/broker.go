package server

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"slices"
	"sync"

	"geograph/graph"
	"geograph/server/generated"
	"geograph/server/model"
)

// broker fans writes out to subscriptions. The loader calls
// Server.BatchWritten after each write; the broker reads the written events
// back (merged with what the graph held) and sends each subscriber those
// that match its filter, and reruns the saved queries being watched.
type broker struct {
	srv    *Server
	mu     sync.Mutex
	next   int
	events map[int]*eventSub
	saved  map[int]*savedSub
}

type eventSub struct {
	ctx    context.Context
	filter graph.EventFilter
	ch     chan model.Event
}

type savedSub struct {
	mu   sync.Mutex // serialises reruns, which compare with last
	ctx  context.Context
	name string
	vars map[string]any
	last [32]byte // hash of the last result sent
	ch   chan *generated.SavedQueryResult
}

// subscriberBuffer is how many messages a slow subscriber may fall behind
// before messages to it are dropped (and logged).
const subscriberBuffer = 64

func newBroker(s *Server) *broker {
	return &broker{srv: s, events: map[int]*eventSub{}, saved: map[int]*savedSub{}}
}

// subscribeEvents registers an eventAdded subscription until ctx ends.
func (b *broker) subscribeEvents(ctx context.Context, filter *graph.EventFilter) (<-chan model.Event, error) {
	f, err := eventFilter(filter)
	if err != nil {
		return nil, err
	}
	sub := &eventSub{ctx: ctx, filter: f, ch: make(chan model.Event, subscriberBuffer)}
	b.add(ctx, func(id int) { b.events[id] = sub }, func(id int) { delete(b.events, id) })
	return sub.ch, nil
}

// watchSaved registers a savedQueryChanged subscription and sends the
// query's current result at once.
func (s *Server) watchSaved(ctx context.Context, name string, vars map[string]any) (<-chan *generated.SavedQueryResult, error) {
	sub := &savedSub{ctx: ctx, name: name, vars: vars, ch: make(chan *generated.SavedQueryResult, subscriberBuffer)}
	res, err := s.savedResult(ctx, sub)
	if err != nil {
		return nil, err
	}
	sub.ch <- res
	b := s.broker
	b.add(ctx, func(id int) { b.saved[id] = sub }, func(id int) { delete(b.saved, id) })
	return sub.ch, nil
}

// add registers a subscription and removes it when ctx ends. Channels are
// never closed by the sender side while registered, so sends never panic.
func (b *broker) add(ctx context.Context, put, del func(int)) {
	b.mu.Lock()
	id := b.next
	b.next++
	put(id)
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		del(id)
		b.mu.Unlock()
	}()
}

// BatchWritten tells subscribers about a batch the loader just wrote. It is
// the loader's OnBatch hook and returns once every subscriber has been
// served (or skipped), so a client that saw its write acknowledged can rely
// on having been notified.
func (s *Server) BatchWritten(batch *graph.Batch) {
	if batch == nil || batch.Empty() {
		return
	}
	b := s.broker
	b.mu.Lock()
	evSubs := make([]*eventSub, 0, len(b.events))
	for _, sub := range b.events {
		evSubs = append(evSubs, sub)
	}
	savedSubs := make([]*savedSub, 0, len(b.saved))
	for _, sub := range b.saved {
		savedSubs = append(savedSubs, sub)
	}
	b.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.Limits.Timeout)
	defer cancel()
	if len(evSubs) > 0 && len(batch.Events) > 0 {
		s.publishEvents(ctx, batch, evSubs)
	}
	for _, sub := range savedSubs {
		subCtx, cancelSub := context.WithTimeout(sub.ctx, s.cfg.Limits.Timeout)
		res, err := s.savedResult(subCtx, sub)
		cancelSub()
		if err != nil {
			s.logger.Warn("saved query subscription", "name", sub.name, "err", err)
			continue
		}
		if res != nil {
			send(s, sub.ch, res, "savedQueryChanged")
		}
	}
}

// publishEvents reads the batch's events back from the store, so
// subscribers see them merged with earlier reports, and sends each
// subscriber the ones its filter matches.
func (s *Server) publishEvents(ctx context.Context, batch *graph.Batch, subs []*eventSub) {
	ids := make([]string, len(batch.Events))
	for i, e := range batch.Events {
		ids[i] = e.ID
	}
	evs, err := s.store.GetEvents(ctx, ids)
	if err != nil {
		s.logger.Error("publish events", "err", err)
		return
	}
	countries, err := s.participantCountries(ctx, evs)
	if err != nil {
		s.logger.Error("publish events", "err", err)
		return
	}
	for _, e := range evs {
		for _, sub := range subs {
			if sub.ctx.Err() == nil && matches(sub.filter, e, countries) {
				send(s, sub.ch, model.NewEvent(e), "eventAdded")
			}
		}
	}
}

// participantCountries maps each participant of evs to its country's code:
// a country's own, or the one a person or office serves.
func (s *Server) participantCountries(ctx context.Context, evs []graph.Event) (map[string]string, error) {
	var ids []string
	for _, e := range evs {
		ids = append(ids, e.ParticipantIDs("")...)
	}
	ents, err := s.store.GetEntities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, e := range ents {
		switch {
		case e.Kind == graph.KindCountry:
			out[e.ID] = e.ISO2
		case e.Country != "":
			out[e.ID] = e.Country
		}
	}
	return out, nil
}

// matches reports whether e passes f, the way the stores filter lists.
func matches(f graph.EventFilter, e graph.Event, countries map[string]string) bool {
	if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, e.Kind) {
		return false
	}
	if len(f.Modalities) > 0 && !slices.Contains(f.Modalities, e.Modality) {
		return false
	}
	if e.Confidence < f.MinConfidence {
		return false
	}
	if !graph.InRange(e.Date.Value, f.From, f.To) {
		return false
	}
	if f.ArticleID != "" && !slices.ContainsFunc(e.Evidence, func(ev graph.Evidence) bool { return ev.ArticleID == f.ArticleID }) {
		return false
	}
	ids := e.ParticipantIDs("")
	if len(f.Participants) > 0 && !slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(f.Participants, id) }) {
		return false
	}
	if len(f.Countries) > 0 && !slices.ContainsFunc(ids, func(id string) bool { return slices.Contains(f.Countries, countries[id]) }) {
		return false
	}
	return true
}

// savedResult runs a watched query and returns its result, or nil when it
// has not changed since the last one sent.
func (s *Server) savedResult(ctx context.Context, sub *savedSub) (*generated.SavedQueryResult, error) {
	sub.mu.Lock()
	defer sub.mu.Unlock()
	resp, q, err := s.execSaved(ctx, sub.name, sub.vars)
	if err != nil {
		return nil, err
	}
	v, err := toJSONValue(resp)
	if err != nil {
		return nil, err
	}
	raw, _ := json.Marshal(v)
	sum := sha256.Sum256(raw)
	if sum == sub.last {
		return nil, nil
	}
	sub.last = sum
	return &generated.SavedQueryResult{Name: q.Name, Version: q.Version, Result: v}, nil
}

// send delivers v unless the subscriber is too far behind.
func send[T any](s *Server, ch chan T, v T, what string) {
	select {
	case ch <- v:
	default:
		s.logger.Warn("subscriber too slow; message dropped", "subscription", what)
	}
}

// count returns the number of live subscriptions, for tests and metrics.
func (b *broker) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.events) + len(b.saved)
}
