"""Local news names the dateline town's neighbours, often words the small tagger reads as
people or organisations ("between Skipton and Keighley" in a story from Leeds, both tagged
PERSON): such a name is a place when a town of its name lies within NEAR_KM of the dateline's
town. Read by `mentions`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from diplograph.records import Parse
from diplograph.stages.places.gazetteer import Entry, Gazetteer, near, village
from diplograph.stages.places.words import TITLES


def dateline_town(names: Sequence[str], gazetteer: Gazetteer) -> Entry | None:
    """The town a dateline names first, in the state or country it names next ("SPRINGFIELD,
    Ill."), or None when the dateline names no town."""
    if not names:
        return None
    qualifier = None
    if len(names) > 1:
        qualifier = gazetteer.qualifier(names[1]) or gazetteer.abbreviation(names[1])
    readings = gazetteer.rank(names[0], qualifier=qualifier)
    best = readings[0].entry if readings else None
    return best if best is not None and best.precision == "city" else None


def surnames(parse: Parse) -> set[str]:
    """The words after the first of the article's PERSON entities of two words or more: a
    name there is a person's where it recurs ("Dan Lincoln ... Lincoln said")."""
    return {
        word.lower()
        for ent in parse.entities
        if ent.label == "PERSON"
        for word in ent.text.split()[1:]
    }


def person_named(parse: Parse, ent) -> bool:
    """Whether a PERSON entity is a person's: after a title ("Queen Victoria") or a word after
    the first of a person's name in the article ("Clark Kent ... Kent said")."""
    before = parse.tokens[ent.token_start - 1].text.lower() if ent.token_start > 0 else ""
    return before.rstrip(".") in TITLES or ent.text.lower() in surnames(parse)


def neighbour(parse: Parse, ts: int, te: int, town: Entry, gazetteer: Gazetteer) -> bool:
    """Whether the proper nouns ts..te are the own name of a town near the dateline's `town`
    (across a border too: Letterkenny from Derry), wherever they stand: local news names its
    neighbours as subjects and objects too ("Ephrata annexed land", "kayaks out of
    Parchment"), not only after a place preposition."""
    name = parse.article.text[parse.tokens[ts].start : parse.tokens[te - 1].end]
    return any(
        primary and entry.precision == "city" and near(entry, [(town.lat, town.lon)])
        for entry, primary in gazetteer.candidates(name)
    )


def home_countries(names: Sequence[str], gazetteer: Gazetteer) -> frozenset[str]:
    """The countries a quarter or more of the article's places are in (two at least), by each
    name's best reading out of context."""
    counts: Counter[str] = Counter()
    for name in names:
        best = gazetteer.best(name)
        if best is not None and best.country:
            counts[best.country] += 1
    total = sum(counts.values())
    return frozenset(c for c, k in counts.items() if k >= 2 and 4 * k >= total)


def home_town(name: str, home: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether the name is the own name of a town of 15,000 or more of the article's countries:
    a story from Ukraine names its towns bare, as subjects and objects ("the fall of Bakhmut",
    "pushed closer to Kostiantynivka"), words the small tagger reads as people or firms."""
    return any(
        primary and entry.precision == "city" and not village(entry) and entry.country in home
        for entry, primary in gazetteer.candidates(name)
    )


def home_village(name: str, home: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether the name is the own name of a village (under 15,000) of the article's
    countries: local news names them after a place preposition or in a list of its places
    ("the branch line to Pwllheli through Barmouth and Porthmadog"), words the small tagger
    reads as people or firms."""
    return any(
        primary and village(entry) and entry.country in home
        for entry, primary in gazetteer.candidates(name)
    )
