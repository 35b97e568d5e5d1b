package server

import (
	"log/slog"
	"time"

	"geograph/graph"
)

//go:generate go tool gqlgen --config gqlgen.yml

// Resolver holds what the resolvers need. Resolver bodies stay a few lines
// that delegate to the store through the request's dataloaders; helpers live
// in the other files of this package.
type Resolver struct {
	store  graph.Store
	loader ArticleLoader
	logger *slog.Logger
	now    func() time.Time
	srv    *Server
}
