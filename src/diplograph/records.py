"""Typed records that cross the seams between stages.

Every record is a frozen, slotted dataclass and keeps where it came from: the article id, the
sentence index, and character offsets into the article's text (Python string indices, end
exclusive). Token indices are positions in the article's `Parse.tokens`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


def content_hash(text: str) -> str:
    """The identity of an article: the SHA-256 of its whitespace-normalised text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    id: str  # what users see: a text file's stem, a JSONL record's id
    text: str
    title: str | None = None
    published: date | None = None
    published_estimated: bool = False
    url: str | None = None
    source: str | None = None
    path: str | None = None  # the file it was read from, with ":LINE" for JSONL and feeds

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class Token:
    i: int
    text: str
    lemma: str
    pos: str  # universal POS: VERB, NOUN, PROPN, ...
    tag: str  # Penn tag: VBD, NNS, ...
    dep: str  # dependency label; "ROOT" at a sentence root
    head: int  # index of the head token; a root is its own head
    start: int
    end: int
    sent: int  # sentence index
    ent_type: str = ""  # "" outside a named entity
    ent_iob: str = "O"
    morph: str = ""  # spaCy's morphology string, e.g. "Tense=Past|VerbForm=Fin"
    whitespace: str = ""


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled run of tokens: a named entity or a noun chunk."""

    label: str
    token_start: int
    token_end: int  # exclusive
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str
    token_start: int
    token_end: int  # exclusive


@dataclass(frozen=True, slots=True)
class Parse:
    """One article after the NLP stage: everything later stages read, with no spaCy object."""

    article: Article
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Span, ...] = ()
    noun_chunks: tuple[Span, ...] = ()
    children: tuple[tuple[int, ...], ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if not self.children and self.tokens:
            kids: list[list[int]] = [[] for _ in self.tokens]
            for tok in self.tokens:
                if tok.head != tok.i:
                    kids[tok.head].append(tok.i)
            object.__setattr__(self, "children", tuple(tuple(k) for k in kids))

    def subtree(self, i: int) -> list[int]:
        """Token indices under token i (i included), in text order."""
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.children[j])
        return sorted(out)

    def ancestors(self, i: int) -> list[int]:
        out = []
        while self.tokens[i].head != i:
            i = self.tokens[i].head
            out.append(i)
        return out

    def span_head(self, token_start: int, token_end: int) -> int:
        """The token of a span whose head lies outside it (the last such, for a flat span)."""
        for i in range(token_end - 1, token_start - 1, -1):
            h = self.tokens[i].head
            if h == i or not token_start <= h < token_end:
                return i
        return token_end - 1

    def sentence_of(self, i: int) -> Sentence:
        return self.sentences[self.tokens[i].sent]

    def text_of(self, token_start: int, token_end: int) -> str:
        """The article text from token_start up to token_end (exclusive)."""
        if token_end <= token_start:
            return ""
        return self.article.text[self.tokens[token_start].start : self.tokens[token_end - 1].end]


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved (or unresolved) actor. Unresolved: code and country are None."""

    entity_text: str
    code: str | None = None  # "PRKGOV", "RUS", "NAT"
    country: str | None = None  # ISO 3166 alpha-3 or a group code: IGO, WST, NAT, EUR, ...
    sector: str | None = None  # CAMEO-style sector: GOV, MIL, MED, ...
    name: str | None = None  # canonical: "Kim Jong Un", "North Korea"
    entry: str | None = None  # dictionary entry key, to re-resolve the role at another date
    reason: str = ""  # how it was resolved, for `diplograph actors`

    @property
    def resolved(self) -> bool:
        return self.country is not None


def side_key(actor: Actor | None) -> str | None:
    """What makes two sides of events the same: the country, or for a side with no code its
    words ("~unnamed gunmen"), so sides nobody coded match only on the same words; None for
    no side."""
    if actor is None:
        return None
    if actor.resolved:
        return actor.country
    return "~" + " ".join((actor.name or actor.entity_text).lower().split())


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names (or refers back to) an actor."""

    article_id: str
    sentence: int
    token_start: int
    token_end: int  # exclusive
    start: int
    end: int
    text: str
    actor: Actor
    kind: str = "name"  # name | short | pronoun | group | metonym | demonym | agent


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TIMEX3: a time expression with its normalised value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None  # "2024-06-19", "2024-W25", "199", "PAST_REF", "P2Y", ...; None unresolved
    sentence: int = -1
    token_start: int = -1
    token_end: int = -1
    rule: str = ""  # how the value was reached
    anchor: str | None = None  # the date (or expression) it was resolved against


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention, resolved to a GeoNames entry where the gazetteer knows it."""

    start: int
    end: int
    text: str
    sentence: int = -1
    token_start: int = -1
    token_end: int = -1
    name: str | None = None
    country: str | None = None  # ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str | None = None  # city | region | country | area
    confidence: float = 0.0
    metonym: bool = False  # a capital standing for a government: an actor, not a place
    reason: str = ""
    # literal: the text names the place; demonym: "Russian", "Iraqis"; embedded: inside an
    # organisation's name ("the Lagos State Police Command"). Only a literal one locates events.
    kind: str = "literal"


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date of one event, as the text gives it."""

    value: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    timex: str | None = None  # the TIMEX3 value it came from
    text: str | None = None  # the expression's words
    source: str | None = None  # "text" | "article" (fallback asked for) | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class EventMention:
    """One report of an event: the sentence and the words it was read from."""

    article_id: str
    sentence: int
    sentence_start: int
    sentence_end: int
    text: str  # the sentence
    trigger: str
    trigger_start: int
    trigger_end: int


@dataclass(frozen=True, slots=True)
class Event:
    event_type: str  # a PLOVER event type
    actor: Actor
    recipient: Actor | None
    mention: EventMention
    mode: str | None = None
    context: tuple[str, ...] = ()
    date: EventDate = EventDate()
    cameo: str | None = None
    intensity: float | None = None
    quad_code: int | None = None
    confidence: float = 0.5
    aux: str | None = None  # PLOVER auxiliary mode: historical | future | hypothetical | negation
    asserted: bool = True  # False for hypotheticals, negations, advice and opinion: not exported
    reported_by: Actor | None = None
    location: Place | None = None
    # A multilateral event's parties, every one (actor is the first, recipient None); () for a
    # dyad. PLOVER codes one meeting of five ministers as one event with several actors.
    participants: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """A standing relation stated in the text: a defense pact, a security commitment."""

    type: str  # defense_pact | defense_commitment | alliance | partnership
    members: tuple[str, ...]
    article_id: str
    sentence: int
    evidence: str
    start: int
    end: int
    since: str | None = None


@dataclass(frozen=True, slots=True)
class Coded:
    """Everything the stages read from one article: what the store keeps of it."""

    parse: Parse
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[TimeExpression, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()

    @property
    def article(self) -> Article:
        return self.parse.article
