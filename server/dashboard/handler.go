package dashboard

import (
	"embed"
	"io/fs"
	"net/http"
)

// dist is the built front end (scripts/dashboard-assets builds it from
// web/), embedded so the binary serves dashboards offline and the Go build
// needs no Node.
//
//go:embed dist
var dist embed.FS

// Handler serves the dashboard page at /dashboard and its assets below
// /dashboard/. The page talks to the public GraphQL API only.
func Handler() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embedded tree always has dist
	}
	files := http.StripPrefix("/dashboard/", http.FileServerFS(sub))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /dashboard", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, sub, "index.html")
	})
	mux.Handle("GET /dashboard/", files)
	return mux
}
