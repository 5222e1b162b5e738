"""Word lists of the events stage: the knowledge its modules read, kept apart from their logic."""

from __future__ import annotations

# arguments.py
SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
# Verbs a crowd does, never has done to it: "Kenyan teachers protested in Nairobi" is no
# reduced passive, though the tagger may read "protested" as a participle.
CROWD_VERBS = set("protest rally march demonstrate riot gather assemble strike".split())
# Heads that name people or bodies acting for a state: "the leaders of X", "X's troops".
AGENT_HEADS = {
    "leader",
    "president",
    "government",
    "minister",
    "official",
    "troop",
    "force",
    "soldier",
    "army",
    "military",
    "navy",
    "delegation",
    "envoy",
    "delegate",
    "ambassador",
    "diplomat",
    "regime",
    # the rulers a coup put in power: "the junta of Mali", "the military rulers of Niger"
    "junta",
    "ruler",
    "general",
    "commander",
    "state",
    "country",
    "nation",
    "side",
    "administration",
    "authority",
    "premier",
    "chancellor",
    "king",
    # the other titles of a monarch: "the emir of Qatar", "the Sultan of Oman"
    "queen",
    "emir",
    "sultan",
    "monarch",
    "emperor",
    "foreign",
    "counterpart",
    "head",
    "chief",
    "unit",
    "personnel",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "ministry",
    "cabinet",
    "parliament",
    # the machines a state's forces fight with: "warplanes of the Russian air force"
    "warplane",
    "jet",
    "gunship",
    "warship",
    "helicopter",
    "drone",
    # collective and counting heads: "a column of Israeli tanks", "dozens of U.S. troops"
    "column",
    "convoy",
    "contingent",
    "battalion",
    "brigade",
    "platoon",
    "group",
    "band",
    "squad",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "score",
    "scores",
    # ... and the heads that only count what follows: "a total of 12 Turkish engineers", "a
    # number of Greek lawmakers"
    "total",
    "number",
    "handful",
    "couple",
}
# Things whose "of" names their owner, the side a sanction or seizure hits: "froze the assets
# of Russia's central bank", "banned imports of Turkish fruit"; people whose "of" names their
# body: "killed 22 members of Iraq's security forces"; and the sites and vehicles an attack
# hits: "the residence of the Iraqi minister was hit".
OWNED_HEADS = set(
    "asset assets import imports export exports good goods property account accounts reserve "
    "reserves shipment shipments member members residence home house office embassy consulate "
    "headquarters compound motorcade".split()
)
# Amounts of money or goods that stand for the goods: "tariffs on $60 billion of American goods"
QUANTITY_HEADS = set("$ billion million trillion worth amount value tonne tonnes ton tons".split())
# Participles that name goods by where they come from: "cars made in China", "brandy imported
# from the EU" are that state's goods (the target of a duty on them).
ORIGIN_VERBS = set("make produce manufacture build assemble import ship grow export".split())
# A thing "belonging to X", "owned / run by X" is X's: the verb and the preposition naming X.
OWNING_VERBS = {"belong": {"to"}, "own": {"by"}, "operate": {"by"}, "run": {"by"}}
# Participles that name whom an act's object is aimed at, and their prepositions: "sanctions
# targeting X's banks", "strikes aimed at (halting) X's program", "measures directed against X".
AIMING_VERBS = {"target": set(), "aim": {"at", "against"}, "direct": {"at", "against"}}
# Heads whose "for" names who they speak or act for: "a spokesman for the Iranian ministry".
FOR_HEADS = {"spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "representative"}
# Ruling bodies whose "in" names the state they rule: "the junta in Niamey", "the regime in
# Damascus" (not "troops in Syria": an army "in" a place may be a foreign one).
IN_HEADS = {"government", "regime", "junta", "leadership", "ruler"}
# Verbs whose object happens *to* the subject: "X drew condemnation", "Y faces sanctions".
UNDERGO_VERBS = {
    "face",
    "draw",
    "receive",
    "suffer",
    "endure",
    "attract",
    "earn",
    "incur",
    "provoke",
    "trigger",
    "prompt",
    "get",
    "undergo",
    "weather",
    "remain",
    "escape",
    "evade",
}
# Verbs whose subject does the act its object noun names, whatever the act: "Quito ordered the
# expulsion of X", "Baku announced the release of Y" (not "faced sanctions": UNDERGO_VERBS).
DECIDING_VERBS = set("order announce approve authorize authorise decree complete".split())
# Prepositions of sequence: "cut ties after the raid" tells nothing of whose raid it was.
SEQUEL_PREPS = {"after", "before", "following", "since"}
# Possessors that point back into their clause: "lost its allies after its invasion of X" is the
# subject's invasion, where "after the invasion of X" tells nothing of whose it was.
BACK_POSSESSIVES = {"its", "their"}
# Verbs that act against the event their object names: "suppressed a protest", "foiled an
# attack": their subject is no doer of it.
THWARTING_VERBS = set("suppress disperse quell crush ban foil thwart repel repulse prevent".split())
# Verbs whose subject suffered the event a noun under them names: "died in an attack on X".
VICTIM_VERBS = {"die", "kill", "hurt", "injure", "wound", "perish", "lose"}
# Verbs of harm never said without whom they harm: "British couple shot dead in X" is a passive
# even when tagged as a past tense ("Gunmen killed in X": the gunmen died).
HARM_NEEDS_OBJECT = set(
    "kill shoot abduct kidnap murder wound injure arrest detain capture behead execute "
    "lynch torture slay jail".split()
)
# Verbs whose object clause's subject is their own object: "urged Y to talk".
OBJECT_CONTROL = {"ask", "urge", "invite", "persuade", "tell", "force", "press", "encourage"}
# "the bombing of X", "an attack on X": X is the target.
ATTACK_NOUNS = set(
    "attack assault raid blast explosion strike ambush invasion occupation incursion".split()
)
ATTACK_PREPS = {"of", "on", "against"}
# Acts with a doer of their own: a relative clause on one that hangs from a preposition
# ("sanctions over the coup that removed the government") tells what the deed did, not what the
# outer clause's subject did.
DEED_NOUNS = ATTACK_NOUNS | set(
    "coup putsch takeover uprising revolt rebellion revolution war offensive crackdown".split()
)
# Heads that count or group an event noun, through which it hangs from its verb: "carried out
# a series of airstrikes", "held a round of talks", "announced a package of sanctions"
GROUPING_NOUNS = set("series wave spate string round barrage volley flurry package".split())
# "claimed responsibility for the attack": the act "for" names is done by the verb's subject
CLAIMED_NOUNS = {"responsibility", "credit"}
DISTRIBUTIVE = {"each", "both", "them", "all", "either", "two", "three", "they"}
# Conjunctions a parse may take for prepositions: "as / after the ministers met".
STRANDING_PREPS = {"as", "after", "before", "while", "when", "since", "until"}
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "acl", "csubj"}
# a verb's own clauses that may be a "for ... to" phrase: "called for the UN to act"
FOR_CLAUSE_DEPS = {"advcl", "ccomp", "xcomp"}
# words the tokenizer splits at their hyphen, read whole (the lemma of the last part after the
# first): a "cease-fire" is a ceasefire, its "fire" no attack; "test-fired" a weapons test
HYPHEN_WORDS = {
    ("cease", "fire"): "ceasefire",
    ("test", "fire"): "test-fire",
    ("test", "launch"): "test-fire",
}
INHERIT_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl"}
VERB_PREP_DEPS = ("prep", "prt", "dative")  # "called on X", "gave it to X"


# lexicon.py
# A verb CAMEO lists with no default takes its block's general code when at least this share of
# its (at least this many) patterns sit in one of these blocks: commitments, rejections, threats.
BLOCK_DEFAULT_ROOTS = {"03", "12", "13"}
BLOCK_DEFAULT_SHARE = 0.6
BLOCK_MIN_PATTERNS = 5
# Verbs whose only news sense is physical force, which the CAMEO dictionary also lists in its
# verbal-attack synonym sets ("blast", "assail"): their criticism rows (codes 11x) are dropped, so
# "jets have been bombing the rebels loyal to the president" is no criticism of a president.
PHYSICAL_ONLY_VERBS = {"bomb", "bombard", "assault"}
CRITICISM_ROOT = "11"


