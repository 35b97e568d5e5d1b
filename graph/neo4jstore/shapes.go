package neo4jstore

import (
	"fmt"
	"slices"
	"strconv"

	"geograph/graph"
)

// Every list, count and relation query starts from an index: the filter's
// most selective set field picks an anchor (a constant MATCH that seeks the
// index behind that field), and the other set fields filter the rows the
// anchor found. Each anchor and query is a named constant; the functions
// below only choose among them, so the planner sees a handful of fixed
// texts and caches one plan for each. schema.go creates the indexes, and
// TestHotQueriesSeekIndexes checks every plan with EXPLAIN.

// Event anchors, each binding e once.
const (
	eventsByArticle = `
MATCH (:Article {id: $articleId})-[:REPORTS]->(e:Event)
WITH e`

	eventsByParticipants = `
UNWIND $participants AS pid
MATCH (:Entity {id: pid})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e`

	// eventsByCountries starts from the countries with the ISO2 codes and
	// the persons serving them.
	eventsByCountries = `
UNWIND $countries AS c
CALL (c) {
  MATCH (p:Entity {iso2: c}) WHERE p:Country RETURN p
  UNION
  MATCH (p:Entity {country: c}) WHERE p:Person RETURN p
}
MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e`

	// eventsByDates seeks the date range that contains every partial date
	// the From/To filter can match (see dateBounds); the filter then
	// compares exactly.
	eventsByDates = `
MATCH (e:Event) USING INDEX e:Event(date)
WHERE e.date >= $fromLow AND e.date < $toHigh
WITH e`

	eventsByKinds = `
UNWIND $kinds AS k
MATCH (e:Event {kind: k})
WITH e`

	// eventsByDateKey reads every event in date order (dateKey is the date,
	// '' when undated), for unfiltered lists by date.
	eventsByDateKey = `
MATCH (e:Event) USING INDEX e:Event(dateKey)
WHERE e.dateKey >= ''
WITH e`

	// eventsByConfidence reads every event at or above the minimum
	// confidence, for the other unfiltered queries.
	eventsByConfidence = `
MATCH (e:Event) USING INDEX e:Event(confidence)
WHERE e.confidence >= $minConfidence
WITH e`
)

// eventAnchor names an event anchor.
type eventAnchor int

const (
	byArticle eventAnchor = iota
	byParticipants
	byCountries
	byDates
	byKinds
	byNothing
)

// eventAnchorOf picks the anchor of f: the most selective set field.
func eventAnchorOf(f graph.EventFilter) eventAnchor {
	switch {
	case f.ArticleID != "":
		return byArticle
	case len(f.Participants) > 0:
		return byParticipants
	case len(f.Countries) > 0:
		return byCountries
	case f.From != "" || f.To != "":
		return byDates
	case len(f.Kinds) > 0:
		return byKinds
	}
	return byNothing
}

// dateBounds returns the string range [low, high) holding every date that a
// From/To filter can match when compared on common prefixes: from the year
// of From, up to the year after To.
func dateBounds(from, to string) (low, high string) {
	low, high = "", "~" // '~' sorts after every digit and '-'
	if len(from) >= 4 {
		low = from[:4]
	}
	if len(to) >= 4 {
		if y, err := strconv.Atoi(to[:4]); err == nil {
			high = fmt.Sprintf("%04d", y+1)
		}
	}
	return low, high
}

// Tails that follow an anchor and eventFilter.
const (
	countTail = `
RETURN count(e) AS total`

	// pageTail orders and cuts by $order after the keyset; the anchors
	// that already narrowed the events sort what they found.
	pageTail = `
WITH e, coalesce(e.date, '') AS dk, round(e.confidence, 6) AS ck
WHERE NOT $after OR CASE $order
    WHEN 'DATE_ASC' THEN dk > $afterKey OR (dk = $afterKey AND e.id > $afterId)
    WHEN 'CONFIDENCE_DESC' THEN ck < $afterConfidence OR (ck = $afterConfidence AND e.id > $afterId)
    ELSE dk < $afterKey OR (dk = $afterKey AND e.id > $afterId)
  END
WITH e
ORDER BY CASE WHEN $order = 'DATE_ASC' THEN dk END ASC,
         CASE WHEN $order = 'DATE_DESC' THEN dk END DESC,
         CASE WHEN $order = 'CONFIDENCE_DESC' THEN ck END DESC,
         e.id ASC
LIMIT $limit
RETURN ` + eventProjection + ` AS item`

	// The unfiltered pages sort on the property their anchor's index
	// orders by, so the planner can stop after the page.
	pageDateDescTail = `
  AND (NOT $after OR e.dateKey < $afterKey OR (e.dateKey = $afterKey AND e.id > $afterId))
WITH e ORDER BY e.dateKey DESC, e.id ASC
LIMIT $limit
RETURN ` + eventProjection + ` AS item`

	pageDateAscTail = `
  AND (NOT $after OR e.dateKey > $afterKey OR (e.dateKey = $afterKey AND e.id > $afterId))
WITH e ORDER BY e.dateKey ASC, e.id ASC
LIMIT $limit
RETURN ` + eventProjection + ` AS item`

	pageConfidenceTail = `
WITH e, round(e.confidence, 6) AS ck
WHERE NOT $after OR ck < $afterConfidence OR (ck = $afterConfidence AND e.id > $afterId)
WITH e ORDER BY ck DESC, e.id ASC
LIMIT $limit
RETURN ` + eventProjection + ` AS item`

	kindTail = `
RETURN e.kind AS key, count(*) AS n ORDER BY key`

	monthTail = `
  AND size(coalesce(e.date, '')) >= 7
RETURN left(e.date, 7) AS key, count(*) AS n ORDER BY key`

	// countryTail counts an event once per country code among its
	// participating countries and the countries its participating persons
	// serve.
	countryTail = `
UNWIND [(p:Entity)-[:PARTICIPATED_IN]->(e) | CASE WHEN p:Country THEN p.iso2 WHEN p:Person THEN p.country END] AS c
WITH DISTINCT e, c
WHERE c IS NOT NULL AND c <> ''
RETURN c AS key, count(*) AS n ORDER BY key`
)

