package loader

// Word lists the extractor needs beyond the reference data: names that hide
// country words (seas, regions, media), news agencies, and the cues that
// mark people, roles and organisations. They are English news usage, kept
// here rather than in refdata because they steer extraction rather than
// describe the world.

// maskNames are proper names that contain a country, capital or demonym but
// do not mention the country (annotation rules: seas, regions and names of
// other things add no country), and media names (agencies and outlets are
// not annotated).
var maskNames = []string{
	// seas, oceans, regions
	"Persian Gulf", "Gulf of Oman", "Sea of Japan", "South China Sea", "East China Sea", "Indian Ocean",
	"Arabian Sea", "Arabian Peninsula", "Gulf of Mexico", "Korean Peninsula", "Sea of Azov", "Black Sea",
	"Caspian Sea", "Red Sea", "Baltic Sea", "Mediterranean Sea", "Sea of Marmara", "Gulf of Aden",
	"Latin America", "Latin American", "North America", "North American", "South America", "South American",
	"Central America", "Central American", "Indo-Pacific", "Indian subcontinent", "Siberian", "Anatolian",
	"Central Asia", "Central Asian", "South Asia", "South Asian", "East Asia", "East Asian", "Southeast Asia",
	"Southeast Asian", "Middle East", "Middle Eastern", "Eastern Europe", "Western Europe", "Central Europe",
	"South Caucasus", "North Caucasus", "Balkans", "Western Balkans", "Horn of Africa", "sub-Saharan Africa",
	"Arab world", "Arab states", "Gulf states", "Russian-speaking", "Russian speakers", "Russian language",
	"Turkic", "Turkic-speaking", "Persian", "Pan-Turkic", "Soviet Union", "USSR", "former Soviet",
	// media and agencies
	"Agence France-Presse", "Agence France Presse", "AFP", "Reuters", "Thomson Reuters", "Associated Press",
	"Bloomberg", "Bloomberg News", "TASS", "ITAR-TASS", "RIA Novosti", "RIA", "Interfax", "Xinhua",
	"Xinhua News Agency", "Anadolu", "Anadolu Agency", "Kazinform", "Trend", "Trend News Agency", "APA",
	"Akipress", "AKIpress", "Kabar", "Dunyo", "Khovar", "IRNA", "ISNA", "Tasnim", "Fars", "Mehr",
	"Kyodo", "Yonhap", "KCNA", "dpa", "Deutsche Presse-Agentur", "EFE", "ANSA", "PTI", "Press Trust of India",
	"The Moscow Times", "Moscow Times", "Financial Times", "The New York Times", "New York Times",
	"The Washington Post", "Washington Post", "The Wall Street Journal", "Wall Street Journal",
	"The Guardian", "The Economist", "BBC", "BBC News", "CNN", "Al Jazeera", "Al Arabiya", "RT", "Sputnik",
	"Global Times", "South China Morning Post", "China Daily", "People's Daily", "CGTN", "Nikkei",
	"Nikkei Asia", "Japan Times", "The Japan Times", "Times of India", "The Times of India", "Hindustan Times",
	"Dawn", "Kommersant", "Vedomosti", "Izvestia", "RBC", "Novaya Gazeta", "Meduza", "Politico", "Axios",
	"Eurasianet", "RFE/RL", "Radio Free Europe", "Radio Free Europe/Radio Liberty", "Radio Liberty",
	"Radio Azattyq", "Azattyq", "Voice of America", "VOA", "Deutsche Welle", "DW", "France 24", "Euronews",
	"Daily Sabah", "Hurriyet", "Hürriyet", "Hurriyet Daily News", "Haaretz", "Times of Israel",
	"The Times of Israel", "Jerusalem Post", "The Jerusalem Post", "Tehran Times", "Press TV", "Kyiv Independent",
	"Kyiv Post", "Ukrainska Pravda", "Ukrinform", "Belta", "BelTA", "Asia Times", "The Diplomat", "Caspian News",
	"Astana Times", "The Astana Times", "Tengrinews", "Gazeta.uz", "Kun.uz", "24.kg", "Daryo", "Report.az",
	"Azertac", "AZERTAC", "Armenpress", "Agenda.ge", "Civil.ge", "Tolo News", "TOLOnews", "Arab News",
	"Gulf News", "The National", "Kathimerini", "Le Monde", "Der Spiegel", "Spiegel", "Handelsblatt",
	"Frankfurter Allgemeine", "La Repubblica", "Corriere della Sera", "El Pais", "El País", "NHK", "Yomiuri",
	"Asahi", "Korea Herald", "Korea Times", "Straits Times", "The Straits Times", "Channel NewsAsia", "CNA",
	"Wion", "NDTV", "Geo News", "Express Tribune", "ABC News", "NBC News", "CBS News", "Fox News", "NPR", "Sky News",
	"Forbes", "Fortune", "Newsweek", "Time magazine", "Foreign Policy", "Foreign Affairs", "Carnegie",
}

// agencyNames are the news agencies among maskNames: "told AFP" makes AFP
// a source, and a byline "for AFP" names the outlet.
var agencyNames = map[string]bool{
	"AFP": true, "Reuters": true, "Associated Press": true, "AP": true, "Bloomberg": true, "TASS": true,
	"Xinhua": true, "Interfax": true, "Anadolu": true, "RIA Novosti": true,
}