# triggers.py
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}  # types whose two sides may be read either way
# types coded with an actor alone when the text names no recipient (PLOVER: recipient optional)
ONE_SIDED = {"PROTEST", "MOBILIZE", "CONCEDE", "RETREAT", "REQUEST", "ASSAULT", "COERCE"}
BARE_ONE_SIDED = {"PROTEST", "MOBILIZE", "ASSAULT", "RETREAT"}  # ... when the rules read it
# ... and these codes of other types: a curfew (1723) or a state of emergency or martial law
# (1724) is imposed on one's own people, whom news rarely names as a party, and so is lifted
# (0813, 0814)
BARE_ONE_SIDED_CODES = {"1723", "1724", "0813", "0814"}
# ... and a group's members meeting among themselves: "NATO defence ministers met in Brussels"
# (CONSULT multilateral, the group its actor, recipient null)
GATHERING_VERBS = {"meet", "gather", "convene"}
# ... or held a gathering (GATHERING_NOUNS) with no one else: not "held talks with the rebels"
MEETING_PARTNER_PREPS = {"with", "between"}  # (also whom a fight is with)
ONE_SIDED_NEEDS_OBJECT = {"ASSAULT", "MOBILIZE"}  # ... and then only with a direct object
# ... but for fighting among the subject's own parts: "troops and rebels clashed" (PLOVER: in
# two-sided fighting all are the actor, and the recipient is null)
FIGHTING_VERBS = {"clash", "fight", "battle", "skirmish"}
# what a fight is fought with, no partner in it: "fought with rocks, clubs and fists"
FIGHTING_MEANS = set(
    "rock stone club stick fist knife bat bar pipe baton machete sword spear axe weapon gun "
    "rifle hand bare".split()
)
# ... and a fight its noun names with one coded party among its fighters, the others no
# party the dictionaries code ("clashes between Kenyan police and protesters", "killed in
# clashes with Yemeni forces"): that party acts alone (triggers.lone_fighters)
FIGHTING_NOUNS = FIGHTING_VERBS | {"fighting", "gunbattle", "gunfight", "firefight"}
ONE_SIDED_NO_OBJECT = {"RETREAT"}  # ... or with none: "withdrew from X", not "withdrew its envoy"
# ... but a state's forces moving or pulling back are its act alone, with no object ("Syrian
# troops moved to the border") or with its own forces as the object ("withdrew its troops")
FORCES_MOVING = {"MOBILIZE", "RETREAT"}
# ... save fire halted by one side, whose object is what is given up: "halted fire", "halted
# the fighting" (RETREAT `ceasefire`; two sides holding fire are both its actor, not one alone)
OBJECT_GIVEN_UP_CODES = {"0871"}
# CAMEO codes of joint acts: "X and Y met / agreed / signed a treaty / cooperated".
JOINT_CODES = ("03", "04", "057", "06")
# ... but a go-between (CAMEO 045, "Mediate") deals with the parties "between" whom it
# mediates, not with its fellow mediators: "Qatar and Egypt mediated between X and Y".
MEDIATION_CODE = "045"
# ... and words that make any act joint: "X and Y restored relations", "worked together"
RECIPROCAL_WORDS = {"other", "another", "together", "jointly", "mutually", "relations", "ties"}
# ... and verbs whose act is mutual by meaning: "X and Y swapped prisoners"
RECIPROCAL_VERBS = {"swap", "exchange"}
RECIPIENT_PREPS = {"with", "to", "against", "toward", "towards", "on", "into", "upon"}
COMPLEMENT_SKIP = set(
    "nsubj nsubjpass csubj csubjpass aux auxpass neg punct cc conj advcl ccomp parataxis mark "
    "xcomp relcl acl appos".split()
)
# A verb under a preposition is a clause of its own: "before surrendering to the forces".
CLAUSE_POS = {"VERB", "AUX"}
DISPATCH_VERBS = {"send", "deploy", "dispatch", "station", "transfer", "move"}
MILITARY_NOUNS = set(
    "troop soldier force unit personnel army battalion brigade marine mercenary contingent "
    "division regiment sailor pilot officer".split()
)
ALLY_PREPS = {"alongside", "beside", "with"}
GREET_VERBS = {"meet", "greet", "welcome", "receive", "host"}
# Verbs whose object feels them: "X was disappointed by Y's decision", "Y's move alarmed X":
# the one disappointed (X) disapproves (ACCUSE's actor), the cause (Y) is its recipient.
EXPERIENCER_VERBS = {"disappoint", "dismay", "trouble", "alarm", "appal", "appall"}
# Events whose recipient may follow "from": "sought aid from X", "recalled its envoy from X".
FROM_EVENTS = {"REQUEST", "SANCTION", "RETREAT"}
# Events whose recipient may follow "for": "approved a loan for Ghana", "sent aid for Mali",
# "voiced support for X".
FOR_EVENTS = {"AID", "SUPPORT"}
# Events whose recipient may follow "at": "fired at an Israeli town", "shot at Afghan troops".
AT_EVENTS = {"ASSAULT"}
# Speech acts that judge a deed done, whose "of X" is whose deed it is ("condemned the
# expulsion of X's diplomats"); a request or a promise is of a deed to come, and its "of X" is
# whom that deed would be done to ("demanded the release of X").
JUDGING_EVENTS = {"ACCUSE", "SUPPORT", "REJECT"}
# Whose proposal or call a rejection turns down: "rejected the proposal by X", "calls from X".
REJECTED_SOURCE_PREPS = {"from", "by"}
# Verbs that leave the meaning of an event to their object noun: "paid a visit", "held talks".
LIGHT_VERBS = set(
    "make pay hold have conduct carry begin start kick launch wrap conclude end complete "
    "undertake attend host continue resume open".split()
)
SUPPORT_VERBS = {"support", "help", "assist", "aid", "back", "reinforce", "bolster", "fight"}
# Prepositions that mark the recipient of one verb only: "invest in X", "buy wheat from X".
LEMMA_PREPS = {
    "invest": {"in"},
    "deposit": {"in", "with"},  # "deposited $2 billion in Egypt's central bank": AID to Egypt
    "buy": {"from"},
    "purchase": {"from"},
    "import": {"from"},
    "fly": {"over"},
}
# Where a protest stands names whom it is aimed at: "outside the U.S. embassy".
SITE_PREPS = {"outside", "at", "near", "before", "opposite"}
# ... and so does whom it marched to ask: "rallied to demand an apology from Japan", "marched
# to urge the EU to act" (the verbs of its purpose infinitive).
PROTEST_ASKING_VERBS = set("urge demand call press ask appeal petition".split())
# ... or whom its purpose infinitive protests against (not the issue it protests: "to protest
# imports of Ukrainian grain"): "marched to protest against Western pressure".
PROTESTING_VERBS = {"protest": {"against"}, "demonstrate": {"against"}}
# Verbs whose "to" names a destination, not a recipient: "deported him to Lebanon". Not
# "extradite": the state a suspect is extradited to is the one cooperated with.
DESTINATION_VERBS = {"deport", "expel", "exile", "banish", "evacuate", "relocate"}
# Documents whose participle is their issuer's act: "issued a statement condemning X".
DOCUMENT_NOUNS = set(
    "statement statements communique communiqué letter resolution declaration note message".split()
)
# Texts and plans whose author an "X-drafted" modifier names: "a US-drafted resolution".
AUTHORED_NOUNS = DOCUMENT_NOUNS | set("draft text plan proposal proposals motion deal".split())
AUTHOR_PARTICIPLES = set("drafted sponsored proposed brokered tabled authored written".split())
# Verbs of arrival, whose place reached stands for its state whatever the act (a visit, or
# police or arms sent: "Kenyan police arrived in Haiti", verbs_extra.tsv).
ARRIVAL_VERBS = {"arrive", "land"}
# Verbs whose object is the place left, not a recipient: "left Tokyo for Seoul".
DEPARTURE_VERBS = {"leave", "depart", "quit", "flee", "exit", "abandon", "evacuate"}
# ... and the prepositions of a withdrawal's place: "pulled out of Mali", "their withdrawal from
# Niger" (a place, not a recipient: annotation A4)
WITHDRAWAL_PREPS = {"from", "out"}
# Events whose target may sit deeper in the verb's complement: "pounded positions near the
# Georgian border", "bombed a building in Gaza", "a missile capable of reaching India".
DEEP_TARGET_EVENTS = {"ASSAULT", "MOBILIZE"}
# Verbs whose subject, an attack noun, hits their object: "an air strike killed 12 Afghan
# soldiers", "the attack targeted Kenyan forces" (the object is the attack's recipient).
STRIKING_VERBS = set("kill wound injure target hit destroy damage strike".split())
# What one meets without meeting anyone: "met European standards", "meet the deadline".
REQUIREMENT_NOUNS = set(
    "standard criterion criteria condition requirement demand deadline target obligation "
    "expectation need goal benchmark commitment quota challenge threshold cost".split()
)
# Phrases of reason or aim, where no target sits: "as part of a hunt for X", "after X's raid".
PURPOSE_PREPS = {"for", "as", "after", "because", "despite", "amid", "following"}
PURPOSE_NOUNS = {"search", "pursuit", "retaliation", "response", "revenge", "hunt", "part"}


