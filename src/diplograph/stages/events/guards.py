"""Sentences whose hostile-sounding verbs report no political event: sport and accidents.

"Australia threatened to cancel their tour", "Brazil crushed Argentina in the cup final": a
contest between national teams is no assault or threat. "A ferry hit a pier": an accident.
"""

from __future__ import annotations

from diplograph.records import Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.triggers import word_forms

# Words that name sport wherever they stand.
SPORT_WORDS = set(
    "team squad cup championship championships tournament olympic olympics medal medals "
    "semifinal semi-final quarterfinal league goal goals striker coach qualifier innings "
    "wicket wickets cricket cricketer cricketers rugby football soccer hockey tennis athlete "
    "athletes batsman bowler".split()
)
# Words that name sport unless a military or weapons word modifies them: "their tour of India",
# "the series", "the second Test" (capitalized, as cricket writes it), not "a nuclear test",
# "combat tours", "a series of raids".
CONTEST_WORDS = set("tour tours series match matches final fixture fixtures".split())
NOT_SPORT = set(
    "nuclear atomic missile missiles rocket weapon weapons bomb combat duty war military "
    "army naval navy air warhead underground ballistic".split()
)
# Who makes a tour that is no sport: "the president's tour of Asia".
TRAVELLERS = set(
    "president minister premier leader king queen pope chancellor secretary envoy delegation "
    "prince emperor official diplomat ambassador".split()
)
# Civilian craft whose striking something is an accident: "a cargo ship hit a breakwater".
CRAFT_NOUNS = set(
    "ship vessel tanker freighter ferry boat trawler liner barge train bus truck lorry car "
    "airliner jetliner".split()
)


def sporting(parse: Parse, trigger: int) -> bool:
    """The trigger's sentence is about sport."""
    sent = parse.sentence_of(trigger)
    span = range(sent.token_start, sent.token_end)
    if word_forms(parse, span) & SPORT_WORDS:
        return True
    return any(_contest(parse, i) for i in span)


def _contest(parse: Parse, i: int) -> bool:
    tok = parse.tokens[i]
    word = tok.lemma.lower()
    if tok.pos not in {"NOUN", "PROPN"}:
        return False
    first = i == parse.sentence_of(i).token_start
    if not (word in CONTEST_WORDS or (tok.text in {"Test", "Tests"} and not first)):
        return False
    preps = args.children(parse, i, {"prep"})
    if word == "series" and any(parse.tokens[p].lemma.lower() == "of" for p in preps):
        return False  # "a series of raids"
    owners = args.children(parse, i, {"poss", "compound"})
    if word.startswith("tour") and any(
        parse.tokens[o].ent_type == "PERSON" or parse.tokens[o].lemma.lower() in TRAVELLERS
        for o in owners
    ):
        return False  # "Chirac's tour of China", "the president's tour"
    near = args.children(parse, i, {"amod", "compound", "nmod"}) + [tok.head]
    near += [o for p in preps for o in args.children(parse, p, {"pobj"})]
    return not word_forms(parse, near) & NOT_SPORT


def accident(parse: Parse, trigger: int) -> bool:
    """A civilian craft is the verb's subject: "a ferry hit a pier", "a tanker struck a reef"."""
    if parse.tokens[trigger].pos != "VERB":
        return False
    subjects = args.children(parse, trigger, args.SUBJECT_DEPS)
    return any(parse.tokens[s].lemma.lower() in CRAFT_NOUNS for s in subjects)
