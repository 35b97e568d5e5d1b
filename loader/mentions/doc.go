// Package mentions finds the words of the reference data in text (names,
// aliases, acronyms, demonyms, capitals, surnames, office titles) with one
// trie of the words walked from each word start, applying case and
// word-boundary rules; the
// extract layer resolves what each match refers to.
package mentions
