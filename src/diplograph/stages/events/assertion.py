"""Whether an event reported in a sentence is news: remembered, planned or announced acts.

Four classes of construction that `modality.py` reads as plain assertions, and three that are
no event at all (`no_event`: a commemoration; a refusal to comment or say; insisting on a fact,
"China insists that Taiwan is a province", where the lexicon reads "insist" as a demand):

- **History remembered.** "Cavalry re-enactors commemorated the charge of the Light Brigade,
  150 years after the British assault": a commemoration is no PLOVER event (`remembered` drops
  it), and an event named by "the anniversary of" or "N years after / since" is background
  (aux `historical`, not asserted).
- **Plans.** "Arrested for allegedly planning attacks on the embassy", "plotted bombings": an
  event noun that is the object of a planning verb has not happened (the guide: "reported plans
  of conflictual acts" are not asserted).
- **Expectations.** "Malaysia expects to resume exports", "is expected to visit": a forecast is
  no commitment (the guide: speculation is not asserted), though `modality.py` reads "expect"
  as a future.
- **Headline infinitives.** "Spanish PM to host French, German allies": a headline whose verb is
  a bare "to" infinitive with a subject announces an act still to come (aux `future`, so a
  meeting becomes AGREE, as "will host" does).
Word lists: words.py.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.modality import Modality
from diplograph.stages.events.triggers import Reading
from diplograph.stages.events.words import (
    ANNIVERSARY_NOUNS,
    COMMEMORATING_VERBS,
    EXPECTING_VERBS,
    INDICATIVE_TAGS,
    INSISTING_VERBS,
    LONG_SPANS,
    PLANNING_VERBS,
    PRESUPPOSING_PREPS,
    REFUSING_VERBS,
    STATEMENT_VERBS,
    SUBJECTS,
    SUFFERING_VERBS,
    WARNING_VERBS,
)


def no_event(parse: Parse, i: int, event: str) -> bool:
    """Word i, read as `event`, commemorates ("commemorated the charge", "a commemoration"),
    refuses to make a statement ("declined to comment", "refused to say whether") or, read as
    a REQUEST, insists on a fact ("insists that Taiwan is a province"): no event. (Insisting
    on a fact may still accuse: "insisted he was the victim of prosecutors".)"""
    lemma = parse.tokens[i].lemma.lower()
    if lemma in COMMEMORATING_VERBS or lemma.startswith(("commemorat", "memoria")):
        return True
    if lemma in INSISTING_VERBS and event == "REQUEST":
        return _claim(parse, i)
    said = args.children(parse, i, {"xcomp"})
    return (
        lemma in REFUSING_VERBS
        and bool(said)
        and all(parse.tokens[x].lemma.lower() in STATEMENT_VERBS for x in said)
    )


def warns_of_others(parse: Parse, idx: args.MentionIndex, reading: Reading) -> bool:
    """A warning whose clause tells what another party did or may do ("Afghan families may flee
    into Pakistan, the UN agency warned"): a report or a forecast, no threat of the warner's."""
    tok = parse.tokens[reading.trigger]
    if tok.pos != "VERB" or tok.lemma.lower() not in WARNING_VERBS:
        return False
    own = {m.actor.country for m in reading.actors.mentions}
    for c in args.children(parse, reading.trigger, {"ccomp"}):
        if parse.tokens[c].lemma.lower() in SUFFERING_VERBS:
            continue
        for s in args.children(parse, c, SUBJECTS):
            if parse.tokens[s].pos == "PRON":
                continue  # "warned that it would not accept ...": the warner, however resolved
            parties = {m.actor.country for m in args.np_actors(parse, idx, s)} - {None}
            if own and parties and not parties & own:
                return True
    return False


def _claim(parse: Parse, i: int) -> bool:
    """Every clause the insisting verb i takes is in the indicative ("that X is / was / has
    ...", no modal), and nothing is insisted "on": a claim maintained, not a demand."""
    clauses = args.children(parse, i, {"ccomp"})
    if not clauses or args.prep_heads(parse, i, {"on", "upon"}):
        return False
    return all(
        parse.tokens[c].tag in INDICATIVE_TAGS
        or any(parse.tokens[a].tag in INDICATIVE_TAGS for a in args.children(parse, c, {"aux"}))
        for c in clauses
    )


def revise(parse: Parse, i: int, mod: Modality) -> Modality:
    """The modality of the event at word i, with the three classes above read."""
    if mod.aux in {"negation", "hypothetical"} or not mod.asserted:
        return mod
    if _anniversary(parse, i) or _long_ago(parse, i):
        return replace(mod, aux="historical", asserted=False, reason="history remembered")
    if _planned(parse, i):
        return replace(mod, aux="hypothetical", asserted=False, reason="a planned act")
    if _expected(parse, i):
        return replace(mod, aux="hypothetical", asserted=False, reason="an expectation")
    if mod.aux is None and _headline_infinitive(parse, i):
        return replace(mod, aux="future", reason="a headline infinitive")
    return mod


def _anniversary(parse: Parse, i: int) -> bool:
    """ "the first anniversary of Saddam Hussein's arrest": i is what the anniversary is of."""
    prep = parse.tokens[i].head
    return (
        parse.tokens[i].dep == "pobj"
        and parse.tokens[prep].lemma.lower() == "of"
        and parse.tokens[parse.tokens[prep].head].lemma.lower() in ANNIVERSARY_NOUNS
    )


def _long_ago(parse: Parse, i: int) -> bool:
    """ "150 years after the assault", "decades since the war": i lies years back."""
    prep = parse.tokens[i].head
    if parse.tokens[i].dep != "pobj" or parse.tokens[prep].lemma.lower() not in (
        PRESUPPOSING_PREPS | {"before", "ago"}
    ):
        return False
    spans = args.children(parse, prep, {"npadvmod", "advmod", "nummod"})
    return any(parse.tokens[s].lemma.lower() in LONG_SPANS for s in spans)


def _planned(parse: Parse, i: int) -> bool:
    """Event noun i is the object of a planning verb or has one as its modifier: "planning
    attacks", "plotted bombings", "a planned attack" (a parse may hang the gerund on the noun)."""
    tok = parse.tokens[i]
    if tok.pos != "NOUN":
        return False
    if tok.dep in {"dobj", "obj"} and parse.tokens[tok.head].lemma.lower() in PLANNING_VERBS:
        return True
    mods = args.children(parse, i, {"amod", "acl"})
    return any(
        parse.tokens[m].lemma.lower() in PLANNING_VERBS and parse.tokens[m].tag in {"VBG", "VBN"}
        for m in mods
    )


def _expected(parse: Parse, i: int) -> bool:
    """The act at word i is what someone expects or predicts: "expects to resume exports",
    "is expected to visit" (the infinitive, or a noun in it, under an expecting verb)."""
    below = i
    for t in parse.ancestors(i):
        tok = parse.tokens[t]
        if tok.pos in {"VERB", "AUX"} and parse.tokens[below].dep == "xcomp":
            if tok.lemma.lower() in EXPECTING_VERBS:
                return True
        elif tok.pos in {"VERB", "AUX"} and below != i:
            return False
        below = t
    return False


def _headline_infinitive(parse: Parse, i: int) -> bool:
    """The clause of word i is a headline's "X to V": a root bare infinitive with a subject."""
    root = next((t for t in [i, *parse.ancestors(i)] if parse.tokens[t].dep == "ROOT"), None)
    if root is None or parse.tokens[root].tag != "VB":
        return False
    kids = args.children(parse, root)
    to = any(parse.tokens[k].dep == "aux" and parse.tokens[k].tag == "TO" for k in kids)
    subject = any(parse.tokens[k].dep in {"nsubj", "nsubjpass"} for k in kids)
    finite = any(parse.tokens[k].dep == "aux" and parse.tokens[k].tag != "TO" for k in kids)
    return to and subject and not finite