# constructions.py
# Types whose recipient may be read through the clause they govern ("refused to meet X").
CLAUSE_EVENTS = {"AGREE", "REJECT", "REQUEST", "THREATEN"}
# Verbs whose infinitive is an act committed to: AGREE, or THREATEN for a hostile act.
COMMIT_VERBS = {"pledge", "promise", "vow", "swear", "guarantee", "offer", "agree"}
# Acts whose promise is a concession (CONCEDE, not AGREE: PLOVER codes an announced concession
# as the concession): "pledged to halt its nuclear work", "agreed to drop its demand".
CONCEDED_ACTS = set(
    "halt suspend end stop cease drop abandon disarm dismantle renounce freeze".split()
)
# Verbs whose infinitive is an act refused, a REJECT of its recipient ("refused to meet X");
# not "failed to reach a deal with X", which is no refusal.
REFUSAL_VERBS = {"refuse", "decline", "reject", "rebuff", "spurn", "snub", "veto", "turn", "rule"}
# Acts whose announced omission is a refusal: "will not accept / allow / invite / join X".
REFUSED_ACTS = set(
    "accept allow permit tolerate invite join attend recognize recognise negotiate talk meet "
    "sign comply obey cooperate dismantle extradite release return hand surrender withdraw "
    "resume lift".split()
)
# Acts whose negated present is a refusal held too: "does not recognise X", "do not accept the
# ruling" (not "did not attend": a past act not done).
STANCE_ACTS = {"accept", "recognize", "recognise", "tolerate"}
# ... and in any tense when what is not accepted was asked or offered: "had not accepted the
# American demand", "did not accept the offer" (a refusal, not a past act not done)
ASKED_NOUNS = set("demand offer proposal plan request ultimatum terms conditions".split())
# Verbs of letting whose one let in or through is the subject of their clause ("will not allow
# [Sweden to join]", "refused to allow [inspectors access]"): the refusal's recipient.
PERMIT_VERBS = {"allow", "let", "permit"}
# ... and so a party let act is the addressee of a permission read alone (speech.alone):
# "allowed Russian bombers to use its base", not "allowed travellers to bring in food"
# Adjectives of readiness: "stands ready to send", "is willing to resume talks".
READY_WORDS = {"ready", "willing", "prepared"}
CONTENT_DEPS = {"xcomp", "ccomp"}
# Acts whose commitment or conditional announcement is a threat.
HOSTILE_CONTENT = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT", "PROTEST"}
# ... and acts a speaker announces as its own with no condition that are still a threat:
# "Moscow said it would retaliate" (an announced sanction or deployment is a plan).
THREATENED_ACTS = {"ASSAULT", "COERCE"}
# Acts whose conditional announcement is a promise, not a threat.
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# Obligations a speaker puts on another: "X must / should / has to / needs to release ...".
OBLIGATION_MODALS = {"must", "should", "ought"}
OBLIGATION_VERBS = {"have", "need"}
# Verbs of wanting or telling another to act: "wants X to return", "told X to expel".
WISH_VERBS = {"want", "wish", "tell"}
# "... or face military action": the sanction of a demand.
FACE_VERBS = {"face", "risk", "suffer"}


# coder.py
CONTEXT_WORDS = {
    "military": {"military", "defense", "defence", "troop", "army", "weapon", "arms", "soldier"},
    "economic": {"economic", "trade", "economy", "investment", "tourism", "financial"},
    "cbrn": {"nuclear", "denuclearization", "denuclearisation", "chemical", "biological"},
}
# Words that date the clause's present, not an event a noun names.
DEICTIC = {"now", "today", "currently", "at present", "nowadays", "these days"}
HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"}
# Events whose target may be read from where they happen: "airstrikes on a village near X".
PLACE_TARGET = {"ASSAULT"}
# a place "near X" or "along X's border" lies beside X, not in it
BESIDE_PREPS = {"near", "outside", "along", "beyond", "off", "across", "toward", "towards"}
BORDER_NOUNS = {"border", "frontier", "boundary"}  # lemmas: "borders" reads "border"
# Gatherings whose national modifier names the host state: "at the Chinese military parade".
VENUE_NOUNS = set(
    "parade ceremony celebration celebrations commemoration festival forum conference summit "
    "gathering reception banquet anniversary inauguration funeral games expo exhibition".split()
)
# Crowds whose nationality a dateline may give.
CROWD_NOUNS = set(
    "protester protestor demonstrator rioter mob crowd student marcher villager resident".split()
)
VENUE_MODIFIERS = {"amod", "compound", "nmod", "npadvmod"}
# A future cooperative event is AGREE (PLOVER manual, AGREE), with these CAMEO codes.
FUTURE_AS_AGREE = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033"}
# PLOVER: "Announcements of future retreats should be coded as CONCEDE"; a future concession
# ("will lift the curfew") is the concession itself
FUTURE_AS_CONCEDE = {"RETREAT", "CONCEDE"}


