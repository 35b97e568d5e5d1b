package extract

import (
	"strings"

	"geograph/graph"
	"geograph/loader/frames"
)

// framedSanctions turns the sanction facts of sentence si into drafts, one
// a target: the frame gives imposer and target from syntax (a passive's
// by-agent imposes, the subject of "was sanctioned" is the target), so any
// state or organisation can impose.
func (st *state) framedSanctions(si int, fd framed) {
	stext := st.sentText(si)
	for _, f := range fd.facts {
		if f.Kind != graph.KindSanction {
			continue
		}
		targets := fd.role(f, "target")
		imposers := fd.role(f, "imposer")
		if len(targets) == 0 {
			st.completeImposers(si, f.Trigger.Start, imposers)
			continue
		}
		m := []int{f.Trigger.Start, f.Trigger.End}
		trig := stext[m[0]:m[1]]
		// "designated as a partner" names, it does not sanction; a verb
		// "sanctions" with no subject is the noun the tagger misread
		// ("despite <Demonym> sanctions A kept …").
		if strings.HasPrefix(trig, "designat") && designatedNotRE.MatchString(stext[m[1]:]) ||
			trig == "sanctions" && !f.Light && f.Form == "active" && len(imposers) == 0 {
			continue
		}
		lo, hi := clauseBounds(stext, m[0], m[1])
		if len(imposers) == 0 {
			imposers = st.pronounImposer(si, stext, lo, m[0], f.Form != "nominal")
		}
		if len(imposers) == 0 && f.Form == "passive" && st.lastImposers != nil && si-st.lastImposerSent <= 3 {
			imposers = st.lastImposers // an agentless passive: the imposer the article just named
		}
		if len(imposers) > 0 {
			st.lastImposers, st.lastImposerSent = imposers, si
		}
		st.dropReversed(si, imposers, targets)
		for _, tg := range targets {
			e := st.draft(graph.KindSanction, si, m[0], m[1], "frame "+f.Frame+" ("+formOf(f)+"): '"+stext[m[0]:m[1]]+"'")
			e.Modality, e.Why = f.Modality, "frame modality"
			if f.Modality == graph.Asserted {
				e.Why = ""
				// sanctions someone seeks, pledges or is pressed to impose
				// are not in force
				if u := unimposedRE.FindString(stext[max(0, m[0]-60):m[0]]); u != "" {
					e.Modality, e.Why = graph.Threatened, "sought, not imposed: '"+strings.TrimSpace(u)+"'"
				}
			}
			e.add(tg.ID, graph.RoleTarget)
			for _, im := range imposers {
				if im.ID != tg.ID {
					e.add(im.ID, graph.RoleImposer)
				}
			}
			if earlierRE.MatchString(stext[max(lo, m[0]-50):m[0]]) {
				e.Rule += " (earlier)"
			}
			st.finishSanction(e, si, stext, m, lo, hi)
		}
	}
}

// completeImposers gives the rules' sanctions on the same trigger that
// found a target but no imposer the frame's imposers ("<State>, hit by
// sanctions from A and B": the rule reads the target, the frame the
// imposers).
func (st *state) completeImposers(si, trig int, imposers []mention) {
	pos := st.sents[si].Start + trig
	for _, e := range st.events {
		if e.Kind != graph.KindSanction || e.Sent != si || e.Start != pos || len(e.ids(graph.RoleImposer)) > 0 {
			continue
		}
		for _, im := range imposers {
			if !e.hasRole(im.ID, graph.RoleTarget) {
				e.add(im.ID, graph.RoleImposer)
			}
		}
	}
}

// dropReversed drops the sanctions of sentence si that a word-order rule
// read the wrong way round: an imposer of the frame's as target, one of
// its targets as imposer ("X was sanctioned by Y").
func (st *state) dropReversed(si int, imposers, targets []mention) {
	kept := st.events[:0]
	for _, e := range st.events {
		reversed := false
		if e.Kind == graph.KindSanction && e.Sent == si {
			for _, im := range imposers {
				for _, tg := range targets {
					reversed = reversed || e.hasRole(im.ID, graph.RoleTarget) && e.hasRole(tg.ID, graph.RoleImposer)
				}
			}
		}
		if !reversed {
			kept = append(kept, e)
		}
	}
	st.events = kept
}

// formOf names how a fact is expressed, for the draft's rule.
func formOf(f frames.Fact) string {
	var b strings.Builder
	b.WriteString(f.Form)
	if f.Light {
		b.WriteString(", light verb")
	}
	if f.Relative {
		b.WriteString(", relative clause")
	}
	return b.String()
}
