"""Loaders for the actor dictionary files: one validating loader per file kind.

Shipped tables (TSV, in `diplograph/data/actors/`): states.tsv, states_extra.tsv, people.tsv,
organisations.tsv, agents.tsv, agents_extra.tsv, regions.tsv. Hand-written and user
dictionaries (YAML): leaders.yaml, groups.yaml, and any `--actors FILE`. Every loader raises
ReferenceDataError naming the file and line of a malformed record. Format: docs/actors.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from diplograph.errors import ReferenceDataError
from diplograph.stages.actors.names import normalise

CODE = re.compile(r"^[A-Z0-9]{3}(?:[A-Z0-9]{3})*$")
STATE_FORMS = {"name", "alias", "demonym", "capital"}
ENTRY_KINDS = {"state", "person", "organisation", "group"}
YAML_KEYS = {
    "name",
    "aliases",
    "code",
    "country",
    "sector",
    "roles",
    "default",
    "kind",
    "demonyms",
    "capitals",
    "short",
    "metonym",
    "source",  # where the entry's facts come from (a citation; text, not used to resolve)
}


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    start: date | None = None
    end: date | None = None
    title: str = ""

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry: a state, person, organisation or group."""

    key: str
    name: str
    kind: str
    code: str | None = None  # undated code, or the default outside every role
    roles: tuple[Role, ...] = ()
    country: str | None = None  # explicit country field (groups whose code is longer)
    sector: str | None = None
    source: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase naming an entry, and how: name | alias | demonym | capital | short."""

    text: str
    entry: str
    form: str


@dataclass(frozen=True, slots=True)
class Match:
    """What a text resolved to, by which form (name, demonym, capital, agent, short...), and
    at which step of resolution (exact, tolerant, context)."""

    actor: object  # records.Actor (kept loose to avoid a cycle in type checking)
    form: str
    step: str = "exact"


def read_tsv(name: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) for each data line of a shipped TSV (the header is skipped)."""
    path = resources.files("diplograph").joinpath("data", "actors", name)
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if number == 1 or not line.strip() or line.startswith("#"):
            continue
        yield number, line.split("\t")


def check_code(code: str, where: str, line: int) -> str:
    if not isinstance(code, str) or not CODE.match(code):
        raise ReferenceDataError(
            f"bad actor code {code!r}: want 3 letters plus 3-letter sectors (PRKGOV)", where, line
        )
    return code


@lru_cache(maxsize=4096)
def parse_roles(text: str) -> tuple[Role, ...]:
    """'RUSGOV 1999-08-09..2000-05-07; RUSELI' -> Roles (validated by load_people)."""
    roles = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        code, _, span = part.partition(" ")
        start, _, end = span.partition("..")
        roles.append(
            Role(
                code,
                date.fromisoformat(start) if start else None,
                date.fromisoformat(end) if end.strip() else None,
            )
        )
    return tuple(roles)


def load_states(name: str = "states.tsv") -> Iterator[Phrase]:
    for number, fields in read_tsv(name):
        if len(fields) != 3 or fields[1] not in STATE_FORMS:
            raise ReferenceDataError(
                "want: code, kind (name|alias|demonym|capital), text", name, number
            )
        code, form, text = fields
        check_code(code, name, number)
        yield Phrase(text, "state:" + code, form)


def load_entries(name: str, kind: str) -> Iterator[tuple[Entry, list[str]]]:
    """people.tsv / organisations.tsv: name, aliases (|), roles (;), default, source."""
    for number, fields in read_tsv(name):
        if len(fields) != 5 or not fields[0]:
            raise ReferenceDataError("want: name, aliases, roles, default, source", name, number)
        full, aliases, roles, default, source = fields
        try:
            parsed = parse_roles(roles)
        except ValueError as exc:
            raise ReferenceDataError(f"bad role {roles!r}", name, number) from exc
        entry = Entry(
            key=f"{kind}:{normalise(full)}",
            name=full,
            kind=kind,
            code=default or None,
            roles=parsed,
            source=source,
            line=number,
        )
        yield entry, [a for a in aliases.split("|") if a]


def load_agents(name: str) -> Iterator[tuple[str, str]]:
    for number, fields in read_tsv(name):
        if len(fields) != 2 or not re.fullmatch(r"[A-Z]{3}", fields[1]):
            raise ReferenceDataError("want: phrase, sector (3 capital letters)", name, number)
        yield normalise(fields[0]), fields[1]


@dataclass(frozen=True, slots=True)
class Lifespan:
    """When a state that no longer exists existed, and the state that continued it."""

    code: str
    start: date
    end: date
    successor: str
    name: str

    def covers(self, on: date) -> bool:
        return self.start <= on <= self.end


def load_lifespans(name: str = "states_dated.tsv") -> Iterator[Lifespan]:
    """states_dated.tsv: code, from, to, successor, name (dissolved states)."""
    for number, fields in read_tsv(name):
        if len(fields) != 5 or not re.fullmatch(r"[A-Z]{3}", fields[0]):
            raise ReferenceDataError("want: code, from, to, successor, name", name, number)
        code, start, end, successor, full = fields
        try:
            first, last = date.fromisoformat(start), date.fromisoformat(end)
        except ValueError as exc:
            raise ReferenceDataError(f"bad date in {start!r}..{end!r}", name, number) from exc
        if last < first or not re.fullmatch(r"[A-Z]{3}", successor):
            raise ReferenceDataError("want: from <= to and a 3-letter successor", name, number)
        yield Lifespan(code, first, last, successor, full)


