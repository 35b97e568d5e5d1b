package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"

	"geograph/graph"
	"geograph/server/dashboard"
	"geograph/server/generated"
)

// ArticleLoader extracts an article's facts and writes them to the store.
// The loader package provides it; the server declares only what it uses.
type ArticleLoader interface {
	LoadArticle(ctx context.Context, a graph.Article) (*graph.Batch, error)
}

// Config is what New needs.
type Config struct {
	Store  graph.Store
	Loader ArticleLoader // nil: ingestArticle answers that loading is off
	Logger *slog.Logger  // nil: discard
	Now    func() time.Time

	// Production turns introspection, "Did you mean" suggestions and the
	// playground off, and hides what the store holds from anonymous callers.
	Production bool
	// TrustedOnly runs only the documents of saved queries (sent as text or
	// by their SHA-256 hash); any other document is refused unless an admin
	// key sends it. cmd turns it on with Production unless told otherwise.
	TrustedOnly bool
	// APIKeys grant roles; every key needs a name of its own. RequireKey
	// makes reads need a key too.
	APIKeys    []APIKey
	RequireKey bool
	// CORSOrigins may call the API from a browser ("*" for any).
	CORSOrigins []string
	Limits      Limits
	// BatchWait is the longest a loader's batch waits before it calls the
	// store; default 10 ms. A batch normally goes as soon as no resolver of
	// the request can add a key to it (see scheduler).
	BatchWait time.Duration
	// DrainDelay is how long Serve keeps answering, with /readyz at 503,
	// after it is told to stop, so load balancers take the instance out
	// before its listener closes; default 1 s. ShutdownGrace is how long
	// in-flight requests then have to finish before they are cancelled;
	// default 7 s. Together with a last second for the cancelled requests
	// to answer they keep shutdown under 10 s.
	DrainDelay    time.Duration
	ShutdownGrace time.Duration
}

// Server serves GraphQL at /graphql, saved queries at /queries/{name}, the
// playground at /playground and health at /healthz and /readyz.
type Server struct {
	cfg     Config
	store   graph.Store
	logger  *slog.Logger
	keys    keyring
	exec    *executor.Executor // runs saved queries in process
	es      graphql.ExecutableSchema
	schema  *ast.Schema
	broker  *broker
	handler http.Handler
	trusted *trustedDocs // documents TrustedOnly accepts

	dashboards *dashboard.Store

	draining atomic.Bool // set when shutdown begins: /readyz says 503
	// drainWait waits out DrainDelay; tests replace it to order events.
	drainWait func(ctx context.Context)
	// lastCall is how long requests cancelled at the end of the grace
	// period have to answer before their connections close.
	lastCall time.Duration
}

// New builds a Server from cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	cfg.Limits = cfg.Limits.withDefaults()
	if cfg.DrainDelay <= 0 {
		cfg.DrainDelay = time.Second
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = 7 * time.Second
	}
	keys, err := newKeyring(cfg.APIKeys)
	if err != nil {
		return nil, err
	}
	dashboards := dashboard.NewStore(cfg.Store)
	cfg.Store = dashboard.Hide(cfg.Store) // to the API a dashboard is no saved query
	s := &Server{dashboards: dashboards, cfg: cfg, store: cfg.Store, logger: cfg.Logger, keys: keys}
	s.drainWait = func(ctx context.Context) { sleep(ctx, cfg.DrainDelay) }
	s.lastCall = time.Second
	s.trusted = newTrustedDocs(cfg.Store, cfg.Now, dashboard.Subscriptions()...)
	s.broker = newBroker(s)
	es := generated.NewExecutableSchema(generated.Config{
		Resolvers:  &Resolver{store: cfg.Store, loader: cfg.Loader, logger: cfg.Logger, now: cfg.Now, srv: s},
		Directives: generated.DirectiveRoot{Auth: authDirective},
		Complexity: costModel(),
	})
	s.es, s.schema = es, es.Schema()

	gql := handler.New(es)
	gql.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		InitFunc:              s.websocketInit,
		Implementation:        websocketAccept(cfg.CORSOrigins),
	})
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(transport.POST{})
	if cfg.TrustedOnly {
		// Persisted-query hashes are those of saved queries; nothing else
		// registers one.
		gql.Use(trustedOnly{docs: s.trusted})
	} else {
		gql.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	}
	s.exec = executor.New(es)
	for _, c := range []configurable{gql, s.exec} {
		s.configure(c)
	}
	s.handler = s.routes(gql)
	return s, nil
}

// configurable is what the HTTP handler and the in-process executor share.
type configurable interface {
	Use(graphql.HandlerExtension)
	SetErrorPresenter(graphql.ErrorPresenterFunc)
	SetRecoverFunc(graphql.RecoverFunc)
	SetQueryCache(graphql.Cache[*ast.QueryDocument])
	SetParserTokenLimit(int)
	SetDisableSuggestion(bool)
}

