package extract

import (
	"sync"
	"testing"
)

var (
	testExtractorOnce sync.Once
	testExtractor     *Extractor
	testExtractorErr  error
)

// newTestExtractor builds the extractor once per test binary.
func newTestExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	testExtractorOnce.Do(func() { testExtractor, testExtractorErr = NewExtractor() })
	if testExtractorErr != nil {
		tb.Fatalf("NewExtractor: %v", testExtractorErr)
	}
	return testExtractor
}
