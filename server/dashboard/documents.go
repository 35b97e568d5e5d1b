package dashboard

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"geograph/graph"
)

// The front end sends no GraphQL text of its own making: every document it
// needs is a file in documents/, which the build gives it as text and
// SHA-256 hash, and which the server trusts. Queries become saved queries
// named SystemPrefix+file (created or updated on every start, owned by
// geograph, versioned like any other and listed to analysts), so a server
// that runs only trusted documents runs them. A saved query may not hold a
// subscription, so the two the page subscribes with are trusted through
// Subscriptions instead.

//go:embed documents/*.graphql
var documentFiles embed.FS

// SystemPrefix starts the names of the saved queries the dashboard page
// itself sends. The '.' is one saveQuery refuses, so no analyst can take or
// change one of these names.
const SystemPrefix = "dashboard."

// Document is one of the page's own GraphQL documents.
type Document struct {
	Name         string // saved-query name: SystemPrefix + the file's base name
	Description  string // the file's first line, a comment
	Text         string // the whole file, byte for byte as the page hashes it
	Subscription bool
}

// Documents returns the page's documents, in file order.
func Documents() []Document {
	files, err := fs.Glob(documentFiles, "documents/*.graphql")
	if err != nil {
		panic(err) // the pattern is constant
	}
	docs := make([]Document, 0, len(files))
	for _, f := range files {
		b, err := documentFiles.ReadFile(f)
		if err != nil {
			panic(err) // embedded
		}
		text := string(b)
		first, rest, _ := strings.Cut(text, "\n")
		docs = append(docs, Document{
			Name:         SystemPrefix + strings.TrimSuffix(path.Base(f), ".graphql"),
			Description:  strings.TrimSpace(strings.TrimPrefix(first, "#")),
			Text:         text,
			Subscription: strings.HasPrefix(strings.TrimSpace(rest), "subscription"),
		})
	}
	return docs
}

// Subscriptions returns the subscription documents the page sends, for a
// server that runs only trusted documents to trust as they are.
func Subscriptions() []string {
	var out []string
	for _, d := range Documents() {
		if d.Subscription {
			out = append(out, d.Text)
		}
	}
	return out
}

// EnsureSystemQueries saves each of the page's query documents as the next
// version of its saved query unless the latest version already holds it,
// so that after an upgrade (or an admin's change) the page's documents are
// trusted again. It returns how many it saved.
func (s *Store) EnsureSystemQueries(ctx context.Context) (int, error) {
	saved := 0
	for _, d := range Documents() {
		if d.Subscription {
			continue
		}
		cur, err := s.queries.SavedQuery(ctx, d.Name, 0)
		switch {
		case err == nil && cur.Document == d.Text:
			continue
		case err != nil && graph.ErrorCode(err) != graph.ENOTFOUND:
			return saved, fmt.Errorf("dashboard query %s: %w", d.Name, err)
		}
		q := graph.SavedQuery{Name: d.Name, Description: d.Description, Document: d.Text,
			Variables: "{}", Owner: defaultOwner, SavedBy: defaultOwner}
		if _, err := s.write(ctx, q, true); err != nil {
			return saved, fmt.Errorf("dashboard query: %w", err)
		}
		saved++
	}
	return saved, nil
}
