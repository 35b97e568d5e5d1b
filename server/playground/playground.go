// Package playground serves an offline GraphiQL: the page and the browser
// builds of GraphiQL 4.1.2 and React 18.2.0, embedded in the binary (fetched
// by scripts/playground-assets), so it works without internet.
package playground

import (
	"embed"
	"html/template"
	"io/fs"
	"net/http"
)

//go:embed assets
var assets embed.FS

//go:embed page.html
var pageHTML string

var page = template.Must(template.New("playground").Parse(pageHTML))

// Page returns the playground page for the GraphQL endpoint at endpoint. It
// loads its scripts from assetsPath.
func Page(endpoint, assetsPath string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		page.Execute(w, struct{ Endpoint, Assets string }{endpoint, assetsPath})
	})
}

// Assets serves the embedded scripts and styles under prefix.
func Assets(prefix string) http.Handler {
	sub, _ := fs.Sub(assets, "assets")
	return http.StripPrefix(prefix, http.FileServer(http.FS(sub)))
}
