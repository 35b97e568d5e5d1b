package graph

import (
	"fmt"
	"strings"
)

// Batch is everything one or more articles contribute to the graph. A store
// writes a batch all or nothing; writing the same batch again changes nothing.
type Batch struct {
	Articles    []Article
	Entities    []Entity
	Terms       []Term
	Memberships []Membership
	Events      []Event
	Routes      []Route
	Mentions    []Mention
}

// Empty reports whether the batch holds nothing.
func (b *Batch) Empty() bool {
	return len(b.Articles)+len(b.Entities)+len(b.Terms)+len(b.Memberships)+
		len(b.Events)+len(b.Routes)+len(b.Mentions) == 0
}

// Validate checks the batch is well formed: known kinds, IDs whose prefix
// matches their kind and that are unique, dates, modalities and confidences
// in range, and every reference pointing at a node in the batch. It returns
// an *Error with code EINVALID listing up to ten problems.
func (b *Batch) Validate() error {
	v := validator{ids: map[string]Kind{}}
	for _, a := range b.Articles {
		v.node(a.ID, KindArticle, "article")
		v.check(ValidDate(a.Published) && len(a.Published) != 7 && len(a.Published) != 4 || a.Published == "",
			"article %s: published %q is not YYYY-MM-DD", a.ID, a.Published)
	}
	for _, e := range b.Entities {
		v.check(e.Kind.IsEntity(), "entity %s: kind %q is not an entity kind", e.ID, e.Kind)
		v.node(e.ID, e.Kind, "entity")
		v.check(strings.TrimSpace(e.Name) != "", "entity %s: empty name", e.ID)
		for _, n := range e.Names {
			v.check(ValidDate(n.From) && ValidDate(n.To), "entity %s: name %q has a malformed period", e.ID, n.Name)
		}
	}
	for _, ev := range b.Events {
		v.check(ev.Kind.IsEvent(), "event %s: kind %q is not an event kind", ev.ID, ev.Kind)
		v.node(ev.ID, ev.Kind, "event")
	}
	for _, r := range b.Routes {
		v.check(r.Kind.IsRoute(), "route %s: kind %q is not a route kind", r.ID, r.Kind)
		v.node(r.ID, r.Kind, "route")
	}
	// References are checked once every node of the batch is known.
	for _, e := range b.Entities {
		if e.OrgID != "" {
			v.ref(e.OrgID, "entity "+e.ID+" organisation")
		}
	}
	for _, t := range b.Terms {
		v.ref(t.PersonID, "term person")
		v.ref(t.OfficeID, "term office")
		v.check(ValidDate(t.From) && ValidDate(t.To), "term %s→%s: malformed dates %q–%q", t.PersonID, t.OfficeID, t.From, t.To)
	}
	for _, m := range b.Memberships {
		v.ref(m.MemberID, "membership member")
		v.ref(m.OrgID, "membership organisation")
		v.check(ValidDate(m.From) && ValidDate(m.To), "membership %s→%s: malformed dates", m.MemberID, m.OrgID)
	}
	for _, ev := range b.Events {
		what := "event " + ev.ID
		v.date(ev.Date, what)
		v.modality(ev.Modality, what)
		v.confidence(ev.Confidence, what)
		if ev.PlaceID != "" {
			v.ref(ev.PlaceID, what+" place")
		}
		v.check(len(ev.Participants) > 0, "%s: no participants", what)
		for _, p := range ev.Participants {
			v.ref(p.EntityID, what+" participant")
			v.check(p.Role != "", "%s: participant %s has no role", what, p.EntityID)
		}
		v.evidence(ev.Evidence, what)
	}
	for _, r := range b.Routes {
		what := "route " + r.ID
		v.modality(r.Modality, what)
		v.confidence(r.Confidence, what)
		for _, id := range append([]string{r.CommodityID, r.FromID, r.ToID}, r.Via...) {
			if id != "" {
				v.ref(id, what+" endpoint")
			}
		}
		for _, h := range r.Halts {
			v.date(h, what+" halt")
		}
		v.evidence(r.Evidence, what)
	}
	for _, m := range b.Mentions {
		v.ref(m.ArticleID, "mention article")
		v.ref(m.EntityID, "mention entity")
		v.check(m.Start >= 0 && m.Start <= m.End, "mention of %s: offsets %d–%d out of order", m.EntityID, m.Start, m.End)
	}
	return v.err()
}

type validator struct {
	ids      map[string]Kind
	problems []string
}

func (v *validator) check(ok bool, format string, args ...any) {
	if !ok {
		v.problems = append(v.problems, fmt.Sprintf(format, args...))
	}
}

func (v *validator) node(id string, k Kind, what string) {
	switch {
	case id == "":
		v.check(false, "%s of kind %s has no id", what, k)
		return
	case KindOfID(id) != k && !(k.IsRoute() && KindOfID(id).IsRoute()):
		v.check(false, "%s %s: id prefix does not match kind %s", what, id, k)
	}
	if prev, dup := v.ids[id]; dup && prev != k {
		v.check(false, "id %s used for both %s and %s", id, prev, k)
	}
	v.ids[id] = k
}

func (v *validator) ref(id, what string) {
	_, ok := v.ids[id]
	v.check(ok, "%s %q is not a node of the batch", what, id)
}

func (v *validator) date(d Date, what string) {
	if err := d.validate(); err != nil {
		v.check(false, "%s: %v", what, err)
	}
}

func (v *validator) modality(m Modality, what string) {
	v.check(m.Valid(), "%s: modality %q is not one of %v", what, m, Modalities)
}

func (v *validator) confidence(c float64, what string) {
	v.check(c >= 0 && c <= 1, "%s: confidence %v is outside [0, 1]", what, c)
}

func (v *validator) evidence(evs []Evidence, what string) {
	seen := map[string]bool{}
	for _, e := range evs {
		v.ref(e.ArticleID, what+" evidence article")
		v.check(!seen[e.ArticleID], "%s: two evidence records from article %s", what, e.ArticleID)
		seen[e.ArticleID] = true
		v.check(e.Start >= 0 && e.Start <= e.End, "%s: evidence offsets %d–%d out of order", what, e.Start, e.End)
		v.confidence(e.Confidence, what+" evidence")
	}
}

func (v *validator) err() error {
	if len(v.problems) == 0 {
		return nil
	}
	msg := v.problems
	if len(msg) > 10 {
		msg = append(msg[:10:10], fmt.Sprintf("and %d more", len(v.problems)-10))
	}
	return Errorf(EINVALID, "invalid batch: %s", strings.Join(msg, "; "))
}
