// Package loader turns news articles into geograph facts: it reads articles
// (.txt, .json, .jsonl, folders, standard input), runs the extraction core
// (package loader/extract and the layers under it) on each, and writes the
// results as graph.Batch values through a Store it declares itself.
package loader

import (
	"time"

	"geograph/graph"
	"geograph/loader/dates"
	"geograph/loader/extract"
)

// The extraction core lives in loader/extract; these names keep the
// loader's own API (and the code that wires it) unchanged.
type (
	// Extractor extracts facts from articles; see extract.Extractor.
	Extractor = extract.Extractor
	// Extraction is what one article yields; see extract.Extraction.
	Extraction = extract.Extraction
	// Contract is the JSON object `geograph extract` prints.
	Contract = extract.Contract
)

// ExtractorVersion is written on every piece of evidence the loader makes.
const ExtractorVersion = extract.ExtractorVersion

// NewExtractor loads the reference data and builds the extractor.
func NewExtractor() (*Extractor, error) { return extract.NewExtractor() }

// EventID derives an event's ID from what identifies the happening.
func EventID(e graph.Event) string { return extract.EventID(e) }

// RouteID derives a route's ID from its kind, commodity, origin and name.
func RouteID(r graph.Route) string { return extract.RouteID(r) }

// The helpers below are what the input readers use of the extraction
// layers.

func parseDay(s string) (time.Time, bool) { return dates.ParseDay(s) }

func findFullDate(s string) (string, string, bool) { return dates.FindFullDate(s) }

var weekdays = dates.Weekdays
