package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"geograph/graph"
	"geograph/server/generated"
)

// Role is what an API key may do. Each role includes the ones below it.
type Role int

// Roles, weakest first.
const (
	RoleNone Role = iota
	RoleReader
	RoleAnalyst
	RoleAdmin
)

var roleNames = map[string]Role{"reader": RoleReader, "analyst": RoleAnalyst, "admin": RoleAdmin}

func (r Role) String() string {
	for name, role := range roleNames {
		if role == r {
			return name
		}
	}
	return "anonymous"
}

// APIKey grants Role to whoever presents Key; Name is who they are, recorded
// as the owner and saver of saved queries.
type APIKey struct {
	Key  string
	Role Role
	Name string
}

// ParseAPIKeys parses "key:role:name,key2:role:name" (as in
// GEOGRAPH_API_KEYS). Every key needs a name of its own: the name is who
// owns saved queries, so two keys sharing one could change each other's.
func ParseAPIKeys(s string) ([]APIKey, error) {
	var keys []APIKey
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		parts := strings.SplitN(item, ":", 3)
		if len(parts) < 2 || parts[0] == "" {
			return nil, fmt.Errorf("api key %q: want key:role:name", redact(parts[0]))
		}
		role, ok := roleNames[strings.ToLower(parts[1])]
		if !ok {
			return nil, fmt.Errorf("api key %s: unknown role %q (reader, analyst, admin)", redact(parts[0]), parts[1])
		}
		k := APIKey{Key: parts[0], Role: role}
		if len(parts) == 3 {
			k.Name = strings.TrimSpace(parts[2])
		}
		keys = append(keys, k)
	}
	if _, err := newKeyring(keys); err != nil {
		return nil, err
	}
	return keys, nil
}

// redact keeps the first characters of a key, enough to find it in a config.
func redact(key string) string {
	if len(key) > 3 {
		return key[:3] + "…"
	}
	return "…"
}

// Principal is who made a request.
type Principal struct {
	Name string
	Role Role
}

type principalKey struct{}

func withPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// principalFrom returns the request's principal; anonymous requests have
// RoleNone.
func principalFrom(ctx context.Context) Principal {
	p, _ := ctx.Value(principalKey{}).(Principal)
	return p
}

// keyring looks API keys up.
type keyring map[string]APIKey

// newKeyring indexes keys, refusing a key without a name, a key given
// twice and a name given to two keys: each key is one identity.
func newKeyring(keys []APIKey) (keyring, error) {
	k := keyring{}
	names := map[string]bool{}
	for _, key := range keys {
		switch {
		case key.Name == "":
			return nil, fmt.Errorf("api key %s has no name: write key:role:name, a different name for each key, so each key has its own identity", redact(key.Key))
		case k[key.Key].Key != "":
			return nil, fmt.Errorf("api key %s is given twice", redact(key.Key))
		case names[key.Name]:
			return nil, fmt.Errorf("api key %s: the name %q is already another key's; each key needs its own name", redact(key.Key), key.Name)
		}
		k[key.Key] = key
		names[key.Name] = true
	}
	return k, nil
}

// principal returns who presents key: anonymous for no key, an
// UNAUTHORIZED error for an unknown one.
func (k keyring) principal(key string) (Principal, error) {
	if key == "" {
		return Principal{}, nil
	}
	found, ok := k[key]
	if !ok {
		return Principal{}, graph.Errorf(graph.EUNAUTHORIZED, "unknown API key")
	}
	return Principal{Name: found.Name, Role: found.Role}, nil
}

// requestKey reads the API key from "Authorization: Bearer …" or "X-API-Key".
func requestKey(r *http.Request) string {
	if k := r.Header.Get("X-API-Key"); k != "" {
		return k
	}
	auth := r.Header.Get("Authorization")
	if rest, ok := strings.CutPrefix(auth, "Bearer "); ok {
		return strings.TrimSpace(rest)
	}
	return ""
}

// require returns an error unless ctx's principal has at least role.
func require(ctx context.Context, role Role) error {
	p := principalFrom(ctx)
	switch {
	case p.Role >= role:
		return nil
	case p.Role == RoleNone:
		return graph.Errorf(graph.EUNAUTHORIZED, "an API key with role %s is required", role)
	}
	return graph.Errorf(graph.EFORBIDDEN, "role %s is required, the key has role %s", role, p.Role)
}

// authDirective implements @auth(role:) from the schema.
func authDirective(ctx context.Context, _ any, next graphql.Resolver, role generated.Role) (any, error) {
	want := map[generated.Role]Role{generated.RoleReader: RoleReader, generated.RoleAnalyst: RoleAnalyst, generated.RoleAdmin: RoleAdmin}[role]
	if err := require(ctx, want); err != nil {
		return nil, err
	}
	return next(ctx)
}
