"""The words around a name that make it a place or not: a place preposition, a place noun it
is compounded to or stands in apposition to, a place it is joined to, a surname after it, the
rest of a name the tagger cut short. Read by `mentions`."""

from __future__ import annotations

from diplograph.records import Parse
from diplograph.stages.places.gazetteer import SMALL_TOWN, Gazetteer
from diplograph.stages.places.words import (
    CLUB_WORDS,
    CONTEXT_NOUNS,
    CONTEXT_PREPS,
    GANG_NOUNS,
    NAME_NOUNS,
    NAMING_AS_VERBS,
    NAMING_VERBS,
    ORGANISATION_NOUNS,
    PLACE_NOUNS,
    PLACE_VERBS,
    STRONG_PREPS,
)


def continues_a_name(parse: Parse, ts: int, te: int) -> bool:
    """Whether a capitalised proper noun of the same sentence, not a date ("Abu Dhabi
    Wednesday"), is right before or after the span, the sentence's first word aside."""
    tokens = parse.tokens

    def name_word(i: int) -> bool:
        tok = tokens[i]
        return (
            tok.sent == tokens[ts].sent
            and tok.text[:1].isupper()
            and tok.pos == "PROPN"
            and tok.ent_type not in ("DATE", "TIME")
        )

    # the word before counts unless it opens its sentence
    before = ts > 1 and tokens[ts - 2].sent == tokens[ts - 1].sent and name_word(ts - 1)
    return before or (te < len(tokens) and name_word(te))


def placed_by_context(
    parse: Parse, tok, name: str, gazetteer: Gazetteer, placed: set[int], *, person: bool
) -> bool:
    """Whether the words around a name's head token make it a place: joined to a place, the
    object of a place preposition, after "of" governed by a place noun ("the town of Sinjar")
    or compounded to one ("the Kursk region"). A town of 15,000+, a region or a country is
    taken in any of these; a village only in the strong ones ("in", "near", "the town of",
    "the ... district"); a PERSON entity only in the strong ones ("spoke to Hastings"), a
    village's name included ("robbed near Mirpur Sakro": resolving keeps it unplaced unless the
    story supports it)."""
    gov = parse.tokens[tok.head]
    strong = tok.dep in ("conj", "appos") and tok.head in placed
    # "Kassala, the capital of the state", "the capital Virac": an apposition names a place
    strong = strong or apposed_place(parse, tok) or named_as(parse, tok, gazetteer)
    weak = False
    if tok.dep == "pobj":
        prep = gov.text.lower()
        owner = parse.tokens[gov.head]
        # an apposition still counts: "from Zuwara, the nearest Libyan town"
        strong = (
            strong
            or prep in STRONG_PREPS
            or (prep == "of" and owner.i != gov.i and owner.lemma.lower() in CONTEXT_NOUNS)
        )
        weak = prep in CONTEXT_PREPS
    elif tok.dep in ("compound", "nmod", "amod") and gov.i > tok.i and tok.pos == "PROPN":
        strong = gov.lemma.lower() in CONTEXT_NOUNS  # not an adjective: "the Arab state"
    elif tok.dep == "dobj":
        weak = gov.lemma.lower() in PLACE_VERBS  # "reached Abeche", "captured Kalehe"
    if not strong and (person or not weak):
        return False
    if gazetteer.known_place(name):
        return True
    return strong and (not person or gazetteer.knows(name))


def named_as(parse: Parse, tok, gazetteer: Gazetteer) -> bool:
    """Whether the name is given as what a place is called, and is the name or another
    spelling of a town of 15,000+, a region or a country: "Russian media call the city
    Odessa", "Kyiv renamed it Dnipro", "its Soviet name, Stalino", "Fnideq, which the
    Spanish call Castillejos", "Morphou, known to Turks as Guzelyurt"."""
    gov = parse.tokens[tok.head]
    naming = (
        (tok.dep == "oprd" and gov.lemma.lower() in NAMING_VERBS)
        or (tok.dep == "appos" and gov.lemma.lower() == "name")
        or naming_clause(parse, tok) is not None
    )
    name = parse.article.text[parse.tokens[tok.i].start : parse.tokens[tok.i].end]
    return naming and any(
        e.precision != "city" or e.population >= SMALL_TOWN for e, _ in gazetteer.candidates(name)
    )


