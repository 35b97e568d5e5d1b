package loader

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// checkText rejects what is not an article's text: empty, binary or not UTF-8.
func checkText(raw []byte) error {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return errors.New("empty")
	case bytes.IndexByte(raw, 0) >= 0:
		return errors.New("binary content (NUL bytes)")
	case !utf8.Valid(raw):
		return fmt.Errorf("not valid UTF-8 (first bad byte at offset %d)", firstInvalid(raw))
	case controlBytes(raw)*100 > len(raw):
		return errors.New("binary content (control characters)")
	}
	return nil
}

func firstInvalid(raw []byte) int {
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// controlBytes counts the C0 control characters text does not use.
func controlBytes(raw []byte) int {
	n := 0
	for _, c := range raw {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return n
}

// sniff guesses the format of standard input.
func sniff(raw []byte) string {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || t[0] != '{' {
		return ".txt"
	}
	if i := bytes.IndexByte(t, '\n'); i > 0 && bytes.HasSuffix(bytes.TrimSpace(t[:i]), []byte("}")) {
		return ".jsonl"
	}
	return ".json"
}
