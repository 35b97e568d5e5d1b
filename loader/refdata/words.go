package refdata

import (
	"encoding/json"
	"fmt"
	"sync"
)

// wordsName is the file of word lists: names of the world the extraction
// rules need beyond the records (regions, media, government bodies,
// company forms).
const wordsName = "words.json"

// Words are the lists of real-world names the extraction rules read. They
// are data, not code: a rule asks "is this a medium?", never names one.
type Words struct {
	// Regions are seas, regions and other proper names that contain a
	// country, capital or demonym but mention no country ("Black Sea",
	// "Central Asian").
	Regions []string `json:"regions"`
	// Media are news agencies and outlets; the annotation rules do not
	// count them, and their names often hold a country word.
	Media []string `json:"media"`
	// PhotoCredits are the agencies a photo credit names after a slash
	// ("Name / Agency"); PhotoCreditsUpper the ones written in capitals
	// before a slash ("AGENCY/Name").
	PhotoCredits      []string `json:"photoCredits"`
	PhotoCreditsUpper []string `json:"photoCreditsUpper"`
	// PhotoCreditsAlone are the photo agencies whose name is a credit
	// wherever it stands; PhotoCreditsVia the ones written in capitals
	// after "<caption> via".
	PhotoCreditsAlone []string `json:"photoCreditsAlone"`
	PhotoCreditsVia   []string `json:"photoCreditsVia"`
	// NameWords are capitalised world names (bodies, platforms, peoples,
	// possessive country names) that never start or end a person's name.
	NameWords []string `json:"nameWords"`
	// GovernmentBodies are national bodies news names without their state.
	GovernmentBodies []GovernmentBody `json:"governmentBodies"`
	// StateBodies are the bodies every state has ("the foreign ministry",
	// "the administration"), written in lower case: named without their
	// state, they stand for the state of the article's context.
	StateBodies []string `json:"stateBodies"`
	// BlocWords are the nouns that name a bloc, alliance or other body of
	// members ("Community", "Union", "Forum"): a name written out with an
	// acronym in brackets and one of them is an organisation.
	BlocWords []string `json:"blocWords"`
	// GovernmentBodyWords make a capitalised name a state's own body
	// ("... Ministry", "... Department"), which the annotation rules count as
	// its country, never as a company.
	GovernmentBodyWords []string `json:"governmentBodyWords"`
	// UsualImposers are the ISO2 codes of states that keep their own
	// sanctions regimes and are the usual imposers of sanctions.
	UsualImposers []string `json:"usualImposers"`
	// SummitRegions are the regions whose states meet a partner as a group
	// ("the leaders of <region>").
	SummitRegions []string `json:"summitRegions"`
	// Continents may end the title of a conference ("… in Asia").
	Continents []string `json:"continents"`
	// CompanySuffixes end the name of a company or body the reference data
	// may not know ("Group", "JSC", "Railways"); LegalSuffixes are the legal
	// forms among them that always end a company's name.
	CompanySuffixes []string `json:"companySuffixes"`
	LegalSuffixes   []string `json:"legalSuffixes"`
	// CompanyForms are the words of a company's form ("Bank", "Railways",
	// "Shipping", "Holding"): a capitalised name run ending in one is a
	// company even when the reference data does not know it.
	CompanyForms []string `json:"companyForms"`
	// StateBodyForms are the forms that name a state's own body rather
	// than a company ("Central Bank"): the annotation rules count those as
	// their country.
	StateBodyForms []string `json:"stateBodyForms"`
	// CommonSurnames are too common to take alone as a known person.
	CommonSurnames []string `json:"commonSurnames"`
	// UnitWords name a company's unit after its parent's name ("<Parent>
	// Trading", "<Parent> Midstream Operations").
	UnitWords []string `json:"unitWords"`
	// CommonWordNames are names that, lower-cased, are ordinary English
	// words: they are matched with their exact case only.
	CommonWordNames []string `json:"commonWordNames"`
	// BylineAgencies are the agencies a byline credits after "for" or in
	// brackets ("By <Name> (<Agency>)"); the article's outlet is then the
	// agency's copy.
	BylineAgencies []string `json:"bylineAgencies"`
	// RoleNames are world names that may stand in a title before its role
	// word, in lower case ("<seat of government> spokesman").
	RoleNames []string `json:"roleNames"`
	// NameAbbreviations are the world's abbreviations with inner full
	// stops ("u.s"), lower case without the final stop: their stop does not
	// end a sentence.
	NameAbbreviations []string `json:"nameAbbreviations"`
	// VagueImposers are the names, lower case, of imposers that are no one
	// state or body ("the west"), which the scorer leaves out of the gold
	// as the annotation rules do.
	VagueImposers []string `json:"vagueImposers"`
}

// GovernmentBody is a national body and the state it belongs to.
type GovernmentBody struct {
	Name    string `json:"name"`
	Country string `json:"country"` // ISO2
	// DesignatesSanctions: the body's designations are sanctions.
	DesignatesSanctions bool `json:"designatesSanctions,omitempty"`
}

var (
	wordsOnce sync.Once
	words     *Words
	wordsErr  error
)

// LoadWords parses the embedded word lists once and returns them; it is
// cheaper than Load for the layers that need only the lists. The value is
// shared: callers must treat it as read-only.
func LoadWords() (*Words, error) {
	wordsOnce.Do(func() {
		raw, err := files.ReadFile("data/" + wordsName)
		if err != nil {
			wordsErr = fmt.Errorf("read %s: %w", wordsName, err)
			return
		}
		var f file
		if err := json.Unmarshal(raw, &f); err != nil {
			wordsErr = fmt.Errorf("parse %s: %w", wordsName, err)
			return
		}
		if f.Words == nil {
			wordsErr = fmt.Errorf("%s holds no word lists", wordsName)
			return
		}
		words = f.Words
	})
	return words, wordsErr
}

// MustLoadWords is LoadWords for package initialisation: the lists are
// embedded, so failing to read them is a build defect.
func MustLoadWords() *Words {
	w, err := LoadWords()
	if err != nil {
		panic(err)
	}
	return w
}

// Set returns the strings as a set.
func Set(ss ...[]string) map[string]bool {
	out := map[string]bool{}
	for _, s := range ss {
		for _, w := range s {
			out[w] = true
		}
	}
	return out
}
