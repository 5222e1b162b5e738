"""What the time-expression rules share: a candidate record and the context they read."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from diplograph.records import Parse
from diplograph.stages.dates.words import (
    AHEAD_WORDS,
    BASE_BEFORE,
    CONDITION_MARKS,
    DELIVERY_AFTER,
    HEADLINE,
    MODALS_AHEAD,
    MODALS_AHEAD_UNLESS_NEGATED,
    NOUN_MODIFIER_DEPS,
    REPORTING_VERBS,
    RESCHEDULE_PARTICLES,
    RESCHEDULE_PREPS,
    RESCHEDULING_VERBS,
    SCHEDULE_PARTICIPLES,
    SINCE_BEFORE,
    SUPERSEDED_SCHEDULE,
    TARGET_BEFORE,
    TERM_PREPS,
    TERM_VERBS,
    TIME_LEFT,
    UNITS,
)


@dataclass(slots=True)
class Found:
    """A candidate expression while tagging (mutable; TimeExpression is the frozen output)."""

    start: int
    end: int
    type: str
    value: str | None
    rule: str
    anchor: str | None = None
    pending: tuple | None = None  # resolved in a second pass against earlier expressions


class Context:
    """What rules may read: the text, the publication date, and the tense around an offset."""

    # Words whose infinitival complement points ahead: "ordered him to stand trial Jan. 7",
    # "plans to meet Friday", "likely to restart talks Thursday", "a deal to hold talks".
    PROSPECTIVE = frozenset(
        "plan expect schedule due set intend aim prepare hope want seek propose agree promise "
        "pledge vow order ask urge call invite tell instruct summon direct require decide "
        "threaten offer arrange slate likely poised ready expected scheduled unlikely deadline "
        "proposal deal agreement decision bid attempt effort move".split()
    )
    FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})

    def __init__(self, parse: Parse, published: date | None):
        self.parse = parse
        self.text = parse.article.text
        self.published = published
        self.starts = [t.start for t in parse.tokens]
        headline = HEADLINE.match(self.text)
        self.headline_end = headline.end() if headline else 0

    def token_at(self, offset: int) -> int | None:
        """The index of the token holding character `offset`, or None if there are no tokens."""
        if not self.starts:
            return None
        i = bisect_right(self.starts, offset) - 1
        return max(i, 0)

    def tokens_in(self, start: int, end: int) -> range:
        """The indices of the tokens overlapping characters start..end."""
        a, b = self.token_at(start), self.token_at(max(start, end - 1))
        return range(0, 0) if a is None or b is None else range(a, b + 1)

    def direction(self, start: int, end: int) -> str:
        """ "past", "future", "nearest" (either side) or "" (present or unknown) from the verb
        governing the span."""
        if start < self.headline_end:
            return ""  # a headline's present tells the past and its capitals mislead the parser
        if SINCE_BEFORE.search(self.text[max(0, start - 12) : start]):
            return "past"
        if BASE_BEFORE.search(self.text[max(0, start - 50) : start]):
            return "past"
        if DELIVERY_AFTER.match(self.text, end):
            return "future"
        tokens = self.parse.tokens
        span = self.tokens_in(start, end)
        if not span:
            return self._bound(start)
        head = next((i for i in span if tokens[i].head not in span), span[-1])
        chain = [head, *self.parse.ancestors(head)]
        for step, (below, i) in enumerate(zip([head, *chain[:-1]], chain, strict=True)):
            if step > 6:
                break
            tok = tokens[i]
            if i in span:
                continue
            if tok.text.lower() in AHEAD_WORDS and tok.pos not in ("VERB", "AUX"):
                return "future"  # "the report, due Friday, ...", "due in October"
            if tok.pos in ("VERB", "AUX"):
                if self._superseded(i):
                    return "nearest"
                if self._rescheduled(i, below):
                    return "future"
                verb = self._reporting_verb(i, span[0])
                return self._tense(verb) or self._scheduled(verb) or self._bound(start)
            if tok.pos in ("NOUN", "PROPN", "PRON"):
                if tokens[head].head == i and tokens[head].dep in NOUN_MODIFIER_DEPS:
                    continue  # "Friday's vote will ...", "the March elections were ...": the
                    # noun's event is at the date, so its verb's tense is the date's
                if tokens[head].head == i and tokens[head].dep == "appos":
                    continue  # "on Oct. 25, the last Sunday in October": the time it renames
                if self._in_verbs_phrase(i, span[0]):
                    continue  # "voted in a referendum on Dec. 23": the verb's time
                return self._bound(start)  # "the ceasefire of 19 June would hold"
        return self._bound(start)

    def _superseded(self, verb: int) -> bool:
        """Whether the verb is a schedule given up: "the vote, once set for Oct. 20", "was
        originally scheduled for Tuesday", "a session, once expected Monday"."""
        tokens = self.parse.tokens
        tok = tokens[verb]
        if tok.tag != "VBN" or tok.lemma.lower() not in SCHEDULE_PARTICIPLES | RESCHEDULING_VERBS:
            return False
        return any(
            tokens[k].dep == "advmod" and tokens[k].text.lower() in SUPERSEDED_SCHEDULE
            for k in self.parse.children[verb]
        )

    def _rescheduled(self, verb: int, below: int) -> bool:
        """Whether the verb gives the date to an event ("set sentencing for July 25", "moved
        the vote to Tuesday", "set Jan. 9 as the date") or ends a state with it ("imposed a
        curfew until Monday", "moved the vote up to Saturday"): `below` is the verb's child on
        the way up from the date."""
        tokens = self.parse.tokens
        lemma, child = tokens[verb].lemma.lower(), tokens[below]
        if lemma in TERM_VERBS:  # "warned of cold through Tuesday"
            kids = self.parse.children[verb]
            if any(tokens[k].text.lower() == "had" for k in kids):
                return False  # "had given them until March 15": a term already over
            return child.dep == "prep" and child.text.lower() in TERM_PREPS
        if lemma not in RESCHEDULING_VERBS:
            return False
        if child.text.lower() in RESCHEDULE_PARTICLES:  # "moved up to Saturday"
            kids = self.parse.children[below]
            return any(tokens[k].text.lower() in RESCHEDULE_PREPS for k in kids)
        if child.dep == "prep":
            return child.text.lower() in RESCHEDULE_PREPS
        as_after = any(tokens[k].text.lower() == "as" for k in self.parse.children[verb])
        return child.dep in ("dobj", "npadvmod") and as_after

    def _in_verbs_phrase(self, noun: int, first: int) -> bool:
        """Whether the date hangs on a noun ("on Dec. 23" after "a referendum") that is itself
        the object of a verb's preposition ("voted in a referendum", "will meet for the first
        time"): the verb and the noun happen together, so the verb's tense is the date's."""
        tokens = self.parse.tokens
        tok, prep = tokens[noun], tokens[first - 1] if first > 0 else None
        if tok.dep != "pobj" or prep is None or prep.text.lower() not in ("on", "at"):
            return False
        return tokens[tokens[tok.head].head].pos in ("VERB", "AUX")

    def _bound(self, start: int) -> str:
        """With no tense to go by, a bound or deadline lies ahead: "a decision by Friday"."""
        return "future" if TARGET_BEFORE.search(self.text[max(0, start - 40) : start]) else ""

    def _scheduled(self, i: int) -> str:
        """A present tense that is not reporting speech points ahead: "the bank meets on
        Thursday", "the vote is held on Sunday", "is meeting Friday" (a schedule or an
        arrangement), but "Iran says Monday" reports the past."""
        tokens, kids = self.parse.tokens, self.parse.children
        tok = tokens[i]
        aux = [tokens[k] for k in kids[i] if tokens[k].dep in ("aux", "auxpass")]
        present = tok.tag in ("VBZ", "VBP") or any(a.tag in ("VBZ", "VBP") for a in aux)
        if not present or tok.lemma.lower() in REPORTING_VERBS:
            return ""
        return "future"

    def _reporting_verb(self, verb: int, first: int) -> int:
        """ "Iran said on Saturday it would reject ...": the parser often hangs the date on the
        complement clause, but a date between a verb and the subject of its complement clause
        (with no "that" in between) belongs to the outer verb."""
        tokens, kids = self.parse.tokens, self.parse.children
        tok = tokens[verb]
        if tok.dep != "ccomp" or tok.head == verb or not tok.head < first < verb:
            return verb
        subjects = [k for k in kids[verb] if tokens[k].dep in ("nsubj", "nsubjpass", "expl")]
        marks = [k for k in kids[verb] if tokens[k].dep == "mark" and k < first]
        if marks or not subjects or min(subjects) < first:
            return verb
        return tok.head

    def _tense(self, i: int, depth: int = 0) -> str:
        tokens, kids = self.parse.tokens, self.parse.children
        aux = [tokens[k] for k in kids[i] if tokens[k].dep in ("aux", "auxpass")]
        words = {a.text.lower() for a in aux}
        if words & self.FUTURE_AUX or "going" in words:
            return "future"
        if words & MODALS_AHEAD and "have" not in words:
            return "future"
        if words & MODALS_AHEAD_UNLESS_NEGATED and "have" not in words:
            if not any(tokens[k].dep == "neg" for k in kids[i]):
                return "future"
        tok = tokens[i]
        if tok.tag == "VB" and not aux and tok.dep == "conj" and depth < 4:
            return self._tense(tok.head, depth + 1)  # "will try ... and publish": "will" rules both
        if tok.tag == "VBG" and not aux and tok.dep in ("xcomp", "advcl") and depth < 4:
            return self._tense(tok.head, depth + 1)  # "will sit, beginning on Monday"
        if tok.tag == "VBG" and not aux and tok.dep == "pcomp" and depth < 4:
            return self._tense(tokens[tok.head].head, depth + 1)  # "flew home before voting"
        if "had" in words and tok.lemma.lower() in SCHEDULE_PARTICIPLES:
            return "nearest"  # "had expected on Thursday": a schedule already past or given up
        if tok.tag == "VB" and "to" in words:
            return self._infinitive_tense(i, depth)
        if tok.tag == "VBN" and tok.lemma in SCHEDULE_PARTICIPLES and not self._a_record_set(i):
            return "future"
        if tok.tag == "VBD" and tok.dep == "advcl" and depth < 4 and self._conditional(i):
            if self._tense(tok.head, depth + 1) == "future":
                return "future"  # "could begin Wednesday if engineers finished overnight"
        if tok.tag == "VBD" or any(a.tag == "VBD" for a in aux):
            return "past"
        if tok.tag == "VBN" and words & {"has", "have", "had", "was", "were"}:
            return "past"
        if tok.tag == "VBN" and tok.dep in ("acl", "relcl"):
            if tok.text.lower() in TIME_LEFT and tokens[tok.head].lemma.lower() in UNITS:
                return "nearest"  # "with 12 days left before the Dec. 15 deadline"
            return "past"
        return ""

    def _conditional(self, i: int) -> bool:
        """Whether the clause headed by `i` is a condition ("if they finished ...")."""
        tokens = self.parse.tokens
        return any(
            tokens[k].dep == "mark" and tokens[k].text.lower() in CONDITION_MARKS
            for k in self.parse.children[i]
        )

    def _a_record_set(self, i: int) -> bool:
        """ "its record of 8,259, set on Aug. 6": a participle "set" on a noun, with no "for" or
        "to" after it ("the vote, set for Friday", "set to open Monday"), tells when it was set."""
        tokens, kids = self.parse.tokens, self.parse.children
        if tokens[i].lemma != "set" or tokens[i].dep not in ("acl", "relcl", "advcl"):
            return False
        return not any(tokens[k].text.lower() in ("for", "to") for k in kids[i])

    def _infinitive_tense(self, i: int, depth: int) -> str:
        """An infinitive reports an event at its governor's time ("found new ways to go negative
        Saturday": past), except under a word of ordering, planning or expecting, or a future
        or present governor, where it points ahead ("ordered him to stand trial Jan. 7")."""
        tokens = self.parse.tokens
        j = i
        for _ in range(4):
            j = tokens[j].head
            tok = tokens[j]
            if tok.lemma.lower() in self.PROSPECTIVE or tok.text.lower() in self.PROSPECTIVE:
                return "nearest" if self._pluperfect(j) else "future"
            if tok.pos in ("VERB", "AUX") or tok.head == j:
                break
        if tokens[j].pos not in ("VERB", "AUX") or j == i or depth > 3:
            return "future"
        return "past" if self._tense(j, depth + 1) == "past" else "future"

    def _pluperfect(self, i: int) -> bool:
        """Whether the word is told with "had" ("had ordered them to leave Wednesday"): an
        order or a plan made before a past time, whose event may lie on either side of today."""
        return any(self.parse.tokens[k].text.lower() == "had" for k in self.parse.children[i])

    def is_date_token(self, offset: int) -> bool:
        """Whether spaCy tagged the token at `offset` as a DATE or TIME entity."""
        i = self.token_at(offset)
        return i is not None and self.parse.tokens[i].ent_type in ("DATE", "TIME")


Rule = Callable[[re.Match, Context], list[Found]]


def _found(m: re.Match, group: str | int, type_: str, value: str | None, rule: str) -> Found:
    return Found(m.start(group), m.end(group), type_, value, rule)
