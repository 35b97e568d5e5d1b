package refdata

import "testing"

// TestWords: every list of world names is present, without repeats, and
// the states it names exist in the reference data.
func TestWords(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	w, err := LoadWords()
	if err != nil {
		t.Fatal(err)
	}
	lists := map[string][]string{
		"regions": w.Regions, "media": w.Media, "photoCredits": w.PhotoCredits,
		"photoCreditsUpper": w.PhotoCreditsUpper, "nameWords": w.NameWords, "usualImposers": w.UsualImposers,
		"summitRegions": w.SummitRegions, "continents": w.Continents, "companySuffixes": w.CompanySuffixes,
		"legalSuffixes": w.LegalSuffixes, "commonSurnames": w.CommonSurnames, "unitWords": w.UnitWords,
		"commonWordNames": w.CommonWordNames, "bylineAgencies": w.BylineAgencies,
		"photoCreditsAlone": w.PhotoCreditsAlone, "roleNames": w.RoleNames, "nameAbbreviations": w.NameAbbreviations, "vagueImposers": w.VagueImposers, "photoCreditsVia": w.PhotoCreditsVia,
	}
	for name, list := range lists {
		if len(list) == 0 {
			t.Errorf("%s is empty", name)
		}
		seen := map[string]bool{}
		for _, s := range list {
			if s == "" || seen[s] {
				t.Errorf("%s: empty or repeated entry %q", name, s)
			}
			seen[s] = true
		}
	}
	for _, iso := range w.UsualImposers {
		if d.Country(iso) == nil {
			t.Errorf("usualImposers: no country %q", iso)
		}
	}
	if len(w.GovernmentBodies) == 0 {
		t.Error("governmentBodies is empty")
	}
	for _, b := range w.GovernmentBodies {
		if b.Name == "" || d.Country(b.Country) == nil {
			t.Errorf("governmentBodies: %+v names no known state", b)
		}
	}
	if len(d.Words.Media) != len(w.Media) {
		t.Errorf("Load's word lists differ from LoadWords'")
	}
}

// TestLexicon: every list of English words is present, without repeats,
// and Load reads the same lists as LoadLexicon.
func TestLexicon(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	l, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lists := map[string][]string{
		"titleWords": l.TitleWords, "strongTitles": l.StrongTitles, "speechVerbs": l.SpeechVerbs,
		"notNameWords": l.NotNameWords, "surnameWords": l.SurnameWords, "companyCues": l.CompanyCues,
		"nameParticles": l.NameParticles, "roleAdjectives": l.RoleAdjectives, "encounterWords": l.EncounterWords,
		"actorVerbs": l.ActorVerbs, "groupAdjectives": l.GroupAdjectives, "groupNouns": l.GroupNouns,
		"abbreviations": l.Abbreviations, "joinWords": l.JoinWords, "grammarWords": l.GrammarWords,
		"functionWords": l.FunctionWords, "kinWords": l.KinWords, "ownerWords": l.OwnerWords,
		"vesselNouns": l.VesselNouns, "cargoWords": l.CargoWords, "destinationWords": l.DestinationWords,
		"officeWords": l.OfficeWords, "phraseJoins": l.PhraseJoins,
	}
	for name, list := range lists {
		if len(list) == 0 {
			t.Errorf("%s is empty", name)
		}
		seen := map[string]bool{}
		for _, s := range list {
			if s == "" || seen[s] {
				t.Errorf("%s: empty or repeated entry %q", name, s)
			}
			seen[s] = true
		}
	}
	if len(d.Lexicon.TitleWords) != len(l.TitleWords) {
		t.Errorf("Load's lexicon differs from LoadLexicon's")
	}
}
