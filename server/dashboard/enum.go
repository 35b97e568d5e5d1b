package dashboard

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// The GraphQL enums ParameterKind and PanelView read and write these types
// directly, refusing values outside the lists.

// MarshalGQL writes the kind as a GraphQL enum value.
func (k ParameterKind) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL reads a GraphQL enum value.
func (k *ParameterKind) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !slices.Contains(kinds, ParameterKind(s)) {
		return fmt.Errorf("parameter kind %v is not one of %v", v, kinds)
	}
	*k = ParameterKind(s)
	return nil
}

// MarshalGQL writes the view as a GraphQL enum value.
func (v View) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(v))) }

// UnmarshalGQL reads a GraphQL enum value.
func (v *View) UnmarshalGQL(x any) error {
	s, ok := x.(string)
	if !ok || !slices.Contains(views, View(s)) {
		return fmt.Errorf("panel view %v is not one of %v", x, views)
	}
	*v = View(s)
	return nil
}
