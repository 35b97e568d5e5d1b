package syntax

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

var updateModel = flag.Bool("update-model", false, "rewrite tagger.model from prose's embedded weights")

// TestModelFileMatchesProse rebuilds tagger.model from prose's weights and
// checks it is byte for byte the file we embed; -update-model rewrites it
// (go test ./loader/syntax -run TestModelFileMatchesProse -update-model).
func TestModelFileMatchesProse(t *testing.T) {
	tg, err := taggerFromProse()
	if err != nil {
		t.Fatal(err)
	}
	want, err := writeModel(tg)
	if err != nil {
		t.Fatal(err)
	}
	if *updateModel {
		if err := os.WriteFile("tagger.model", want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, got) {
		t.Fatalf("tagger.model (%d bytes) differs from prose's weights (%d bytes); rerun with -update-model", len(got), len(want))
	}
	back, err := readModel(got)
	if err != nil {
		t.Fatal(err)
	}
	again, err := writeModel(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, got) {
		t.Error("reading and writing the model changes it")
	}
}

func TestBadModelFile(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not a model"), modelFile[:len(modelFile)/2]} {
		if _, err := readModel(in); err == nil {
			t.Errorf("readModel accepted %d bytes of junk", len(in))
		}
	}
}

// taggerFromProse decodes prose's averaged-perceptron weights, read
// through its exported Asset, into our tagger.
func taggerFromProse() (*tagger, error) {
	var classes []string
	var known map[string]string
	var weights map[string]map[string]float64
	for _, a := range []struct {
		name string
		into any
	}{{"classes.gob", &classes}, {"tags.gob", &known}, {"weights.gob", &weights}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("tagger model %s: %w", a.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.into); err != nil {
			return nil, fmt.Errorf("tagger model %s: %w", a.name, err)
		}
	}
	sort.Strings(classes) // a fixed order makes ties break the same way every run
	index := make(map[string]int32, len(classes))
	t := &tagger{classes: classes, known: known, rows: newTable(len(weights))}
	for i, c := range classes {
		index[c] = int32(i)
	}
	feats := make([]string, 0, len(weights))
	for f := range weights {
		feats = append(feats, f)
	}
	sort.Strings(feats) // deterministic layout
	for _, feat := range feats {
		key, ok := parseFeature(feat)
		if !ok {
			return nil, fmt.Errorf("tagger model: feature %q fits no template", feat)
		}
		if _, dup := t.rows.get(key); dup || key == 0 {
			return nil, fmt.Errorf("tagger model: feature %q collides with another's hash", feat)
		}
		start := len(t.weights)
		for c, w := range weights[feat] {
			if ci, ok := index[c]; ok && w != 0 {
				t.weights = append(t.weights, classWeight{ci, float32(w)})
			}
		}
		if len(t.weights) == start {
			continue
		}
		row := t.weights[start:]
		sort.Slice(row, func(i, j int) bool { return row[i].class < row[j].class })
		t.weights = append(t.weights, classWeight{class: -1})
		t.rows.put(key, int32(start))
	}
	return t, nil
}

// parseFeature turns one of prose's feature strings into our key.
func parseFeature(f string) (uint64, bool) {
	if f == "bias" {
		return featureKey(tBias, 0, 0), true
	}
	for id, tm := range templates {
		if id == tBias || len(f) <= len(tm) || f[:len(tm)] != tm || f[len(tm)] != ' ' {
			continue
		}
		v := f[len(tm)+1:]
		if !twoValued(id) {
			return featureKey(id, hashString(v), 0), true
		}
		i := strings.IndexByte(v, ' ')
		if i < 0 {
			return 0, false
		}
		return featureKey(id, hashString(v[:i]), hashString(v[i+1:])), true
	}
	return 0, false
}
