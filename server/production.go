package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"geograph/graph"
)

// Codes of what production mode refuses.
const (
	EINTROSPECTION = "INTROSPECTION_DISABLED"
	EUNTRUSTED     = "UNTRUSTED_DOCUMENT"
)

// introspectionOff refuses operations that ask for __schema or __type, with
// a clear error. Without it gqlgen refuses them only while resolving, as an
// untyped error the presenter must log and hide as "internal error".
type introspectionOff struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = introspectionOff{}

func (introspectionOff) ExtensionName() string                   { return "IntrospectionOff" }
func (introspectionOff) Validate(graphql.ExecutableSchema) error { return nil }

func (introspectionOff) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if opCtx.Operation == nil || !asksIntrospection(opCtx.Operation.SelectionSet, map[string]bool{}) {
		return nil
	}
	err := gqlerror.Errorf("introspection is turned off on this server (production mode); the schema is in the project's schema/ folder")
	setCode(err, EINTROSPECTION)
	return err
}

// asksIntrospection reports whether set selects __schema or __type anywhere,
// walking each fragment once.
func asksIntrospection(set ast.SelectionSet, seen map[string]bool) bool {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == "__schema" || sel.Name == "__type" || asksIntrospection(sel.SelectionSet, seen) {
				return true
			}
		case *ast.InlineFragment:
			if asksIntrospection(sel.SelectionSet, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if sel.Definition == nil || seen[sel.Name] {
				continue
			}
			seen[sel.Name] = true
			if asksIntrospection(sel.Definition.SelectionSet, seen) {
				return true
			}
		}
	}
	return false
}

// withoutSuggestions cuts the "Did you mean …?" that validation appends to
// some messages, which would tell a caller the names of fields, arguments
// and enum values the schema has. gqlgen's own switch covers only two of
// the rules that suggest.
func withoutSuggestions(msg string) string {
	if i := strings.Index(msg, " Did you mean"); i >= 0 {
		return msg[:i]
	}
	return msg
}

// trustedOnly lets a request run only a trusted document: one of a saved
// query's, sent as text or as the SHA-256 hash of an automatic persisted
// query. Admin keys may send any document, which is how new documents
// become trusted: an admin saves them as queries.
type trustedOnly struct{ docs *trustedDocs }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = trustedOnly{}

func (trustedOnly) ExtensionName() string                   { return "TrustedOnly" }
func (trustedOnly) Validate(graphql.ExecutableSchema) error { return nil }

func (t trustedOnly) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	hash := persistedHash(params.Extensions)
	if params.Query != "" {
		sum := sha256.Sum256([]byte(params.Query))
		hash = hex.EncodeToString(sum[:])
	}
	if principalFrom(ctx).Role >= RoleAdmin && params.Query != "" {
		return nil
	}
	if hash == "" {
		return untrusted("send the SHA-256 hash of a saved query's document as extensions.persistedQuery.sha256Hash, or GET /queries/{name}")
	}
	doc, err := t.docs.lookup(ctx, hash)
	switch {
	case err != nil:
		e := gqlerror.Errorf("%s", graph.ErrorMessage(err))
		setCode(e, graph.ErrorCode(err))
		return e
	case doc == "":
		return untrusted("this server runs only saved queries; the document (hash " + hash + ") is not one of them. Send a saved query's document or hash, or GET /queries/{name}")
	}
	params.Query = doc
	return nil
}

func untrusted(msg string) *gqlerror.Error {
	err := gqlerror.Errorf("%s", msg)
	setCode(err, EUNTRUSTED)
	return err
}

// persistedHash returns the hash of an automatic persisted query, if any.
func persistedHash(ext map[string]any) string {
	pq, _ := ext["persistedQuery"].(map[string]any)
	h, _ := pq["sha256Hash"].(string)
	return strings.ToLower(h)
}

// trustedDocs maps the hashes of saved queries' latest documents to the
// documents. It reloads from the store when this server changed a saved
// query, and on an unknown hash at most once a second, so a stream of
// unknown hashes costs the store one list a second.
type trustedDocs struct {
	store graph.SavedQueries
	now   func() time.Time
	fixed map[string]string // trusted whatever the store holds

	mu     sync.Mutex
	byHash map[string]string
	stale  bool
	loaded time.Time
}

// newTrustedDocs trusts the saved queries' latest documents and fixed, the
// documents the server's own pages send that a saved query cannot hold
// (subscriptions).
func newTrustedDocs(store graph.SavedQueries, now func() time.Time, fixed ...string) *trustedDocs {
	t := &trustedDocs{store: store, now: now, stale: true, fixed: map[string]string{}}
	for _, doc := range fixed {
		sum := sha256.Sum256([]byte(doc))
		t.fixed[hex.EncodeToString(sum[:])] = doc
	}
	return t
}

// invalidate makes the next lookup reload.
func (t *trustedDocs) invalidate() {
	t.mu.Lock()
	t.stale = true
	t.mu.Unlock()
}

// lookup returns the trusted document with hash, "" when there is none.
func (t *trustedDocs) lookup(ctx context.Context, hash string) (string, error) {
	if doc, ok := t.fixed[hash]; ok {
		return doc, nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if doc, ok := t.byHash[hash]; ok && !t.stale {
		return doc, nil
	}
	if !t.stale && t.now().Sub(t.loaded) < time.Second {
		return "", nil
	}
	qs, err := t.store.ListSavedQueries(ctx)
	if err != nil {
		return "", err
	}
	t.byHash = map[string]string{}
	for _, q := range qs {
		sum := sha256.Sum256([]byte(q.Document))
		t.byHash[hex.EncodeToString(sum[:])] = q.Document
	}
	t.stale, t.loaded = false, t.now()
	return t.byHash[hash], nil
}
