package neo4jstore

import (
	"context"
	"fmt"

	"geograph/graph"
)

const (
	// eventsByParticipant fetches, for many entities in one round trip, the
	// newest events each takes part in.
	eventsByParticipant = `
UNWIND $ids AS pid
CALL (pid) {
  MATCH (:Entity {id: pid})-[:PARTICIPATED_IN]->(e:Event)
  WITH DISTINCT e` + eventFilter + `
  WITH e ORDER BY coalesce(e.date, '') DESC, e.id ASC
  LIMIT $limit
  RETURN collect(` + eventProjection + `) AS events
}
RETURN pid, events`
)

// EventsByParticipant returns, per entity ID with matching events, up to
// limit of them, newest first. f.Participants and f.Order are ignored.
func (s *Store) EventsByParticipant(ctx context.Context, ids []string, f graph.EventFilter, limit int) (map[string][]graph.Event, error) {
	if limit <= 0 {
		limit = graph.DefaultPageSize
	}
	f.Participants = nil
	params := eventParams(f)
	params["ids"], params["limit"] = orEmpty(ids), limit
	recs, err := s.queryRecords(ctx, eventsByParticipant, params)
	if err != nil {
		return nil, fmt.Errorf("neo4j events by participant: %w", err)
	}
	out := map[string][]graph.Event{}
	for _, r := range recs {
		pid, _ := r.Get("pid")
		id, _ := pid.(string)
		evs, _ := r.Get("events")
		list, _ := evs.([]any)
		if len(list) == 0 {
			continue
		}
		var events []graph.Event
		for _, v := range list {
			m, _ := v.(props)
			events = append(events, eventFrom(m))
		}
		out[id] = events
	}
	return out, nil
}

// Terms returns the terms matching f, by start date.
func (s *Store) Terms(ctx context.Context, f graph.TermFilter) ([]graph.Term, error) {
	query, _ := termQueries(f)
	items, err := s.items(ctx, query, termParams(f))
	if err != nil {
		return nil, fmt.Errorf("neo4j terms: %w", err)
	}
	var out []graph.Term
	for _, m := range items {
		// Term.Covers compares partial dates exactly as the domain defines.
		if t := termFrom(m); f.At == "" || t.Covers(f.At) {
			out = append(out, t)
		}
	}
	return out, nil
}

// Officeholders returns the terms matching f with their person and office
// records and the office's owner, by start date.
func (s *Store) Officeholders(ctx context.Context, f graph.TermFilter) ([]graph.Officeholder, error) {
	_, query := termQueries(f)
	recs, err := s.queryRecords(ctx, query, termParams(f))
	if err != nil {
		return nil, fmt.Errorf("neo4j officeholders: %w", err)
	}
	var out []graph.Officeholder
	for _, r := range recs {
		owner, _ := r.Get("ownerId")
		h := officeholderFrom(value(r, "term"), value(r, "person"), value(r, "office"), owner)
		if f.At == "" || h.Term.Covers(f.At) {
			out = append(out, h)
		}
	}
	return out, nil
}

// termParams are the parameters of the term queries.
func termParams(f graph.TermFilter) map[string]any {
	return map[string]any{
		"personIds": orEmpty(f.PersonIDs), "officeIds": orEmpty(f.OfficeIDs), "ownerIds": orEmpty(f.OwnerIDs),
	}
}

// Memberships returns the memberships of the given members or organisations.
func (s *Store) Memberships(ctx context.Context, memberIDs, orgIDs []string) ([]graph.Membership, error) {
	items, err := s.items(ctx, membershipsQuery(memberIDs, orgIDs), map[string]any{"memberIds": orEmpty(memberIDs), "orgIds": orEmpty(orgIDs)})
	if err != nil {
		return nil, fmt.Errorf("neo4j memberships: %w", err)
	}
	var out []graph.Membership
	for _, m := range items {
		out = append(out, membershipFrom(m))
	}
	return out, nil
}

// Mentions returns the mentions an article makes or an entity receives.
func (s *Store) Mentions(ctx context.Context, articleID, entityID string) ([]graph.Mention, error) {
	items, err := s.items(ctx, mentionsQuery(articleID, entityID), map[string]any{"articleId": articleID, "entityId": entityID})
	if err != nil {
		return nil, fmt.Errorf("neo4j mentions: %w", err)
	}
	var out []graph.Mention
	for _, m := range items {
		out = append(out, mentionFrom(m))
	}
	return out, nil
}

// items runs a read query whose rows have one map column, item.
func (s *Store) items(ctx context.Context, cypher string, params map[string]any) ([]props, error) {
	recs, err := s.queryRecords(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	out := make([]props, len(recs))
	for i, r := range recs {
		out[i] = value(r, "item")
	}
	return out, nil
}
