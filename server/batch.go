package server

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// A request's loaders do not wait a fixed time for more keys: they call the
// store as soon as no part of the request can add one. The scheduler keeps
// that count, as tokens:
//
//   - a field resolver holds one while it runs, and gives it up while it
//     waits for a batch;
//   - a field that returned objects reserves one for every field gqlgen will
//     resolve on them next (counted from the selection set, as gqlgen
//     collects it), so the goroutines gqlgen starts for them count before
//     they run; a starting field takes its parent's reservation;
//   - a store call in flight holds one, and hands one to every resolver it
//     wakes.
//
// When the count falls to zero, every field that could ask for a key is
// waiting on a batch or done, so the pending batches (of all loaders: one
// level of the query) go to the store together.
//
// The count is exact for fields gqlgen resolves concurrently (resolvers,
// list elements), which is where batching matters. gqlgen resolves an
// object's plain fields one after another, before its resolvers: a plain
// field whose subtree waits on a batch holds back its reserved siblings,
// which then never start. An operation that stops moving with batches
// pending (no resolver or store call running, no field entered or left, no
// key added, for stallWait) therefore dispatches them too; maxWait bounds
// any batch.

// scheduler dispatches one operation's batches.
type scheduler struct {
	schema  *ast.Schema
	oc      *graphql.OperationContext
	maxWait time.Duration

	active     atomic.Int64
	unreserved atomic.Int64  // fields that found no reservation (tests read it)
	epoch      atomic.Uint64 // moves at every field, key and wake-up
	running    atomic.Int64  // resolvers running and store calls in flight

	mu      sync.Mutex
	pending []dispatchable
	timer   *time.Timer       // runs stalled while batches are pending
	since   time.Time         // when the first pending batch came
	seen    uint64            // epoch at the timer's last look
	fields  map[fieldsKey]int // fields collected per selection set and type
}

// stallWait is how long an operation with pending batches may make no
// progress, with no resolver or store call running, before they go anyway.
const stallWait = 500 * time.Microsecond

// fieldsKey names a selection set by its first selection and length: gqlgen
// merges a field asked twice into a new, longer set.
type fieldsKey struct {
	first ast.Selection
	n     int
	typ   string
}

// dispatchable is a batch waiting for its loader to call the store.
type dispatchable interface{ dispatch(s *scheduler) }

// fieldState is one running field, found by its children in their context.
type fieldState struct {
	reserved atomic.Int64
}

type fieldStateKey struct{}

func newScheduler(schema *ast.Schema, oc *graphql.OperationContext, maxWait time.Duration) *scheduler {
	return &scheduler{schema: schema, oc: oc, maxWait: maxWait, fields: map[fieldsKey]int{}}
}

// rootState reserves the root fields of a query, which gqlgen resolves
// concurrently. A mutation's run one after another, so reserving the later
// ones would hold back the earlier ones' batches: they reserve nothing.
func (s *scheduler) rootState() *fieldState {
	st := &fieldState{}
	if s.oc == nil || s.oc.Operation == nil || s.oc.Operation.Operation != ast.Query {
		return st
	}
	n := s.count(s.oc.Operation.SelectionSet, "Query")
	st.reserved.Store(int64(n))
	s.active.Add(int64(n))
	return st
}

// enter starts a field: it takes its parent's reservation, or a token of
// its own when there is none.
func (s *scheduler) enter(ctx context.Context) *fieldState {
	s.epoch.Add(1)
	s.running.Add(1)
	parent, _ := ctx.Value(fieldStateKey{}).(*fieldState)
	if parent != nil {
		for {
			r := parent.reserved.Load()
			if r <= 0 {
				break
			}
			if parent.reserved.CompareAndSwap(r, r-1) {
				return &fieldState{}
			}
		}
	}
	s.unreserved.Add(1)
	s.active.Add(1)
	return &fieldState{}
}

// leave ends a field's resolver: it reserves its children and gives up its
// own token.
func (s *scheduler) leave(st *fieldState, fc *graphql.FieldContext, res any, err error) {
	n := 0
	if err == nil && fc != nil && fc.Field.Field != nil && fc.Field.Definition != nil {
		n = s.children(fc.Field.Definition.Type, fc.Field.Selections, reflect.ValueOf(res))
	}
	if n > 0 {
		st.reserved.Add(int64(n))
	}
	s.running.Add(-1)
	s.release(int64(n) - 1)
}