// configure applies the limits, error handling and per-operation loaders to
// c, so saved queries run under the same rules as requests.
func (s *Server) configure(c configurable) {
	l := s.cfg.Limits
	c.SetErrorPresenter(presentError(s.logger, s.cfg.Production))
	c.SetRecoverFunc(recoverPanic(s.logger))
	c.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	c.SetParserTokenLimit(l.MaxTokens)
	if s.cfg.Production {
		c.SetDisableSuggestion(true)
		c.Use(introspectionOff{})
	} else {
		c.Use(extension.Introspection{})
	}
	c.Use(shapeLimit{maxDepth: l.MaxDepth, maxAliases: l.MaxAliases})
	c.Use(costLimit{es: s.es, max: l.MaxComplexity})
	wait := s.cfg.BatchWait
	if wait <= 0 {
		wait = defaultBatchWait
	}
	c.Use(operationLoaders{store: s.store, schema: s.es.Schema(), wait: wait})
}

// operationLoaders gives every operation fresh loaders and a scheduler
// that follows its fields, so that a batch goes to the store as soon as no
// field can add to it.
type operationLoaders struct {
	store  graph.Store
	schema *ast.Schema
	wait   time.Duration
}

// onOperationEnd, when set (by tests), sees each operation's scheduler once
// its response is written.
var onOperationEnd func(*scheduler)

func (operationLoaders) ExtensionName() string                   { return "Loaders" }
func (operationLoaders) Validate(graphql.ExecutableSchema) error { return nil }
func (o operationLoaders) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	var oc *graphql.OperationContext
	if graphql.HasOperationContext(ctx) {
		oc = graphql.GetOperationContext(ctx)
	}
	sched := newScheduler(o.schema, oc, o.wait)
	ctx = withLoaders(ctx, o.store, sched)
	ctx = context.WithValue(ctx, fieldStateKey{}, sched.rootState())
	h := next(ctx)
	if onOperationEnd == nil {
		return h
	}
	return func(ctx context.Context) *graphql.Response {
		r := h(ctx)
		if r == nil || r.HasNext == nil || !*r.HasNext {
			onOperationEnd(sched)
		}
		return r
	}
}

// InterceptField counts the field in the operation's scheduler while its
// resolver runs, then reserves the fields gqlgen resolves on its result.
func (operationLoaders) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	l, ok := ctx.Value(loadersKey{}).(*loaders)
	if !ok {
		return next(ctx)
	}
	s := l.sched
	st := s.enter(ctx)
	left := false
	defer func() {
		if !left { // the resolver panicked: gqlgen answers the field with an error
			s.running.Add(-1)
			s.release(-1)
		}
	}()
	res, err := next(context.WithValue(ctx, fieldStateKey{}, st))
	left = true
	s.leave(st, graphql.GetFieldContext(ctx), res, err)
	return res, err
}

// ServeHTTP serves the routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

func (s *Server) routes(gql http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", s.authenticate(gql))
	mux.Handle("GET /queries/{name}", s.authenticate(http.HandlerFunc(s.serveSavedQuery)))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.serveReady)
	mux.Handle("GET /dashboard/", dashboard.Handler()) // also in production: read-only there
	mux.Handle("GET /dashboard", dashboard.Handler())
	if !s.cfg.Production {
		mux.Handle("GET /playground", playgroundPage())
		mux.Handle("GET /playground/assets/", playgroundAssets())
		mux.Handle("GET /{$}", http.RedirectHandler("/playground", http.StatusFound))
	}
	var h http.Handler = mux
	h = limitBody(s.cfg.Limits.MaxBodyBytes, h)
	h = withTimeout(s.cfg.Limits.Timeout, h)
	if len(s.cfg.CORSOrigins) > 0 {
		h = cors.New(cors.Options{
			AllowedOrigins: s.cfg.CORSOrigins,
			AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
			AllowedHeaders: []string{"Content-Type", "Authorization", "X-API-Key"},
			MaxAge:         600,
		}).Handler(h)
	}
	return h
}

// authenticate puts the request's principal in its context, rejecting
// unknown keys, and anonymous reads when keys are required.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := s.keys.principal(requestKey(r))
		if err == nil && s.cfg.RequireKey && p.Role == RoleNone && r.Header.Get("Upgrade") == "" && r.Method != http.MethodOptions {
			err = graph.Errorf(graph.EUNAUTHORIZED, "an API key is required")
		}
		if err != nil {
			writeError(w, http.StatusUnauthorized, graph.ErrorCode(err), "%s", graph.ErrorMessage(err))
			return
		}
		next.ServeHTTP(w, r.WithContext(withPrincipal(r.Context(), p)))
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// writeError answers in the GraphQL error shape, so clients parse one format.
func writeError(w http.ResponseWriter, status int, code, format string, args ...any) {
	writeJSON(w, status, map[string]any{"errors": []map[string]any{{
		"message":    fmt.Sprintf(format, args...),
		"extensions": map[string]string{"code": code},
	}}})
}
