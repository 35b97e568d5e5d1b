package graph

import (
	"errors"
	"fmt"
)

// Error codes, mapped to clients in one place (the GraphQL error presenter).
const (
	ECONFLICT     = "CONFLICT"
	EINTERNAL     = "INTERNAL"
	EINVALID      = "INVALID"
	ENOTFOUND     = "NOT_FOUND"
	EUNAUTHORIZED = "UNAUTHORIZED"
	EFORBIDDEN    = "FORBIDDEN"
	EUNAVAILABLE  = "UNAVAILABLE" // the database cannot be reached now; retrying later may work
)

// Error is a domain error whose message is safe to show to clients.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the client-safe message of err.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	}
	return "internal error"
}
