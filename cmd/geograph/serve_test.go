package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// postRaw posts a query as key and returns the error codes and messages.
func postRaw(t *testing.T, addr, key, query string) (codes, messages []string) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("X-API-Key", key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var r struct {
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("answer %s: %v", raw, err)
	}
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		codes, messages = append(codes, c), append(messages, e.Message)
	}
	return codes, messages
}

// `serve --production` runs only trusted documents and refuses
// introspection, each with its own code; --trusted-only=false lifts the
// first and not the second; admin keys may send any document.
func TestServeProduction(t *testing.T) {
	env := map[string]string{"GEOGRAPH_API_KEYS": "admin-secret:admin:root,reader-secret:reader:rita"}
	const plain = `{ countries { totalCount } }`
	const introspect = `{ __schema { queryType { name } } }`
	type request struct {
		name, key, query string
		want             []string
	}
	servers := []struct {
		args     []string
		requests []request
	}{
		{[]string{"--production"}, []request{
			{"an unsaved document", "reader-secret", plain, []string{"UNTRUSTED_DOCUMENT"}},
			{"an unsaved document from an admin", "admin-secret", plain, nil},
			{"introspection, even from an admin", "admin-secret", introspect, []string{"INTROSPECTION_DISABLED"}},
		}},
		{[]string{"--production", "--trusted-only=false"}, []request{
			{"an unsaved document", "", plain, nil},
			{"introspection", "", introspect, []string{"INTROSPECTION_DISABLED"}},
		}},
	}
	for _, srv := range servers {
		addr := startServe(t, env, append([]string{"--data", t.TempDir()}, srv.args...)...)
		for _, r := range srv.requests {
			codes, msgs := postRaw(t, addr, r.key, r.query)
			if diff := cmp.Diff(r.want, codes); diff != "" {
				t.Errorf("serve %s, %s: codes (-want +got):\n%s\nmessages: %q", strings.Join(srv.args, " "), r.name, diff, msgs)
			}
		}
	}
}

// A key without a name of its own stops serve before it listens, saying
// which key and why.
func TestServeRefusesNamelessKeys(t *testing.T) {
	for _, keys := range []string{"key-one:analyst,key-two:analyst", "key-one:analyst:ann,key-two:admin:ann"} {
		m, _, _ := testMain(map[string]string{"GEOGRAPH_API_KEYS": keys})
		err := m.Run(t.Context(), []string{"serve", "--addr", "127.0.0.1:0", "--data", t.TempDir()})
		if err == nil || !strings.Contains(err.Error(), "GEOGRAPH_API_KEYS: api key key…") {
			t.Errorf("serve with keys %q: error %v, want one naming the key", keys, err)
		}
	}
}
