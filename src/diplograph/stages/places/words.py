"""Word lists of the places stage: the knowledge its modules read, kept apart from their logic."""

from __future__ import annotations

# mentions.py and context.py
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# nouns that make a demonym before them a place: "the Ukrainian front", "European soil"
PLACE_NOUNS = {
    "front", "soil", "border", "borders", "territory", "territories", "capital", "city",
    "coast", "coastline", "waters", "airspace", "side", "region", "province", "mainland",
    "frontier", "countryside", "village", "villages", "town", "towns", "port", "island",
    "islands", "peninsula", "desert", "mountains", "frontline", "front line", "enclave",
}  # fmt: skip
UNTAGGED_PREPS = {"in", "at", "near", "from", "to", "into", "across", "throughout", "inside"}
# A name the tagger left unlabelled or gave another label is a place in a place's context:
# the object of these prepositions ("near Narsaq", "from Calais"; the STRONG ones place even a
# village), after "of" governed by, or compounded to, one of these nouns ("the town of Sinjar",
# "the Kursk region", "the Tishrin dam", "residents of Sagunto", "the Kotri barrage"), or
# joined to a place ("Nablus and Tulkarm")
CONTEXT_PREPS = UNTAGGED_PREPS | {"on", "around", "off", "along", "towards", "toward", "outside",
                                  "through", "via", "beyond", "above", "below"}  # fmt: skip
# verbs whose object is a place where a town's name is their object ("reached Abeche", "the
# rebels captured Kalehe"): a context as weak as "to" or "along"
PLACE_VERBS = {"reach", "enter", "leave", "flee", "capture", "seize", "recapture", "retake",
               "besiege", "encircle", "shell", "bomb", "storm", "overrun", "evacuate", "visit",
               "tour", "abandon"}  # fmt: skip
STRONG_PREPS = {"in", "at", "near", "inside", "outside", "around"}
# a town's other name given as what it is called: the predicate of these verbs ("Russian media
# call the city Odessa", "Kyiv renamed it Dnipro") or in apposition to "name" ("its Soviet
# name, Stalino")
NAMING_VERBS = {"call", "rename", "name", "dub"}
# and the verbs of a name given after "as", in a clause on the place ("Morphou, known to Turks
# as Guzelyurt", "the town, referred to as Saida")
NAMING_AS_VERBS = {"know", "refer"}
# nouns of a link named by its two ends, each a place: "the Iasi-Ungheni line", "the
# Lviv-Przemysl railway", "the Galati-Reni ferry"
ROUTE_NOUNS = {"line", "road", "highway", "motorway", "expressway", "railway", "railroad",
               "ferry", "pipeline", "route", "corridor", "border", "flight", "bridge"}  # fmt: skip
# the names of other countries' divisions, as English news keeps them: "Garut regency",
# "the Lublin voivodeship", "the canton of Vaud", "Oran wilaya", "the Perm krai"
DIVISION_NOUNS = {"regency", "voivodeship", "département", "departement", "canton", "commune",
                  "wilaya", "emirate", "krai", "rayon", "okrug", "kabupaten"}  # fmt: skip
CONTEXT_NOUNS = {"town", "city", "village", "port", "capital", "province", "region", "state",
                 "district", "county", "oblast", "governorate", "prefecture", "municipality",
                 "department", "island", "valley", "plateau", "peninsula", "archipelago",
                 "coast", "crossing", "dam", "camp", "forest", "suburb", "outskirts",
                 "outskirt",  # the lemma the tagger gives "outskirts"
                 "neighbourhood", "neighborhood", "mayor", "governor", "area", "resident",
                 "airport", "barrage", "raion", "tehsil", "territory", "township", "borough",
                 "parish", *DIVISION_NOUNS, "hamlet", "enclave", "exclave", "settlement",
                 "oasis"}  # fmt: skip
# lowercase words inside a place's name, which the tagger splits it at or leaves out of an
# entity: "Viña del Mar", "Foz do Iguaçu", "Mar del Plata", "Bay of Bengal"
NAME_PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "el", "al",
                  "y", "e", "van", "von", "der", "den", "of"}  # fmt: skip
