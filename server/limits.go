package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limits bound what one request may ask for. Zero fields take the defaults.
type Limits struct {
	MaxDepth      int           // nesting of fields; default 12
	MaxComplexity int           // cost model in complexity.go; default 50,000
	MaxAliases    int           // aliased fields in an operation; default 30
	MaxTokens     int           // lexical tokens in a document; default 5,000
	MaxBodyBytes  int64         // request body; default 1 MiB
	Timeout       time.Duration // per request, passed to the store; default 30 s
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxDepth, 12)
	def(&l.MaxComplexity, complexityLimit)
	def(&l.MaxAliases, 30)
	def(&l.MaxTokens, 5000)
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = 1 << 20
	}
	if l.Timeout <= 0 {
		l.Timeout = 30 * time.Second
	}
	return l
}

// shapeLimit rejects operations nested deeper than MaxDepth or with more
// than MaxAliases aliases, before any resolver runs.
type shapeLimit struct{ maxDepth, maxAliases int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string                   { return "ShapeLimit" }
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (s shapeLimit) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if opCtx.Operation == nil {
		return nil
	}
	w := shapeWalker{seen: map[string]int{}}
	depth := w.depth(opCtx.Operation.SelectionSet, 0)
	if depth > s.maxDepth {
		return limitError("operation has depth %d, which exceeds the limit of %d", depth, s.maxDepth)
	}
	if w.aliases > s.maxAliases {
		return limitError("operation has %d aliases, which exceeds the limit of %d", w.aliases, s.maxAliases)
	}
	return nil
}

type shapeWalker struct {
	aliases int
	seen    map[string]int // fragment name → depth it adds, so shared fragments are walked once
}

// depth returns how deep set nests below level, counting aliases on the way.
func (w *shapeWalker) depth(set ast.SelectionSet, level int) int {
	deepest := level
	for _, sel := range set {
		var d int
		switch sel := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(sel.Name, "__") {
				// Introspection nests as deep as type wrappers go (GraphiQL
				// asks seven ofType levels), is bounded by the schema, and
				// is off in production: it does not count.
				continue
			}
			if sel.Alias != "" && sel.Alias != sel.Name {
				w.aliases++
			}
			d = w.depth(sel.SelectionSet, level+1)
		case *ast.InlineFragment:
			d = w.depth(sel.SelectionSet, level)
		case *ast.FragmentSpread:
			if sel.Definition == nil {
				continue
			}
			added, ok := w.seen[sel.Name]
			if !ok {
				w.seen[sel.Name] = 0 // validation forbids cycles; this guards anyway
				added = w.depth(sel.Definition.SelectionSet, 0)
				w.seen[sel.Name] = added
			}
			d = level + added
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// limitBody rejects bodies over max with 413 before they are read, and cuts
// off bodies that lie about their length.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			writeError(w, http.StatusRequestEntityTooLarge, ELIMIT, "request body exceeds the limit of %d bytes", max)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, max)
		next.ServeHTTP(w, r)
	})
}

// withTimeout gives each request a deadline, which reaches the store through
// the context. Websocket connections live longer than any request and are
// left alone.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
