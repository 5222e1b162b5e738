"""PLOVER's auxiliary modes: whether a trigger reports a real event.

`modality(parse, i)` walks from the trigger up the dependency tree to the sentence root and reads
the clause around it: negation ("did not meet", "no longer", "failed to", "without"), modals and
conditionals ("could", "if ..."), advice ("must", "should"), opinion ("analysts believe ...",
"dismissed this as ..."), generic statements ("typically", "usually"), futures ("will meet",
"plans to visit", "would" reported in the past) and reported speech ("KCNA said ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from diplograph.records import Parse
from diplograph.stages.events.anaphora import summary_noun
from diplograph.stages.events.words import (
    ALLEGATION_NOUNS,
    ALLEGED_MODIFIERS,
    ALLEGED_PREPS,
    ALLEGING_VERBS,
    CLAIM_NOUNS,
    COMMENTATORS,
    COMMENTING_BODIES,
    CONDITIONAL_MARKS,
    CONDITIONED_VERBS,
    DENIAL_VERBS,
    EXIT_VERBS,
    FAIL_VERBS,
    FORECAST_VERBS,
    FUTURE_MODALS,
    FUTURE_VERBS,
    GENERIC_ADVERBS,
    HALT_NOUNS,
    HYPOTHETICAL_MODALS,
    INTENT_NOUNS,
    NEGATIVE_PRONOUNS,
    OPINION_VERBS,
    PRESUPPOSING_MARKS,
    PRESUPPOSING_PREPS,
    PREVENT_VERBS,
    PRIORITY,
    QUOTE_MARKS,
    REQUEST_VERBS,
    SCHEDULED_FOR,
    SPEECH_VERBS,
    SUBJECTS,
    TRY_VERBS,
)


@dataclass(frozen=True, slots=True)
class Modality:
    aux: str | None = None  # historical | future | hypothetical | negation
    asserted: bool = True
    reporter: int | None = None  # token of the reporting source (subject of "said")
    reason: str = ""


def _kids(parse: Parse, i: int) -> list:
    return [parse.tokens[c] for c in parse.children[i]]


def _clause_marks(parse: Parse, v: int, first: bool) -> str | None:
    """What one verb on the path says about the events below it."""
    tok = parse.tokens[v]
    kids = _kids(parse, v)
    lemmas = {k.lemma.lower() for k in kids}
    for k in kids:
        if k.dep == "neg" and first:
            return "negation"
        if (
            k.dep == "advmod"
            and k.lemma.lower() in {"longer", "long"}
            and "no" in {g.lemma.lower() for g in _kids(parse, k.i)}
        ):
            return "negation"
        if k.dep == "advmod" and k.lemma.lower() == "never" and first:
            return "negation"
        if k.dep in SUBJECTS and first and _nobody(parse, k.i):
            return "negation"
        if k.dep == "advmod" and k.lemma.lower() in GENERIC_ADVERBS:
            return "generic"
        if k.dep == "mark" and k.lemma.lower() in CONDITIONAL_MARKS:
            return "hypothetical"
        if k.dep == "mark" and k.lemma.lower() == "for" and "to" in lemmas:
            return "hypothetical"  # "for X to disarm": an act wanted, not done
        if (
            k.dep == "advcl"
            and tok.lemma.lower() not in CONDITIONED_VERBS  # "threatened to X unless ...": a threat
            and any(  # the consequent of a condition: "X would go if ..."
                g.dep == "mark" and g.lemma.lower() in {"if", "unless"} for g in _kids(parse, k.i)
            )
        ):
            return "hypothetical"
    for k in kids:
        if k.dep == "aux" and k.lemma.lower() in HYPOTHETICAL_MODALS | {"would"}:
            return "would" if k.lemma.lower() == "would" else "hypothetical"
        if k.dep == "aux" and (k.lemma.lower() in FUTURE_MODALS or k.text.lower() == "'ll"):
            return "future"
        if k.dep == "aux" and k.lemma.lower() == "go" and tok.tag == "VB" and "to" in lemmas:
            return "future"
    if _headline_infinitive(parse, v, kids):
        return "future"
    return None


def _nobody(parse: Parse, s: int) -> bool:
    """Subject s is "nobody", "none" or a noun with "no": "No one was hurt", "no talks were
    held"."""
    return parse.tokens[s].lemma.lower() in NEGATIVE_PRONOUNS or _with_no(parse, s)


def _with_no(parse: Parse, n: int) -> bool:
    """Token n has the determiner "no": "no talks", "No one"."""
    return any(k.dep == "det" and k.lemma.lower() == "no" for k in _kids(parse, n))


