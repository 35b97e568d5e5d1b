package dashboard

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
)

// dist is the built front end (scripts/dashboard-assets builds it from
// web/), embedded so the binary serves dashboards offline and the Go build
// needs no Node.
//
//go:embed dist
var dist embed.FS

// Handler serves the dashboard page at /dashboard and its assets below
// /dashboard/. The page talks to the public GraphQL API only. Scripts and
// styles go gzipped to clients that accept it: a third of the bytes.
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
	mux.HandleFunc("GET /dashboard/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/dashboard/")
		if gz := compressed(sub, name); gz != nil && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Vary", "Accept-Encoding")
			w.Write(gz)
			return
		}
		files.ServeHTTP(w, r)
	})
	return mux
}

var (
	gzipOnce sync.Once
	gzipped  map[string][]byte
)

// compressed returns the gzipped bytes of a script or stylesheet of fsys,
// compressing them all on first use; nil for anything else.
func compressed(fsys fs.FS, name string) []byte {
	gzipOnce.Do(func() {
		gzipped = map[string][]byte{}
		entries, _ := fs.ReadDir(fsys, ".")
		for _, e := range entries {
			if ext := path.Ext(e.Name()); ext != ".js" && ext != ".css" {
				continue
			}
			data, err := fs.ReadFile(fsys, e.Name())
			if err != nil {
				continue
			}
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			zw.Write(data)
			zw.Close()
			gzipped[e.Name()] = buf.Bytes()
		}
	})
	return gzipped[name]
}
