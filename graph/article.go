package graph

import "time"

// Article is a news article that facts were extracted from.
type Article struct {
	ID        string // HashID(KindArticle, url) or of the text when there is no URL
	URL       string
	Title     string
	Source    string
	Published string // YYYY-MM-DD
	Text      string
	LoadedAt  time.Time
}

// Evidence is one article's support for an event or route:
// (Article)-[:REPORTS {…}]->(Event|Route). A fact has at most one Evidence per
// article; reloading an article replaces it rather than adding another.
type Evidence struct {
	ArticleID  string
	Sentence   int // index of the sentence in the article, from 0
	Start      int // byte offsets of the sentence (or quote) in the article text
	End        int
	Quote      string
	Confidence float64
	Extractor  string // "geograph-loader/1" or "reference"
}
