package server

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"

	"geograph/graph"
)

// websocketInit authenticates a subscription connection. Browsers cannot set
// headers on a websocket, so the key may also come in the connection_init
// payload as "apiKey" or "Authorization: Bearer …"; a key there overrides
// the (header) principal the HTTP middleware found.
func (s *Server) websocketInit(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	key := p.GetString("apiKey")
	if key == "" {
		key = strings.TrimPrefix(p.Authorization(), "Bearer ")
	}
	if key == "" {
		if s.cfg.RequireKey && principalFrom(ctx).Role == RoleNone {
			return ctx, nil, graph.Errorf(graph.EUNAUTHORIZED, "an API key is required")
		}
		return ctx, nil, nil
	}
	pr, err := s.keys.principal(key)
	if err != nil {
		return ctx, nil, err
	}
	return withPrincipal(ctx, pr), nil, nil
}

// websocketAccept accepts websocket connections from the page's own origin
// and from the configured CORS origins.
func websocketAccept(origins []string) transport.CoderWebsocketImplementation {
	var patterns []string
	for _, o := range origins {
		if _, host, ok := strings.Cut(o, "://"); ok {
			patterns = append(patterns, host)
		} else {
			patterns = append(patterns, o)
		}
	}
	return transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{OriginPatterns: patterns}}
}