// release adds d to the count and dispatches when it reaches zero.
func (s *scheduler) release(d int64) {
	s.epoch.Add(1)
	if s.active.Add(d) <= 0 {
		s.dispatchIdle()
	}
}

// children is how many fields gqlgen resolves on v, a value of type t, for
// the selection set sel: none for a scalar or a null, the object's
// collected fields but __typename (which gqlgen writes without resolving),
// the sum over a list's elements.
func (s *scheduler) children(t *ast.Type, sel ast.SelectionSet, v reflect.Value) int {
	if len(sel) == 0 || t == nil {
		return 0
	}
	for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) {
		if v.IsNil() {
			return 0
		}
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() == reflect.Chan || v.Kind() == reflect.Func {
		return 0 // a subscription's stream: its events' fields count as they come
	}
	if t.Elem != nil {
		if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
			return 0
		}
		n := 0
		for i := range v.Len() {
			n += s.children(t.Elem, sel, v.Index(i))
		}
		return n
	}
	def := s.schema.Types[t.NamedType]
	if def == nil {
		return 0
	}
	name := def.Name
	switch def.Kind {
	case ast.Object:
	case ast.Interface, ast.Union:
		// gqlgen binds each object type to a Go type of the same name.
		name = v.Type().Name()
		if o := s.schema.Types[name]; o == nil || o.Kind != ast.Object {
			return 0
		}
	default:
		return 0
	}
	return s.count(sel, name)
}

// count is how many fields of type typ gqlgen resolves for sel.
func (s *scheduler) count(sel ast.SelectionSet, typ string) int {
	if len(sel) == 0 {
		return 0
	}
	k := fieldsKey{sel[0], len(sel), typ}
	s.mu.Lock()
	n, ok := s.fields[k]
	s.mu.Unlock()
	if ok {
		return n
	}
	satisfies := []string{typ}
	if def := s.schema.Types[typ]; def != nil {
		satisfies = append(satisfies, def.Interfaces...)
	}
	for _, u := range s.schema.Types {
		if u.Kind == ast.Union && containsType(u.Types, typ) {
			satisfies = append(satisfies, u.Name)
		}
	}
	for _, f := range graphql.CollectFields(s.oc, sel, satisfies) {
		if f.Name != "__typename" {
			n++
		}
	}
	s.mu.Lock()
	s.fields[k] = n
	s.mu.Unlock()
	return n
}

func containsType(list []string, t string) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

// add registers a loader's new batch. The first one starts the maxWait
// timer, which dispatches whatever is pending if the count never reaches
// zero.
func (s *scheduler) add(b dispatchable) {
	s.mu.Lock()
	s.pending = append(s.pending, b)
	if s.timer == nil {
		s.since, s.seen = time.Now(), s.epoch.Load()
		s.timer = time.AfterFunc(min(stallWait, s.maxWait), s.stalled)
	}
	s.mu.Unlock()
	if s.active.Load() <= 0 {
		s.dispatchIdle()
	}
}

// dispatchIdle dispatches the pending batches if the count is still zero.
func (s *scheduler) dispatchIdle() {
	s.mu.Lock()
	if s.active.Load() > 0 {
		s.mu.Unlock()
		return
	}
	s.dispatchLocked()
}

// dispatchAll dispatches the pending batches whatever the count.
// stalled runs every stallWait while batches are pending: it dispatches them
// when the operation made no progress since the last look (its fields wait
// on each other, see above) or when the first has waited maxWait.
func (s *scheduler) stalled() {
	s.mu.Lock()
	if len(s.pending) == 0 {
		s.timer = nil
		s.mu.Unlock()
		return
	}
	e := s.epoch.Load()
	if e == s.seen && s.running.Load() <= 0 || time.Since(s.since) >= s.maxWait {
		s.dispatchLocked()
		return
	}
	s.seen = e
	s.timer = time.AfterFunc(stallWait, s.stalled)
	s.mu.Unlock()
}

// dispatchLocked sends the pending batches to the store, each store call
// holding a token; it unlocks s.mu.
func (s *scheduler) dispatchLocked() {
	batches := s.pending
	s.pending = nil
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	s.active.Add(int64(len(batches)))
	s.running.Add(int64(len(batches)))
	s.mu.Unlock()
	for _, b := range batches {
		go b.dispatch(s)
	}
}