// titleWords precede a name as its title ("President Tokayev",
// "Foreign Minister Wang Yi"). Lower-case forms are matched too.
var titleWords = map[string]bool{
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
	"opposition": false, "journalist": true, "correspondent": true, "blogger": true, "strongman": true,
	"dictator": true, "monarch": true, "emperor": true, "tsar": true, "czar": true, "ombudsman": true,
	"prosecutor": true, "judge": true, "justice": false, "attorney": false, "marshal": true, "major": false,
	"hetman": false, "imam": true, "cleric": true, "rabbi": true, "bishop": true, "metropolitan": false,
	"secretary-general's": false, "hereditary": false, "mullah": true, "commentator": true,
	"candidate": true, "nominee": true, "incumbent": true, "successor": true, "predecessor": true,
	"boss": true, "tycoon": true, "billionaire": true, "oligarch": true, "businessman": true,
	"businesswoman": true, "entrepreneur": true, "owner": true, "manager": true, "banker": true,
	"fellow": true, "lecturer": true, "author": true, "historian": true, "politologist": true,
	"political": false, "deputy-prime": false, "pm": true, "fm": true, "vp": true, "mep": true,
}

// speechVerbs follow a speaker: "Satpayev said".
var speechVerbs = map[string]bool{
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
var notNameWords = map[string]bool{
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
	"European": true, "Asian": true, "African": true, "Arab": true, "Islamic": true, "Soviet": true,
	"National": true, "International": true, "State": true, "Federal": true, "Republic": true,
	"Kingdom": true, "Union": true, "United": true, "Democratic": true, "People": true, "Party": true,
	"Government": true, "Council": true, "Ministry": true, "Office": true, "Palace": true,
	"House": true, "White": true, "Parliament": true, "Congress": true, "Senate": true, "Duma": true,
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
	"Radio": true, "Telegram": true, "Twitter": true, "Facebook": true, "Instagram": true, "X": true,
	"YouTube": true, "Google": true, "Internet": true, "Covid": true, "COVID": true, "Covid-19": true,
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
	"Stream": true, "Power": true, "Nord": true, "Crisis": true, "Revolution": true, "Spring": true,
	"Constitution": true, "Court": true, "Tribunal": true, "Prize": true, "Award": true, "Order": true,
	"Medal": true, "Orthodox": true, "Catholic": true, "Muslim": true, "Muslims": true, "Christian": true,
	"Jewish": true, "Sunni": true, "Shia": true, "Shiite": true, "Kurdish": true, "Kurds": true,
	"Uyghur": true, "Uighur": true, "Uyghurs": true, "Tatar": true, "Pashtun": true, "Baloch": true,
	"Communist": true, "Socialist": true, "Liberal": true, "Conservative": true, "Labour": true,
	"Green": true, "Greens": true, "Republican": true, "Republicans": true, "Democrat": true,
	"Democrats": true, "Brexit": true, "Euro": true, "Eurozone": true, "Schengen": true, "Olympiad": true,
	"Mission": true, "Operation": true, "Special": true, "Military": true, "Security": true,
	"Economic": true, "Trade": true, "Investment": true, "Development": true, "Affairs": true,
	"Relations": true, "Joint": true, "Interior": true, "Justice": true, "Finance": true,
	"Economy": true, "Industry": true, "Transport": true, "Agriculture": true, "Health": true,
	"Education": true, "Culture": true, "Emergency": true, "Emergencies": true, "Information": true,
	"Digital": true, "Ukraine's": true, "Russia's": true, "China's": true, "America's": true,
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
}

// orgSuffixes end the name of a company or body the reference data may not
// know: "Kazakhstan Temir Zholy JSC", "Air Astana Group".
var orgSuffixes = map[string]bool{
	"Corp": true, "Corp.": true, "Corporation": true, "Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true,
	"Limited": true, "LLC": true, "LLP": true, "PLC": true, "plc": true, "JSC": true, "PJSC": true,
	"OJSC": true, "CJSC": true, "AG": true, "SE": true, "NV": true, "N.V.": true, "BV": true, "GmbH": true,
	"S.A.": true, "SpA": true, "S.p.A.": true, "Group": true, "Holding": true, "Holdings": true,
	"Company": true, "Co.": true, "Energy": true, "Petroleum": true, "Oil": true, "Gas": true,
	"Airlines": true, "Railways": true, "Motors": true, "Industries": true, "Mining": true,
	"Resources": true, "Shipping": true, "Logistics": true, "Telecom": true, "Bank": true,
}

// companyCues precede a company's name: "energy giant Gazprom".
var companyCues = map[string]bool{
	"company": true, "firm": true, "giant": true, "group": true, "operator": true, "producer": true,
	"conglomerate": true, "major": true, "carrier": true, "airline": true, "manufacturer": true,
	"maker": true, "lender": true, "miner": true, "exporter": true, "importer": true, "supplier": true,
	"contractor": true, "developer": true, "consortium": true, "monopoly": true, "corporation": true,
	"enterprise": true, "startup": true, "automaker": true, "shipbuilder": true, "trader": true,
}

// commonSurnames are too common to take alone as a reference person.
var commonSurnames = map[string]bool{
	"Kim": true, "Lee": true, "Li": true, "Wang": true, "Zhang": true, "Liu": true, "Chen": true,
	"Yang": true, "Zhao": true, "Huang": true, "Zhou": true, "Wu": true, "Khan": true, "Ali": true,
	"Singh": true, "Ahmed": true, "Hassan": true, "Hussein": true, "Mohammed": true, "Muhammad": true,
	"Rahman": true, "Shah": true, "Park": true, "Choi": true, "Nguyen": true, "Tran": true, "Smith": true,
	"Johnson": false, "Brown": true, "Jones": true, "Miller": true, "Davis": true, "Wilson": true,
	"Martin": true, "Thomas": true, "White": true, "Young": true, "King": true, "Green": true,
	"Hall": true, "Rice": true, "Bush": true, "Sharif": true, "Aliyev": false, "Abe": true, "Sun": true,
	"Ma": true, "May": true, "Xu": true, "Hu": true, "Guo": true, "Lin": true, "He": true, "Gao": true,
}
