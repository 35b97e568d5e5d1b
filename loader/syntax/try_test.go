package syntax

import (
	"os"
	"strings"
	"testing"
)

func TestTry(t *testing.T) {
	p, err := NewParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(os.Getenv("SENTS"), "|") {
		t.Log(p.Parse(l, nil).String())
	}
}
