// Package mentions finds the words of the reference data in text (names,
// aliases, acronyms, demonyms, capitals, surnames, office titles) with one
// Aho-Corasick automaton, applying case and word-boundary rules; the
// extract layer resolves what each match refers to.
package mentions