# modality.py
HYPOTHETICAL_MODALS = {"could", "might", "may", "should", "must", "ought", "can"}
FUTURE_MODALS = {"will", "shall", "'ll"}
NEGATORS = {"not", "n't", "never", "no"}
FUTURE_VERBS = {
    "plan",
    "intend",
    "expect",
    "hope",
    "want",
    "aim",
    "agree",
    "promise",
    "pledge",
    "vow",
    "offer",
    "prepare",
    "schedule",
    "set",
    "propose",
    "invite",
    "wish",
    "decide",
    "resolve",
    "due",  # "is due to meet": scheduled
}
# modality.py: an event noun these are "for" is scheduled: "Karzai set for visit to Pakistan",
# "is due for talks with X" (a participant's: AGREE, docs/annotation.md)
SCHEDULED_FOR = {"set", "due"}
FAIL_VERBS = {"fail", "refuse", "decline", "cancel", "postpone", "reject", "avoid", "deny"}
# Verbs whose object names an event kept from happening: "to prevent any attack", "averted a war".
PREVENT_VERBS = {"prevent", "avert", "forestall", "preclude", "deter"}
TRY_VERBS = {
    "try",
    "attempt",
    "seek",
    "struggle",
    "strive",
    "threaten",
    "vow",
    "plot",
    "conspire",
    "scheme",
}
# Verbs that ask for the act of their clause: "urged X to free", "called on Y to withdraw".
REQUEST_VERBS = {"urge", "ask", "call", "press", "appeal", "demand", "request", "implore"}
# '"Withdraw now," he demanded': a clause before a demand verb is what was asked only when quoted;
# unquoted and followed by a comma, it is a clause of a list the parser hung on the next ("X
# urged Y, Z called ...")
QUOTE_MARKS = set("\" “ ” '' ``".split())
# Nouns whose infinitive names an act not (yet) done: "a deadline for X to disarm", "plans to
# help", "pressure on X to accept", "a bid to oust".
INTENT_NOUNS = set(
    "deadline bid attempt call pressure demand ultimatum appeal request push offer proposal plan "
    "plot threat readiness willingness chance opportunity order permission mandate decision "
    "intention commitment pledge promise".split()
)
# Verbs that end or refuse the meeting their object names: "walked out of the talks",
# "called off a visit by X".
EXIT_VERBS = set("boycott quit abandon suspend walk storm break pull cancel scrap call".split())
PRESUPPOSING_PREPS = {"during", "after", "since", "amid", "following"}
# ... and a clause they mark is a fact whatever the clause above it says: "would no longer stop
# migrants, days after 33 soldiers were killed" (the killing is no negation)
PRESUPPOSING_MARKS = {"after", "since"}
# Nouns whose content clause is a claim, not a fact: "allegations that he had collaborated".
CLAIM_NOUNS = set(
    "allegation claim charge accusation rumor rumour report suspicion speculation fear "
    "suggestion assertion belief".split()
)
# modality.py: "accused X of killing", "charged with smuggling", "suspected of plotting": the act
# alleged is the accusation's content, not an event of its own (docs/annotation.md).
ALLEGING_VERBS = {"accuse", "charge", "suspect", "indict", "blame", "allege", "convict"}
# retype.py: charging and indicting are ACCUSE "allege" (PLOVER: "sue, indict, or charge; bring to
# trial"), not CAMEO's arrest (173) that prosecutors' and courts' charges take, nor that CAMEO
# gives "accused X of crimes"
CHARGING_VERBS = {"charge", "indict", "prosecute", "accuse"}
# constructions.py: a court convicting or sentencing finds guilty: SANCTION "convict" (PLOVER:
# "find an entity or behavior guilty ... in a court of law"), not CAMEO's arrest (173),
# administrative sanction (172) or accusation (112) that its patterns give; a sentence to prison
# is an arrest as well (the guide codes both); a fine finds its payer liable (the guide's
# court-ordered payments)
CONVICTING_VERBS = {"convict", "sentence", "fine"}
PRISON_WORDS = {"prison", "jail", "year", "month", "life", "imprisonment", "detention", "term"}
# constructions.py: a court's jailing, or one for a term ("jailed X for six months"), is such a
# sentence to prison (SANCTION "convict" and an arrest); "police jailed protesters" stays an arrest
JAILING_VERBS = {"jail", "imprison"}
# constructions.py: a court or judge ordering a party to pay finds it liable (the guide's
# court-ordered payments: SANCTION), not a demand: "a judge ordered Argentina to pay creditors"
COURT_WORDS = {"court", "judge", "tribunal", "panel", "arbitrator", "magistrate"}
PAYING_VERBS = {"pay", "repay", "compensate"}
ALLEGED_PREPS = {"of", "for", "with", "over"}
# "sanctioned the unit over alleged killings": an act named as alleged is an accusation's content
ALLEGED_MODIFIERS = {"alleged", "suspected", "purported", "supposed"}
# "allegations of rape", "charges of torture": the act of an allegation's "of" is its content
ALLEGATION_NOUNS = set("allegation accusation charge claim suspicion rumor rumour".split())
OPINION_VERBS = {
    "think",
    "believe",
    "doubt",
    "fear",
    "suspect",
    "assume",
    "speculate",
    "imagine",
    "dismiss",
    "consider",
    "regard",
    "view",
    "deem",
    "argue",
    "predict",
    "warn",
    "worry",
}
# Verbs of expectation whose clause has a subject of its own forecast another's act ("few
# expect Moscow to attack"); with none they announce one's own ("expects to visit": future).
FORECAST_VERBS = {"expect", "anticipate", "forecast"}
SPEECH_VERBS = {
    "say",
    "tell",
    "declare",
    "announce",
    "report",
    "state",
    "claim",
    "emphasize",
    "emphasise",
    "add",
    "note",
    "confirm",
    "insist",
    "stress",
    "write",
    "reveal",
    "disclose",
    "quote",
    "assert",
    "maintain",
    "explain",
    "acknowledge",
    "admit",
    "recall",
}
# clauses.py: a past-tense verb conjoined to a reported clause of another tense is the
# speaker's own act ("said X would not negotiate and summoned Y").
REPORTED_CLAUSE_DEPS = {"ccomp"}
CLAUSE_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CLAUSE_AUX_DEPS = {"aux", "auxpass"}  # "would negotiate", "had failed", "was dismayed"
FINITE_PAST_TAG = "VBD"
# clauses.py: an infinitive or gerund hung in a clause ("acted to [cover up]"), not a clause
NONFINITE_TAGS = {"VB", "VBG"}
NONFINITE_DEPS = {"advcl", "xcomp"}
# ... and "against X" the parser hangs on the forum of a complaint is the complaint's target:
# "filed a complaint at the WTO against Canada", "for arbitration against Niger"
FORUM_PREPS = {"at", "before", "with", "for", "to"}
FORUM_NOUNS = {"court", "tribunal", "arbitration", "panel", "body"}
FORUM_ENTITIES = {"ORG"}
FORUM_OBJECT_DEPS = {"dobj"}  # "lodged [a complaint] at the WTO against X"
# constructions.py: verbs whose clause may oblige another or announce a conditional act
# ("Y said X has to ...", "warned it would ... unless").
STATING_VERBS = SPEECH_VERBS | {"warn", "insist"}
# modality.py: a clause whose subject is "no one", "nobody" or "no N" denies its act: "No one
# was hurt in the blast", "No agreement was reached", "Nobody fired a shot".
NEGATIVE_PRONOUNS = {"nobody", "none", "nothing", "noone"}
GENERIC_ADVERBS = {
    "typically",
    "usually",
    "often",
    "generally",
    "normally",
    "always",
    "traditionally",
    "routinely",
    "frequently",
    "sometimes",
    "rarely",
    "seldom",
    "hypothetically",
}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# Verbs whose condition is part of what they say: "threatened to cut gas unless X pays" is a
# threat made, not a hypothetical one.
CONDITIONED_VERBS = {"threaten", "warn", "vow", "demand", "insist"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
# When a path carries several marks, the strongest decides ("if they wish to meet": not future).
PRIORITY = ("negation", "hypothetical", "would", "opinion", "generic", "future", "background")
# Nouns that name the end or growth of an ongoing event, so presuppose it.
HALT_NOUNS = {"halt", "end", "stop", "cessation", "escalation", "intensification"}
# retype.py: a supply or aid halted ("stopped sending gas to Poland") is cut off (SANCTION)
HALTING_VERBS = {"stop", "halt", "cease", "suspend", "end", "quit"}
SUPPLY_EVENTS = {"AID", "COOPERATE"}


# coder.py: a day the text dates after publication is to come only with these words
AHEAD_WORDS = {"tomorrow", "next", "coming"}


# guards.py
# Words that name sport wherever they stand.
SPORT_WORDS = set(
    "cup championship championships tournament olympic olympics medal medals semifinal "
    "semi-final quarterfinal striker qualifier innings wicket wickets cricket cricketer "
    "cricketers rugby football soccer hockey tennis basketball baseball volleyball handball "
    "athlete athletes batsman bowler".split()
)
# Words that name sport only in a sport's own context: "the team", not "a rescue team" or "a
# team of inspectors"; "the league" lower-cased, not "the Arab League"; "scored a goal", not
# "the goal of the talks"; "England's coach", not "a coach carrying pilgrims".
TEAM_WORDS = {"team", "teams", "squad", "squads"}
# What may modify a sporting team: "the national team", "the visiting squad".
TEAM_MODIFIERS = set(
    "national junior senior youth women men olympic home visiting winning losing dream "
    "first second".split()
)
GOAL_WORDS = {"goal", "goals"}
GOAL_CONTEXT = set(
    "score concede net head winning late own opening equalising equalizing decisive".split()
)
COACH_WORDS = {"coach", "coaches"}
COACH_MODIFIERS = {"head", "national", "assistant", "team"}
SPORT_SENSES = TEAM_WORDS | GOAL_WORDS | COACH_WORDS | {"league"}
# Words that name sport unless a military or weapons word modifies them: "their tour of India",
# "the series", "the second Test" (capitalized, as cricket writes it), not "a nuclear test",
# "combat tours", "a series of raids".
CONTEST_WORDS = set("tour tours series match matches final fixture fixtures".split())
# A cricket Test, capitalized and not first in its sentence ("the second Test").
CONTEST_NAMES = {"Test", "Tests"}
NOT_SPORT = set(
    "nuclear atomic missile missiles rocket weapon weapons bomb combat duty war military "
    "army naval navy air warhead underground ballistic".split()
)
# Who makes a tour that is no sport: "the president's tour of Asia".
TRAVELLERS = set(
    "president minister premier leader king queen pope chancellor secretary envoy delegation "
    "prince emperor official diplomat ambassador".split()
)
# Natural disasters: a toll told beside one is theirs, not the doer of another clause's ("the
# UN launched an appeal after the floods, killing 700 people").
DISASTER_WORDS = set(
    "earthquake quake flood floods flooding landslide landslides mudslide storm cyclone "
    "hurricane typhoon tsunami avalanche drought monsoon".split()
)
# Civilian craft whose striking something is an accident: "a cargo ship hit a breakwater".
CRAFT_NOUNS = set(
    "ship vessel tanker freighter ferry boat trawler liner barge train bus truck lorry car "
    "airliner jetliner".split()
)
# ... unless a state's force sails it: "a Chinese coast guard ship fired water cannon at a
# Philippine boat", "a navy vessel rammed a trawler" act for their state
STATE_CRAFT_WORDS = set("guard coastguard navy naval military militia police warship".split())


# meetings.py
# prepositions whose object lists a gathering's members: "a meeting of X, Y and Z"
MEMBER_PREPS = {"of", "from", "among"}
LIST_DEPS = {"conj", "appos", "compound"}
LIST_WORDS = {",", "and", "&", "as", "well"}
NOUN_POS = {"NOUN", "PROPN", "ADJ", "NUM"}
# an event noun's tags: a headline's title case tags one PROPN ("Beheading Of Hostage Reported")
EVENT_NOUN_POS = {"NOUN", "PROPN"}
# a host's gathering: "hosted a mini-summit with X, Y and Z" is one meeting of them all
GATHERING_NOUNS = {"summit", "mini-summit", "minisummit", "meeting", "conference", "talks",
                   "gathering", "forum", "round"}  # fmt: skip
# ... unless the meetings are one with each guest: "holding separate summits with each"
APART_WORDS = {"each", "separate", "separately", "respective", "respectively", "individual",
               "bilateral", "one-on-one"}  # fmt: skip


# relations.py
PACT_NOUNS = {"treaty", "pact", "agreement", "accord", "alliance"}
COMMITMENT_NOUNS = {"commitment", "guarantee", "pledge", "umbrella"}
DEFENSE_WORDS = {"defense", "defence", "security", "military", "mutual", "nuclear"}
# Words that bring a treaty or partnership into being (or back).
INITIATOR_VERBS = {
    "sign",
    "conclude",
    "restore",
    "renew",
    "ratify",
    "form",
    "forge",
    "establish",
    "seal",
    "ink",
    "reach",
    "strike",
    "join",
    "launch",
    "deepen",
    "strengthen",
    "expand",
    "build",
    "boost",
    "begin",
    "enter",
    "finalize",
    "finalise",
    "revive",
    "upgrade",
    "extend",
    "agree",
}
INITIATOR_NOUNS = {
    "signing",
    "conclusion",
    "restoration",
    "renewal",
    "ratification",
    "formation",
    "establishment",
    "revival",
    "extension",
    "upgrade",
    "expansion",
    "launch",
    "start",
}
LINK_VERBS = {"link", "bind", "tie", "connect", "unite", "join"}
UNREAL = {"future", "hypothetical", "negation"}


# features.py and tagger.py (the learned trigger tagger)
CANDIDATE_POS = {"VERB", "NOUN"}  # the parts of speech a trigger may have
OBJECT_DEPS_LEARNED = {"dobj", "dative", "attr", "oprd"}
SUBJECTS_LEARNED = {"nsubj", "csubj", "nsubjpass"}  # subj_actor: an actor in one of these
PREP_DEPS_LEARNED = {"prep", "agent", "dative"}  # prep=, pobj=: the word's prepositions
# the CAMEO code a learned reading takes for its type: the type's most general code with no mode
DEFAULT_CAMEO = {
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "050",
    "CONCEDE": "080",
    "COOPERATE": "060",
    "AID": "070",
    "RETREAT": "084",
    "REQUEST": "020",
    "ACCUSE": "112",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "140",
    "SANCTION": "160",
    "MOBILIZE": "150",
    "COERCE": "170",
    "ASSAULT": "190",
}


# uncoded.py: a side the dictionaries cannot code keeps its words
# the nouns that name a party of an event even when nobody says whose it is (not "group",
# "movement": "the group" stands for a name said before)
PARTY_NOUNS = set(
    "gunman gunmen attacker assailant militant insurgent rebel guerrilla fighter militiaman "
    "militia gang kidnapper abductor hijacker bomber sniper raider pirate extremist jihadist "
    "separatist terrorist protester protestor demonstrator rioter mob crowd marcher striker "
    "activist bandit hoodlum".split()
)
PARTY_ENTITIES = {"ORG", "NORP"}  # a named group or people the dictionaries lack
UNCODED_MIN_PROBABILITY = 0.8  # a word only the tagger read is clear enough at this probability
PHRASE_BREAKS = {"-", "--", "–", "—", ":"}  # a wire credit or dateline ends at one of these


# speech.py: speech acts and their sides
# Speech acts PLOVER codes with no recipient when the text names none ("Japan condemned the
# test", "Russia pledged aid", "Panama pardoned the plotters"), read from the rules too.
SPOKEN_ALONE = {"ACCUSE", "AGREE", "THREATEN", "REJECT", "CONCEDE", "REQUEST", "SUPPORT"}
# ... from the rules only for verbs that say that act itself (the lexicon's defaults are broad:
# "signaled", "expects", "denied" have codes of these types; "pledged to halt" reads as a threat);
# the tagger's when it is sure (UNCODED_MIN_PROBABILITY).
SPOKEN_ALONE_VERBS = {
    "ACCUSE": set(
        "condemn criticize criticise denounce decry deplore slam blast censure rebuke chastise "
        "accuse blame".split()
    ),
    "AGREE": {"pledge", "promise", "vow", "swear", "offer"},  # not "agree to tell a story"
    # "boycotted the peace talks" (a boycott of talks: verbs_extra.tsv)
    "REJECT": set("reject refuse veto rebuff spurn rule oppose deny dismiss boycott".split()),
    "THREATEN": {"threaten", "vow"},
    # "withdrew the bill", "dropped the planned tax rise", "declared a ceasefire", "reversed the
    # increase", "expressed regret", "agreed a truce", "backtracked on the ban", "is allowing
    # local elections": a concession the lexicon reads
    "CONCEDE": set(
        "pardon apologize apologise concede ease lift withdraw drop scrap remove declare announce "
        "call reverse express agree pledge backtrack relent climb own allow permit".split()
    ),
    "REQUEST": {"urge", "demand", "appeal", "call"},
    "SUPPORT": set("praise welcome hail applaud commend laud endorse ratify".split()),
}
# ... and "agree" when what is agreed to is talks or cooperation begun again: "agreed to resume
# talks", "agreed to hold a summit" (AGREE)
AGREED_ACTS = set(
    "resume hold restart reopen open start begin launch join sign participate attend".split()
)
# ... and the verbs that say joining with their object: "agreed to take part in talks"
AGREED_ACT_OBJECTS = {"take": {"part"}}
# An object (or "to / on / against" object) that names a party, or a pronoun, is an addressee
# the dictionaries lack, not what is said:
# "blamed the Tamil Tigers" is no accusation of nobody.
PARTY_OBJECT_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
# ... but a day or an hour is when it was said: "condemned the attack on Sunday"
TIME_ENTITIES = {"DATE", "TIME"}
# What a speaker's act must have to be read alone: the thing condemned, pledged, refused.
SPOKEN_COMPLEMENTS = {"dobj", "xcomp", "ccomp", "prep"}
# A speaker's clause that makes another answer for an act: "X said Y was responsible for the
# attack", "... was to blame for", "... was behind the bombing" (an act the rules read as hostile).
BLAME_ADJECTIVES = {"responsible", "guilty", "culpable", "accountable"}
BLAME_VERBS = {"blame"}  # "Y was to blame"
BLAME_PREPS = {"behind"}
# ... beside the hostile nouns of nouns.tsv, the harms one answers for ("responsible for
# the deaths").
BLAMED_HARMS = set(
    "killing massacre murder assassination slaughter explosion blast bomb abduction kidnapping "
    "shooting death crash violence atrocity abuse torture fraud poisoning hacking "
    "cyberattack".split()
)


# figurative.py: violent words used for trade, markets and politics (issue 17)
# Measures of trade and money: "slapped a duty on", "hit back with tariffs" impose them (SANCTION).
TRADE_MEASURES = {
    "tariff",
    "duty",
    "levy",
    "sanction",
    "embargo",
    "quota",
    "curb",
    "fine",
    "countermeasure",
    "counter-measure",
    "counter-tariff",
    "surcharge",
    "restriction",
    "control",
    "ban",
}
# What words attack, when an attack is criticism: "attacked the plan as a tax" (ACCUSE).
CRITICISED_THINGS = {
    "plan",
    "policy",
    "proposal",
    "decision",
    "law",
    "bill",
    "idea",
    "deal",
    "rule",
    "reform",
    "budget",
    "ruling",
    "verdict",
    "judge",
    "judiciary",
    "press",
    "media",
    "critic",
    "report",
    "remark",
    "comment",
    "statement",
    "move",
    "strategy",
    "record",
    "handling",
    "stance",
    "approach",
    "programme",
    "program",
}
# Things no weapon strikes: the economy, its prices and the people in its figures.
ECONOMIC_THINGS = {
    "economy",
    "growth",
    "inflation",
    "price",
    "currency",
    "stock",
    "share",
    "bond",
    "income",
    "export",
    "import",
    "demand",
    "confidence",
    "investor",
    "consumer",
    "household",
    "earnings",
    "profit",
    "revenue",
    "sale",
    "output",
    "trade",
    "food",
    "energy",
    "budget",
    "spending",
    "unemployment",
    "recession",
    "crisis",
    "pandemic",
    "virus",
    "dollar",
    "euro",
    "yen",
    "yuan",
    "rouble",
    "ruble",
    "lira",
    "rupee",
    "pound",
    "sterling",
    "peso",
    "real",
    "rand",
    "index",
}
# What a firm or an official abuses with no violence: "abusing its dominant position", "abused
# his office"; read only after MISUSE_VERBS, since armies attack positions.
MISUSE_VERBS = {"abuse", "misuse"}
MISUSED_POWERS = {"dominance", "position", "power", "monopoly", "office", "authority", "privilege"}
# Subjects that do no violence: markets and figures ("markets were battered", "the dollar crushed").
ECONOMIC_SUBJECTS = ECONOMIC_THINGS | {"market", "bank", "company", "firm", "industry", "sector"}
# Arenas of a fight that is no war: "a trade war", "a legal battle", "fight it in court".
ARENAS = {
    "trade",
    "tariff",
    "price",
    "currency",
    "legal",
    "court",
    "courts",
    "political",
    "parliament",
    "congress",
    "election",
    "electoral",
    "budget",
    "turf",
    "bidding",
    "takeover",
    "boardroom",
    "proxy",
    "culture",
    "inflation",
    "market",
    "economic",
    "tax",
    "chip",
    "tech",
    "technology",
    "regulatory",
    "antitrust",
    "patent",
    "leadership",
    "succession",
    "custody",
    "charm",
}
# What a hostile word harms without violence: "hit relations with", "destroy the peace process",
# "killed any hope of": no assault (lemmas and the plural forms spaCy may keep).
HARMED_TIES = set(
    "relation relations tie ties process talk talks hope hopes chance chances prospect prospects "
    "trust credibility reputation momentum dialogue negotiation negotiations unity image".split()
)
# Attacks of the body: "died of a heart attack", "suffered a panic attack".
AILMENTS = {"heart", "panic", "asthma", "anxiety", "epileptic", "migraine", "gout"}
# Words that make a hostile word speech: "a scathing attack on the minister", "attacked verbally".
VERBAL_MANNERS = set(
    "scathing blistering stinging verbal verbally withering vitriolic rhetorical".split()
)
# Idioms of the hostile verbs: "hitting the road to Pennsylvania", "hit a snag", "struck a chord".
IDIOM_OBJECTS = set(
    "road trail headline shelf airwave airwaves snag wall nerve chord note balance pose "
    "jackpot stride pothole milestone".split()
)
# A vehicle or a patrol that hits, runs over or steps on a mine is its victim, not an attacker:
# "their jeep struck a roadside bomb", "a patrol stepped on a landmine". The verbs, the devices,
# and the words before "mine" that make it a bomb rather than a pit ("a gold mine" is a site).
DEVICE_VICTIM_VERBS = {"hit", "strike", "step", "run", "drive", "roll"}
DEVICES = {"mine", "landmine", "bomb", "ied", "device", "explosive", "explosives", "booby-trap"}
MINE_SITES = set("gold coal copper diamond iron salt uranium tin cobalt zinc lithium".split())
# "fired a missile into the sea": a test, a show of force (MOBILIZE), with no one hit.
OPEN_WATERS = {"sea", "ocean", "water", "waters", "gulf", "strait"}
# "attacked the town as part of an offensive": an "as" that is no verdict.
NOT_VERDICTS = {"part", "retaliation", "revenge", "response", "reprisal", "punishment", "payback"}
# Hostile words that are used figuratively; bombing or shelling never is.
FIGURATIVE_VERBS = {
    "attack",
    "offensive",
    "fire",
    "hit",
    "strike",
    "slap",
    "fight",
    "battle",
    "war",
    "crush",
    "hammer",
    "batter",
    "pound",
    "blow",
    "bury",
    "kill",
    "destroy",
    "torpedo",
    "use",
    "assault",
    "target",
    "clash",
    "combat",
    "blast",
    "shoot",
    "wage",
    "retaliate",
    "punish",
    "hurt",
    "harm",
    "damage",
}
# "Beijing retaliated in kind": a hostile word with no object of its own answers the trade
# measure its conjoined clause imposed ("X imposed tariffs on ..., Y retaliated in kind").
IN_KIND = {"kind", "turn"}

# modality.py: speakers whose quoted words are analysis, not news of an act (issue 17):
# "'Moscow is punishing Kyiv,' said X, a senior fellow at ...", "analysts say ...".
COMMENTATORS = {
    "analyst",
    "economist",
    "strategist",
    "professor",
    "scholar",
    "commentator",
    "fellow",
    "columnist",
    "historian",
    "academic",
    "pollster",
    "forecaster",
}
# Bodies whose staff comment: "X of the Brookings Institution", "a lecturer at Keio University";
# not "institute" or "researcher": the Institute for the Study of War, a rights group's researcher
# report acts.
COMMENTING_BODIES = {
    "institution",
    "university",
    "endowment",
    "school",
    "college",
    "think-tank",
    "tank",
    "analytics",
    "consultancy",
}

# guards.py: nouns naming a firm or its people. Between firms, or a firm and a state, a deal, a
# merger or a partnership is commerce, not diplomacy (issue 17: "founders of a firm as
# COOPERATE"). Not "group", "giant", "unit", "fund" or "bank": "the Palestinian group Hamas",
# "the Asian giant China", the World Bank, the IMF.
FIRM_NOUNS = {
    "firm",
    "company",
    "corporation",
    "conglomerate",
    "business",
    "carmaker",
    "automaker",
    "chipmaker",
    "maker",
    "manufacturer",
    "producer",
    "supplier",
    "retailer",
    "insurer",
    "broker",
    "investor",
    "shareholder",
    "founder",
    "co-founder",
    "entrepreneur",
    "start-up",
    "startup",
    "airline",
    "brand",
    "subsidiary",
    "exporter",
    "importer",
    "developer",
    "distributor",
}
COMMERCE_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}
# A founding is commerce unless states found it: "a Dutch bakery founded by two Turkish
# brothers" (people found a thing), not "Russia and China founded the SCO"
FOUNDING_VERBS = set("found co-found cofound".split())
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}