def _headline_infinitive(parse: Parse, v: int, kids) -> bool:
    """A headline's "X to visit Y" (", officials say"): the main clause, a subject and "to"
    for the auxiliary, is an act announced, not done."""
    tok = parse.tokens[v]
    main = tok.dep == "ROOT" or (
        tok.dep == "ccomp" and tok.head > v and parse.tokens[tok.head].lemma.lower() in SPEECH_VERBS
    )
    return (
        main
        and tok.tag == "VB"
        and any(k.dep == "nsubj" for k in kids)
        and any(k.dep == "aux" and k.lemma.lower() == "to" for k in kids)
    )


def modality(
    parse: Parse,
    i: int,
    *,
    published_year: int | None = None,
    event_year: int | None = None,
    own_clause: bool = True,
) -> Modality:
    """The auxiliary mode of the event read at token i; without `own_clause`, of the clauses
    above it only (a refusal "will not accept" is the act of saying so, not the act refused)."""
    head = parse.tokens[parse.tokens[i].head]
    if parse.tokens[i].pos == "NOUN" and head.lemma.lower() in PRESUPPOSING_PREPS:
        # "during his visit", "after the talks": a time adjunct takes its event as given
        return Modality(None, True, _according_to(parse, i), "time adjunct")
    if parse.tokens[i].pos == "NOUN" and _halted(parse, i):
        # "demanded a halt to the offensive": an end asked for presupposes the event
        return Modality(None, True, _according_to(parse, i), "presupposed by its end")
    path = [i, *parse.ancestors(i)]
    marks: list[str] = []
    reporter: int | None = None
    seen_verb = False
    below = i
    for step, t in enumerate(path):
        if step == 0 and not own_clause:
            continue
        tok = parse.tokens[t]
        lemma = tok.lemma.lower()
        if step > 0 and _presupposed(parse, below):
            break
        if step > 0 and parse.tokens[below].dep == "relcl" and summary_noun(parse, below):
            break  # "..., a claim Lima rejected": the writer's, not inside the clause summed up
        if tok.pos == "ADP" and lemma == "without":
            marks.append("negation")
        if tok.pos in {"NOUN", "PROPN"} and _with_no(parse, t):
            marks.append("negation")
        if (
            step == 0
            and tok.pos == "NOUN"
            and any(
                k.dep == "amod" and k.text.lower() in ALLEGED_MODIFIERS for k in _kids(parse, t)
            )
        ):
            marks.append("opinion")  # "over alleged extrajudicial killings"
        if step > 0 and _denied_or_alleged(parse, t, below):
            marks.append("opinion")  # "denies rape", "allegations of torture"
        if (
            step > 0
            and tok.pos == "NOUN"
            and lemma in CLAIM_NOUNS
            and parse.tokens[below].dep in {"acl", "ccomp", "relcl"}
            and any(k.dep == "mark" or k.lemma.lower() == "that" for k in _kids(parse, below))
        ):
            marks.append("opinion")
        if (
            step > 0
            and tok.pos == "NOUN"
            and lemma in INTENT_NOUNS
            and parse.tokens[below].dep in {"acl", "advcl", "relcl"}
            and _infinitive(parse, below)
        ):
            marks.append("hypothetical")
        if step > 0 and _aside(parse, below):
            marks.append("background")  # "Erdogan, who brokered the deal in 2022, said ..."
        if step > 0 and tok.pos == "ADJ" and lemma in FUTURE_VERBS:
            if parse.tokens[below].dep == "xcomp":
                marks.append("future")  # "is due to meet"
        if step > 1 and lemma in SCHEDULED_FOR and _scheduled(parse, below, path[step - 2]):
            marks.append("future")  # "set for visit to Pakistan"
        if tok.pos in {"VERB", "AUX"}:
            if step == 1 and i > t and parse.tokens[i].dep == "ccomp" and lemma in DENIAL_VERBS:
                marks.append("negation")  # "denied that its troops shelled the town"
            if (
                step > 0
                and parse.tokens[below].dep == "ccomp"
                and lemma in REQUEST_VERBS
                and not _listed_before(parse, below, t)
            ):
                marks.append("hypothetical")  # "demanded that X stop the attacks": asked only
            if step > 0 and parse.tokens[below].dep == "ccomp" and lemma in SPEECH_VERBS:
                reporter = next(
                    (k.i for k in _kids(parse, t) if k.dep in {"nsubj", "nsubjpass"}), None
                )
                if "would" in marks and "Tense=Past" in tok.morph:
                    marks = ["future" if m == "would" else m for m in marks]
                break
            if step > 0 and lemma in OPINION_VERBS and parse.tokens[below].dep not in SUBJECTS:
                marks.append("opinion")
            if step > 0 and lemma in FORECAST_VERBS and parse.tokens[below].dep == "ccomp":
                marks.append("opinion")  # "few expect Moscow to attack": a forecast
            if step > 0 and _alleged(parse, i, t, below):
                marks.append("opinion")  # "accused X of killing Y": only the accusation
            if step > 0 and _infinitive(parse, below) and _pressing(parse, t):
                marks.append("hypothetical")  # "piled pressure on X to accept ..."
            if (
                step > 0
                and lemma in PREVENT_VERBS
                and parse.tokens[below].dep in {"dobj", "nsubjpass"}
            ):
                marks.append("negation")  # "worked to prevent any attack": none happened
            if step > 0 and tok.pos == "VERB" and _exits(parse, i, t):
                marks.append("negation")  # "walked out of the talks": no meeting
            if step > 0 and (
                parse.tokens[below].dep == "xcomp"
                or (parse.tokens[below].dep == "advcl" and _infinitive(parse, below))
            ):
                if lemma in FAIL_VERBS:
                    marks.append("negation")
                elif lemma in TRY_VERBS | REQUEST_VERBS:
                    marks.append("hypothetical")
                elif lemma in FUTURE_VERBS:
                    marks.append("future")
                elif parse.tokens[below].dep == "advcl":
                    marks.append("hypothetical")  # a purpose: "flew to Y to launch talks"
            if (
                step > 0
                and parse.tokens[below].dep == "xcomp"
                and (lemma == "be" or (lemma == "go" and tok.tag == "VBG"))
            ):
                marks.append("future")  # "is to visit", "is going to visit"
            found = _clause_marks(parse, t, first=not seen_verb)
            if found:
                marks.append(found)
            # a controlling verb ("did not dare to", "does not plan to") is the same clause
            seen_verb = seen_verb or not (tok.dep == "xcomp" or _alternative(parse, t))
        below = t
    mode = next((m for m in PRIORITY if m in marks), None)
    if reporter is None:
        reporter = _according_to(parse, i)
    if mode is None and reporter is not None and _commentator(parse, reporter):
        mode = "opinion"  # "'Moscow is punishing Kyiv,' said X, a fellow at ...": analysis
    if mode == "would":
        mode = "hypothetical"
    if mode in {"hypothetical", "opinion", "generic"}:
        return Modality("hypothetical", False, reporter, mode)
    if mode == "negation":
        return Modality("negation", False, reporter, mode)
    if mode == "future":
        return Modality("future", True, reporter, mode)
    if mode == "background":
        return Modality("historical", False, reporter, "an aside about a party")
    if published_year and event_year and event_year < published_year - 1:
        return Modality("historical", True, reporter, "dated before the article")
    return Modality(None, True, reporter, "")


