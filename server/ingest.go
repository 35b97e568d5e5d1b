package server

import (
	"context"
	"strings"

	"geograph/graph"
	"geograph/server/generated"
	"geograph/server/model"
)

// ingest runs the loader on one article and returns what it wrote, read
// back from the store so merged events show all their evidence.
func (s *Server) ingest(ctx context.Context, in generated.ArticleInput) (*generated.IngestResult, error) {
	if s.cfg.Loader == nil {
		return nil, graph.Errorf(graph.EINVALID, "this server does not load articles")
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil, graph.Errorf(graph.EINVALID, "article text is empty")
	}
	if p := strOr(in.Published, ""); p != "" && (len(p) != 10 || !graph.ValidDate(p)) {
		return nil, graph.Errorf(graph.EINVALID, "published %q is not YYYY-MM-DD", p)
	}
	b, err := s.cfg.Loader.LoadArticle(ctx, graph.Article{
		URL: strOr(in.URL, ""), Title: strOr(in.Title, ""), Source: strOr(in.Source, ""),
		Published: strOr(in.Published, ""), Text: in.Text,
	})
	if err != nil {
		return nil, err
	}
	res := &generated.IngestResult{Events: []model.Event{}, Routes: []model.Route{}, Entities: len(b.Entities)}
	if len(b.Articles) > 0 {
		if res.Article, err = article(ctx, b.Articles[0].ID); err != nil {
			return nil, err
		}
	}
	var evIDs, rtIDs []string
	for _, e := range b.Events {
		evIDs = append(evIDs, e.ID)
	}
	for _, r := range b.Routes {
		rtIDs = append(rtIDs, r.ID)
	}
	evs, err := loadersFrom(ctx).events.LoadAll(ctx, evIDs)
	if err != nil {
		return nil, err
	}
	for _, e := range evs {
		if e != nil {
			res.Events = append(res.Events, model.NewEvent(*e))
		}
	}
	rts, err := loadersFrom(ctx).routes.LoadAll(ctx, rtIDs)
	if err != nil {
		return nil, err
	}
	for _, r := range rts {
		if r != nil {
			res.Routes = append(res.Routes, model.NewRoute(*r))
		}
	}
	return res, nil
}
