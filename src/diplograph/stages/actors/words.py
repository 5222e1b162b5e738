"""Word lists of the actors stage: the knowledge its modules read, kept apart from their logic."""

from __future__ import annotations

# references.py
PRONOUNS = {"he", "she", "his", "her", "him"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd", "poss"}
LINK_DEPS = {"conj", "appos", "compound", "flat", "nmod", "cc"}
# singular agent nouns that name a body, not one person ("the government", "the army")
COLLECTIVE = {
    "government",
    "military",
    "army",
    "navy",
    "police",
    "administration",
    "ministry",
    "parliament",
    "cabinet",
    "regime",
    "leadership",
    "authority",
    "council",
    "committee",
    "embassy",
    "agency",
    "media",
    "press",
    "opposition",
    "delegation",
    "coalition",
    "group",
    "movement",
    "party",
    "court",
    "command",
    "junta",
    "force",
    "militia",
    "team",
    "side",
    "state",
    "country",
    "nation",
    "company",
    "firm",
    "office",
    "department",
    "legislature",
    "assembly",
    "senate",
    "congress",
    "board",
    "union",
    "alliance",
    "guard",
    "mission",
}
# places, buildings and firms: never one person ("he" is not "a Tokyo hospital")
NOT_PEOPLE = frozenset(
    (
        "hospital clinic hotel school university college airline airways airport bank base camp "
        "prison jail station factory plant newspaper paper daily channel network television radio "
        "website mosque church temple city town village province region border capital consulate "
        "ship plane aircraft vessel tanker carrier oil economy market exchange stock flag "
        "constitution law territory soil"
    ).split()
)
FEMALE = {"woman", "girl", "mother", "wife", "daughter", "sister", "actress", "widow", "queen"}
MALE = {"man", "boy", "father", "husband", "son", "brother", "king", "prince"}
# references.py: the mentions that count how often a story names a state ("its", "the
# ambassador" repeat a state the last sentence named; they do not make it a party)
NAMING_KINDS = {"name", "metonym", "short"}
PLURAL_HEADS = {
    "leaders": "person",
    "presidents": "person",
    "men": "person",
    "countries": "state",
    "nations": "state",
    "states": "state",
    "governments": "state",
    "sides": "any",
    "neighbours": "state",
    "neighbors": "state",
    "allies": "state",
}


# spans.py
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
OTHER_LABELS = {"FAC", "LOC"}
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
CALENDAR_WORDS = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)
GOVERNMENT_HEADS = {"administration", "government", "regime", "cabinet"}
# bodies that sit where they rule: "the junta in Niamey" is Niger's (unlike "troops in Iraq")
SEATED_HEADS = GOVERNMENT_HEADS | {"authorities", "junta", "leadership"}
# a city's own people are where they are: "Police in Nairobi", "Dockworkers in Antwerp"
# (context._seat); troops, officials and envoys are often abroad
SEATED_SECTORS = frozenset({"COP", "OPP", "LAB", "AGR", "CVL", "HLH", "JUD"})
COORDINATORS = {"and", ",", "&"}
# "the world", "all countries": the international community when they act or are addressed
WORLD_PHRASES = {
    "the world",
    "all countries",
    "all nations",
    "the international community",
    "the world community",
    "international community",
}
WORLD_ROLES = {"nsubj", "nsubjpass", "dobj", "dative"}
PLACE_NOUNS = {"country", "region", "province", "state", "city", "island", "continent"}
# acts a bloc's demonym makes the bloc the doer of: "Western sanctions", "Arab pressure"
BLOC_ACTS = frozenset(
    "sanction pressure aid support intervention demand embargo criticism condemnation warning "
    "ultimatum offer proposal backing".split()
)
BLOC_POS = {"PROPN", "NOUN", "ADJ"}
# "the bloc", "the regional bloc", "the military alliance": the bloc or IGO named just before
BLOC_NOUNS = {"bloc", "alliance"}
VENUE_PREPS = {"in", "at"}  # "met in Brussels": a place where a bloc is named is no actor
# the agents a bloc has in the city that is its seat ("EU officials in Brussels"); a city's
# other agents (police, protesters, courts) are the city's own: context.seat_cities
BLOC_SEAT_SECTORS = frozenset({"GOV", "LEG", "MIL", "SPY", "ELI"})
# labels the small model puts on a lone state's name ("sanctions on Niger" as a WORK_OF_ART):
# the name is still the state; not EVENT or LAW, which name a war or act ("the Iraq war")
NON_ACTOR_LABELS = {"WORK_OF_ART", "PRODUCT"}
BLOC_PREPS = {"against", "with", "between"}  # "the west" as an actor, not a direction
# "-led" heads that are military when they name no agent: "the U.S.-led invasion"
LED_MILITARY = frozenset(
    "invasion war coalition offensive operation campaign strike airstrike attack assault "
    "intervention bombing raid occupation blockade mission force incursion siege alliance "
    "bombardment".split()
)


