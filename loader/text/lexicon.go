package text

import "geograph/loader/refdata"

// Word lists of English news usage the extractor needs: the cues that mark
// people, roles and organisations, and capitalised words that are no
// names. Names of the world (regions, media, bodies, company forms,
// surnames) are data: they come from refdata's words.json.

// titleWords precede a name as its title ("President <Name>",
// "Foreign Minister <Name>"). Lower-case forms are matched too.
var TitleWords = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "king": true, "queen": true,
	"emir": true, "sheikh": true, "prince": true, "princess": true, "sultan": true, "ayatollah": true,
	"secretary": true, "secretary-general": true, "general": true, "gen": true, "admiral": true,
	"ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "professor": true, "senator": true,
	"sen": true, "governor": true, "mayor": true, "chairman": true, "chairwoman": true, "chair": true,
	"ceo": true, "director": true, "director-general": true, "commissioner": true, "chief": true,
	"analyst": true, "expert": true, "economist": true, "researcher": true, "scholar": true,
	"lawmaker": true, "mp": true, "deputy": true, "speaker": true, "leader": true, "head": true,
	"commander": true, "colonel": true, "col": true, "lieutenant": true, "lt": true, "captain": true,
	"official": true, "diplomat": true, "aide": true, "adviser": true, "advisor": true, "counterpart": true,
	"representative": true, "vice-president": true, "vice": true, "patriarch": true, "pope": true,
	"crown": true, "co-founder": true, "founder": true, "executive": true, "chief-of-staff": true,
	"negotiator": true, "presidents": false, "coordinator": true, "politician": true, "activist": true,
	"opposition": false, "journalist": true, "patriarchs": false, "correspondent": true, "blogger": true, "strongman": true,
	"dictator": true, "monarch": true, "emperor": true, "tsar": true, "czar": true, "ombudsman": true,
	"prosecutor": true, "judge": true, "justice": false, "attorney": false, "marshal": true, "major": false,
	"hetman": false, "imam": true, "cleric": true, "rabbi": true, "bishop": true, "metropolitan": false,
	"secretary-general's": false, "hereditary": false, "mullah": true, "commentator": true,
	"candidate": true, "nominee": true, "incumbent": true, "successor": true, "predecessor": true,
	"boss": true, "tycoon": true, "billionaire": true, "oligarch": true, "businessman": true,
	"businesswoman": true, "entrepreneur": true, "owner": true, "manager": true, "banker": true,
	"fellow": true, "lecturer": true, "author": true, "historian": true, "politologist": true,
	"political": false, "deputy-prime": false, "pm": true, "fm": true, "vp": true, "mep": true,
	"ambassadors": true, "ministers": true, "leaders": true, "officials": true, "envoys": true,
	"analysts": true, "diplomats": true, "counterparts": true, "cardinal": true,
}

// speechVerbs follow a speaker: "Satpayev said".
var SpeechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "noted": true, "stressed": true,
	"wrote": true, "writes": true, "warned": true, "explained": true, "argued": true, "stated": true,
	"announced": true, "declared": true, "insisted": true, "emphasised": true, "emphasized": true,
	"underlined": true, "underscored": true, "claimed": true, "replied": true, "asked": true, "urged": true,
	"believes": true, "believed": true, "thinks": true, "suggested": true, "acknowledged": true,
	"admitted": true, "recalled": true, "commented": true, "tweeted": true, "posted": true,
	"pointed": true, "observed": true, "reported": false, "met": true, "visited": true, "called": true,
	"signed": true, "agreed": true, "has": true, "had": true, "was": true, "is": true, "will": true,
	"would": true, "also": true, "later": true, "who": true, "hosted": true, "received": true,
	"welcomed": true, "arrived": true, "travelled": true, "traveled": true, "pledged": true,
	"promised": true, "vowed": true, "condemned": true, "criticised": true, "criticized": true,
	"praised": true, "discussed": true, "held": true, "spoke": true, "expressed": true,
}

