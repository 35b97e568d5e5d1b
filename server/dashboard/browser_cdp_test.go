package dashboard_test

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// browser drives headless Chromium over the DevTools protocol: one page,
// real mouse and keyboard input, scripts evaluated in the page. It is the
// few protocol calls the dashboard tests need, so the module gains no
// browser-automation dependency.
type browser struct {
	t       *testing.T
	conn    *websocket.Conn
	session string

	mu      sync.Mutex
	next    int64
	pending map[int64]chan cdpMessage
	errors  []string // exceptions thrown in the page
}

type cdpMessage struct {
	ID        int64           `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startBrowser starts Chromium with no network beyond this machine (every
// host but 127.0.0.1 fails to resolve, so a page reaching for a CDN breaks)
// and opens one page.
func startBrowser(t *testing.T, bin string) *browser {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	// Not t.TempDir: Chromium's helper processes may still be writing there
	// when the test ends, which would fail its removal.
	profile, err := os.MkdirTemp("", "geograph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir="+profile,
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--remote-debugging-port=0", "--window-size=1280,1000", "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	var b *browser
	t.Cleanup(func() {
		if b != nil {
			b.session = ""                   // a browser command, not a page one
			b.try("Browser.close", nil, nil) // lets Chromium end its helpers
		}
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			cancel()
			<-done
		}
		cancel()
		os.RemoveAll(profile)
	})
	wsURL := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if _, u, ok := strings.Cut(sc.Text(), "DevTools listening on "); ok {
				wsURL <- u
			}
		}
	}()
	var u string
	select {
	case u = <-wsURL:
	case <-time.After(60 * time.Second):
		t.Fatal("chromium did not open its DevTools endpoint")
	}
	conn, _, err := websocket.Dial(ctx, u, nil)
	if err != nil {
		t.Fatalf("devtools: %v", err)
	}
	conn.SetReadLimit(64 << 20) // screenshots arrive as one message
	b = &browser{t: t, conn: conn, pending: map[int64]chan cdpMessage{}}
	go b.read(ctx)
	var target struct{ TargetID string }
	b.call("Target.createTarget", map[string]any{"url": "about:blank"}, &target)
	var attached struct{ SessionID string }
	b.call("Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached)
	b.session = attached.SessionID
	b.call("Page.enable", nil, nil)
	b.call("Runtime.enable", nil, nil)
	return b
}

func (b *browser) read(ctx context.Context) {
	for {
		_, data, err := b.conn.Read(ctx)
		if err != nil {
			return
		}
		var m cdpMessage
		if json.Unmarshal(data, &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.Method == "Runtime.exceptionThrown" {
			b.errors = append(b.errors, string(m.Params))
		}
		if ch, ok := b.pending[m.ID]; ok && m.Method == "" {
			delete(b.pending, m.ID)
			ch <- m
		}
		b.mu.Unlock()
	}
}

// call sends one protocol command to the page (to the browser before the
// page is attached) and decodes its result into out.
func (b *browser) call(method string, params, out any) {
	b.t.Helper()
	if err := b.try(method, params, out); err != nil {
		b.t.Fatal(err)
	}
}

// try is call returning the protocol's error.
func (b *browser) try(method string, params, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan cdpMessage, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	msg, _ := json.Marshal(cdpMessage{ID: id, Method: method, SessionID: b.session, Params: mustJSON(params)})
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := b.conn.Write(ctx, websocket.MessageText, msg); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		if out != nil {
			if err := json.Unmarshal(m.Result, out); err != nil {
				return fmt.Errorf("%s result: %w", method, err)
			}
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: no answer from chromium", method)
	}
}

func mustJSON(v any) json.RawMessage {
	if v == nil {
		return nil
	}
	b, _ := json.Marshal(v)
	return b
}

// eval runs a script in the page, awaiting a promise it returns, and
// decodes its value into out (nil to ignore it).
func (b *browser) eval(script string, out any) {
	b.t.Helper()
	var r struct {
		Result           struct{ Value json.RawMessage }
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	params := map[string]any{"expression": script, "awaitPromise": true, "returnByValue": true}
	// A script running while the page navigates (a click that loads another
	// dashboard) loses its page; run it again in the new one.
	for tries := 0; ; tries++ {
		err := b.try("Runtime.evaluate", params, &r)
		if err == nil {
			break
		}
		if tries == 20 || !(strings.Contains(err.Error(), "navigated") || strings.Contains(err.Error(), "context was destroyed")) {
			b.t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if r.ExceptionDetails != nil {
		b.t.Fatalf("in the page: %s %s\nscript: %.300s", r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description, script)
	}
	if out != nil && len(r.Result.Value) > 0 {
		if err := json.Unmarshal(r.Result.Value, out); err != nil {
			b.t.Fatalf("script value %s: %v", r.Result.Value, err)
		}
	}
}

// waitFor polls a JavaScript expression in the page until it is truthy and
// returns its value in out. The cap is generous (a busy machine is slow);
// it only bounds a test that would otherwise hang.
func (b *browser) waitFor(what, expr string, out any) {
	b.t.Helper()
	script := fmt.Sprintf(`new Promise((resolve, reject) => {
	  const start = Date.now();
	  const poll = () => {
	    let v;
	    try { v = (%s); } catch (e) { v = undefined; }
	    if (v) return resolve(v);
	    if (Date.now() - start > 60000) return reject(new Error("gave up waiting for: " + %q));
	    setTimeout(poll, 50);
	  };
	  poll();
	})`, expr, what)
	b.eval(script, out)
}

func (b *browser) navigate(url string) {
	b.t.Helper()
	b.call("Page.navigate", map[string]any{"url": url}, nil)
	b.waitFor("the page to load", `document.readyState === "complete" && location.href === `+strconvQuote(url), nil)
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

// clickAt presses and releases the left mouse button at a point of the
// viewport, as a user's click.
func (b *browser) clickAt(x, y float64) {
	b.t.Helper()
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		b.call("Input.dispatchMouseEvent", map[string]any{"type": typ, "x": x, "y": y, "button": "left", "clickCount": 1}, nil)
	}
}

// click scrolls the first element matching selector into view and clicks
// its centre.
func (b *browser) click(selector string) {
	b.t.Helper()
	var at struct{ X, Y float64 }
	b.waitFor("element "+selector, fmt.Sprintf(`(() => {
	  const el = document.querySelector(%s);
	  if (!el) return null;
	  el.scrollIntoView({block: "center"});
	  const r = el.getBoundingClientRect();
	  return {x: r.left + r.width / 2, y: r.top + r.height / 2};
	})()`, strconvQuote(selector)), &at)
	b.clickAt(at.X, at.Y)
}

// typeInto focuses an input, empties it and types text as a keyboard would.
func (b *browser) typeInto(selector, text string) {
	b.t.Helper()
	b.click(selector)
	b.eval(fmt.Sprintf(`document.querySelector(%s).select()`, strconvQuote(selector)), nil)
	b.call("Input.insertText", map[string]any{"text": text}, nil)
}

// screenshot saves the page as a PNG, scaled by scale, at most maxHeight
// CSS pixels from the top (0: all of it).
func (b *browser) screenshot(path string, scale, maxHeight float64) {
	b.t.Helper()
	var size struct{ Width, Height float64 }
	b.eval(`scrollTo(0, 0); ({width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight})`, &size)
	if maxHeight > 0 && size.Height > maxHeight {
		size.Height = maxHeight
	}
	var shot struct{ Data string }
	b.call("Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true,
		"clip": map[string]any{"x": 0, "y": 0, "width": size.Width, "height": size.Height, "scale": scale}}, &shot)
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s (%d bytes)", path, len(png))
}

// pageErrors returns the exceptions the page threw so far.
func (b *browser) pageErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errors...)
}
