// Package server serves the geograph knowledge graph as GraphQL over HTTP and
// websocket: the resolvers over a graph.Store, per-request dataloaders,
// API keys and roles, query limits, saved queries, subscriptions, the
// embedded GraphiQL playground and the health endpoints.
package server
