package loader

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"geograph/graph"
)

// MaxArticleBytes bounds one article: a .txt or .json file, or one .jsonl line.
const MaxArticleBytes = 2 << 20

// Meta overrides the header fields of every article read; empty fields do
// not override.
type Meta struct {
	URL       string
	Title     string
	Published string // YYYY-MM-DD
	Source    string
}

// Input is one article read from a path, or why it could not be read.
type Input struct {
	Article graph.Article
	Origin  string // "path" or "path:line"
	Err     error  // an *InputError when the article is malformed
}

// InputError names the file (and line, for .jsonl) an article failed in.
type InputError struct {
	Path   string
	Line   int // 1-based; 0 when the whole file is meant
	Reason string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Reason)
}

// Reader reads articles from files, folders and standard input.
type Reader struct {
	Stdin io.Reader // read for the path "-"
	Meta  Meta
}

// articleExts are the file kinds a folder walk picks up.
var articleExts = map[string]bool{".txt": true, ".json": true, ".jsonl": true, ".html": true, ".htm": true}

// Walk reads every article under paths in order (folders recursively, files
// sorted by name) and calls fn with each, including the malformed ones. It
// stops early only when fn or ctx returns an error, or when a path cannot be
// opened at all and is not a broken article (that is reported through fn too).
func (r *Reader) Walk(ctx context.Context, paths []string, fn func(Input) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := r.readStream(ctx, "-", r.Stdin, fn); err != nil {
				return err
			}
			continue
		}
		files, err := expand(p)
		if err != nil {
			if err := fn(Input{Origin: p, Err: &InputError{Path: p, Reason: err.Error()}}); err != nil {
				return err
			}
			continue
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := r.readFile(ctx, f, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// expand returns the article files a path names: itself, or for a folder
// every .txt, .json, .jsonl, .html and .htm file below it, sorted.
func expand(p string) ([]string, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("cannot open: %w", errors.Unwrap(err))
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && articleExts[strings.ToLower(filepath.Ext(path))] {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk folder: %w", err)
	}
	sort.Strings(files)
	return files, nil
}

func (r *Reader) readFile(ctx context.Context, path string, fn func(Input) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Input{Origin: path, Err: &InputError{Path: path, Reason: "cannot open: " + errors.Unwrap(err).Error()}})
	}
	defer f.Close()
	// A file too large to be one article is refused by its size, unread.
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > MaxArticleBytes &&
		strings.ToLower(filepath.Ext(path)) != ".jsonl" {
		return fn(Input{Origin: path, Err: &InputError{Path: path,
			Reason: fmt.Sprintf("%d bytes, larger than the %d an article may have", info.Size(), MaxArticleBytes)}})
	}
	return r.readStream(ctx, path, f, fn)
}

// readStream reads one file's articles; the extension of name picks the format
// and standard input is sniffed.
func (r *Reader) readStream(ctx context.Context, name string, in io.Reader, fn func(Input) error) error {
	if in == nil {
		return fn(Input{Origin: name, Err: &InputError{Path: name, Reason: "no standard input"}})
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".jsonl" {
		return r.readLines(ctx, name, in, fn)
	}
	raw, err := io.ReadAll(io.LimitReader(in, MaxArticleBytes+1))
	if err != nil {
		return fn(Input{Origin: name, Err: &InputError{Path: name, Reason: "read: " + err.Error()}})
	}
	if name == "-" {
		ext = sniff(raw)
		if ext == ".jsonl" {
			return r.readLines(ctx, name, io.MultiReader(bytes.NewReader(raw), in), fn)
		}
	}
	if len(raw) > MaxArticleBytes {
		return fn(Input{Origin: name, Err: &InputError{Path: name, Reason: fmt.Sprintf("larger than %d bytes", MaxArticleBytes)}})
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")) // a byte-order mark
	if err := checkText(raw); err != nil {
		return fn(Input{Origin: name, Err: &InputError{Path: name, Reason: err.Error()}})
	}
	var a graph.Article
	switch {
	case ext == ".json":
		a, err = parseJSON(raw)
	case ext == ".html" || ext == ".htm" || looksHTML(raw):
		a, err = parseHTML(string(raw))
	default:
		a, err = parseText(string(raw))
	}
	if err != nil {
		return fn(Input{Origin: name, Err: &InputError{Path: name, Reason: err.Error()}})
	}
	return fn(Input{Origin: name, Article: r.finish(a)})
}

// readLines reads a .jsonl stream: one article a line, blank lines skipped.
func (r *Reader) readLines(ctx context.Context, name string, in io.Reader, fn func(Input) error) error {
	br := bufio.NewReaderSize(in, 64<<10)
	seen := 0
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, tooLong, err := readLine(br, MaxArticleBytes)
		if line == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fn(Input{Origin: name, Err: &InputError{Path: name, Line: line, Reason: "read: " + err.Error()}})
		}
		origin := fmt.Sprintf("%s:%d", name, line)
		var in Input
		switch {
		case tooLong:
			in = Input{Origin: origin, Err: &InputError{Path: name, Line: line, Reason: fmt.Sprintf("line longer than %d bytes", MaxArticleBytes)}}
		case len(bytes.TrimSpace(raw)) == 0:
			if errors.Is(err, io.EOF) {
				if seen == 0 {
					return fn(Input{Origin: name, Err: &InputError{Path: name, Reason: "empty"}})
				}
				return nil
			}
			continue
		default:
			if cerr := checkText(raw); cerr != nil {
				in = Input{Origin: origin, Err: &InputError{Path: name, Line: line, Reason: cerr.Error()}}
			} else if a, perr := parseJSON(raw); perr != nil {
				in = Input{Origin: origin, Err: &InputError{Path: name, Line: line, Reason: perr.Error()}}
			} else {
				in = Input{Origin: origin, Article: r.finish(a)}
			}
		}
		seen++
		if ferr := fn(in); ferr != nil {
			return ferr
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine reads up to the next newline; a line over max bytes is drained
// and reported as too long.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max {
			tooLong = true
		} else {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return line, tooLong, err
	}
}

// finish applies the overrides, checks the date and sets the article's ID.
func (r *Reader) finish(a graph.Article) graph.Article {
	if r.Meta.URL != "" {
		a.URL = r.Meta.URL
	}
	if r.Meta.Title != "" {
		a.Title = r.Meta.Title
	}
	if r.Meta.Published != "" {
		a.Published = r.Meta.Published
	}
	if r.Meta.Source != "" {
		a.Source = r.Meta.Source
	}
	if a.Source == "" {
		a.Source = sourceFromURL(a.URL)
	}
	if a.Published == "" {
		a.Published = dateFromURL(a.URL)
	}
	a.ID = ArticleID(a)
	return a
}

var urlDateRE = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)`)

// dateFromURL reads a publication date from a URL path such as
// ".../2022/10/27/eu-chief-..." when the article states none.
func dateFromURL(u string) string {
	m := urlDateRE.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	d := m[1] + "-" + m[2] + "-" + m[3]
	if _, ok := parseDay(d); !ok {
		return ""
	}
	return d
}

// ArticleID is the article's node ID: a hash of its URL, or of its text when
// it has none.
func ArticleID(a graph.Article) string {
	if a.URL != "" {
		return graph.HashID(graph.KindArticle, a.URL)
	}
	return graph.HashID(graph.KindArticle, a.Text)
}
