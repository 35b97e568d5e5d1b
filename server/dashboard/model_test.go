package dashboard

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"geograph/graph"
)

func TestValidateRefusesBrokenDashboards(t *testing.T) {
	p := func(s string) *string { return &s }
	base := func() Dashboard { return Default() }
	for _, tc := range []struct {
		name   string
		change func(*Dashboard)
		want   string // part of the error
	}{
		{"bad name", func(d *Dashboard) { d.Name = " spaces first" }, "name"},
		{"no pages", func(d *Dashboard) { d.Pages = nil }, "at least one page"},
		{"untitled page", func(d *Dashboard) { d.Pages[0].Title = "" }, "no title"},
		{"unknown view", func(d *Dashboard) { d.Pages[0].Panels[0].View = "PIE" }, `view "PIE"`},
		{"unknown kind", func(d *Dashboard) { d.Parameters[0].Kind = "COLOUR" }, `kind "COLOUR"`},
		{"twice", func(d *Dashboard) { d.Parameters = append(d.Parameters, d.Parameters[0]) }, "defined twice"},
		{"unbound parameter", func(d *Dashboard) { d.Pages[0].Panels[0].Variables[0].Parameter = p("country") }, `no parameter "country"`},
		{"period without end", func(d *Dashboard) { d.Pages[0].Panels[1].Variables[0].Parameter = p("period") }, "period.from or period.to"},
		{"value and parameter", func(d *Dashboard) { d.Pages[0].Panels[0].Variables[0].Value = "x" }, "not both"},
		{"too wide", func(d *Dashboard) { d.Pages[0].Panels[0].Width = 4 }, "width 4"},
		{"version 0", func(d *Dashboard) { v := 0; d.Pages[0].Panels[0].QueryVersion = &v }, "versions start at 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := base()
			tc.change(&d)
			err := d.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) || graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("Validate() = %v, want an INVALID error mentioning %q", err, tc.want)
			}
		})
	}
	d := base()
	if err := d.Validate(); err != nil {
		t.Errorf("the default dashboard does not validate: %v", err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	d := Default()
	text, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, back); diff != "" {
		t.Errorf("dashboard after JSON and back (-before +after):\n%s", diff)
	}
	for _, bad := range []string{`{"name": "x", "pagez": []}`, `{"name": "x"} {}`, `[1]`} {
		if _, err := Parse(bad); graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("Parse(%s) = %v, want INVALID", bad, err)
		}
	}
}
