package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"geograph/graph"
)

// Codes of the errors the server itself raises, beside graph's.
const (
	ELIMIT   = "LIMIT_EXCEEDED"
	ETIMEOUT = "TIMEOUT"
	// EUNAVAILABLE: the store cannot be reached; retrying later may work.
	// /readyz says it with the stores' own code.
	EUNAVAILABLE = graph.EUNAVAILABLE
)

// limitError returns a gqlgen error with code ELIMIT.
func limitError(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	errcode.Set(err, ELIMIT)
	return err
}

// presentError is the one place errors become what clients see. Domain
// errors (*graph.Error) keep their code and client-safe message; errors the
// GraphQL layer raised about the request (parse, validation, limits) keep
// theirs; deadlines become TIMEOUT. Anything else is logged with its detail
// and shown as "internal error". In production, validation's "Did you mean"
// suggestions are cut.
func presentError(logger *slog.Logger, production bool) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		cause := errors.Unwrap(gqlErr)
		var domain *graph.Error
		switch {
		case cause == nil:
			// Raised by gqlgen about the request itself: safe to show.
			if gqlErr.Extensions == nil || gqlErr.Extensions["code"] == nil {
				errcode.Set(gqlErr, graph.EINVALID)
			}
			if production {
				gqlErr.Message = withoutSuggestions(gqlErr.Message)
			}
			if gqlErr.Message == "operation  not found" {
				gqlErr.Message = "the document holds several operations: say which to run with operationName"
			}
			return gqlErr
		case errors.As(cause, &domain):
			gqlErr.Message = domain.Message
			setCode(gqlErr, domain.Code)
		case errors.Is(cause, context.DeadlineExceeded):
			gqlErr.Message = "the request took too long"
			setCode(gqlErr, ETIMEOUT)
		case errors.Is(cause, context.Canceled):
			gqlErr.Message = "the request was cancelled"
			setCode(gqlErr, ETIMEOUT)
		default:
			var inner *gqlerror.Error
			if errors.As(cause, &inner) && inner.Extensions["code"] != nil {
				return gqlErr
			}
			logger.ErrorContext(ctx, "graphql", "path", gqlErr.Path.String(), "err", cause)
			gqlErr.Message = "internal error"
			setCode(gqlErr, graph.EINTERNAL)
		}
		gqlErr.Err = nil // never let the cause travel further
		return gqlErr
	}
}

func setCode(err *gqlerror.Error, code string) {
	if err.Extensions == nil {
		err.Extensions = map[string]any{}
	}
	err.Extensions["code"] = code
}

// recoverPanic logs a resolver's panic and reports an internal error.
func recoverPanic(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		logger.ErrorContext(ctx, "graphql panic", "panic", fmt.Sprint(v))
		return errors.New("panic in resolver")
	}
}