// The event queries: anchor, filter, tail.
const (
	countEventsByArticle      = eventsByArticle + eventFilter + countTail
	countEventsByParticipants = eventsByParticipants + eventFilter + countTail
	countEventsByCountries    = eventsByCountries + eventFilter + countTail
	countEventsByDates        = eventsByDates + eventFilter + countTail
	countEventsByKinds        = eventsByKinds + eventFilter + countTail
	countEventsAll            = eventsByConfidence + eventFilter + countTail

	pageEventsByArticle      = eventsByArticle + eventFilter + pageTail
	pageEventsByParticipants = eventsByParticipants + eventFilter + pageTail
	pageEventsByCountries    = eventsByCountries + eventFilter + pageTail
	pageEventsByDates        = eventsByDates + eventFilter + pageTail
	pageEventsByKinds        = eventsByKinds + eventFilter + pageTail
	pageEventsDateDesc       = eventsByDateKey + eventFilter + pageDateDescTail
	pageEventsDateAsc        = eventsByDateKey + eventFilter + pageDateAscTail
	pageEventsConfidence     = eventsByConfidence + eventFilter + pageConfidenceTail

	kindsByArticle      = eventsByArticle + eventFilter + kindTail
	kindsByParticipants = eventsByParticipants + eventFilter + kindTail
	kindsByCountries    = eventsByCountries + eventFilter + kindTail
	kindsByDates        = eventsByDates + eventFilter + kindTail
	kindsByKinds        = eventsByKinds + eventFilter + kindTail
	kindsAll            = eventsByConfidence + eventFilter + kindTail

	monthsByArticle      = eventsByArticle + eventFilter + monthTail
	monthsByParticipants = eventsByParticipants + eventFilter + monthTail
	monthsByCountries    = eventsByCountries + eventFilter + monthTail
	monthsByDates        = eventsByDates + eventFilter + monthTail
	monthsByKinds        = eventsByKinds + eventFilter + monthTail
	monthsAll            = eventsByConfidence + eventFilter + monthTail

	countriesByArticle      = eventsByArticle + eventFilter + countryTail
	countriesByParticipants = eventsByParticipants + eventFilter + countryTail
	countriesByCountries    = eventsByCountries + eventFilter + countryTail
	countriesByDates        = eventsByDates + eventFilter + countryTail
	countriesByKinds        = eventsByKinds + eventFilter + countryTail
	countriesAll            = eventsByConfidence + eventFilter + countryTail
)

// eventListQueries returns the count and page queries for f in order.
func eventListQueries(f graph.EventFilter, order graph.EventOrder) (count, page string) {
	switch eventAnchorOf(f) {
	case byArticle:
		return countEventsByArticle, pageEventsByArticle
	case byParticipants:
		return countEventsByParticipants, pageEventsByParticipants
	case byCountries:
		return countEventsByCountries, pageEventsByCountries
	case byDates:
		return countEventsByDates, pageEventsByDates
	case byKinds:
		return countEventsByKinds, pageEventsByKinds
	}
	switch order {
	case graph.DateAsc:
		return countEventsAll, pageEventsDateAsc
	case graph.ConfidenceDesc:
		return countEventsAll, pageEventsConfidence
	}
	return countEventsAll, pageEventsDateDesc
}

// eventCountQuery returns the CountEvents query for f grouped by by, "" for
// an unknown grouping.
func eventCountQuery(f graph.EventFilter, by graph.GroupBy) string {
	a := eventAnchorOf(f)
	switch by {
	case graph.ByKind:
		switch a {
		case byArticle:
			return kindsByArticle
		case byParticipants:
			return kindsByParticipants
		case byCountries:
			return kindsByCountries
		case byDates:
			return kindsByDates
		case byKinds:
			return kindsByKinds
		}
		return kindsAll
	case graph.ByMonth:
		switch a {
		case byArticle:
			return monthsByArticle
		case byParticipants:
			return monthsByParticipants
		case byCountries:
			return monthsByCountries
		case byDates:
			return monthsByDates
		case byKinds:
			return monthsByKinds
		}
		return monthsAll
	case graph.ByCountry:
		switch a {
		case byArticle:
			return countriesByArticle
		case byParticipants:
			return countriesByParticipants
		case byCountries:
			return countriesByCountries
		case byDates:
			return countriesByDates
		case byKinds:
			return countriesByKinds
		}
		return countriesAll
	}
	return ""
}

// eventParams returns the parameters of the event anchors and eventFilter.
func eventParams(f graph.EventFilter) map[string]any {
	low, high := dateBounds(f.From, f.To)
	kinds := kindStrings(f.Kinds)
	slices.Sort(kinds)
	return map[string]any{
		"kinds": slices.Compact(kinds), "participants": orEmpty(f.Participants), "countries": orEmpty(f.Countries),
		"from": f.From, "to": f.To, "fromLow": low, "toHigh": high, "modalities": modalityStrings(f.Modalities),
		"minConfidence": f.MinConfidence, "articleId": f.ArticleID,
	}
}