# violence.py: attackers, victims and people freed or pardoned whom no dictionary holds take the
# state of the event's place.
LOCAL_EVENTS = {"ASSAULT", "COERCE", "RETREAT", "CONCEDE"}
# ... and so are those a court convicts, the twin of its arrest ("a court jailed a militant")
LOCAL_MODES = {"convict"}
# a charge or a criticism told in a full passive with no "by" phrase is an accuser's the text
# does not name ("a French diplomat was charged with spying", "Iran was criticized for ...");
# those the deed charged names ("with the murder of a civilian") did not accuse
CHARGE_VERBS = set("accuse charge indict criticize criticise condemn denounce blame".split())
CHARGE_DEED_PREPS = {"with", "of", "for"}
# ... and so is a trial or a charge its subject faces ("went on trial", "stood trial", "faces
# charges"; the patterns in verbs_extra.tsv): the subject is the accused
TRIED_VERBS = set("go stand face".split())
# with no place named, these act at home: police, armed groups, and a state's authorities and
# courts ("Saudi authorities arrested activists", "a court jailed two bloggers")
HOME_SECTORS = {"COP", "REB", "UAF", "CRM", "PRM", "GOV", "JUD"}
# ... and so does a state that puts people to death ("Japan hanged a man")
EXECUTION_VERBS = {"execute", "hang", "behead"}
# ... and any of a state's forces hit a crowd at home: "troops fired into a crowd of protesters"
HOME_CROWD_WORDS = set(
    "protester protestor demonstrator rioter marcher mob crowd protest demonstration rally "
    "sit-in gathering".split()
)
DYING_VERBS = {"die", "perish"}  # "died in air strikes": the subject is the strikes' victim
CROWD_EVENTS = {"PROTEST"}  # ... and a crowd of the place protests, at no one unless named
# sideless.py: events news reports with no side it names or codes ("Clashes erupted", "A bomb
# exploded at a market", "Protests broke out", "Three men were arrested")
SIDELESS_EVENTS = {"ASSAULT", "COERCE", "PROTEST"}
CROWD_SECTORS = {"CVL", "EDU", "LAB", "AGR", "MED", "JRN"}  # ... people, not a party, protest
# ... and these people, named after a state's police, courts or government, are of its state
# (triggers.two_sides: "Belarusian police beat protesters"; not "his army", a body of its own)
HOME_PEOPLE_SECTORS = CROWD_SECTORS | {"OPP"}
# ... and a state's lawmakers, opposition and courts act on its government at home: "Dutch
# lawmakers accused the government" (whose government? their own)
HOME_POLITY_SECTORS = {"LEG", "OPP", "PTY", "JUD"}
NAMING_DEPS = {"attr", "appos", "acomp"}  # "This is an attack on ...": a noun saying what it is
# ... or a topic of a view: "a firmer stance on the war in Sudan", "their views about the coup"
TOPIC_PREPS = {"on", "about", "over", "toward", "towards"}
TOPIC_HEADS = set("stance position view opinion line policy debate attitude approach".split())
# ... and a fuel blowing up is no attack: "gas explosion", "a boiler blast"
FUEL_WORDS = {"gas", "fuel", "methane", "boiler", "cylinder", "gasoline", "petrol"}
BLAST_WORDS = {"explosion", "blast", "explode", "fire"}
SHARED_SUBJECT_DEPS = {"advcl", "conj", "xcomp"}  # "..., attacking a market": the clause's subject
_LOCAL_WORDS = {
    # parties, by the sector the annotation guide gives them
    "UAF": "gunman gunmen attacker assailant bomber sniper raider",
    "REB": "militant insurgent rebel guerrilla fighter militiaman militia jihadist extremist "
    "separatist terrorist",
    "CRM": "kidnapper abductor gang robber pirate thug criminal bandit hoodlum",
    "COP": "police policeman policemen officer cop",
    "JUD": "court judge tribunal",
    "GOV": "authority",
    "MIL": "soldier troop serviceman force",
    # people hit: civilians, protesters, their trades
    "CVL": "people person civilian villager resident worshipper worshiper man woman child "
    "passenger pilgrim tourist protester protestor demonstrator rioter crowd mob marcher "
    "activist suspect detainee prisoner hostage lawyer critic supporter "
    "protest demonstration rally sit-in gathering",  # a gathering hit: the people in it
    "OPP": "dissident opponent",
    "LEG": "lawmaker legislator",
    "EDU": "student pupil teacher",
    "JRN": "journalist reporter publisher editor blogger",
    "MED": "doctor nurse",
    "AGR": "farmer",
    "LAB": "worker",
    # sites: the state's own, with no sector (not an embassy: it is another state's)
    "": "village community settlement hamlet town city market marketplace mosque church temple "
    "school hospital checkpoint base camp station house home building office compound convoy "
    "headquarters position post outpost hideout field oilfield bus vehicle restaurant hotel "
    "shop bank airport port bridge "
    "road highway pipeline district neighborhood neighbourhood area center centre plane "
    "aircraft",
}
LOCAL_SIDES = {word: sector for sector, words in _LOCAL_WORDS.items() for word in words.split()}
SITE_NOUNS = {word for word, sector in LOCAL_SIDES.items() if not sector}  # places, not people
# the means of breaking up a crowd: fired with no one named, they hit the crowd of the place
# ("police fired tear gas in the capital")
CROWD_MEANS = ("tear gas", "teargas", "water cannon", "pepper spray", "rubber bullet")
# what strikes when nobody is named: "a car bomb killed ten people", "the blast wounded six"
ATTACK_MEANS = set(
    "bomb blast explosion explosive device rocket missile shell mortar grenade mine landmine "
    "ied airstrike strike bombing attack raid gunfire shelling drone".split()
)
# what an attacker's act may name beside no victim: itself and its means ("blew themselves
# up", "detonated explosives"): such an attack is one-sided
SELF_WORDS = set("himself herself itself themselves explosive vest belt".split())
# the prepositions of the deed an arrest or a sentence punishes: "jailed for abusing detainees",
# "convicted of bribing officials" (the one punished did it; those named there did not act)
DEED_PREPS = {"for", "of"}
# a death these name is no attack: "killed in a bus crash", "died in the floods"
MISHAP_WORDS = set(
    "accident crash collision derailment stampede earthquake quake flood landslide storm "
    "cyclone hurricane typhoon tsunami avalanche fire blaze disease miner colliery boiler "
    "cylinder".split()  # "miners killed by an explosion": an industrial blast
)
# ... of which these as verbs name none: "fire" shoots or dismisses ("rockets were fired")
NO_MISHAP_VERBS = {"fire"}


