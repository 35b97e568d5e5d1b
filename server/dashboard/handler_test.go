package dashboard

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestHandlerServesEmbeddedAssets: the page names its script, the script is
// served whole, gzipped to clients that ask, and plain to others.
func TestHandlerServesEmbeddedAssets(t *testing.T) {
	h := Handler()
	get := func(path, encoding string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		if encoding != "" {
			req.Header.Set("Accept-Encoding", encoding)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	page := get("/dashboard", "")
	if page.Code != http.StatusOK || !strings.Contains(page.Body.String(), `src="/dashboard/app.js"`) {
		t.Fatalf("GET /dashboard = %d %q", page.Code, page.Body.String())
	}
	plain := get("/dashboard/app.js", "")
	if plain.Code != http.StatusOK || plain.Header().Get("Content-Encoding") != "" || plain.Body.Len() < 1000 {
		t.Fatalf("plain app.js: %d, encoding %q, %d bytes", plain.Code, plain.Header().Get("Content-Encoding"), plain.Body.Len())
	}
	zipped := get("/dashboard/app.js", "gzip, br")
	if zipped.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(zipped.Header().Get("Content-Type"), "javascript") {
		t.Fatalf("gzipped app.js headers: %v", zipped.Header())
	}
	zr, err := gzip.NewReader(zipped.Body)
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if string(unzipped) != plain.Body.String() {
		t.Errorf("gzipped app.js unzips to %d bytes, want the %d of the plain one", len(unzipped), plain.Body.Len())
	}
	if got := get("/dashboard/missing.js", "gzip"); got.Code != http.StatusNotFound {
		t.Errorf("GET a missing asset = %d, want 404", got.Code)
	}
}