# the possessive inside a place's name, which the tagger cuts at: "Hawke's Bay", "King's Lynn"
POSSESSIVES = {"'s", "’s"}
# "and" inside a region's or country's name, which the tagger splits at: "Sistan and
# Baluchestan", "Jammu and Kashmir", "Trinidad and Tobago" (never a town's: "Dutse and Kano")
REGION_PARTICLES = {"and"}
# the labels the small model gives such names instead of GPE/LOC ("Aleppo" NORP, "Sittwe"
# PRODUCT, "Calais" PERSON); a PERSON is a place only when a town of 15,000+ has its name
MISLABELS = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
# a generic noun ending a place entity, left out of its span when the gazetteer knows the name
# without it and not with it: "Fujian province", "the Kashmir valley", "the Tigris River",
# "Cardiff city centre" (not "county": "Harris County" is no town of Harris)
GENERIC_NOUNS = {"province", "region", "state", "district", "oblast", "governorate",
                 "prefecture", "municipality", "department", "valley", "plateau",
                 "archipelago", "coast", "river", "desert", "mountains", "peninsula", "city",
                 *DIVISION_NOUNS}  # fmt: skip
# a lowercase noun after a place entity that names a feature with it: "the Dnipro river" (the
# river, not the city), "the Don river"
FEATURE_NOUNS = {"river", "sea", "lake", "mountains", "desert", "strait", "island", "islands",
                 "basin", "delta", "gulf", "bay", "canal", "plain", "plateau", "range",
                 "hills"}  # fmt: skip
# capitalised heads of organisation names with a place after "in/of/for"
ORGANISATION_NOUNS = {"army", "front", "party", "movement", "council", "bank", "university",
                      "college", "institute", "committee", "commission", "brigade", "brigades",
                      "church", "company", "corporation", "association", "federation",
                      "league", "union", "organization", "organisation", "museum", "society",
                      "foundation", "agency", "press", "court", "assembly", "congress"}  # fmt: skip
# a sports club's name, whatever label the tagger gives it, is an organisation's: the word
# before or in apposition to it ("the football club Persib Bandung", "the club, Slask
# Wroclaw,") or a club's abbreviation in it ("Bologna FC", "FC Porto")
CLUB_NOUNS = {"club", "team", "side"}
CLUB_WORDS = {"fc", "cf", "afc", "sc", "ac", "sk", "fk", "cd", "ssc", "bk"}
VESSEL_NOUNS = {"tanker", "supertanker", "ship", "vessel", "freighter", "carrier", "destroyer",
                "frigate", "submarine", "cruiser", "yacht", "ferry", "liner", "warship",
                "uss", "hms"}  # fmt: skip
# the last word of a criminal group's name, which is an organisation's whatever label the
# tagger gives it: "the Sinaloa Cartel", "the Juarez Cartel" (tagged PERSON)
GANG_NOUNS = {"cartel", "gang"}
# capitalised words after a place that make it no person's first name: "Gaza Strip",
# "Jordan Valley", "Tigris River", "Kabul Airport", "Damascus Road"
NAME_NOUNS = {"strip", "valley", "river", "lake", "sea", "gulf", "bay", "island", "islands",
              "mountains", "mount", "hills", "plain", "plains", "basin", "delta", "canal",
              "airport", "road", "street", "square", "bridge", "dam", "province", "state",
              "county", "parish", "township", "borough", "district", "city", "governorate",
              "oblast", "prefecture", "peninsula",
              *DIVISION_NOUNS,
              "region", "crossing", "camp", "station", "stadium", "palace", "embassy",
              "mosque", "church", "cathedral", "hospital", "prison", "airbase", "base",
              "port", "harbour", "harbor", "times", "post", "herald", "daily", "news",
              "mayor", "governor", "president", "minister", "police", "airlines", "airways",
              "international", "accord", "accords", "declaration", "agreement", "summit",
              "conference", "protocol", "treaty", "process", "talks", "plan"}  # fmt: skip
# South Asian police and district offices that news names by their district: "SSP Ghotki",
# "Deputy Commissioner Kupwara", "SP Sukma" (the officer of that district, tagged PERSON)
OFFICE_TITLES = {"SSP", "SP", "DSP", "ASP", "DIG", "IGP", "DC", "DM", "SDM", "SHO", "DPO",
                 "Commissioner", "Magistrate", "Collector"}  # fmt: skip
# words before a person's name: "Queen Victoria" tagged PERSON is no region
TITLES = {"queen", "king", "prince", "princess", "lord", "lady", "sir", "dame", "mr", "mrs",
          "ms", "miss", "dr", "saint"}  # fmt: skip
