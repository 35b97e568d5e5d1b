package refdata

import (
	"encoding/json"
	"fmt"
	"sync"
)

// lexiconName is the file of English word lists the extraction rules read.
const lexiconName = "lexicon.json"

// Lexicon are lists of general English news usage the extraction rules
// read: no name of the world is among them (those are in Words). They are
// data so that the rules' code holds no word list.
type Lexicon struct {
	// TitleWords precede a name as its title ("President <Name>",
	// "Foreign Minister <Name>"), in lower case.
	TitleWords []string `json:"titleWords"`
	// StrongTitles before a single capitalised word make it a surname
	// ("President <Surname>"), as written.
	StrongTitles []string `json:"strongTitles"`
	// SpeechVerbs follow a speaker or an actor ("<Name> said"), in lower
	// case.
	SpeechVerbs []string `json:"speechVerbs"`
	// NotNameWords are capitalised words that never start or end a
	// person's name; Words.NameWords adds the world's names of that kind.
	NotNameWords []string `json:"notNameWords"`
	// SurnameWords are words of NotNameWords or Words.NameWords that are
	// also surnames: they may end a name run, never start one.
	SurnameWords []string `json:"surnameWords"`
	// CompanyCues precede a company's name ("energy giant <Name>"), in
	// lower case.
	CompanyCues []string `json:"companyCues"`
	// NameParticles are the lower-case particles inside personal names
	// ("bin", "van", "de").
	NameParticles []string `json:"nameParticles"`
	// RoleAdjectives may stand in a title before its role word ("deputy",
	// "foreign", "energy"), in lower case.
	RoleAdjectives []string `json:"roleAdjectives"`
	// EncounterWords before a name make it a person ("met <Name>").
	EncounterWords []string `json:"encounterWords"`
	// ActorVerbs after a name make it the one who acts ("<Seat> wants").
	ActorVerbs []string `json:"actorVerbs"`
	// GroupAdjectives before "group" make the name after it a non-state
	// movement ("militant group <Name>"); GroupNouns are the nouns they
	// go with.
	GroupAdjectives []string `json:"groupAdjectives"`
	GroupNouns      []string `json:"groupNouns"`
	// Abbreviations end with a full stop that does not end a sentence
	// ("mr", "gen", "jan"), lower case without the final stop;
	// Words.NameAbbreviations adds the world's.
	Abbreviations []string `json:"abbreviations"`
	// JoinWords end a line that a stray line break cut in two.
	JoinWords []string `json:"joinWords"`
	// GrammarWords are capitalised only at the start of a sentence and
	// never belong to a company's name; FunctionWords never belong to a
	// group's name.
	GrammarWords  []string `json:"grammarWords"`
	FunctionWords []string `json:"functionWords"`
	// KinWords after a possessive name the person's kin ("<Name>'s
	// wife"); OwnerWords are the possessive pronouns before them.
	KinWords   []string `json:"kinWords"`
	OwnerWords []string `json:"ownerWords"`
	// VesselNouns name a ship; CargoWords make "carrier" one ("bulk
	// carrier").
	VesselNouns []string `json:"vesselNouns"`
	CargoWords  []string `json:"cargoWords"`
	// DestinationWords may stand between "to" and a flow's destination
	// ("to refineries in <State>").
	DestinationWords []string `json:"destinationWords"`
	// OfficeWords after a commodity make it part of an office's or body's
	// name ("<Commodity> Minister"), not a flow.
	OfficeWords []string `json:"officeWords"`
	// PhraseJoins are the small words inside an office title.
	PhraseJoins []string `json:"phraseJoins"`
}

var (
	lexiconOnce sync.Once
	lexicon     *Lexicon
	lexiconErr  error
)

// LoadLexicon parses the embedded lexicon once and returns it; it is
// cheaper than Load for the layers that need only the word lists. The value
// is shared: callers must treat it as read-only.
func LoadLexicon() (*Lexicon, error) {
	lexiconOnce.Do(func() {
		raw, err := files.ReadFile("data/" + lexiconName)
		if err != nil {
			lexiconErr = fmt.Errorf("read %s: %w", lexiconName, err)
			return
		}
		var f file
		if err := json.Unmarshal(raw, &f); err != nil {
			lexiconErr = fmt.Errorf("parse %s: %w", lexiconName, err)
			return
		}
		if f.Lexicon == nil {
			lexiconErr = fmt.Errorf("%s holds no word lists", lexiconName)
			return
		}
		lexicon = f.Lexicon
	})
	return lexicon, lexiconErr
}

// MustLoadLexicon is LoadLexicon for package initialisation: the lists are
// embedded, so failing to read them is a build defect.
func MustLoadLexicon() *Lexicon {
	l, err := LoadLexicon()
	if err != nil {
		panic(err)
	}
	return l
}