def _listed_before(parse: Parse, clause: int, verb: int) -> bool:
    """The clause comes before the verb, ends at a comma and has no quotation mark: one clause
    of a list ("X urged Y to stop, Z called it illegal"), not what the verb asked ('"Stop," Z
    demanded')."""
    if clause > verb:
        return False
    span = parse.subtree(clause)
    if max(span) + 1 >= verb or parse.tokens[max(span) + 1].text != ",":
        return False
    return not any(parse.tokens[k].text in QUOTE_MARKS for k in range(min(span), verb))


def _denied_or_alleged(parse: Parse, t: int, below: int) -> bool:
    """The path comes up to t from what t denies ("denies [rape]", "denied involvement in the
    [attack]") or from an allegation's "of" ("allegations of [torture]")."""
    tok, step = parse.tokens[t], parse.tokens[below]
    if tok.pos == "VERB" and tok.lemma.lower() in DENIAL_VERBS:
        return step.dep == "dobj"
    return (
        tok.pos == "NOUN"
        and tok.lemma.lower() in ALLEGATION_NOUNS
        and step.dep == "prep"
        and step.lemma.lower() == "of"
    )


def _alleged(parse: Parse, i: int, v: int, below: int) -> bool:
    """Word i is the act verb v alleges: "accused X of [killing] Y", "charged with [smuggling]",
    "blamed Iran for the [attacks]", "charged the ministers over the port [blast]"."""
    return (
        parse.tokens[i].pos in {"VERB", "NOUN"}
        and parse.tokens[v].lemma.lower() in ALLEGING_VERBS
        and parse.tokens[below].dep == "prep"
        and parse.tokens[below].lemma.lower() in ALLEGED_PREPS
    )