// loader batches and caches one kind of read for one operation.
type loader[K comparable, V any] struct {
	s     *scheduler
	fetch func(context.Context, []K) ([]V, error)

	mu    sync.Mutex
	cache map[K]result[K, V]
	open  *batch[K, V] // collecting keys, not yet sent
}

// result is a key's place in a batch, or its primed value.
type result[K comparable, V any] struct {
	b     *batch[K, V]
	i     int
	value V
}

// batch is one store call's keys and answer.
type batch[K comparable, V any] struct {
	l       *loader[K, V]
	ctx     context.Context
	keys    []K
	values  []V
	err     error
	done    chan struct{}
	mu      sync.Mutex
	closed  bool
	waiters int64 // resolvers waiting, each handed a token when it closes
}

func newLoader[K comparable, V any](s *scheduler, fetch func(context.Context, []K) ([]V, error)) *loader[K, V] {
	return &loader[K, V]{s: s, fetch: fetch, cache: map[K]result[K, V]{}}
}

// Load returns the value of key, batched with the operation's other keys.
func (l *loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	return l.Thunk(ctx, key)()
}

// Thunk adds key to the batch and returns a function that waits for its
// value; asking for several keys before waiting for any batches them.
func (l *loader[K, V]) Thunk(ctx context.Context, key K) func() (V, error) {
	l.mu.Lock()
	r, ok := l.cache[key]
	var fresh *batch[K, V]
	if !ok {
		if l.open == nil {
			l.open = &batch[K, V]{l: l, ctx: ctx, done: make(chan struct{})}
			fresh = l.open
		}
		r = result[K, V]{b: l.open, i: len(l.open.keys)}
		l.open.keys = append(l.open.keys, key)
		l.cache[key] = r
	}
	l.mu.Unlock()
	if fresh != nil {
		l.s.add(fresh)
	}
	if r.b == nil {
		return func() (V, error) { return r.value, nil }
	}
	return func() (V, error) {
		b := r.b
		b.wait(ctx)
		if b.err != nil {
			var zero V
			return zero, b.err
		}
		return b.values[r.i], nil
	}
}

// LoadAll returns the values of keys, in order, in as few batches as the
// operation allows.
func (l *loader[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	thunks := make([]func() (V, error), len(keys))
	for i, k := range keys {
		thunks[i] = l.Thunk(ctx, k)
	}
	out := make([]V, len(keys))
	for i, t := range thunks {
		v, err := t()
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// Prime caches a value read alongside other records; a key already cached
// or being read keeps its own.
func (l *loader[K, V]) Prime(key K, value V) {
	l.mu.Lock()
	if _, ok := l.cache[key]; !ok {
		l.cache[key] = result[K, V]{value: value}
	}
	l.mu.Unlock()
}

// wait blocks until b is answered. A resolver gives up its token while it
// waits; b's store call hands it one back.
func (b *batch[K, V]) wait(ctx context.Context) {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return
	}
	tracked := ctx.Value(fieldStateKey{}) != nil
	if tracked {
		b.waiters++
	}
	b.mu.Unlock()
	if tracked {
		b.l.s.running.Add(-1)
		b.l.s.release(-1)
	}
	<-b.done
}

// dispatch calls the store for b's keys and wakes its waiters.
func (b *batch[K, V]) dispatch(s *scheduler) {
	b.l.mu.Lock()
	if b.l.open == b {
		b.l.open = nil
	}
	keys := b.keys
	b.l.mu.Unlock()
	b.values, b.err = safeFetch(b.ctx, b.l.fetch, keys)
	if b.err == nil && len(b.values) != len(keys) {
		b.err = fmt.Errorf("loader: %d values for %d keys", len(b.values), len(keys))
	}
	b.mu.Lock()
	b.closed = true
	n := b.waiters
	b.mu.Unlock()
	// The woken resolvers hold their tokens before they run, so the count
	// cannot touch zero while they have not yet asked for their next keys.
	s.active.Add(n)
	s.running.Add(n)
	close(b.done)
	s.running.Add(-1)
	s.release(-1)
}

func safeFetch[K, V any](ctx context.Context, fetch func(context.Context, []K) ([]V, error), keys []K) (values []V, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("loader: panic during fetch: %v", r)
		}
	}()
	return fetch(ctx, keys)
}
