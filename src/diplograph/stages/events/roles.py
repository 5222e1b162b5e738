"""The learned argument-role model: which actor mention of a sentence is a trigger's source,
which its target.

For a trigger word and its PLOVER type, every coded actor mention of the sentence (and every
place standing for its state) is a candidate; a linear model (multinomial logistic regression
over SOURCE, TARGET and NONE, trained by tools/train_roles.py on the annotated corpus) scores
each from indicator features of the dependency path between them, their distance and order,
the mention's own relation and preposition, the trigger's part of speech, type and voice. The
coder asks it only where its rules found no side to pair a trigger with (coder.py): the rules
stay where they are precise. The weights ship in `data/models/roles.npz`; scoring is a sum of
weights and a softmax in numpy. Method and figures: docs/events.md, "Argument roles".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from diplograph.errors import ReferenceDataError
from diplograph.records import Mention, Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.words import (
    CROWD_EVENTS,
    PASSIVE_SUBJECT_DEPS,
    ROLE_PATH_STEPS,
    ROLE_PREPS,
    STATE_FORCE_SECTORS,
    SUBJECT_DEPS,
)

MODEL_FILE = "roles.npz"
ROLES = ("NONE", "SOURCE", "TARGET")


@dataclass(frozen=True, slots=True)
class Scored:
    mention: Mention
    source: float
    target: float


def sentence_candidates(parse: Parse, idx: args.MentionIndex, trigger: int) -> list[Mention]:
    """The coded actor mentions of the trigger's sentence, and its places that no mention
    covers (each standing for its state), in text order; never the trigger word itself."""
    sent = parse.sentence_of(trigger)
    seen: dict[tuple[int, int, str | None], Mention] = {}
    for i in range(sent.token_start, sent.token_end):
        for m in idx.at(i):
            seen.setdefault((m.token_start, m.token_end, m.actor.code), m)
    covered = {j for m in seen.values() for j in range(m.token_start, m.token_end)}
    places = {}
    for i in range(sent.token_start, sent.token_end):
        place = idx.places.get(i)
        if place is not None and i not in covered and place.token_start not in places:
            places[place.token_start] = args.place_mention(parse, place, "place for its state")
    found = [
        m for m in [*seen.values(), *places.values()] if not m.token_start <= trigger < m.token_end
    ]
    return sorted(found, key=lambda m: (m.token_start, m.token_end))


def _step(parse: Parse, i: int) -> str:
    """A path step through token i: its relation, with the preposition's word for a prep."""
    tok = parse.tokens[i]
    if tok.dep in {"prep", "agent"}:
        word = tok.lemma.lower()
        return f"{tok.dep}:{word}" if word in ROLE_PREPS else tok.dep
    return tok.dep


def path(parse: Parse, a: int, b: int) -> tuple[list[str], list[str]]:
    """The dependency path from token a to token b: the steps up from a to their lowest common
    ancestor, then the steps down to b."""
    ups = [a]
    while parse.tokens[ups[-1]].head != ups[-1]:
        ups.append(parse.tokens[ups[-1]].head)
    where = {t: k for k, t in enumerate(ups)}
    downs = []
    j = b
    while j not in where:
        downs.append(j)
        if parse.tokens[j].head == j:
            return [_step(parse, t) for t in ups], [_step(parse, t) for t in reversed(downs)]
        j = parse.tokens[j].head
    return [_step(parse, t) for t in ups[: where[j]]], [_step(parse, t) for t in reversed(downs)]


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def role_features(
    parse: Parse, trigger: int, event: str, m: Mention, others: list[Mention]
) -> list[str]:
    """Indicator features of mention m as a side of the trigger word (an event of type
    `event`); `others` are the sentence's other candidates."""
    tokens = parse.tokens
    trig = tokens[trigger]
    h = parse.span_head(m.token_start, m.token_end)
    up, down = path(parse, trigger, h)
    steps = [f"^{s}" for s in up] + [f"v{s}" for s in down]
    full = " ".join(steps[:ROLE_PATH_STEPS]) + (" +" if len(steps) > ROLE_PATH_STEPS else "")
    after = m.token_start > trigger
    distance = m.token_start - trigger if after else trigger - m.token_end + 1
    passive = trig.pos == "VERB" and args.is_passive(parse, trigger)
    kind = "noun" if trig.pos in {"NOUN", "PROPN"} else "verb"
    voice = f"{kind}{'-pass' if passive else ''}"
    mtok = tokens[h]
    gov = _step(parse, mtok.head) if mtok.dep == "pobj" else "-"
    out = [
        f"path={full}",
        f"path|v={voice}|{full}",
        f"path|t={event}|{full}",
        f"len={_bucket(len(steps))}",
        f"up={_bucket(len(up))}",
        f"down={_bucket(len(down))}",
        f"first={steps[0] if steps else '-'}",
        f"last={steps[-1] if steps else '-'}",
        f"last|v={voice}|{steps[-1] if steps else '-'}",
        f"last|t={event}|{steps[-1] if steps else '-'}",
        f"side={'after' if after else 'before'}|{_bucket(distance)}",
        f"side|v={voice}|{'after' if after else 'before'}",
        f"mdep={mtok.dep}",
        f"gov={gov}",
        f"gov|v={voice}|{gov}",
        f"gov|t={event}|{gov}",
        f"mdep|v={voice}|{mtok.dep}",
        f"tpos={trig.pos}",
        f"tdep={trig.dep}",
        f"t={event}",
        f"v={voice}",
        f"kind={m.kind}",
        f"sector={m.actor.sector or '-'}",
        f"group={'state' if m.actor.country and len(m.actor.country) == 3 else 'other'}",
    ]
    # "X said Y ...": the subject of the verb that governs the trigger's clause
    governor = trig.head if trig.head != trigger else None
    if governor is not None and mtok.head == governor and mtok.dep in SUBJECT_DEPS:
        out.append(f"gov_subject|tdep={trig.dep}")
    if mtok.head == trigger and mtok.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        out.append(f"own_subject|v={voice}")
    nearer = sum(
        1
        for o in others
        if o is not m and abs(o.token_start - trigger) < abs(m.token_start - trigger)
    )
    shorter = sum(1 for o in others if o is not m and _length(parse, trigger, o) < len(steps))
    out += [f"nearer={min(nearer, 2)}", f"shorter={min(shorter, 2)}"]
    if any(o.actor.country == m.actor.country for o in others if o is not m):
        out.append("same_state_elsewhere")
    return out


