package server

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"geograph/graph"
)

// Limits bound what one request may ask for. Zero fields take the defaults.
type Limits struct {
	MaxDepth      int           // nesting of fields; default 12
	MaxComplexity int           // cost model in complexity.go; default 50,000
	MaxAliases    int           // aliased fields in an operation; default 30
	MaxTokens     int           // lexical tokens in a document; default 5,000
	MaxBodyBytes  int64         // request body; default 1 MiB
	Timeout       time.Duration // per request, passed to the store; default 30 s

	ReadHeaderTimeout time.Duration // to read a request's headers; default 5 s
	ReadTimeout       time.Duration // to read a whole request, body included; default 15 s
	IdleTimeout       time.Duration // an idle keep-alive connection; default 120 s
	ReadyTimeout      time.Duration // /readyz's check of the store; default 2 s
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
	defDuration := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	defDuration(&l.Timeout, 30*time.Second)
	defDuration(&l.ReadHeaderTimeout, 5*time.Second)
	defDuration(&l.ReadTimeout, 15*time.Second)
	defDuration(&l.IdleTimeout, 120*time.Second)
	defDuration(&l.ReadyTimeout, 2*time.Second)
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
			if sel.Alias != "" && sel.Alias != sel.Name {
				w.aliases++
			}
			if strings.HasPrefix(sel.Name, "__") {
				// Introspection nests as deep as type wrappers go (GraphiQL
				// asks seven ofType levels), is bounded by the schema's
				// introspection depth rule, and is off in production: its
				// depth does not count, its aliases and cost do.
				continue
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

// limitBody reads the request body before anything else runs: one over max
// bytes, whether its length was declared or it came in chunks, is refused
// with 413; a JSON array (a batch of operations, which would multiply every
// limit) with 400. Reading it here, under the server's read timeout, also
// means no resolver starts on a body still dripping in.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			writeError(w, http.StatusRequestEntityTooLarge, ELIMIT, "request body exceeds the limit of %d bytes", max)
			return
		}
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			writeError(w, http.StatusRequestEntityTooLarge, ELIMIT, "request body exceeds the limit of %d bytes", max)
			return
		case errors.Is(err, os.ErrDeadlineExceeded):
			writeError(w, http.StatusRequestTimeout, ELIMIT, "the request body did not arrive within the read timeout")
			return
		case err != nil:
			writeError(w, http.StatusBadRequest, graph.EINVALID, "could not read the request body")
			return
		case bytes.HasPrefix(bytes.TrimLeft(body, " \t\r\n"), []byte("[")):
			writeError(w, http.StatusBadRequest, ELIMIT, "batched operations (a JSON array of requests) are not accepted; send one operation per request")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// withTimeout gives each request a deadline, which reaches the store through
// the context. Websocket connections live longer than any request: they get
// no deadline, and the connection's read and write timeouts are lifted (the
// websocket keeps itself alive with pings).
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			rc := http.NewResponseController(w)
			rc.SetReadDeadline(time.Time{})
			rc.SetWriteDeadline(time.Time{})
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