# retype.py (branch precision): the type a construction gives a coded word
# taking ground: "captured the town", "took over the oil fields", "seized a village" (ASSAULT)
SEIZING_VERBS = set("seize capture recapture retake take overrun occupy grab gain regain".split())
TERRITORY_NOUNS = set(
    "town city village locality neighborhood neighbourhood district area territory region province "
    "base airport field oilfield hill position stronghold port outpost island suburb "
    "quarter crossing camp post checkpoint garrison barracks".split()
)
# who abducts: armed groups that are not a state's forces ("seized by militants")
ARMED_GROUP_NOUNS = set(
    "militant rebel insurgent gunman gunmen guerrilla guerilla fighter jihadist terrorist "
    "extremist kidnapper abductor pirate captor group assailant attacker".split()
)
ARMED_GROUP_SECTORS = {"REB", "UAF", "INS", "CRM"}
# the combatants a state's troops capture: abducted, not arrested (PLOVER)
COMBATANTS = {"militant", "rebel", "insurgent", "fighter", "guerrilla", "jihadist", "terrorist"}
# a state's armed forces; the combatants they capture are abducted, not arrested (PLOVER)
# people an armed group takes: "seized an Australian journalist", "kidnapped two engineers"
PEOPLE_NOUNS = set(
    "journalist reporter worker engineer hostage civilian tourist driver contractor official "
    "diplomat missionary businessman man woman child people citizen national soldier "
    "photographer priest nun teacher doctor nurse".split()
)
FORCES_NOUNS = set("troop force army soldier military marine commando".split())
TAKING_VERBS = set("seize capture take grab snatch detain hold arrest kidnap abduct".split())
# "broke up a cell": what police break up is arrested; a protest broken up is restricted
RING_NOUNS = set("cell ring network gang plot syndicate racket".split())
CROWD_GATHERINGS = set("protest demonstration rally crowd sit-in march gathering".split())
CROWD_CONTROL_WORDS = set("gas cannon bullet baton truncheon lathi".split())
# "expelled two diplomats": a state's envoys sent home are a cut in relations (SANCTION expel),
# not a deportation of individuals (COERCE)
EXPELLING_VERBS = set("expel oust eject".split())
# "removed Japan from its list of trusted partners": a state put out of a list or a group is
# expelled from it (SANCTION), not deported
REMOVING_VERBS = EXPELLING_VERBS | set("remove exclude drop".split())
ENVOY_NOUNS = set(
    "diplomat ambassador envoy attache consul consulate embassy observer inspector monitor "
    "peacekeeper mission delegation".split()
)
# "expelled two embassy staff members": the people of a mission (ENVOY_NOUNS) are envoys too
STAFF_NOUNS = set("staff member employee personnel worker official officer".split())
# "called the decree an insane act": a verdict on a thing, not a phone call; it praises
# (SUPPORT) when its predicate holds one of these words, else it criticises (ACCUSE)
NAMING_VERBS = {"call", "dub", "term"}
PRAISE_WORDS = set(
    "positive constructive productive historic success successful good great important "
    "useful fruitful friendly excellent partner friend milestone breakthrough".split()
)
# "invited the rebels to shun violence": an invitation to do something else than come is a
# request; "invited X to visit / attend / join talks" stays an invitation (CONSULT/AGREE)
VISITING_VERBS = set(
    "visit attend meet join come hold take participate talk discuss negotiate stay "
    "address open sign".split()
)
# "a grenade attack rocked the city, hitting the headquarters": an attack that hits is ASSAULT
ATTACK_SUBJECTS = set(
    "attack bomb blast explosion grenade rocket missile shell mortar bombing strike "
    "airstrike shelling".split()
)
# "Israeli forces blocked main roads", "prevented Palestinians from leaving": state forces
# closing roads or keeping people in restrict movement (COERCE restrict), not a protest or
# a refusal
OBSTRUCTING_VERBS = set("block blockade prevent bar stop seal close cordon".split())
STATE_FORCE_SECTORS = {"MIL", "COP", "GOV", "SPY"}
# ... and police and courts arrest, raid and try only at home: a side they coerce that no
# dictionary entry names is of their state, not of the article's dateline (violence.py)
HOME_FORCE_SECTORS = {"COP", "JUD"}
# ... and a crowd blocking or occupying a road, a bridge or a campus protests (PROTEST obstruct):
# "farmers blocked the highways", "students occupied the university"
CROWD_BLOCKING_VERBS = set("block blockade barricade occupy".split())
BLOCKING_CROWDS = CROWD_NOUNS | set("farmer trucker driver worker activist supporter".split())
BLOCKING_SECTORS = CROWD_SECTORS | {"OPP"}
# "security forces used tear gas and water cannon": force used on people is ASSAULT
FORCE_MEANS = set("gas cannon bullet baton truncheon force weapon ammunition grenade".split())
# "held naval exercises with France": exercises held with a partner are joint (COOPERATE), not
# a show of force; a "with" after a border noun names the neighbour ("near its border with X")
EXERCISE_NOUNS = set("drill exercise manoeuvre maneuver war-game".split())
# forces mobilised to help, rescue or clear up after a disaster give aid (PLOVER: "Mobilising
# forces for disaster relief -> AID"): "troops deployed to help flood victims"
RELIEF_VERBS = set("help assist rescue evacuate aid dig clear search feed rebuild".split())
RELIEF_NOUNS = set("relief rescue evacuation recovery clean-up cleanup".split())
# "stepped up operations ..., pounding targets": a mobilization told with its assault is the
# assault (the guide: "only the ASSAULT should be coded")
ASSAULT_VERBS = set(
    "pound bomb bombard shell strike attack raid kill storm hit shoot fire blast".split()
)


