package main

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"geograph/graph"
	"geograph/graph/neo4jstore"
	"geograph/loader"
)

// The per-row loader's statements: the naive way to write an extraction,
// one auto-committed MERGE per node or relationship.
const (
	rowArticle     = `MERGE (a:Article {id: $id}) SET a.url = $url, a.title = $title, a.published = $published`
	rowEntity      = `MERGE (n:Entity {id: $id}) SET n.name = $name, n.kind = $kind`
	rowEvent       = `MERGE (e:Event {id: $id}) SET e.kind = $kind, e.name = $name, e.date = $date, e.confidence = $confidence`
	rowRoute       = `MERGE (t:TradeRoute {id: $id}) SET t.kind = $kind, t.name = $name, t.confidence = $confidence`
	rowPart        = `MATCH (p:Entity {id: $entity}), (e:Event {id: $event}) MERGE (p)-[x:PARTICIPATED_IN {role: $role}]->(e)`
	rowReportEvent = `MATCH (a:Article {id: $article}), (f:Event {id: $fact})
MERGE (a)-[r:REPORTS]->(f) SET r.sentence = $sentence, r.quote = $quote, r.confidence = $confidence`
	rowReportRoute = `MATCH (a:Article {id: $article}), (f:TradeRoute {id: $fact})
MERGE (a)-[r:REPORTS]->(f) SET r.sentence = $sentence, r.quote = $quote, r.confidence = $confidence`
	rowMention = `MATCH (a:Article {id: $article}), (x:Entity {id: $entity}) MERGE (a)-[m:MENTIONS]->(x) SET m.count = $count`
	// wipeAll empties the database in chunks; the bench only runs it on a
	// database it found empty or was told to reset.
	wipeAll = `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`
)

// rowLoader is the baseline loader: it extracts each article on one
// goroutine and writes every node and relationship with its own query.
type rowLoader struct {
	driver neo4j.DriverWithContext
	db     string
	x      *loader.Extractor
	rows   int
}

func openRowLoader(ctx context.Context, cfg neo4jstore.Config, x *loader.Extractor) (*rowLoader, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, fmt.Errorf("neo4j driver: %w", err)
	}
	if err := d.VerifyConnectivity(ctx); err != nil {
		d.Close(ctx)
		return nil, fmt.Errorf("neo4j at %s: %w", cfg.URI, err)
	}
	return &rowLoader{driver: d, db: cfg.Database, x: x}, nil
}

func (r *rowLoader) close(ctx context.Context) { r.driver.Close(ctx) }

func (r *rowLoader) run(ctx context.Context, query string, params map[string]any) error {
	r.rows++
	_, err := neo4j.ExecuteQuery(ctx, r.driver, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(r.db))
	if err != nil {
		return fmt.Errorf("per-row loader: %w", err)
	}
	return nil
}

// wipe deletes every node, in an implicit transaction as CALL … IN
// TRANSACTIONS requires.
func (r *rowLoader) wipe(ctx context.Context) error {
	sess := r.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: r.db})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, wipeAll, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("empty the bench database: %w", err)
	}
	return nil
}

// load extracts and writes one article row by row.
func (r *rowLoader) load(ctx context.Context, a graph.Article) error {
	ex := r.x.Extract(a)
	art := ex.Article
	if err := r.run(ctx, rowArticle, map[string]any{"id": art.ID, "url": art.URL, "title": art.Title, "published": art.Published}); err != nil {
		return err
	}
	for _, e := range ex.Entities {
		if err := r.run(ctx, rowEntity, map[string]any{"id": e.ID, "name": e.Name, "kind": string(e.Kind)}); err != nil {
			return err
		}
	}
	for _, ev := range ex.Events {
		p := map[string]any{"id": ev.ID, "kind": string(ev.Kind), "name": ev.Name, "date": ev.Date.Value, "confidence": ev.Confidence}
		if err := r.run(ctx, rowEvent, p); err != nil {
			return err
		}
		for _, pt := range ev.Participants {
			if err := r.run(ctx, rowPart, map[string]any{"entity": pt.EntityID, "event": ev.ID, "role": pt.Role}); err != nil {
				return err
			}
		}
		if err := r.evidence(ctx, rowReportEvent, ev.ID, ev.Evidence); err != nil {
			return err
		}
	}
	for _, rt := range ex.Routes {
		if err := r.run(ctx, rowRoute, map[string]any{"id": rt.ID, "kind": string(rt.Kind), "name": rt.Name, "confidence": rt.Confidence}); err != nil {
			return err
		}
		if err := r.evidence(ctx, rowReportRoute, rt.ID, rt.Evidence); err != nil {
			return err
		}
	}
	for _, m := range ex.Mentions {
		if err := r.run(ctx, rowMention, map[string]any{"article": m.ArticleID, "entity": m.EntityID, "count": m.Count}); err != nil {
			return err
		}
	}
	return nil
}

func (r *rowLoader) evidence(ctx context.Context, query, fact string, evs []graph.Evidence) error {
	for _, e := range evs {
		p := map[string]any{"article": e.ArticleID, "fact": fact, "sentence": e.Sentence, "quote": e.Quote, "confidence": e.Confidence}
		if err := r.run(ctx, query, p); err != nil {
			return err
		}
	}
	return nil
}
