package server

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// chromium returns the path of a headless-capable Chromium, or skips the
// test (fails it when GEOGRAPH_REQUIRE_BROWSER=1, as CI sets).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("GEOGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("GEOGRAPH_REQUIRE_BROWSER") == "1" {
		t.Fatal("no chromium found and GEOGRAPH_REQUIRE_BROWSER=1 (apt-get install chromium)")
	}
	t.Skip("no chromium found: install it (apt-get install chromium) to run the playground test")
	return ""
}

// runChromium runs headless Chromium on url with no network beyond this
// machine: every host but 127.0.0.1 fails to resolve, so a page that
// reached for a CDN would stay blank.
func runChromium(t *testing.T, bin, url string, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir(),
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--virtual-time-budget=20000", "--window-size=1280,900",
	}, extra...)
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// TestPlaygroundInBrowser opens the embedded GraphiQL in headless Chromium
// against a real server on the embedded store, has it run a query and checks
// the answer shows in the page. The screenshot is kept in
// testdata/artifacts/playground.png.
func TestPlaygroundInBrowser(t *testing.T) {
	bin := chromium(t)
	srv := newServer(t, newStore(t, fixtureBatches()...))
	var (
		mu     sync.Mutex
		assets []string
	)
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/playground/assets/") {
			mu.Lock()
			assets = append(assets, r.URL.Path)
			mu.Unlock()
		}
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(hs.Close)

	query := `{ country(code: "KZ") { name leaders(date: "2018-01-01") { person { name } } } }`
	page := hs.URL + "/playground?run=1&query=" + url.QueryEscape(query)
	dom := string(runChromium(t, bin, page, "--dump-dom"))
	for _, want := range []string{"graphiql-container", "Nursultan Nazarbayev"} {
		if !strings.Contains(dom, want) {
			t.Errorf("page does not show %q; DOM starts %.2000s", want, dom)
		}
	}
	mu.Lock()
	fetched := len(assets)
	mu.Unlock()
	if fetched < 4 {
		t.Errorf("embedded assets fetched: %v, want the GraphiQL and React scripts and styles", assets)
	}

	dir := filepath.Join("testdata", "artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	shot, err := filepath.Abs(filepath.Join(dir, "playground.png"))
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(shot)
	runChromium(t, bin, page, "--screenshot="+shot)
	if info, err := os.Stat(shot); err != nil || info.Size() == 0 {
		t.Errorf("no screenshot at %s: %v", shot, err)
	} else {
		t.Logf("screenshot: %s (%d bytes)", shot, info.Size())
	}
}