# assertion.py (branch precision): events reported as remembered, planned or still to come
# "commemorated the charge", "marked the anniversary": a ceremony is no PLOVER event
COMMEMORATING_VERBS = set("commemorate memorialize memorialise mourn".split())
# "the anniversary of the invasion", "150 years after the assault": the event is history
ANNIVERSARY_NOUNS = set("anniversary centenary centennial bicentenary jubilee".split())
LONG_SPANS = set("year decade century centuries generation".split())
# "declined to comment", "refused to say whether": what is refused is a statement, so the
# refusal is no REJECT (a refusal "to meet", "to suspend enrichment" is)
REFUSING_VERBS = set("refuse decline".split())
STATEMENT_VERBS = set(
    "say comment confirm elaborate disclose reveal name identify specify speculate answer "
    "wish detail discuss".split()
)
# "allegedly planning attacks", "plotted bombings": an act planned has not happened
PLANNING_VERBS = set("plan plot prepare scheme conspire".split())
# "Malaysia expects to resume exports": an expectation is no commitment (the guide:
# speculation, "is expected to", is not asserted)
EXPECTING_VERBS = set("expect anticipate predict forecast".split())
# "China insists that Taiwan is a province": insisting on a fact (a finite clause in the
# indicative, no "should") maintains a claim; "insisted that Iran halt" (a bare verb) asks
INSISTING_VERBS = {"insist"}
INDICATIVE_TAGS = {"VBZ", "VBD"}  # "is", "was", "has": a form no demand takes
# "Refugees have threatened to cross into Chad, the UN agency warned": a warning of what another
# party did or may do reports or forecasts it, and threatens nothing; one who will "face" or
# "pay" something is the party threatened ("warned that Iran would pay a heavy price")
WARNING_VERBS = {"warn", "caution"}
SUFFERING_VERBS = set("face pay suffer bear regret risk".split())

