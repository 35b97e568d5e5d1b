package memstore

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"geograph/graph"
)

// tokenize splits text into lower-case words of letters and digits, with
// accents folded, so "Nur-Sultan" gives [nur sultan] and "Türkiye" [turkiye].
func tokenize(text string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFKD.String(text) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return words
}

// tokenizeAll tokenizes each text, leaving out those without words.
func tokenizeAll(texts ...string) [][]string {
	var out [][]string
	for _, t := range texts {
		if w := tokenize(t); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// score rates how well the words of one text match the query words: 0 unless
// every query word is a word of the text or a prefix of one. Exact words
// count double, and a text that is all query scores higher than a long text
// that merely contains it.
func score(query, words []string) float64 {
	total := 0
	for _, q := range query {
		m := 0
		for _, w := range words {
			if w == q {
				m = 2
				break
			}
			if strings.HasPrefix(w, q) {
				m = 1
			}
		}
		if m == 0 {
			return 0
		}
		total += m
	}
	return float64(total)/float64(2*len(query)) + float64(len(query))/float64(max(len(words), len(query)))
}

// Search finds nodes whose names, aliases, dated names or titles contain
// every word of text as a word or word prefix, best first.
func (s *Store) Search(ctx context.Context, text string, kinds []graph.Kind, limit int) ([]graph.SearchHit, error) {
	if limit <= 0 {
		limit = graph.DefaultPageSize
	}
	query := tokenize(text)
	if len(query) == 0 {
		return nil, nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var hits []graph.SearchHit
	for id, texts := range s.words {
		best := 0.0
		for _, words := range texts {
			best = max(best, score(query, words))
		}
		if best == 0 {
			continue
		}
		node, ok := s.node(id)
		if !ok || len(kinds) > 0 && !slices.Contains(kinds, node.Kind) {
			continue
		}
		hits = append(hits, graph.SearchHit{Node: node, Score: best})
	}
	slices.SortFunc(hits, func(a, b graph.SearchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Node.ID, b.Node.ID))
	})
	return hits[:min(limit, len(hits))], nil
}