# names.py
# spellings that transliterations and news styles vary, and the one they fold to (in order)
TRANSLITERATIONS = (
    ("dsch", "j"),  # German: Ahmadinedschad / Ahmadinejad
    ("tsch", "ch"),  # German: Gorbatschow / Gorbachev
    ("sch", "sh"),  # German: Lukaschenko / Lukashenko
    ("w", "v"),  # German: Wladimir Lawrow / Vladimir Lavrov
    ("kh", "h"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("ou", "u"),
    ("zh", "j"),  # Zhomart / Jomart
    ("q", "k"),  # Qaddafi / Kadhafi
    ("y", "i"),
    ("ij", "i"),  # Slavic endings, after y -> i: Selenskyj / Zelensky
    ("aie", "ae"),  # Nazarbayev / Nazarbaev, after y -> i
)
# a surname one letter off a known one is his in another language's spelling only when the
# letter is one of these for another (Makron, Porochenko, Selenskyj) ...
SOUND_ALIKE = frozenset("ckqsz")
# ... or one of these added or dropped (Poutine, Sharief); another vowel is another name
SILENT_LETTERS = frozenset("aeiouh")
# honorifics and ranks before a person's name, beside TITLES: "Dr.", "Sheikh", "Gen."
HONORIFICS = frozenset(
    (
        "mr mrs ms miss dr prof professor sheikh sheik shaikh imam mullah ayatollah cleric "
        "general gen col colonel lt lieutenant maj major capt captain adm admiral brig brigadier "
        "sgt sergeant marshal field cmdr commander lord lady dame sir rev reverend father "
        "cardinal bishop archbishop rabbi pope sen rep gov amb pres sec judge justice hon "
        "honourable honorable his her excellency highness majesty"
    ).split()
)
# the Arabic article in names: "al-Assad", "el-Sisi" (dropped from the tolerant key)
NAME_PARTICLES = frozenset({"al", "el", "ul", "ad", "ash", "az"})
# lowercase words inside a name: "Muhammad bin Salman", "Ursula von der Leyen"
NAME_CONNECTORS = NAME_PARTICLES | frozenset(
    "bin ibn bint binti abu ben de del della da dos das di du van von der den ter le la".split()
)

# particles a surname said alone keeps before it: "al-Bashir", "de Villepin", "dos Santos"
SURNAME_PARTICLES = NAME_PARTICLES | frozenset("de del da dos das di du van von der".split())
# words a Maghrebi surname is said with: "Ben Ali", "Ben Bella", "Ould Abdel Aziz"
SURNAME_COMPOUNDS = frozenset({"ben", "ould"})


# dictionary.py
TITLES = {
    "president",
    "premier",
    "prime",
    "minister",
    "chancellor",
    "leader",
    "chairman",
    "chair",
    "secretary",
    "general",
    "king",
    "queen",
    "prince",
    "crown",
    "emir",
    "sheikh",
    "ayatollah",
    "supreme",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "vice",
    "foreign",
    "defence",
    "defense",
    "state",
    "of",
    "and",
    "senator",
    "former",
    "acting",
    "new",
    "top",
    "envoy",
    "spokesman",
    "spokeswoman",
}
GOVERNMENT_WORDS = {"administration", "government", "cabinet", "regime", "team", "camp"}
# a spokesperson speaks for the body named with him: the agent noun right before ("army
# spokesman" is MIL, "police spokeswoman" COP), or the entity after "for" ("a spokesman for the
# Houthis" is theirs, where "an envoy for Yemen" is a complement)
SPOKESPERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons".split()
)
# a body's officer: a rank after one is the person's own ("police spokesman Col. X" COP, not the
# rank's MIL), and a name after one is titled by the body ("police chief John Kamau" COP)
OFFICER_NOUNS = SPOKESPERSON_NOUNS | {"chief"}
# the preposition after a spokesperson or an aide names the owner, not a complement: "a spokesman
# for the Houthis", "an aide to the Ukrainian president"
AIDE_NOUNS = frozenset("aide aides adviser advisers advisor advisors".split())
OWNER_PREPS = {
    **{noun: frozenset({"for"}) for noun in SPOKESPERSON_NOUNS},
    **{noun: frozenset({"to"}) for noun in AIDE_NOUNS},
}
# a leader, official or commander right after an agent noun of a body other than the state's
# government and forces belongs to it: "union leaders" LAB, "militia commander" UAF, "gang boss"
# CRM, "police commander" COP ("military leaders" and "defence officials" keep their own noun)
MEMBER_NOUNS = frozenset(
    "leader leaders chief chiefs commander commanders official officials boss bosses".split()
)
MEMBER_OWNER_KEEPS = frozenset({"GOV", "MIL"})
# a generic forces noun right after an agent noun of a force or an armed group is its body:
# "Federal Police forces" COP, "guerrilla units" REB (after "government" it stays MIL)
FORCE_NOUNS = frozenset("forces force units unit personnel members".split())
# group codes of intergovernmental organisations and international militarised groups: what
# follows them in a Phoenix code (IGOUNO, IGOUNODEVWBK, IMGMUSISI) names the family, not a sector
FAMILY_CODES = frozenset({"IGO", "IMG"})
# Phoenix's second role after GOV that is a sector of its own here: a legislator or speaker
# (USAGOVLEG) is LEG, an intelligence chief (USAGOVSPY) SPY; GOVMIL, GOVCOP and GOVJUD name
# the defence, interior and justice ministers, who stay GOV
GOV_OWN_SECTORS = frozenset({"LEG", "SPY"})
# Phoenix codes of the blocs this project names by their own group code (docs/actors.md): an
# official the built tables code IGOEUREEC is the EU's (Javier Solana), not a UN-like IGO's
BLOC_FAMILIES = {
    "IGOEUREEC": "EUR",
    "IGOWSTNAT": "NAT",
    "IGOMEAARL": "ARL",
    "IGOAFRAFU": "AFU",
    "IGOSEAASN": "ASN",
}
# a state after an agent noun and one of these is its complement, not its owner ("Japan's
# envoy to Canada"); "of" and "in" still name the owner ("the president of Kenya")
COMPLEMENT_PREPS = frozenset({"to", "for", "with", "against", "toward", "towards"})
# a bloc's name right before one of these, after a state's, is the post, not the owner:
# "Russia's UN ambassador", "the French NATO envoy" are the state's diplomats
DIPLOMATIC_POSTS = frozenset(
    "ambassador ambassadors envoy envoys representative representatives delegate delegates "
    "delegation mission negotiator negotiators".split()
)
# places as actors: the words a phrase may have besides the place and its agent noun, and the
# gazetteer confidence a bare place name needs ("Springfield", with many readings, has none)
PLACE_LINKS = frozenset({"of", "in", "from", "a", "an", "the"})
# lowercase words inside a place's name: "Rio de Janeiro", "Santa Cruz de la Sierra"
PLACE_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "la", "las", "los", "di", "du"})
# words of a place's administrative kind, dropped when the gazetteer lacks the name with them:
# "Lagos State", "the Sindh provincial government", "Kherson Oblast"
ADMIN_WORDS = frozenset(
    "state province provincial region regional oblast governorate prefecture prefectural "
    "county district municipal municipality local city town village".split()
)
# a part of a place named before it: "the Ikeja district of Lagos", "Mushin area of Lagos" are
# Lagos's (context.place_reading)
PART_OF_PLACE_WORDS = ADMIN_WORDS | {"area", "neighbourhood", "neighborhood", "suburb", "quarter"}
PLACE_ACTOR_CONFIDENCE = 0.75
PLACE_ACTOR_POPULATION = 50_000  # a smaller town stands for nobody out of context
LONE_PLACE_POPULATION = 1_000_000  # ... and a smaller city is no reason to doubt a surname
# "ex-Soviet republic", "former Yugoslav", "post-Soviet states": a successor, never the state
PREDECESSOR_WORDS = {"former", "ex", "post"}
# "western" before these is a direction, not the West: "the western province of Herat"
# ("a Western state" and "Western countries" stay the West)
DIRECTION_NOUNS = frozenset(
    "province provinces region regions district districts city town suburbs outskirts "
    "border part parts coast desert highlands".split()
)
# a title after these is no office held on the day: "retired Gen. X" (context.title_office)
RETIRED_WORDS = frozenset({"retired", "late"})
# after a state or group ("Iran-backed militias", "the UN-recognised government"): it backs,
# arms or recognises the head, it does not own it
# after a body of the state ("military-appointed", "junta-installed"): it appointed the head,
# which is its state's; the head noun gives the sector (`exact._appointer_hit`)
APPOINTER_WORDS = frozenset({"appointed", "installed"})
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
BACKER_WORDS = frozenset(
    "backed sponsored funded supported armed aligned allied trained recognised recognized "
    "mandated brokered mediated installed".split()
)
# after a group, state or agent noun ("Naxal-affected districts", "Taliban-hit areas",
# "rebel-held towns"), it afflicts or holds the head's place, it does not own the head
AFFLICTED_WORDS = frozenset(
    "affected hit infested plagued ravaged stricken held controlled".split()
)
# before a state or group ("pro-Russian", "anti-American"), a stance towards it, not its own
STANCE_WORDS = frozenset({"pro", "anti"})
# before an office's agent noun, these make its holder a former one: an elite (ELI)
FORMER_WORDS = frozenset(
    {"former", "ex", "onetime", "erstwhile", "ousted", "deposed", "toppled", "overthrown", "late"}
)
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP", "OPP"})
# a head noun of these sectors names another kind of actor than its owner ("Macron's party",
# "the wife of the president", "Hezbollah's TV"): its sector replaces the owner's
HEAD_SECTORS = frozenset({"ELI", "PTY", "MED", "LAB", "BUS", "EDU", "JUD", "HLH"})
# a body's word that before "of" and a forces noun names a unit of them: "a company of infantry"
UNIT_NOUNS = frozenset({"company", "companies"})
# a head noun of these sectors after a government's name is its forces ("Assad's troops")
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
# a head noun of these sectors after a person or body outside the state's government and forces
# is his armed following ("the cleric's militia", "insurgents loyal to a cleric"): REB or UAF;
# a government, its forces or an armed owner keep their own ("Hamas gunmen" stay REB)
ARMED_SECTORS = frozenset({"REB", "UAF"})
ARMED_KEEPERS = FORCE_SECTORS | ARMED_SECTORS | {"GOV"}
# group codes whose demonym is also an ethnicity: "Arab militias" (Darfur's Janjaweed) are no
# bloc's forces (exact._ethnic)
ETHNIC_GROUPS = frozenset({"ARB"})
# "forces loyal to Gaddafi" reads as "Gaddafi's forces": the one named after it owns the head
LOYALTY_WORDS = ("loyal to",)
# a relative pronoun or a participle that starts a clause describing the phrase before it: "the
# prosecutor who has pursued him", "soldiers charged with abusing Iraqi prisoners" (the prisoners
# are not the soldiers' country), "guards abducted by rebels", "marchers calling for a strike",
# "ten soldiers including a colonel"; the phrase before it resolves alone when it can
CLAUSE_WORDS = frozenset(
    "who whom whose which accused charged convicted suspected sentenced arrested wanted "
    "believed known based held detained jailed abducted kidnapped killed wounded injured "
    "calling demanding including".split()
)
# two words that start such a clause where the first alone is a modifier ("heavily armed
# fighters", but "protesters armed with stones"); a backer after "by" ("militants backed by
# Ankara") is no owner, as before the head ("Ankara-backed militants")
CLAUSE_PAIRS = frozenset({("armed", "with")} | {(word, "by") for word in BACKER_WORDS})
# offices that a title before a misspelt surname names: a person whose dated roles name none of
# them is someone else ("Governor Gheith" is no Aboul Gheit, the Arab League's secretary-general)
TITLED_OFFICES = frozenset({"governor", "mayor", "judge", "senator", "commander", "speaker"})
# one-party states of 2015-2025, whose ruling party is coded GOV, as Phoenix codes China's
# Communist Party (Wikipedia: "One-party state", list of current one-party states)
ONE_PARTY_STATES = frozenset({"CHN", "CUB", "LAO", "PRK", "VNM"})
# English words that name a body only when capitalised: "WHO", "US", "IS" (not "an official who
# declined", "told us", "it is"); "Congress" is the US Congress, a lowercase "congress" or
# "senate" any state's legislature ("Peru's president threatened to dissolve congress")
CAPITAL_ONLY = frozenset({"who", "us", "is", "congress", "senate"})
FUNCTION_WORDS = set(
    "a an this that these those his her its our their in of for to and or at on by with from as "
    "but if when after before while why how all".split()
)
# directions before a place: "the western province of Herat" (context.place_reading)
COMPASS = frozenset(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern".split()
)
# lowercase words that describe a place after its agent noun, as compass words do: "police in
# the port city of X", "the governor of the restive border province of X" (context.place_reading)
PLACE_DESCRIPTORS = frozenset("port coastal border frontier restive island desert mountain".split())
# capitalised words that may stand before a state's name without making it part of a person's
# name: "Northern Iraq", "Communist China", "Nazi Germany" (but "Simon Mann", "Michael Jordan")
STATE_MODIFIERS = frozenset(
    (
        "north south east west northern southern eastern western central northeastern "
        "northwestern southeastern southwestern upper lower greater mainland continental "
        "metropolitan coastal rural communist socialist democratic federal islamic independent "
        "occupied free nazi fascist tsarist imperial colonial royal modern ancient postwar prewar "
        "wartime neighbouring neighboring kurdish arab shiite sunni muslim christian catholic "
        "orthodox rich torn hit stricken ravaged"
    ).split()
)


