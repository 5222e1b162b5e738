"""Standing relations: the shipped baseline of formal alliances, a user's own file, and the
defence pacts and commitments the store read from the news, as one set of dated bonds.

A bond says "if `defended` is attacked, `defender` is bound to join", citing its treaty (or
the sentences that stated it). Format of the files: docs/analysis.md ("Alliances").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from itertools import permutations
from pathlib import Path

import yaml

from diplograph.analysis.international import check_state
from diplograph.errors import DiplographError, ReferenceDataError
from diplograph.store.sqlite import Store

KINDS = ("mutual_defence", "guarantee")
# relation types the store reads from the news, as bond kinds
STATED_KINDS = {"defense_pact": "mutual_defence", "alliance": "mutual_defence",
                "defense_commitment": "mutual_defence"}  # fmt: skip
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Member:
    state: str
    since: str | None = None  # accession (None: from the treaty's start)
    until: str | None = None  # withdrawal (None: still a member)


@dataclass(frozen=True, slots=True)
class Alliance:
    """One treaty or stated relation. For a guarantee, `members` are the protected and
    `guarantors` those bound to assist them."""

    name: str
    kind: str
    members: tuple[Member, ...]
    start: str | None
    end: str | None = None
    guarantors: tuple[str, ...] = ()
    commitment: str | None = None
    source: str | None = None  # citation
    url: str | None = None
    origin: str = "baseline"  # baseline | the user file's path | news
    sentences: tuple[str, ...] = ()  # for a relation read from the news: what stated it


@dataclass(frozen=True, slots=True)
class Bond:
    """If `defended` is attacked, `defender` is bound to join it, through `alliance`."""

    defended: str
    defender: str
    alliance: Alliance


@dataclass(frozen=True, slots=True)
class AllianceSet:
    alliances: tuple[Alliance, ...]
    great_powers: tuple[str, ...]


BASELINE = "baseline.yaml"


@cache
def baseline() -> AllianceSet:
    """The shipped baseline, loaded and validated once per process."""
    resource = files("diplograph") / "data" / "alliances" / BASELINE
    return parse(resource.read_text(encoding="utf-8"), f"data/alliances/{BASELINE}", "baseline")


def load(path: str | Path) -> AllianceSet:
    """A user's alliance file (the baseline's format)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ReferenceDataError(exc.strerror or "cannot read", str(path)) from exc
    return parse(text, str(path), str(path))


def parse(text: str, path: str, origin: str) -> AllianceSet:
    """Validate an alliance file: every error names the file and the treaty."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise ReferenceDataError(
            f"not valid YAML ({exc})", path, None if line is None else line + 1
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("treaties", []), list):
        raise ReferenceDataError("expected a mapping with a 'treaties' list", path)
    try:
        powers = tuple(check_state(c, "great power") for c in data.get("great_powers") or ())
        alliances = tuple(
            _alliance(entry, origin, f"treaty {i}")
            for i, entry in enumerate(data.get("treaties") or [], 1)
        )
    except DiplographError as exc:
        raise ReferenceDataError(str(exc), path) from exc
    return AllianceSet(alliances, powers)


def _alliance(entry, origin: str, where: str) -> Alliance:
    if not isinstance(entry, dict) or not entry.get("name"):
        raise ReferenceDataError(f"{where}: needs a name")
    where = f"{where} ({entry['name']})"
    kind = entry.get("kind")
    if kind not in KINDS:
        raise ReferenceDataError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    start, end = _date(entry.get("start"), where), _date(entry.get("end"), where)
    if start and end and end < start:
        raise ReferenceDataError(f"{where}: ends before it starts")
    raw = entry.get("members") if kind == "mutual_defence" else entry.get("protected")
    members = []
    for m in raw or []:
        m = m if isinstance(m, dict) else {"state": m}
        member = Member(
            check_state(m.get("state"), f"{where}: member"),
            _date(m.get("since"), where),
            _date(m.get("until"), where),
        )
        if member.since and member.until and member.until < member.since:
            raise ReferenceDataError(f"{where}: {member.state} leaves before it joins")
        members.append(member)
    guarantors = tuple(check_state(g, f"{where}: guarantor") for g in entry.get("guarantors") or ())
    if kind == "mutual_defence" and len(members) < 2:
        raise ReferenceDataError(f"{where}: a mutual defence treaty needs two members or more")
    if kind == "guarantee" and not (members and guarantors):
        raise ReferenceDataError(f"{where}: a guarantee needs guarantors and protected states")
    return Alliance(
        name=str(entry["name"]),
        kind=kind,
        members=tuple(members),
        start=start,
        end=end,
        guarantors=guarantors,
        commitment=entry.get("commitment"),
        source=entry.get("source"),
        url=entry.get("url"),
        origin=origin,
    )


def _date(value, where: str) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    if not _DATE.match(text):
        raise ReferenceDataError(f"{where}: dates are YYYY[-MM[-DD]], not {value!r}")
    return text


def stated(store: Store) -> tuple[Alliance, ...]:
    """The defence pacts and commitments the store read from the news, one per type and pair
    of members, citing their sentences. `since` is their start when the text dated it."""
    out = []
    for r in store.relations():
        kind = STATED_KINDS.get(r["type"])
        members = [m for m in r["members"] if len(m) == 3]
        if kind is None or len(members) < 2:
            continue
        out.append(
            Alliance(
                name=f"{r['type'].replace('_', ' ')} {'-'.join(members)} (stated in the news)",
                kind=kind,
                members=tuple(Member(m) for m in members),
                start=r["since"],
                origin="news",
                sentences=tuple(e["text"] for e in r["evidence"]),
                source="; ".join(sorted({e["article"] for e in r["evidence"]})),
            )
        )
    return tuple(out)


def active(alliance: Alliance, member: Member | None, on: str) -> bool:
    """Whether the treaty (and the member's part in it) binds on day `on` (YYYY-MM-DD). A
    partial start ('2024-06') counts from its first day; a partial end ('2014') from its
    first day too."""
    start = max(filter(None, (alliance.start, member.since if member else None)), default=None)
    ends = [d for d in (alliance.end, member.until if member else None) if d]
    return (start is None or start <= on) and all(on < end for end in ends)


def bonds(alliances: tuple[Alliance, ...], on: str) -> list[Bond]:
    """Every defended -> defender obligation in force on `on`."""
    out = []
    for a in alliances:
        live = [m.state for m in a.members if active(a, m, on)]
        if a.kind == "mutual_defence":
            out += [Bond(x, y, a) for x, y in permutations(live, 2)]
        elif active(a, None, on):
            out += [Bond(p, g, a) for p in live for g in a.guarantors if g != p]
    return out
