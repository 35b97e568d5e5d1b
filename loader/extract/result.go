package extract

import (
	"fmt"
	"sort"
	"strings"

	"geograph/graph"
	"geograph/loader/mentions"
)

// Standard event codes by kind: CAMEO (after PETRARCH's dictionaries) and
// PLOVER categories.
var eventCodes = map[graph.Kind][2]string{
	graph.KindMeeting:        {"040", "CONSULT"},
	graph.KindVisit:          {"042", "CONSULT"},
	graph.KindSummit:         {"044", "CONSULT"},
	graph.KindSanction:       {"163", "SANCTION"},
	graph.KindAgreement:      {"057", "AGREE"},
	graph.KindMilitaryAction: {"190", "FIGHT"},
	graph.KindStatement:      {"010", ""},
}

// intentCodes are the CAMEO codes of events not (yet) asserted: intent to
// meet, threat of sanctions, intent to agree.
var intentCodes = map[graph.Kind]string{
	graph.KindMeeting: "036", graph.KindVisit: "036", graph.KindSummit: "036",
	graph.KindSanction: "1312", graph.KindAgreement: "035", graph.KindMilitaryAction: "138",
}

func (st *state) result() *Extraction {
	x := &Extraction{Article: st.art, named: map[string]bool{}, info: st.ents, data: st.x.data, surfaces: map[string][]string{}}
	byEntity := map[string]*graph.Mention{}
	for _, m := range st.mentions {
		info := st.ents[m.ID]
		if info == nil {
			continue
		}
		if m.Named || info.Entity.Kind != graph.KindPerson {
			x.named[m.ID] = true
		}
		if m.Named && info.Entity.Kind == graph.KindPerson && m.How != mentions.HowOffice {
			x.surfaces[m.ID] = append(x.surfaces[m.ID], st.text[m.Start:m.End])
		}
		if gm, ok := byEntity[m.ID]; ok {
			if !m.Implicit {
				gm.Count++
			}
			continue
		}
		gm := &graph.Mention{ArticleID: st.art.ID, EntityID: m.ID, Start: m.Start, End: m.End, Text: st.text[m.Start:m.End], Reason: m.Reason}
		if !m.Implicit {
			gm.Count = 1
		}
		byEntity[m.ID] = gm
	}
	for id := range st.headline {
		x.named[id] = true
	}
	for _, gm := range byEntity {
		if gm.Count == 0 {
			gm.Count = 1
		}
		x.Mentions = append(x.Mentions, *gm)
	}
	sort.Slice(x.Mentions, func(i, j int) bool { return x.Mentions[i].EntityID < x.Mentions[j].EntityID })
	for _, info := range st.ents {
		x.Entities = append(x.Entities, info.Entity)
	}
	sort.Slice(x.Entities, func(i, j int) bool { return x.Entities[i].ID < x.Entities[j].ID })

	ids := map[string]int{}
	for _, d := range st.events {
		ev := graph.Event{Kind: d.Kind, Name: d.Name, Date: d.Date, PlaceID: d.Place, Participants: d.Parts,
			Modality: d.Modality, Reason: d.Reason, Confidence: d.confidence()}
		if ev.Date.Granularity == "" {
			ev.Date.Granularity = graph.GranularityOf(ev.Date.Value)
		}
		codes := eventCodes[d.Kind]
		ev.CAMEO, ev.PLOVER = codes[0], codes[1]
		if d.Modality != graph.Asserted && intentCodes[d.Kind] != "" {
			ev.CAMEO = intentCodes[d.Kind]
		}
		ev.ID = uniqueID(ids, EventID(ev))
		ev.Evidence = []graph.Evidence{st.evidence(d.Sent, ev.Confidence)}
		x.Events = append(x.Events, ev)
	}
	for _, d := range st.routes {
		r := graph.Route{Kind: d.Kind, Name: d.Name, CommodityID: d.Commodity, FromID: d.From, Via: d.Via, ToID: d.To,
			Share: d.Share, Halts: d.Halts, Modality: d.Modality, Confidence: d.Confidence}
		for i := range r.Halts {
			if r.Halts[i].Granularity == "" {
				r.Halts[i].Granularity = graph.GranularityOf(r.Halts[i].Value)
			}
		}
		r.ID = uniqueID(ids, RouteID(r))
		r.Evidence = []graph.Evidence{st.evidence(d.Sent, r.Confidence)}
		x.Routes = append(x.Routes, r)
	}
	return x
}

func (d *eventDraft) confidence() float64 {
	c := d.Confidence
	if d.Date.Value == "" {
		c -= 0.1
	}
	if d.Modality != graph.Asserted {
		c -= 0.05
	}
	if c < 0.1 {
		c = 0.1
	}
	return float64(int(c*100+0.5)) / 100
}

func uniqueID(seen map[string]int, id string) string {
	n := seen[id]
	seen[id] = n + 1
	if n == 0 {
		return id
	}
	return fmt.Sprintf("%s-%d", id, n+1)
}

// EventID derives an event's ID from what identifies the happening: its
// kind, modality, date, name and participants, so that two articles
// reporting the same event alike give the same ID.
func EventID(e graph.Event) string {
	parts := []string{string(e.Kind), string(e.Modality), e.Date.Value, strings.ToLower(e.Name)}
	ps := make([]string, 0, len(e.Participants))
	for _, p := range e.Participants {
		ps = append(ps, p.Role+"="+p.EntityID)
	}
	sort.Strings(ps)
	return graph.HashID(e.Kind, append(parts, ps...)...)
}

// RouteID derives a route's ID from its kind, commodity, origin and name,
// so that every article describing the flow writes the same route.
func RouteID(r graph.Route) string {
	return graph.HashID(r.Kind, string(r.Kind), r.CommodityID, r.FromID, strings.ToLower(r.Name))
}

// evidence is the sentence an event or route was read from.
func (st *state) evidence(si int, conf float64) graph.Evidence {
	s := st.sents[si]
	return graph.Evidence{ArticleID: st.art.ID, Sentence: si, Start: s.Start, End: s.End,
		Quote: st.text[s.Start:s.End], Confidence: conf, Extractor: ExtractorVersion}
}

// Batch returns the extraction as a batch of graph facts: the article, every
// entity the facts refer to, events, routes and mentions.
func (x *Extraction) Batch() *graph.Batch {
	b := &graph.Batch{Articles: []graph.Article{x.Article}}
	b.Entities = append(b.Entities, x.Entities...)
	b.Events = append(b.Events, x.Events...)
	b.Routes = append(b.Routes, x.Routes...)
	b.Mentions = append(b.Mentions, x.Mentions...)
	return b
}
