"""The trigger lexicon: verb patterns, nominal triggers, the CAMEO table and PLOVER scores.

Four shipped files under `diplograph/data/lexicon/`, each read by one validating loader:
`verbs.tsv` (built from PETRARCH's CAMEO.2.0 verb dictionary by tools/build_lexicon.py),
`verbs_extra.tsv` (our corrections and additions), `nouns.tsv` (our nominal triggers),
`cameo.tsv` (CAMEO code -> PLOVER event, mode, context, quad class) and `scores.tsv` (PLOVER
conflict-cooperation scores). Format and sources: docs/events.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from diplograph.cache import cached
from diplograph.errors import ReferenceDataError
from diplograph.stages.events import words
from diplograph.stages.events.words import (
    BLOCK_DEFAULT_ROOTS,
    BLOCK_DEFAULT_SHARE,
    BLOCK_MIN_PATTERNS,
    CRITICISM_ROOT,
    PHYSICAL_ONLY_VERBS,
)

PACKAGE = "diplograph.data.lexicon"
ITEM_KINDS = {"w", "p", "s", "x"}


@dataclass(frozen=True, slots=True)
class Item:
    """One requirement of a verb pattern (see tools/build_lexicon.py)."""

    kind: str  # w | p | s | x
    words: frozenset[str]  # the word (or preposition) alternatives
    objects: frozenset[str] = frozenset()  # for p: words wanted in the preposition's object


@dataclass(frozen=True, slots=True)
class VerbPattern:
    lemma: str
    items: tuple[Item, ...]
    cameo: str


@dataclass(frozen=True, slots=True)
class PatternKeys:
    """Which of a verb's patterns (by position) can fit a clause: those with no item, and by
    the kind and a word of each pattern's first item the others, since a pattern whose first
    item fails cannot fit. `match_verb` tests only these, not all of them ("set" has 475)."""

    bare: tuple[int, ...]
    by_word: dict[tuple[str, str], tuple[int, ...]]


def pattern_keys(patterns: tuple[VerbPattern, ...]) -> PatternKeys:
    bare, by_word = [], {}
    for k, pattern in enumerate(patterns):
        if not pattern.items:
            bare.append(k)
            continue
        first = pattern.items[0]
        for word in first.words:
            by_word.setdefault((first.kind, word), []).append(k)
    return PatternKeys(tuple(bare), {key: tuple(ks) for key, ks in by_word.items()})


@dataclass(frozen=True, slots=True)
class NounTrigger:
    lemma: str
    cameo: str
    event: str
    mode: str
    context: tuple[str, ...]
    kind: str  # event | state
    actor_preps: frozenset[str]
    recipient_preps: frozenset[str]
    needs: frozenset[str]
    place: bool


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    event: str
    mode: str
    context: tuple[str, ...]
    quad: int
    goldstein: float
    name: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[VerbPattern, ...]] = field(default_factory=dict)
    verb_keys: dict[str, PatternKeys] = field(default_factory=dict)
    nouns: dict[str, NounTrigger] = field(default_factory=dict)
    cameo: dict[str, CameoCode] = field(default_factory=dict)
    scores: dict[tuple[str, str], float] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Lexicon:
        """The shipped lexicon (loaded once per process)."""
        return _load_shipped()

    def code(self, cameo: str) -> CameoCode | None:
        """The table row of a CAMEO code, falling back to its parent codes."""
        while cameo:
            if cameo in self.cameo:
                return self.cameo[cameo]
            if len(cameo) <= 2:
                return None
            cameo = cameo[:-1] if len(cameo) > 3 else cameo[:2] + "0"
            if cameo in self.cameo:
                return self.cameo[cameo]
            cameo = cameo[:2]
        return None

    def intensity(self, event: str, mode: str | None) -> float | None:
        """PLOVER score of event+mode, else of the event with no mode."""
        return self.scores.get((event, mode or ""), self.scores.get((event, "")))


def _rows(name: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    try:
        text = resources.files(PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ReferenceDataError(f"cannot read lexicon file: {exc}", path=name) from exc
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) < columns:
            cells += [""] * (columns - len(cells))
        if len(cells) != columns:
            raise ReferenceDataError(f"expected {columns} columns, got {len(cells)}", name, number)
        if not header_seen:
            header_seen = True
            continue
        yield number, [c.strip() for c in cells]


def parse_items(pattern: str, name: str = "verbs.tsv", line: int | None = None) -> tuple:
    """The items of a verbs.tsv pattern ("kind:value;..."); ReferenceDataError names the line."""
    items = []
    for part in filter(None, pattern.split(";")):
        kind, sep, rest = part.partition(":")
        if not sep or kind not in ITEM_KINDS or not rest:
            raise ReferenceDataError(f"bad pattern item {part!r}", name, line)
        words, _, objects = rest.partition(">")
        items.append(
            Item(kind, frozenset(words.split("|")), frozenset(filter(None, objects.split("|"))))
        )
    return tuple(items)


def _verbs() -> dict[str, tuple[VerbPattern, ...]]:
    table: dict[str, list[VerbPattern]] = {}
    extra: set[VerbPattern] = set()
    removed: set[str] = set()  # lemmas whose default a "-" row took away: they keep none
    for name in ("verbs.tsv", "verbs_extra.tsv"):
        for number, (lemma, pattern, cameo) in _rows(name, 3):
            if not lemma or not (cameo == "-" or cameo.isdigit()):
                raise ReferenceDataError(f"bad verb row {lemma!r} {cameo!r}", name, number)
            patterns = table.setdefault(lemma, [])
            if cameo == "-":  # drop the generated default of this pattern
                table[lemma] = [p for p in patterns if p.items != parse_items(pattern)]
                removed |= {lemma} if not pattern else set()
                continue
            if lemma in PHYSICAL_ONLY_VERBS and cameo.startswith(CRITICISM_ROOT):
                continue  # a verbal-attack synonym's row: "bombed" is never a criticism
            entry = VerbPattern(lemma, parse_items(pattern, name, number), cameo)
            if name == "verbs_extra.tsv":  # ours come first: on a tie the first pattern wins
                patterns.insert(sum(1 for p in patterns if p in extra), entry)
                extra.add(entry)
            else:
                patterns.append(entry)
    for lemma, patterns in table.items():
        block = block_default(patterns) if lemma not in removed else None
        if block is not None:
            patterns.append(VerbPattern(lemma, (), block))
    # longest first (a stable sort keeps the table's order on a tie), so `match_verb` stops
    # at the first pattern that fits: the most specific one, the first on a tie
    return {k: tuple(sorted(v, key=lambda p: -len(p.items))) for k, v in table.items()}


def block_default(patterns: list[VerbPattern]) -> str | None:
    """The default code of a verb CAMEO lists without one ("reject", "refuse", "vow"): the
    general code of the block most of its patterns share, when that block is a commitment
    (03), a rejection (12) or a threat (13), whose bare verb is the act itself. None when the
    verb has a default, too few patterns, or patterns spread over several blocks."""
    if any(not p.items for p in patterns) or len(patterns) < BLOCK_MIN_PATTERNS:
        return None
    roots = Counter(p.cameo[:2] for p in patterns)
    root, count = roots.most_common(1)[0]
    if root not in BLOCK_DEFAULT_ROOTS or count < BLOCK_DEFAULT_SHARE * len(patterns):
        return None
    return root + "0"


def _cameo() -> dict[str, CameoCode]:
    table = {}
    for number, (code, event, mode, context, quad, gold, name) in _rows("cameo.tsv", 7):
        try:
            table[code] = CameoCode(
                code,
                event,
                mode,
                tuple(filter(None, context.split(";"))),
                int(quad),
                float(gold),
                name,
            )
        except ValueError as exc:
            raise ReferenceDataError(f"bad number: {exc}", "cameo.tsv", number) from exc
    return table


def _nouns(cameo: dict[str, CameoCode]) -> dict[str, NounTrigger]:
    table = {}
    for number, cells in _rows("nouns.tsv", 10):
        lemma, code, event, mode, context, kind, actor_preps, recipient_preps, needs, place = cells
        base = cameo.get(code)
        if base is None or kind not in {"event", "state"} or place not in {"0", "1"}:
            raise ReferenceDataError(f"bad noun row for {lemma!r}", "nouns.tsv", number)
        table[lemma] = NounTrigger(
            lemma=lemma,
            cameo=code,
            event=event or base.event,
            mode=mode or base.mode,
            context=tuple(filter(None, (context or ";".join(base.context)).split(";"))),
            kind=kind,
            actor_preps=frozenset(filter(None, actor_preps.split("|"))),
            recipient_preps=frozenset(filter(None, recipient_preps.split("|"))),
            needs=frozenset(filter(None, needs.split("|"))),
            place=place == "1",
        )
    return table


def _scores() -> dict[tuple[str, str], float]:
    table = {}
    for number, (event, mode, score) in _rows("scores.tsv", 3):
        try:
            table[(event, mode)] = float(score)
        except ValueError as exc:
            raise ReferenceDataError(f"bad score {score!r}", "scores.tsv", number) from exc
    return table


@lru_cache(maxsize=1)
def event_types() -> frozenset[str]:
    """The 16 PLOVER event types (the rows of scores.tsv)."""
    return frozenset(event for event, _ in _scores())


@lru_cache(maxsize=1)
def _load_shipped() -> Lexicon:
    """Built from the tables once, then read from the user's cache (`diplograph.cache`)."""
    tables = [t for t in resources.files(PACKAGE).iterdir() if t.is_file()]
    return cached("lexicon", [*tables, Path(__file__), Path(words.__file__)], _build)


def _build() -> Lexicon:
    cameo = _cameo()
    verbs = _verbs()
    return Lexicon(
        verbs=verbs,
        verb_keys={lemma: pattern_keys(patterns) for lemma, patterns in verbs.items()},
        nouns=_nouns(cameo),
        cameo=cameo,
        scores=_scores(),
    )