def _commentator(parse: Parse, r: int) -> bool:
    """The speaker r is an analyst, an economist, a professor or one of a think tank's staff:
    "analysts say", "said X, an economist at Y", "said X of the Brookings Institution"."""
    people = [r, *(k.i for k in _kids(parse, r) if k.dep == "appos")]
    if {parse.tokens[p].lemma.lower() for p in people} & COMMENTATORS:
        return True
    bodies = [
        o.i
        for p in people
        for prep in _kids(parse, p)
        if prep.dep == "prep" and prep.lemma.lower() in {"of", "at", "with", "from"}
        for o in _kids(parse, prep.i)
        if o.dep == "pobj"
    ]
    return bool({parse.tokens[b].lemma.lower() for b in bodies} & COMMENTING_BODIES)


def _aside(parse: Parse, v: int) -> bool:
    """v heads a non-restrictive relative clause on a name, set off by a comma: "Eritrea, which
    sent troops a year ago, ...": background on a party, not the news the sentence reports."""
    tok = parse.tokens[v]
    if tok.dep != "relcl" or parse.tokens[tok.head].pos != "PROPN":
        return False
    first = min(parse.subtree(v))
    return first > 0 and parse.tokens[first - 1].text == ","


def _halted(parse: Parse, i: int) -> bool:
    """Noun i is what an end names: "a halt to the offensive", "the end of the occupation"."""
    prep = parse.tokens[parse.tokens[i].head]
    if parse.tokens[i].dep != "pobj" or prep.lemma.lower() not in {"to", "of"}:
        return False
    return parse.tokens[prep.head].lemma.lower() in HALT_NOUNS


def _presupposed(parse: Parse, v: int) -> bool:
    """Verb v heads a time clause marked as past fact ("after X attacked"): what the clauses
    above it say (a negation, a forecast) is not said of it."""
    return parse.tokens[v].dep == "advcl" and any(
        k.dep == "mark" and k.lemma.lower() in PRESUPPOSING_MARKS for k in _kids(parse, v)
    )


def _scheduled(parse: Parse, prep: int, noun: int) -> bool:
    """`prep` is a "for" whose object is the event noun: "set [for] visit", "due [for] talks"."""
    tokens = parse.tokens
    return (
        tokens[prep].lemma.lower() == "for"
        and tokens[noun].dep == "pobj"
        and tokens[noun].pos == "NOUN"
    )


def _infinitive(parse: Parse, v: int) -> bool:
    """v is a "to" infinitive (or "for X to V")."""
    tok = parse.tokens[v]
    return tok.pos in {"VERB", "AUX"} and any(
        k.dep == "aux" and k.lemma.lower() == "to" and k.tag != "IN" for k in _kids(parse, v)
    )


def _pressing(parse: Parse, v: int) -> bool:
    """Verb v puts pressure or a demand on someone: "piled pressure on X (to ...)"."""
    return any(
        k.dep == "dobj" and k.lemma.lower() in INTENT_NOUNS - {"plan", "chance", "opportunity"}
        for k in _kids(parse, v)
    )


def _exits(parse: Parse, i: int, v: int) -> bool:
    """Verb v walks out of, boycotts or breaks off the meeting noun i."""
    if parse.tokens[i].pos != "NOUN" or parse.tokens[v].lemma.lower() not in EXIT_VERBS:
        return False
    parts = {k.lemma.lower() for k in _kids(parse, v) if k.dep in {"prt", "advmod", "prep"}}
    lemma = parse.tokens[v].lemma.lower()
    if lemma in {"walk", "storm"}:
        return bool(parts & {"out", "away", "off"})
    if lemma in {"break", "pull", "call"}:
        return bool(parts & {"off", "out"})
    return True


def _alternative(parse: Parse, v: int) -> bool:
    """v is the second of "not X or Y": it shares X's negation."""
    tok = parse.tokens[v]
    return tok.dep == "conj" and any(
        k.dep == "cc" and k.lemma.lower() in {"or", "nor"} for k in _kids(parse, tok.head)
    )


def _according_to(parse: Parse, i: int) -> int | None:
    sent = parse.sentence_of(i)
    for j in range(sent.token_start, sent.token_end - 1):
        a, b = parse.tokens[j], parse.tokens[j + 1]
        if a.text.lower() == "according" and b.text.lower() == "to":
            objs = [c for c in parse.children[b.i] if parse.tokens[c].dep == "pobj"]
            return objs[0] if objs else None
    return None
