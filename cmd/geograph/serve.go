package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"strings"

	"geograph/graph"
	"geograph/loader"
	"geograph/server"
)

// runServe serves the graph as GraphQL until ctx is done, then shuts down
// gracefully.
func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	var (
		sf         storeFlags
		addr       = fs.String("addr", "127.0.0.1:8080", "address to listen on")
		production = fs.Bool("production", false, "production mode: no introspection, suggestions or playground; --trusted-only on")
		trusted    = fs.Bool("trusted-only", false, "run only saved queries' documents (as text or persisted-query hash); admin keys may send any (default true with --production)")
		cors       = fs.String("cors", "", "comma-separated origins allowed to call the API from a browser")
		requireKey = fs.Bool("require-key", false, "reads need an API key too (GEOGRAPH_API_KEYS)")
		load       multiFlag
	)
	sf.register(fs)
	fs.Var(&load, "load", "load articles from `PATH` (file, folder or -) before serving; repeatable")
	if err := fs.Parse(args); err != nil {
		return err
	}
	load = append(load, fs.Args()...)
	trustedOnly := *trusted
	if *production && !flagSet(fs, "trusted-only") {
		trustedOnly = true
	}

	keys, err := server.ParseAPIKeys(m.Getenv("GEOGRAPH_API_KEYS"))
	if err != nil {
		return fmt.Errorf("GEOGRAPH_API_KEYS: %w", err)
	}
	store, err := m.openStore(ctx, sf)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))

	// The server and the loader point at each other: the loader reports each
	// write to the server's subscriptions, the server runs the loader for
	// ingestArticle.
	var srv *server.Server
	ld, err := loader.New(store, loader.Options{OnBatch: func(b *graph.Batch) {
		if srv != nil {
			srv.BatchWritten(b)
		}
	}})
	if err != nil {
		return err
	}
	srv, err = server.New(server.Config{
		Store:       store,
		Loader:      ld,
		Logger:      m.Logger,
		Now:         m.Now,
		Production:  *production,
		TrustedOnly: trustedOnly,
		APIKeys:     keys,
		RequireKey:  *requireKey,
		CORSOrigins: splitList(*cors),
	})
	if err != nil {
		return err
	}
	if len(load) > 0 {
		sum, err := ld.LoadPaths(ctx, load, loader.Meta{})
		if err != nil {
			return fmt.Errorf("load: %w", err)
		}
		for _, e := range sum.Errors {
			m.Logger.Warn("load", "err", e)
		}
		m.Logger.Info("loaded", "articles", sum.Articles, "failed", sum.Failed, "events", sum.Events,
			"merged", sum.Merged, "routes", sum.Routes, "entities", sum.Entities)
	}

	if err := srv.EnsureDefaultDashboard(ctx); err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		m.Logger.Warn("no API keys in GEOGRAPH_API_KEYS: ingestArticle and saved-query changes are refused")
	}
	m.Logger.Info("serving", "addr", "http://"+ln.Addr().String(), "graphql", "/graphql", "dashboard", "/dashboard",
		"playground", !*production, "trusted_only", trustedOnly, "keys", len(keys))
	if m.ready != nil {
		m.ready <- ln.Addr().String()
	}
	return srv.Serve(ctx, ln)
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (f *multiFlag) String() string     { return strings.Join(*f, ",") }
func (f *multiFlag) Set(v string) error { *f = append(*f, v); return nil }

// splitList splits a comma-separated flag, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
