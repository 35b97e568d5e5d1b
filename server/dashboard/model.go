// Package dashboard holds geograph's dashboards: their model and validation,
// their storage as reserved saved queries, the default "Geopolitical
// overview", and the HTTP handler serving the embedded front end at
// /dashboard. It knows nothing of GraphQL; package server exposes it.
package dashboard

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"geograph/graph"
)

// Dashboard is pages of panels and the parameters their variables bind to.
// The JSON form (name, description, parameters, pages) is what is stored,
// exported and imported; the rest describes the stored version.
type Dashboard struct {
	Name        string      `json:"name"`
	Description string      `json:"description,omitempty"`
	Parameters  []Parameter `json:"parameters"`
	Pages       []Page      `json:"pages"`

	Owner   string    `json:"-"`
	Version int       `json:"-"`
	SavedBy string    `json:"-"`
	SavedAt time.Time `json:"-"`
}

// Parameter is a value the viewer picks once for the whole dashboard.
type Parameter struct {
	Name  string        `json:"name"`
	Label string        `json:"label,omitempty"`
	Kind  ParameterKind `json:"kind"`
	// Default is the value before the viewer picks one; a PERIOD's is
	// FROM/TO, either side may be empty.
	Default *string `json:"default,omitempty"`
}

// Page is one tab of panels.
type Page struct {
	Title  string  `json:"title"`
	Panels []Panel `json:"panels"`
}

// Panel is a saved query shown as a view.
type Panel struct {
	Title string `json:"title"`
	// Query names the saved query; QueryVersion pins a version, nil is the latest.
	Query        string     `json:"query"`
	QueryVersion *int       `json:"queryVersion,omitempty"`
	View         View       `json:"view"`
	Variables    []Variable `json:"variables,omitempty"`
	// Width is how many of the grid's three columns the panel spans.
	Width int `json:"width,omitempty"`
}

// Variable sets one variable of a panel's query: a fixed Value, or the
// value of the dashboard parameter Parameter ("period.from" and
// "period.to" for the two ends of a PERIOD).
type Variable struct {
	Name      string  `json:"name"`
	Value     any     `json:"value,omitempty"`
	Parameter *string `json:"parameter,omitempty"`
}

// ParameterKind says how the viewer picks a parameter.
type ParameterKind string

// The parameter kinds, as in the schema's ParameterKind.
const (
	Entity  ParameterKind = "ENTITY"
	Country ParameterKind = "COUNTRY"
	Date    ParameterKind = "DATE"
	Period  ParameterKind = "PERIOD"
	Text    ParameterKind = "TEXT"
)

// View is how a panel shows its query's result.
type View string

// The views, as in the schema's PanelView.
const (
	Table      View = "TABLE"
	Bar        View = "BAR"
	Line       View = "LINE"
	Map        View = "MAP"
	Graph      View = "GRAPH"
	Timeline   View = "TIMELINE"
	EntityCard View = "ENTITY_CARD"
)

var (
	kinds = []ParameterKind{Entity, Country, Date, Period, Text}
	views = []View{Table, Bar, Line, Map, Graph, Timeline, EntityCard}

	nameRE  = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,99}$`)
	paramRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,49}$`)
)

// JSON is the dashboard as it is exported and imported.
func (d *Dashboard) JSON() (string, error) {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return "", fmt.Errorf("dashboard %q: %w", d.Name, err)
	}
	return string(b), nil
}

// Parse reads a dashboard from its JSON form, refusing unknown fields so a
// typo is an error rather than a setting silently dropped.
func Parse(text string) (Dashboard, error) {
	var d Dashboard
	dec := json.NewDecoder(strings.NewReader(text))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(&d); err != nil {
		return Dashboard{}, graph.Errorf(graph.EINVALID, "dashboard JSON: %v", err)
	}
	if dec.More() {
		return Dashboard{}, graph.Errorf(graph.EINVALID, "dashboard JSON: trailing data after the object")
	}
	return d, nil
}

// Validate checks what does not need the store: names, kinds, views, and
// that every bound variable names a parameter of the dashboard.
func (d *Dashboard) Validate() error {
	bad := func(format string, args ...any) error {
		return graph.Errorf(graph.EINVALID, "dashboard %q: %s", d.Name, fmt.Sprintf(format, args...))
	}
	if !nameRE.MatchString(d.Name) {
		return bad("name: use letters, digits, spaces, '_', '.' and '-' (at most 100), starting with a letter or digit")
	}
	params := map[string]ParameterKind{}
	for i, p := range d.Parameters {
		if !paramRE.MatchString(p.Name) {
			return bad("parameter %d: name %q: use letters, digits and '_', starting with a letter", i+1, p.Name)
		}
		if _, dup := params[p.Name]; dup {
			return bad("parameter %q is defined twice", p.Name)
		}
		if !slices.Contains(kinds, p.Kind) {
			return bad("parameter %q: kind %q is not one of %v", p.Name, p.Kind, kinds)
		}
		params[p.Name] = p.Kind
	}
	if len(d.Pages) == 0 {
		return bad("a dashboard needs at least one page")
	}
	for i, pg := range d.Pages {
		if strings.TrimSpace(pg.Title) == "" {
			return bad("page %d has no title", i+1)
		}
		for j, pn := range pg.Panels {
			where := fmt.Sprintf("page %q, panel %d", pg.Title, j+1)
			if err := pn.validate(params); err != nil {
				return bad("%s: %v", where, err)
			}
		}
	}
	return nil
}

func (p *Panel) validate(params map[string]ParameterKind) error {
	switch {
	case strings.TrimSpace(p.Title) == "":
		return fmt.Errorf("no title")
	case p.Query == "":
		return fmt.Errorf("no saved query")
	case p.QueryVersion != nil && *p.QueryVersion < 1:
		return fmt.Errorf("query version %d: versions start at 1", *p.QueryVersion)
	case !slices.Contains(views, p.View):
		return fmt.Errorf("view %q is not one of %v", p.View, views)
	case p.Width < 0 || p.Width > 3:
		return fmt.Errorf("width %d: a panel spans 1 to 3 columns", p.Width)
	}
	seen := map[string]bool{}
	for _, v := range p.Variables {
		if v.Name == "" || seen[v.Name] {
			return fmt.Errorf("variable %q: empty or set twice", v.Name)
		}
		seen[v.Name] = true
		if v.Parameter == nil {
			continue
		}
		if v.Value != nil {
			return fmt.Errorf("variable %q: give a value or a parameter, not both", v.Name)
		}
		name, part, hasPart := strings.Cut(*v.Parameter, ".")
		kind, ok := params[name]
		switch {
		case !ok:
			return fmt.Errorf("variable %q: no parameter %q in the dashboard", v.Name, name)
		case kind == Period && (!hasPart || (part != "from" && part != "to")):
			return fmt.Errorf("variable %q: bind %q as %s.from or %s.to", v.Name, name, name, name)
		case kind != Period && hasPart:
			return fmt.Errorf("variable %q: parameter %q is a %s, it has no %q", v.Name, name, kind, part)
		}
	}
	return nil
}

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