// notNameWords are capitalised words that never start or end a person's
// name.
var NotNameWords = withWords(map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "You": true, "This": true, "That": true, "These": true, "Those": true, "In": true,
	"On": true, "At": true, "For": true, "But": true, "And": true, "Or": true, "If": true, "As": true,
	"By": true, "With": true, "From": true, "To": true, "Of": true, "After": true, "Before": true,
	"Since": true, "While": true, "When": true, "Where": true, "Why": true, "How": true, "What": true,
	"Who": true, "His": true, "Her": true, "Its": true, "Their": true, "Our": true, "My": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Meanwhile": true, "However": true, "Also": true,
	"Like": true, "Unlike": true, "Rich": true, "Both": true, "All": true, "Some": true, "Many": true,
	"Most": true, "Several": true, "Such": true, "Under": true, "Over": true, "During": true,
	"Despite": true, "Although": true, "Though": true, "Because": true, "According": true, "Amid": true,
	"Photo": true, "Image": true, "Credit": true, "Source": true, "Reporting": true, "Editing": true,
	"Writing": true, "Additional": true, "Read": true, "More": true, "See": true, "Watch": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true,
	"May": true, "June": true, "July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true, "President": true, "Minister": true, "Prime": true,
	"Foreign": true, "Defence": true, "Defense": true, "Deputy": true, "Secretary": true, "General": true,
	"Chancellor": true, "King": true, "Queen": true, "Prince": true, "Crown": true, "Sheikh": true,
	"Emir": true, "Premier": true, "Vice": true, "Chief": true, "Head": true, "Ambassador": true,
	"Senator": true, "Governor": true, "Speaker": true, "Chairman": true, "Director": true,
	"Commissioner": true, "Spokesman": true, "Spokeswoman": true, "Supreme": true, "Leader": true,
	"Western": true, "Eastern": true, "Northern": true, "Southern": true, "Central": true, "West": true,
	"East": true, "North": true, "South": true, "New": true, "Old": true, "Great": true, "Grand": true,
	"European": true, "Asian": true, "African": true, "Arab": true, "Islamic": true,
	"National": true, "International": true, "State": true, "Federal": true, "Republic": true,
	"Kingdom": true, "Union": true, "United": true, "Democratic": true, "People": true, "Party": true,
	"Government": true, "Council": true, "Ministry": true, "Office": true, "Palace": true,
	"House": true, "White": true, "Parliament": true, "Congress": true, "Senate": true,
	"Summit": true, "Forum": true, "Agreement": true, "Treaty": true, "Pipeline": true, "Corridor": true,
	"Sea": true, "Ocean": true, "Gulf": true, "River": true, "Lake": true, "Mount": true, "Island": true,
	"Islands": true, "Bay": true, "Strait": true, "Straits": true, "Port": true, "Airport": true,
	"Bank": true, "Fund": true, "Company": true, "Group": true, "Corporation": true, "Holding": true,
	"Agency": true, "Service": true, "Committee": true, "Commission": true, "Assembly": true,
	"Organization": true, "Organisation": true, "Institute": true, "University": true, "Center": true,
	"Centre": true, "Foundation": true, "Association": true, "Alliance": true, "Front": true,
	"Army": true, "Forces": true, "Force": true, "Navy": true, "Guard": true, "Guards": true,
	"Ministry's": true, "War": true, "Day": true, "Week": true, "Year": true, "Initiative": true,
	"Project": true, "Programme": true, "Program": true, "Road": true, "Belt": true, "Silk": true,
	"Energy": true, "Oil": true, "Gas": true, "Railway": true, "Railways": true, "Airlines": true,
	"Times": true, "Post": true, "News": true, "Daily": true, "Press": true, "Media": true, "TV": true,
	"Radio": true, "X": true,
	"Internet": true, "Covid": true, "COVID": true, "Covid-19": true,
	"God": true, "Allah": true, "Christmas": true, "Easter": true, "Ramadan": true, "Nowruz": true,
	"Olympics": true, "Olympic": true, "Games": true, "Cup": true, "Expo": true, "Declaration": true,
	"Charter": true, "Convention": true, "Protocol": true, "Accord": true, "Accords": true, "Deal": true,
	"Plan": true, "Strategy": true, "Partnership": true, "Cooperation": true, "Dialogue": true,
	"Conference": true, "Meeting": true, "Talks": true, "Format": true, "Process": true, "Group's": true,
	"Square": true, "Street": true, "Hall": true, "Hotel": true, "Building": true, "Tower": true,
	"Cathedral": true, "Mosque": true, "Church": true, "Museum": true, "Stadium": true, "Zone": true,
	"Region": true, "Province": true, "Oblast": true, "District": true, "City": true, "Town": true,
	"Village": true, "Valley": true, "Mountains": true, "Desert": true, "Basin": true, "Field": true,
	"Terminal": true, "Plant": true, "Station": true, "Reactor": true, "Mine": true, "Dam": true,
	"Canal": true, "Bridge": true, "Tunnel": true, "Highway": true, "Route": true, "Line": true,
	"Stream": true, "Power": true, "Crisis": true, "Revolution": true, "Spring": true,
	"Constitution": true, "Court": true, "Tribunal": true, "Prize": true, "Award": true, "Order": true,
	"Medal": true, "Orthodox": true, "Catholic": true, "Muslim": true, "Muslims": true, "Christian": true,
	"Jewish": true, "Sunni": true, "Shia": true, "Shiite": true,
	"Communist": true, "Socialist": true, "Liberal": true, "Conservative": true, "Labour": true,
	"Green": true, "Greens": true, "Republican": true, "Republicans": true, "Democrat": true,
	"Democrats": true, "Euro": true, "Olympiad": true,
	"Mission": true, "Operation": true, "Special": true, "Military": true, "Security": true,
	"Economic": true, "Trade": true, "Investment": true, "Development": true, "Affairs": true,
	"Relations": true, "Joint": true, "Interior": true, "Justice": true, "Finance": true,
	"Economy": true, "Industry": true, "Transport": true, "Agriculture": true, "Health": true,
	"Education": true, "Culture": true, "Emergency": true, "Emergencies": true, "Information": true,
	"Digital":  true,
	"Original": true, "Click": true, "Subscribe": true, "Share": true, "Updated": true, "Published": true,
	"Here": true, "There": true, "Now": true, "Then": true, "Today": true, "Yesterday": true,
	"Tomorrow": true, "Last": true, "Next": true, "First": true, "Second": true, "Third": true,
	"Not": true, "No": true, "Yes": true, "Even": true, "Only": true, "Just": true, "Still": true,
	"Yet": true, "Already": true, "Instead": true, "Thus": true, "Therefore": true, "So": true,
	"Then,": true, "Moreover": true, "Furthermore": true, "Nevertheless": true, "Indeed": true,
	"Earlier": true, "Later": true, "Previously": true, "Recently": true, "Currently": true,
	"Together": true, "Separately": true, "Elsewhere": true, "Asked": true, "Speaking": true,
	"Addressing": true, "Following": true, "Ahead": true, "Among": true, "Between": true, "Against": true,
	"Without": true, "Within": true, "Through": true, "Across": true, "Along": true, "Around": true,
	"Beyond": true, "Towards": true, "Toward": true, "Upon": true, "Into": true, "Onto": true,
	"Inside": true, "Outside": true, "Near": true, "Next,": true, "Once": true, "Whether": true,
	"Which": true, "Whose": true, "Whom": true, "Each": true, "Every": true, "Any": true, "Other": true,
	"Another": true, "Neither": true, "Either": true, "Few": true, "Much": true, "Very": true,
	"Tens": true, "Hundreds": true, "Thousands": true, "Millions": true, "Billions": true,
	"Department": true, "Treasury": true, "Directorate": true, "Bureau": true, "Authority": true,
	"Administration": true, "Police": true, "Embassy": true, "Consulate": true, "Cabinet": true,
	"Presidency": true, "Secretariat": true, "Board": true,
	"Adviser": true, "Advisor": true, "Spokesperson": true, "Envoy": true, "Representative": true,
	"Commander": true, "Chief-of-Staff": true, "Staff": true, "Agency's": true,
	"Exchange": true, "Stock": true, "Market": true, "Markets": true, "Index": true,
	// plural and collective nouns of institutional writing ("the Member
	// States", "Permanent Representatives")
	"States": true, "Member": true, "Members": true, "Permanent": true, "Representatives": true,
	"Heads": true, "Ministers": true, "Institutions": true, "Governments": true, "Delegations": true,
	"Parties": true, "Countries": true, "Nations": true, "Leaders": true, "Officials": true, "Room": true,
}, words.NameWords)

// companyCues precede a company's name: "energy giant <Name>".
var CompanyCues = map[string]bool{
	"company": true, "firm": true, "giant": true, "group": true, "operator": true, "producer": true,
	"conglomerate": true, "major": true, "carrier": true, "airline": true, "manufacturer": true,
	"maker": true, "lender": true, "miner": true, "exporter": true, "importer": true, "supplier": true,
	"contractor": true, "developer": true, "consortium": true, "monopoly": true, "corporation": true,
	"enterprise": true, "startup": true, "automaker": true, "shipbuilder": true, "trader": true,
	"bank": false, "banks": false, "subsidiary": true, "insurer": true, "shipper": true,
}

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

// withWords adds the reference data's world names to a set of words.
func withWords(set map[string]bool, names []string) map[string]bool {
	for _, n := range names {
		set[n] = true
	}
	return set
}
