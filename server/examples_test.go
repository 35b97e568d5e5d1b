package server

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden results in testdata/examples")

// TestExamples saves each analyst example in testdata/examples as a saved
// query, runs it by name as a dashboard would (GET /queries/{name}) and
// compares the result with its golden file (-update rewrites them).
func TestExamples(t *testing.T) {
	srv := newServer(t, newStore(t, fixtureBatches()...))
	files, err := filepath.Glob("testdata/examples/*.graphql")
	if err != nil || len(files) != 5 {
		t.Fatalf("want five examples, found %v (%v)", files, err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".graphql")
		t.Run(name, func(t *testing.T) {
			doc, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			mustData(t, post(t, srv, "analyst-key", saveMutation, saveInput(name, string(doc), "README example", nil)))
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/queries/"+name, nil))
			var got struct {
				Data   json.RawMessage
				Errors []gqlError
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != http.StatusOK || len(got.Errors) > 0 {
				t.Fatalf("GET /queries/%s: status %d, %s (%v)", name, rec.Code, rec.Body, err)
			}
			var pretty bytes.Buffer
			json.Indent(&pretty, got.Data, "", "  ")
			pretty.WriteByte('\n')
			golden := strings.TrimSuffix(file, ".graphql") + ".json"
			if *update {
				if err := os.WriteFile(golden, pretty.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), pretty.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", golden, diff)
			}
		})
	}
}
