package loader

import "slices"

// DictionaryWords returns the words the extractor's dictionary matches, for
// baselines that scan for the same words another way.
func (x *Extractor) DictionaryWords() []string { return slices.Clone(x.dict.patterns) }
