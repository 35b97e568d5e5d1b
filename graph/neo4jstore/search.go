package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"geograph/graph"
)

// searchQuery asks the full-text index for candidates (a Lucene query built
// by luceneQuery), keeps the asked-for kinds and returns each node's texts,
// which Search checks word by word.
const searchQuery = `
CALL db.index.fulltext.queryNodes('` + searchIndex + `', $query) YIELD node AS n, score
WHERE $kinds = [] OR n.kind IN $kinds
RETURN n {.id, .kind, name: coalesce(n.name, n.title, ''),
          texts: [x IN [n.name, n.title] WHERE x IS NOT NULL] + coalesce(n.aliases, []) + coalesce(n.nameTexts, [])} AS hit,
       score
LIMIT $candidates`

// Search finds nodes one of whose texts holds every word of text as a word
// or a word prefix, best first: a text equal to the query beats one holding
// all its words, which beats one holding only prefixes of them.
func (s *Store) Search(ctx context.Context, text string, kinds []graph.Kind, limit int) ([]graph.SearchHit, error) {
	if limit <= 0 {
		limit = graph.DefaultPageSize
	}
	query := words(text)
	if len(query) == 0 {
		return nil, nil
	}
	recs, err := s.queryRecords(ctx, searchQuery, map[string]any{
		"query": luceneQuery(query), "kinds": kindStrings(kinds), "candidates": 10*limit + 100,
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j search: %w", err)
	}
	var hits []graph.SearchHit
	for _, r := range recs {
		m := value(r, "hit")
		quality := 0
		for _, t := range strs(m, "texts") {
			quality = max(quality, matchQuality(query, words(t)))
		}
		if quality == 0 {
			continue // the index matched words spread over several texts
		}
		v, _ := r.Get("score")
		lucene, _ := v.(float64)
		hits = append(hits, graph.SearchHit{Node: nodeFrom(m), Score: float64(quality) + lucene/(lucene+1)})
	}
	slices.SortFunc(hits, func(a, b graph.SearchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Node.ID, b.Node.ID))
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// searchText is the form of a text the full-text index holds: its words
// joined by single spaces.
func searchText(s string) string { return strings.Join(words(s), " ") }

// words splits s into lower-case runs of letters and digits with accents
// folded ("Türkiye" gives turkiye, as in memstore); nil when s has none.
func words(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	ws := strings.Fields(b.String())
	if len(ws) == 0 {
		return nil
	}
	return ws
}

// luceneQuery requires every word as a prefix. The words hold only letters
// and digits, and are escaped all the same, so no user text can reach the
// Lucene syntax.
func luceneQuery(ws []string) string {
	terms := make([]string, len(ws))
	for i, w := range ws {
		terms[i] = "+" + escapeLucene(w) + "*"
	}
	return strings.Join(terms, " ")
}

// escapeLucene backslash-escapes Lucene's query syntax characters.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// matchQuality rates how text (as words) matches the query words: 3 when
// they are the same words, 2 when each query word is a word of text, 1
// when each is at least a prefix of one, 0 when some is neither.
func matchQuality(query, text []string) int {
	if slices.Equal(query, text) {
		return 3
	}
	quality := 2
	for _, q := range query {
		switch {
		case slices.Contains(text, q):
		case slices.ContainsFunc(text, func(w string) bool { return strings.HasPrefix(w, q) }):
			quality = 1
		default:
			return 0
		}
	}
	return quality
}