def _length(parse: Parse, trigger: int, m: Mention) -> int:
    up, down = path(parse, trigger, parse.span_head(m.token_start, m.token_end))
    return len(up) + len(down)


class RoleModel:
    def __init__(
        self,
        features: dict[str, int],
        weights: np.ndarray,
        bias: np.ndarray,
        source: float,
        target: float,
        meta: dict,
    ):
        self.features = features
        self.weights = weights  # features x ROLES
        self.bias = bias
        self.source = source  # the lowest SOURCE probability taken as the event's source
        self.target = target  # ... and TARGET probability as its target
        self.meta = meta

    @classmethod
    def load(cls) -> RoleModel | None:
        """The shipped model, or None when the package ships none."""
        return _load_shipped()

    @classmethod
    def from_file(cls, path) -> RoleModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                names = [str(n) for n in data["features"]]
                weights, bias = data["weights"], data["bias"]
                source, target = float(data["source"]), float(data["target"])
        except (OSError, KeyError, ValueError) as exc:
            raise ReferenceDataError(f"{path}: not a role model ({exc})") from exc
        features = {name: k for k, name in enumerate(names)}
        return cls(features, weights, bias, source, target, meta)

    def probabilities(self, rows: list[list[str]]) -> np.ndarray:
        """Probabilities of NONE, SOURCE, TARGET, one row per candidate (a feature counts
        once, as an indicator)."""
        out = np.tile(self.bias.astype(np.float64), (len(rows), 1))
        get = self.features.get
        for r, names in enumerate(rows):
            ids = {k for k in map(get, names) if k is not None}
            if ids:
                out[r] += self.weights[sorted(ids)].sum(axis=0)
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out

    def score(self, parse: Parse, idx: args.MentionIndex, trigger: int, event: str) -> list[Scored]:
        """Each candidate mention of the trigger's sentence with its SOURCE and TARGET
        probabilities."""
        found = sentence_candidates(parse, idx, trigger)
        if not found:
            return []
        probs = self.probabilities([role_features(parse, trigger, event, m, found) for m in found])
        return [Scored(m, float(p[1]), float(p[2])) for m, p in zip(found, probs, strict=True)]

    def pick(
        self, parse: Parse, idx: args.MentionIndex, trigger: int, event: str
    ) -> tuple[Mention | None, Mention | None]:
        """The source and target the model reads, each only above its threshold: the best
        SOURCE candidate, then the best TARGET candidate of another side."""
        scored = self.score(parse, idx, trigger, event)
        source = max(scored, key=lambda s: s.source, default=None)
        if source is None or source.source < self.source:
            return None, None
        rest = [s for s in scored if _apart(source.mention, s.mention)]
        target = max(rest, key=lambda s: s.target, default=None)
        if target is None or target.target < self.target:
            return source.mention, None
        return source.mention, target.mention


def _apart(a: Mention, b: Mention) -> bool:
    """Two sides of one event: other words, and another state or another part of one."""
    if a.token_start < b.token_end and b.token_start < a.token_end:
        return False
    if a.actor.country != b.actor.country:
        return True
    return bool(a.actor.sector and b.actor.sector) and a.actor.sector != b.actor.sector


@lru_cache(maxsize=1)
def _load_shipped() -> RoleModel | None:
    path = resources.files("diplograph") / "data" / "models" / MODEL_FILE
    if not path.is_file():
        return None
    with resources.as_file(path) as real:
        return RoleModel.from_file(real)


def learned_pairs(
    parse: Parse, idx: args.MentionIndex, reading, model: RoleModel
) -> list[tuple[Mention, Mention | None]]:
    """(actor, recipient) pairs of a reading the rules could pair with nothing: the rules'
    coded sides where they found one, the model's pick for a side they did not; an actor
    with no recipient above the threshold is a one-sided event (PLOVER's null recipient).
    The tagger's readings only: the rules' unpaired readings come from lexicon defaults too
    broad to pair with whatever the model finds (docs/events.md, "Argument roles")."""
    if reading.learned is None:
        return []  # the lexicon's broad defaults: "defeated", "discovered cases of bird flu"
    source, target = model.pick(parse, idx, reading.trigger, reading.event)
    actors = [m for m in reading.actors.mentions if m.actor.country] or [source]
    actors = [a for a in actors if a is None or not _breaks_up(parse, reading, a)]
    recipients = [m for m in reading.recipients.mentions if m.actor.country] or [target]
    pairs = [
        (a, r) for a in actors if a is not None for r in recipients if r is None or _apart(a, r)
    ]
    return pairs


def _breaks_up(parse: Parse, reading, actor: Mention) -> bool:
    """An actor of a crowd's act named by a noun is a state's force or government:
    the party that breaks the protest up, covers it or yields to it ("police broke up a
    march", "the minister resigned as protests spread"), not the crowd."""
    return (
        reading.event in CROWD_EVENTS
        and parse.tokens[reading.trigger].pos == "NOUN"
        and actor.actor.sector in STATE_FORCE_SECTORS
    )