def naming_clause(parse: Parse, tok):
    """The place's name or noun a clause giving the name as what it is called hangs on, or
    None: "Fnideq" of "Fnideq, which the Spanish call Castillejos" (the name the object of a
    naming verb in a relative clause), "town" of "the town of Morphou, known to Turks as
    Guzelyurt" (the name after "as" of such a participle, up to three words above it)."""
    tokens = parse.tokens
    gov = tokens[tok.head]
    verb = None
    if tok.dep in ("oprd", "dobj") and gov.lemma.lower() in NAMING_VERBS:
        verb = gov
    elif tok.dep == "pobj" and gov.text.lower() == "as":
        up = gov
        for _ in range(3):
            up = tokens[up.head]
            if up.lemma.lower() in NAMING_AS_VERBS or up.lemma.lower() in NAMING_VERBS:
                verb = up
                break
    if verb is None or verb.dep not in ("relcl", "acl") or verb.head == verb.i:
        return None
    target = tokens[verb.head]
    # a name or a place noun: not "the storm, known in Spain as a DANA"
    return target if target.pos == "PROPN" or target.lemma.lower() in PLACE_NOUNS else None


def apposed_place(parse: Parse, tok) -> bool:
    """Whether a place noun stands in apposition to the name: "Kassala, the capital of the
    state", "the capital Virac", "Sake, a town 25 km west of Goma"."""
    gov = parse.tokens[tok.head]
    if tok.dep == "appos" and gov.i != tok.i and gov.lemma.lower() in CONTEXT_NOUNS:
        return True
    return any(
        t.dep == "appos" and t.head == tok.i and t.lemma.lower() in CONTEXT_NOUNS
        for t in parse.tokens[tok.i + 1 : tok.i + 8]
    )


def first_name(parse: Parse, i: int, gazetteer: Gazetteer) -> bool:
    """A place's name at token i that is a person's first name: "Jordan Peterson", "Chad
    Smith" (the next word a PERSON, or a capitalised proper noun that is no place and no word
    of a place's or an organisation's name)."""
    if i + 1 >= len(parse.tokens):
        return False
    first, nxt = parse.tokens[i], parse.tokens[i + 1]
    if first.whitespace != " " or first.dep != "compound" or first.head != nxt.i:
        return False
    word = nxt.text.lower()
    if word in CLUB_WORDS or word in GANG_NOUNS:  # "Bologna FC", "Cali Cartel", tagged PERSON
        return False
    if nxt.ent_type == "PERSON":
        return True
    return (
        nxt.pos == "PROPN"
        and nxt.tag == "NNP"  # a plural is no surname: "the Texas Rangers"
        and nxt.text[:1].isupper()
        and nxt.ent_type in ("", first.ent_type)
        and word not in PLACE_NOUNS
        and word not in ORGANISATION_NOUNS
        and word not in NAME_NOUNS
        and not gazetteer.known_place(nxt.text)
    )


def widened(parse: Parse, ts: int, te: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """The tokens ts..te with the capitalised proper nouns the tagger cut from them (up to two
    each side, same sentence), where the whole is a place's own name: "General Santos" (found
    "Santos"), "Dera Ghazi Khan" ("Dera"), "New South Wales" ("South Wales")."""
    tokens = parse.tokens
    if ts < 0:
        return ts, te

    def name_word(i: int) -> bool:
        tok = tokens[i]
        return tok.sent == tokens[ts].sent and tok.pos == "PROPN" and tok.text[:1].isupper()

    left = ts
    while left > max(0, ts - 2) and name_word(left - 1):
        left -= 1
    right = te
    while right < min(len(tokens), te + 2) and name_word(right):
        right += 1
    spans = [
        (a, b) for a in range(left, ts + 1) for b in range(te, right + 1) if (a, b) != (ts, te)
    ]
    for a, b in sorted(spans, key=lambda span: span[0] - span[1]):
        name = parse.article.text[tokens[a].start : tokens[b - 1].end]
        own = any(primary for _, primary in gazetteer.candidates(name))
        if own and gazetteer.known_place(name):
            return a, b
    return ts, te