# petrarch.py
# Phoenix country codes that are not ISO 3166 alpha-3, and the ISO code they become (any 3-letter
# part of a code: KSVGOV -> XKXGOV, YUGKSV -> YUGXKX; TMP is East Timor)
PHOENIX_CODES = {"KSV": "XKX", "TMP": "TLS"}


# index.py
SURNAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "MNG", "KHM", "HKG", "SGP"}
# states whose news name a person by the first name alone: the second is a father's name or a
# family name seldom said ("Thaksin", "Megawati", "Meles", "Isaias", "Mahathir")
GIVEN_NAME_STATES = {"THA", "IDN", "MYS", "ETH", "ERI", "ISL"}
# states of Spanish naming: in a name of three words or more the father's surname comes before
# the mother's and is the one said alone ("Alvaro Uribe Velez": Uribe)
TWO_SURNAME_STATES = {
    "ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "PRI",
    "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY", "PRY",
}  # fmt: skip
LAYERS = {"shipped": 0, "hand": 1, "user": 2}
# entry kinds whose names in brackets name the whole phrase when the rest named nobody
BODY_ENTRIES = ("organisation:", "group:")


# mentions.py and context.py (in an article)
STATE_NAME_FORMS = {"name", "alias", "capital"}  # forms that may hide inside a person's name
# Agent nouns with no state of their own: never given the country of a nearby mention.
PLAIN_PEOPLE = set(
    "man men woman women people person persons boy boys girl girls child children "
    "wife husband widow son sons daughter daughters brother sister family relatives "  # anyone's
    "settlement settlements uprising uprisings rebellion rebellions".split()  # events, not actors
)
NON_STATE_SECTORS = {"REB", "UAF", "INS"}  # located by the article's place, if it has one
NEVER_INHERIT = {"CRM"}  # kidnappers, smugglers: never a state by proximity
# Firms, media and schools have no state of their own: "the airline", "the company", "the
# school" never take the country of a state named nearby (officials, troops, settlers do).
NO_STATE_SECTORS = {"BUS", "MED", "EDU", "NGO", "ENV"}
PLACE_PREPS = set(
    "in at near outside inside across around throughout of into from within south north east "
    "west".split()
)
PLACE_OF = {"in", "from", "of", "inside"}  # "rebels in Darfur", "militants from Waziristan"
# an agent noun before these and a complement that names nobody is the head: "the residents of
# the area", "soldiers in the streets" (context.agent_alone)
HEAD_BEFORE_PREPS = frozenset({"of", "in", "at", "from", "on", "near", "inside"})
# a city or region the dictionary lacks is an actor in an article only as a clause's subject or
# object or a possessor ("Kherson's governor"), never as a location ("a city near Kano")
PLACE_ROLES = {"nsubj", "nsubjpass", "dobj", "dative", "poss"}
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred hundreds thousand thousands dozen dozens million millions scores".split()
)
COUNTERS = {"a", "an", "another", "some", "several", "many", "other", "few", "more"}
# words of a count before a city's or region's agents: "hundreds of Florida students", "at
# least 20 Lagos police" (context.place_reading)
COUNT_LINKS = frozenset("of at least more than up to about nearly over".split())
# words between a counter and a demonym that still count people: "80 fellow Eritreans"
PEOPLE_MODIFIERS = frozenset(
    {"fellow", "ordinary", "innocent", "unarmed", "homeless", "displaced", "stranded", "elderly"}
)
# "-origin", "-born" after another nationality's word, between a counter and the demonym:
# "ten Indian-origin Britons" are British civilians
ORIGIN_WORDS = frozenset({"origin", "born", "descent"})
# nouns of a crowd that count people before "of": "a group of Turks", "a crowd of Kenyans"
CROWD_NOUNS = frozenset({"group", "groups", "crowd", "crowds", "band", "bands"})


