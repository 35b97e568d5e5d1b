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
	tests := []struct {
		name  string
		args  []string
		key   string
		query string
		want  []string
	}{
		{"production refuses an unsaved document", []string{"--production"}, "reader-secret", plain, []string{"UNTRUSTED_DOCUMENT"}},
		{"production lets an admin send one", []string{"--production"}, "admin-secret", plain, nil},
		{"production refuses introspection, even to an admin", []string{"--production"}, "admin-secret", introspect, []string{"INTROSPECTION_DISABLED"}},
		{"trusted-only off", []string{"--production", "--trusted-only=false"}, "", plain, nil},
		{"trusted-only off still refuses introspection", []string{"--production", "--trusted-only=false"}, "", introspect, []string{"INTROSPECTION_DISABLED"}},
		{"trusted-only without production", []string{"--trusted-only"}, "", plain, []string{"UNTRUSTED_DOCUMENT"}},
		{"development", nil, "", introspect, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr := startServe(t, env, append([]string{"--data", t.TempDir()}, tt.args...)...)
			codes, msgs := postRaw(t, addr, tt.key, tt.query)
			if diff := cmp.Diff(tt.want, codes); diff != "" {
				t.Errorf("codes (-want +got):\n%s\nmessages: %q", diff, msgs)
			}
		})
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
