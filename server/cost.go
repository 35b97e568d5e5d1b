package server

import (
	"context"
	"encoding/json"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"geograph/graph"
)

// ECOMPLEXITY is the code of an operation refused for its cost; it is the
// code gqlgen's own complexity extension used, so clients keep working.
const ECOMPLEXITY = "COMPLEXITY_LIMIT_EXCEEDED"

// costLimit refuses, before any resolver runs, an operation whose cost under
// the schema's cost model exceeds max, or whose size arguments are out of
// bounds. Unlike gqlgen's complexity extension it computes each fragment's
// cost once, so the work is linear in the document: a fragment spread twice
// in each of 30 nested fragments costs 30 fragment walks, not 2^30.
type costLimit struct {
	es  graphql.ExecutableSchema
	max int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = costLimit{}

func (costLimit) ExtensionName() string                   { return "CostLimit" }
func (costLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (c costLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if opCtx.Operation == nil {
		return nil
	}
	w := newCostWalker(ctx, c.es, opCtx.Variables)
	cost := w.selectionSet(opCtx.Operation.SelectionSet)
	if w.err != nil {
		return w.err
	}
	if cost > c.max {
		err := gqlerror.Errorf("operation has complexity %d, which exceeds the limit of %d", cost, c.max)
		setCode(err, ECOMPLEXITY)
		return err
	}
	return nil
}

// maxCost saturates costs, so no document can overflow them.
const maxCost = 1 << 40

// costWalker computes an operation's cost.
type costWalker struct {
	ctx     context.Context
	es      graphql.ExecutableSchema
	schema  *ast.Schema
	vars    map[string]any
	memo    map[string]int // fragment name → cost of its selection set
	visited int            // selections walked, to show the work is bounded
	err     *gqlerror.Error
}

func newCostWalker(ctx context.Context, es graphql.ExecutableSchema, vars map[string]any) *costWalker {
	return &costWalker{ctx: ctx, es: es, schema: es.Schema(), vars: vars, memo: map[string]int{}}
}

func (w *costWalker) selectionSet(set ast.SelectionSet) int {
	total := 0
	for _, sel := range set {
		if w.err != nil {
			return total
		}
		w.visited++
		switch sel := sel.(type) {
		case *ast.Field:
			total = addCost(total, w.field(sel))
		case *ast.InlineFragment:
			total = addCost(total, w.selectionSet(sel.SelectionSet))
		case *ast.FragmentSpread:
			total = addCost(total, w.fragment(sel))
		}
	}
	return total
}

// fragment returns the cost of a spread fragment, walking it only the first
// time. A fragment met again while still being walked is a cycle, which
// validation refuses first; it costs the maximum here so it can never pass.
func (w *costWalker) fragment(spread *ast.FragmentSpread) int {
	if spread.Definition == nil {
		return 0
	}
	if cost, ok := w.memo[spread.Name]; ok {
		return cost
	}
	w.memo[spread.Name] = maxCost
	cost := w.selectionSet(spread.Definition.SelectionSet)
	w.memo[spread.Name] = cost
	return cost
}

func (w *costWalker) field(f *ast.Field) int {
	if f.Definition == nil || f.ObjectDefinition == nil || f.Name == "__typename" {
		return 0
	}
	child := w.selectionSet(f.SelectionSet)
	if strings.HasPrefix(f.ObjectDefinition.Name, "__") || strings.HasPrefix(f.Name, "__") {
		// Introspection has no cost model of its own: every field costs one,
		// so a fan-out of fragments inside it is refused like any other.
		return addCost(1, child)
	}
	args := f.ArgumentMap(w.vars)
	if err := checkArguments(f, args); err != nil {
		w.err = err
		return 0
	}
	if f.ObjectDefinition.Kind == ast.Interface {
		// Interfaces have no costs of their own: take the dearest implementation.
		worst := 0
		for _, impl := range w.schema.GetPossibleTypes(f.ObjectDefinition) {
			worst = max(worst, w.fieldCost(impl.Name, f.Name, child, args))
		}
		return worst
	}
	return w.fieldCost(f.ObjectDefinition.Name, f.Name, child, args)
}

func (w *costWalker) fieldCost(typeName, field string, child int, args map[string]any) int {
	if c, ok := w.es.Complexity(w.ctx, typeName, field, child, args); ok && c >= 1 {
		return min(c, maxCost)
	}
	return addCost(1, child)
}

func addCost(a, b int) int { return min(max(a, 0)+max(b, 0), maxCost) }

// argBounds bounds the size arguments of the analyst queries and every
// `first`, so a request asking for more than the server will give is told so
// (as INVALID, like the resolvers' own checks) before anything runs, rather
// than failing part-way through, once per parent.
var argBounds = map[string]struct{ min, max int }{
	"Query.neighbourhood.depth": {1, maxDepth},
	"Query.neighbourhood.limit": {1, maxSubgraph},
	"Query.paths.maxHops":       {1, maxHops},
	"Query.paths.limit":         {1, maxPaths},
	"Query.search.limit":        {1, maxHits},
	"Query.timeline.first":      {0, graph.MaxPageSize},
	"*.first":                   {0, graph.MaxPageSize},
}

func checkArguments(f *ast.Field, args map[string]any) *gqlerror.Error {
	for name, v := range args {
		n, ok := asInt(v)
		if !ok {
			continue
		}
		b, found := argBounds[f.ObjectDefinition.Name+"."+f.Name+"."+name]
		if !found {
			b, found = argBounds["*."+name]
		}
		if found && (n < int64(b.min) || n > int64(b.max)) {
			err := gqlerror.Errorf("%s: %s must be between %d and %d, got %d", f.Name, name, b.min, b.max, n)
			setCode(err, graph.EINVALID)
			return err
		}
	}
	return nil
}

// asInt reads an Int argument in any of the forms the transports and the
// saved-query runner give it.
func asInt(v any) (int64, bool) {
	switch v := v.(type) {
	case int:
		return int64(v), true
	case int32:
		return int64(v), true
	case int64:
		return v, true
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<62 {
			return int64(v), true
		}
	case json.Number:
		n, err := v.Int64()
		return n, err == nil
	}
	return 0, false
}
