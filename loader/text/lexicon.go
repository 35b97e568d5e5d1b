package text

import "geograph/loader/refdata"

// Word lists of English news usage the extractor needs: the cues that mark
// people, roles and organisations, and capitalised words that are no
// names. They are data: English words come from refdata's lexicon.json,
// names of the world (regions, media, bodies, company forms, surnames)
// from its words.json.

// lexicon is the reference data's lists of English words (lexicon.json).
var lexicon = refdata.MustLoadLexicon()

// TitleWords precede a name as its title ("President <Name>",
// "Foreign Minister <Name>"), in lower case.
var TitleWords = refdata.Set(lexicon.TitleWords)

// SpeechVerbs follow a speaker: "<Name> said".
var SpeechVerbs = refdata.Set(lexicon.SpeechVerbs)

// NotNameWords are capitalised words that never start or end a person's
// name: the lexicon's and the world's (words.json's nameWords).
var NotNameWords = refdata.Set(lexicon.NotNameWords, words.NameWords)

// CompanyCues precede a company's name: "energy giant <Name>".
var CompanyCues = refdata.Set(lexicon.CompanyCues)

// words are the reference data's lists of world names.
var words = refdata.MustLoadWords()

// MaskNames are proper names that contain a country, capital or demonym
// but do not mention the country (seas, regions), and media names
// (agencies and outlets are not annotated).
var MaskNames = append(append([]string(nil), words.Regions...), words.Media...)

// OrgSuffixes end the name of a company or body the reference data may not
// know.
var OrgSuffixes = refdata.Set(words.CompanySuffixes)

// CommonSurnames are too common to take alone as a reference person.
var CommonSurnames = refdata.Set(words.CommonSurnames)