def load_regions(name: str = "regions.tsv") -> Iterator[str]:
    """regions.tsv: one region, sea or continent a line (never a state)."""
    for number, fields in read_tsv(name):
        if len(fields) != 1 or not normalise(fields[0]):
            raise ReferenceDataError("want: one region name a line", name, number)
        yield normalise(fields[0])


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A SafeLoader that records each mapping's line as '__line__'."""


def _mapping_with_line(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
# dates stay text here and are checked by _yaml_date, which names the file and line
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: node.value)


def read_yaml_text(text: str, where: str) -> list[dict]:
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ReferenceDataError(f"not valid YAML ({problem})", where, line) from exc
    if data is None:
        return []
    if isinstance(data, dict) and isinstance(data.get("actors"), list):
        data = data["actors"]
    if not isinstance(data, list):
        raise ReferenceDataError("want a list of actor entries (or 'actors:' and a list)", where, 1)
    return data


def load_yaml(text: str, where: str, layer: str) -> Iterator[tuple[Entry, list[Phrase]]]:
    """Entries of a hand-written or user YAML dictionary, validated."""
    for item in read_yaml_text(text, where):
        if not isinstance(item, dict):
            raise ReferenceDataError("each entry must be a mapping with a 'name'", where, None)
        yield _yaml_entry(item, where, layer)


def _yaml_entry(item: dict, where: str, layer: str) -> tuple[Entry, list[Phrase]]:
    line = item.pop("__line__", 0)
    unknown = set(item) - YAML_KEYS
    if unknown:
        raise ReferenceDataError(f"unknown key(s): {', '.join(sorted(unknown))}", where, line)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ReferenceDataError("an entry needs a 'name' (text)", where, line)
    lists = {}
    for field in ("aliases", "demonyms", "capitals", "short"):
        value = item.get(field) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ReferenceDataError(f"'{field}' must be a list of names", where, line)
        lists[field] = value
    roles = tuple(_yaml_role(r, where, line) for r in item.get("roles") or [])
    code = item.get("code") or item.get("default")
    if code is not None:
        check_code(code, where, line)
    if code is None and not roles:
        raise ReferenceDataError(f"entry {name!r} needs a 'code' or 'roles'", where, line)
    kind = item.get("kind") or ("person" if roles else "organisation")
    if kind not in ENTRY_KINDS:
        raise ReferenceDataError(f"kind must be one of {sorted(ENTRY_KINDS)}", where, line)
    for field in ("country", "sector"):
        value = item.get(field)
        if value is not None and not (
            isinstance(value, str) and re.fullmatch(r"[A-Z0-9]{3}", value)
        ):
            raise ReferenceDataError(f"'{field}' must be 3 capital letters", where, line)
    source = item.get("source")
    if source is not None and not (isinstance(source, str) and source.strip()):
        raise ReferenceDataError("'source' must be a non-empty text", where, line)
    if source is None and layer == "hand":
        raise ReferenceDataError(f"shipped entry {name!r} needs a 'source'", where, line)
    key = f"state:{code}" if kind == "state" else f"{kind}:{normalise(name)}"
    entry = Entry(
        key, name.strip(), kind, code, roles, item.get("country"), item.get("sector"), layer, line
    )
    metonym = bool(item.get("metonym"))
    phrases = [Phrase(name, key, "capital" if metonym else "name")]
    phrases += [Phrase(a, key, "capital" if metonym else "alias") for a in lists["aliases"]]
    phrases += [Phrase(a, key, "demonym") for a in lists["demonyms"]]
    phrases += [Phrase(a, key, "capital") for a in lists["capitals"]]
    phrases += [Phrase(a, key, "short") for a in lists["short"]]
    return entry, phrases


def _yaml_role(raw, where: str, line: int) -> Role:
    if isinstance(raw, dict):
        raw.pop("__line__", None)
        raw = [raw.get("code"), raw.get("from"), raw.get("to"), raw.get("title", "")]
    if not isinstance(raw, list) or not 1 <= len(raw) <= 4:
        raise ReferenceDataError(
            "a role is [CODE, FROM, TO, title] (dates YYYY-MM-DD)", where, line
        )
    raw = list(raw) + [None] * (4 - len(raw))
    code = check_code(raw[0], where, line)
    start, end = (_yaml_date(v, where, line) for v in raw[1:3])
    if start and end and end < start:
        raise ReferenceDataError(f"role {code} ends before it starts", where, line)
    return Role(code, start, end, str(raw[3] or ""))


def _yaml_date(value, where: str, line: int) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ReferenceDataError(f"bad date {value!r} (want YYYY-MM-DD)", where, line) from exc


def shipped_yaml(name: str) -> str:
    return (
        resources.files("diplograph").joinpath("data", "actors", name).read_text(encoding="utf-8")
    )