# roles.py (the learned argument-role model): the path steps a feature keeps, and the
# prepositions whose word a path step keeps ("by X", "to X", "between X and Y").
ROLE_PATH_STEPS = 4
ROLE_PREPS = {
    "by", "to", "with", "against", "on", "from", "between", "of", "in", "at", "into", "for",
    "over", "toward", "towards", "among", "upon",
}  # fmt: skip

# anaphora.py: a reaction to an act named by a definite noun ("condemned the detention") takes
# the doer of the nearest earlier event of its own or the ANAPHORA_WINDOW sentences before
REACTION_EVENTS = {"ACCUSE", "REJECT", "SUPPORT"}
# "rejected the charge", "denies harbouring the group": a REJECT answering an accusation (its
# object names one, or its verb is a denial) answers the accuser, or is a mere statement
ACCUSATION_NOUNS = set(
    "accusation accusations allegation allegations charge charges claim claims criticism "
    "suggestion suggestions".split()
)
DENIAL_VERBS = {"deny"}  # "denied that X shelled", "denies rape": an act denied (modality)
ANAPHORA_WINDOW = 6
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
_ACTS_OF = {
    "deal agreement accord pact treaty": {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE"},
    "detention arrest arrests seizure crackdown raid": {"COERCE"},
    "attack attacks strike strikes offensive invasion incursion bombing shelling killing "
    "killings execution coup": {"ASSAULT", "COERCE"},
    "sanctions tariffs duties ban embargo expulsion": {"SANCTION", "COERCE"},
    "deployment test launch": {"MOBILIZE"},
    " ".join(sorted(ACCUSATION_NOUNS)): {"ACCUSE"},
    "decision move step measure measures annexation operation proposal ultimatum": set(),
}
# the act noun -> the event types it may name (empty: any)
ACT_NOUNS = {noun: kinds for nouns, kinds in _ACTS_OF.items() for noun in nouns.split()}
# "expelled the consul, a move Lima condemned": an act noun set after a comma, summing up
# the clause before it, that a relative clause reacts to (anaphora.summary_noun)
SUMMARY_DEPS = {"appos", "npadvmod"}


# home.py (branch precision18): a party of the actor's own state named by a bare noun is the
# recipient of a rejection or a threat: "Kenya's president rejected the opposition's demand",
# "the union threatened a strike if the government raises fuel prices"
HOME_PARTY_EVENTS = {"REJECT", "THREATEN"}
# ... the sectors such a noun may have in the actor dictionary's agent nouns: the polity
HOME_PARTY_SECTORS = {"GOV", "OPP", "LEG", "JUD", "LAB"}
# ... what owns the thing rejected: "the opposition's demand", "calls by his cabinet" (not a
# noun before it: the gold sets code "refused opposition demands" both ways)
OWNER_DEPS = {"poss"}
REJECTED_OWNER_PREPS = {"by", "from"}
# ... and a condition the act sets: "threatened a strike if the government ..."
THREAT_CONDITION_MARKS = {"if", "unless"}
