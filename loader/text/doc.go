// Package text is the lowest layer of extraction: it splits an article into
// sentences, masks markup and credits without moving byte offsets, splits
// text into word tokens, finds clause boundaries and reads the modality cues
// of a clause. It knows English news usage (the word lists in lexicon.go)
// but no reference data.
package text
