package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"geograph/graph"
	"geograph/server/generated"
)

var savedNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$`)

// savedQuery returns a version of a saved query, nil when there is none.
func (s *Server) savedQuery(ctx context.Context, name string, version int) (*graph.SavedQuery, error) {
	q, err := s.store.SavedQuery(ctx, name, version)
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return nil, nil
	}
	return &q, err
}

// saveQuery stores in as the next version of its query. The document must
// be a valid query (no mutations or subscriptions: a dashboard URL must not
// write), and only the owner or an admin may change an existing query.
func (s *Server) saveQuery(ctx context.Context, in generated.SaveQueryInput) (*graph.SavedQuery, error) {
	if !savedNameRE.MatchString(in.Name) {
		return nil, graph.Errorf(graph.EINVALID, "saved query name %q: use letters, digits, '-' and '_' (at most 100)", in.Name)
	}
	doc, errs := gqlparser.LoadQueryWithRules(s.schema, in.Document, nil)
	if len(errs) > 0 {
		return nil, graph.Errorf(graph.EINVALID, "document does not validate: %s", errs.Error())
	}
	for _, op := range doc.Operations {
		if op.Operation != ast.Query {
			return nil, graph.Errorf(graph.EINVALID, "a saved query may only hold queries, not a %s", op.Operation)
		}
	}
	vars := "{}"
	if in.Variables != nil {
		b, err := json.Marshal(in.Variables)
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "variables: %v", err)
		}
		vars = string(b)
	}
	p := principalFrom(ctx)
	if _, err := s.checkOwner(ctx, in.Name, p); err != nil {
		return nil, err
	}
	// The store checks ownership again in the same step as the write.
	q, err := s.store.SaveQuery(ctx, graph.SavedQuery{
		Name: in.Name, Description: strOr(in.Description, ""), Document: in.Document,
		Variables: vars, Owner: p.Name, SavedBy: p.Name,
	}, p.Role >= RoleAdmin)
	return &q, err
}

// deleteQuery deletes a saved query; false when there was none.
func (s *Server) deleteQuery(ctx context.Context, name string) (bool, error) {
	if _, err := s.store.SavedQuery(ctx, name, 0); graph.ErrorCode(err) == graph.ENOTFOUND {
		return false, nil
	}
	if _, err := s.checkOwner(ctx, name, principalFrom(ctx)); err != nil {
		return false, err
	}
	p := principalFrom(ctx)
	if err := s.store.DeleteSavedQuery(ctx, name, p.Name, p.Role >= RoleAdmin); err != nil {
		return false, err
	}
	return true, nil
}

// checkOwner returns the owner the query will have after p changes it: its
// owner, or p for a new query. It fails unless p owns it or is an admin.
func (s *Server) checkOwner(ctx context.Context, name string, p Principal) (string, error) {
	q, err := s.store.SavedQuery(ctx, name, 0)
	switch {
	case graph.ErrorCode(err) == graph.ENOTFOUND:
		return p.Name, nil
	case err != nil:
		return "", err
	case q.Owner != p.Name && p.Role < RoleAdmin:
		return "", graph.Errorf(graph.EFORBIDDEN, "saved query %q belongs to %s; only they or an admin may change it", name, q.Owner)
	}
	return q.Owner, nil
}

// runSaved runs the latest version of a saved query with its default
// variables overridden by vars, and returns the GraphQL response.
func (s *Server) runSaved(ctx context.Context, name string, vars map[string]any) (any, error) {
	resp, _, err := s.execSaved(ctx, name, vars)
	if err != nil {
		return nil, err
	}
	return toJSONValue(resp)
}

type savedDepthKey struct{}

// execSaved runs a saved query in process, under the caller's principal and
// the same limits as any request. A saved query that runs saved queries may
// nest only a little, so no document can loop.
func (s *Server) execSaved(ctx context.Context, name string, vars map[string]any) (*graphql.Response, *graph.SavedQuery, error) {
	depth, _ := ctx.Value(savedDepthKey{}).(int)
	if depth >= 2 {
		return nil, nil, graph.Errorf(graph.EINVALID, "saved queries nest too deeply")
	}
	q, err := s.store.SavedQuery(ctx, name, 0)
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return nil, nil, graph.Errorf(graph.ENOTFOUND, "saved query %q not found", name)
	}
	if err != nil {
		return nil, nil, err
	}
	merged, err := decodeVariables(q.Variables)
	if err != nil {
		return nil, nil, err
	}
	for k, v := range vars {
		merged[k] = v
	}
	ctx = context.WithValue(ctx, savedDepthKey{}, depth+1)
	ctx = graphql.StartOperationTrace(ctx)
	params := &graphql.RawParams{Query: q.Document, Variables: merged, ReadTime: graphql.TraceTiming{Start: graphql.Now(), End: graphql.Now()}}
	opCtx, errs := s.exec.CreateOperationContext(ctx, params)
	if errs != nil {
		return s.exec.DispatchError(graphql.WithOperationContext(ctx, opCtx), errs), &q, nil
	}
	handle, ctx := s.exec.DispatchOperation(ctx, opCtx)
	return handle(ctx), &q, nil
}

// decodeVariables parses a saved query's JSON variables ("" is none).
func decodeVariables(s string) (map[string]any, error) {
	vars := map[string]any{}
	if s == "" {
		return vars, nil
	}
	if err := decodeJSON(s, &vars); err != nil {
		return nil, graph.Errorf(graph.EINTERNAL, "stored variables are not a JSON object: %v", err)
	}
	return vars, nil
}

// decodeJSON decodes s into v keeping numbers as json.Number, as the HTTP
// transports do, so an Int variable stays an integer.
func decodeJSON(s string, v any) error {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	if err := d.Decode(v); err != nil {
		return err
	}
	if d.More() {
		return errors.New("trailing data after JSON value")
	}
	return nil
}

// toJSONValue turns a response into plain JSON values for the JSON scalar.
func toJSONValue(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	err = json.Unmarshal(b, &out)
	return out, err
}

// serveSavedQuery answers GET /queries/{name}?var=value: query parameters
// override the default variables. A parameter whose variable is declared
// String or ID is taken as it is (date=2018 stays "2018"); any other is read
// as JSON where it parses (first=5, kinds=["SANCTION"]) and as a string
// otherwise (an enum such as groupBy=MONTH).
func (s *Server) serveSavedQuery(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	resp, _, err := s.execSaved(r.Context(), name, s.urlVariables(r.Context(), name, r.URL.Query()))
	if err != nil {
		status := http.StatusInternalServerError
		switch graph.ErrorCode(err) {
		case graph.ENOTFOUND:
			status = http.StatusNotFound
		case graph.EINVALID:
			status = http.StatusBadRequest
		case graph.EINTERNAL:
			s.logger.ErrorContext(r.Context(), "saved query", "name", name, "err", err)
		}
		writeError(w, status, graph.ErrorCode(err), "%s", graph.ErrorMessage(err))
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// urlVariables reads query parameters as variables of the saved query name.
func (s *Server) urlVariables(ctx context.Context, name string, params url.Values) map[string]any {
	declared := map[string]string{} // variable → its named type, for non-list types
	if q, err := s.store.SavedQuery(ctx, name, 0); err == nil {
		if doc, errs := gqlparser.LoadQueryWithRules(s.schema, q.Document, nil); len(errs) == 0 {
			for _, op := range doc.Operations {
				for _, v := range op.VariableDefinitions {
					declared[v.Variable] = v.Type.NamedType
				}
			}
		}
	}
	vars := map[string]any{}
	for k, vs := range params {
		v := vs[len(vs)-1]
		var parsed any
		switch t := declared[k]; {
		case t == "String" || t == "ID":
			vars[k] = v
		case decodeJSON(v, &parsed) == nil:
			vars[k] = parsed
		default:
			vars[k] = v
		}
	}
	return vars
}