# entities whose whole text may be a demonym ("South Korean"); single tokens are tried too
DEMONYM_LABELS = {"NORP", "GPE"}
LANGUAGE_PREPS = {"in", "into", "from"}  # "wrote in Russian", "translated from Arabic"
# a place inside an organisation's name: at most this many words, a city this big or more
EMBEDDED_MAX_WORDS = 3
EMBEDDED_MIN_POPULATION = 100_000
# a word the tagger ran an entity on into, left out of its span: "Asyut and" (tagged FAC in
# "from Asyut and Sohag")
LOOSE_ENDS = ("and", "or", "of", "to", "in", "at", "on", "from")
# a second name the story gives a place right after it ("Gisenyi, now officially called
# Rubavu", "Chattogram, formerly Chittagong", "Shire, also known as Inda Selassie"): adverbs
# that may come first, then one of the verbs ("formerly" alone serves)
ALIAS_ADVERBS = ("also", "now", "officially", "formerly", "once", "often", "commonly", "better",
                 "locally", "previously", "still")  # fmt: skip
ALIAS_VERBS = ("called", "known as", "spelled", "spelt", "renamed", "named")
# entities that are directions or cultural spheres, not places: "the West"
NOT_PLACES = {"west", "east", "north", "south", "orient", "occident", "western world"}
# parts of speech a word of a name joined by a particle may have: "Serra" of "the Serra do
# Mar" is read as a noun
NAME_POS = {"PROPN", "NOUN"}
# aliases that name a place only after "the" ("moved to the States"): after a capitalised
# word they end that word's plural ("the Alliance of Sahel States", "the League of Arab States")
ARTICLE_ALIASES = {"states"}


# sources.py: the countries whose towns' names carry the Arabic article, which news often drops
# ("Qamishli" for Al Qamishli, "Hermel" for El Hermel): ISO alpha-2, as cities500 gives them
ARABIC_ARTICLE_COUNTRIES = {"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM",
                            "PS", "QA", "SA", "SD", "SY", "TN", "AE", "YE", "EH"}  # fmt: skip
# the noun GeoNames puts after some villages' names ("Bairiki Village", "Betio Village"), which
# news leaves out
VILLAGE_SUFFIX = " Village"


# resolve.py
# the words between a town and a place it lies by: "Waterloo near Brussels", "Sopot, just
# outside Gdansk" (the town is read within NEAR_KM of that place)
NEIGHBOUR_WORDS = ("near", "outside", "just outside", "close to", "next to")
# the nouns that name a county before or after its name ("Co Clare", "County Mayo", "Kerry
# County"): the story may repeat the name bare ("In Clare"), meaning the county
COUNTY_WORDS = {"county", "co"}
# the noun a river's name takes in the sources: "the Dnipro" after "the" is "Dnipro River"
RIVER_NOUN = "river"
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "within", "across", "throughout",
                  "around", "into", "to", "onto", "over", "on", "off", "along"}  # fmt: skip
STATIC_PREPS = {"in", "at", "near", "inside", "outside", "within", "across", "throughout"}
METONYM_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "iobj"}
COUNTRY_METONYM_DEPS = {"nsubj", "nsubjpass", "agent"}
METONYM_REASON = {
    "city": "; a capital standing for a government",
    "country": "; a country standing for its government or people",
}
METONYM_PREPS = {"with", "between", "against", "by"}
# a facility named after its city (read by resolve.py and mentions.py): "Manchester Airport",
# "Kandahar air base", "Banff National Park"
FACILITY_WORDS = {"airport", "international", "air", "base", "airbase", "airfield", "port",
                  "harbour", "harbor", "station", "railway", "stadium", "national", "park",
                  "force"}  # fmt: skip
# the last word of a street's or landmark's name, which a local story places in its dateline's
# town when no source knows it: "Market Street", "Harvard Square", "Kings Park Stadium"
STREET_WORDS = {"street", "road", "avenue", "boulevard", "lane", "square", "stadium", "bridge",
                "harbour", "harbor", "quay", "pier"}  # fmt: skip
# the last word of a local division's name, which a local story places in its dateline's
# town too when no source knows it ("Lamar County", "Concordia Parish", "Manheim Township":
# the sources have no US county or township with a point); the plural after a list names each
# ("Lamar and Red River counties")
LOCAL_DIVISIONS = {"counties": "county", "parishes": "parish", "townships": "township",
                   "boroughs": "borough"}  # fmt: skip