# possessives.py
POSSESSIVES = {"its", "their"}
PLURAL_TAGS = {"NNS", "NNPS"}
NOUN_POS = {"NOUN", "PROPN"}
NOUN_ROLES = SUBJECT_DEPS | OBJECT_DEPS | {"pobj"}
PEOPLE_SECTORS = {"CVL"}  # "two Iraqis": people, not a state or a body
# subject_pronouns.py: verbs whose subject 'it' is an expletive ("it is unclear whether", "it
# took years", "it remains to be seen"), never a state
IT_EXPLETIVE_VERBS = frozenset(
    "be seem appear remain become take mean matter look sound happen follow cost".split()
)
# titles.py: how many sentences back a bare title ("the foreign minister") looks for its holder
TITLE_WINDOW = 8
# memory.py: a body named alone by its generic head noun ("the fund", "the lender") refers back
# to the last body the article named in full whose name holds one of these words
BODY_HEADS = {
    "fund": {"fund"},
    "lender": {"fund", "bank"},
    "council": {"council"},
    "commission": {"commission"},
    "department": {"department"},
    "agency": {"agency"},
}
# memory.py: a bare state name that names two states ("Congo"), read as the one the article's
# other mentions name more often
AMBIGUOUS_STATES = {"congo": ("COG", "COD")}

# A built role starting this many years before a hand entry's first role is a namesake's
# ("Lenin Moreno" in 1912): the hand entry does not inherit it (index.with_earlier_roles).
NAMESAKE_YEARS = 40
