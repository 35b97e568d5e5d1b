package loader

import "sync"

var (
	testExtractorOnce sync.Once
	testExtractor     *Extractor
	testExtractorErr  error
)
