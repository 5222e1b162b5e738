"""Readers for PETRARCH/TABARI dictionaries (actors and agents), and conversion to our format.

The formats are described in PETRARCH's `dictionaries.rst`: an actor record is a primary phrase
with an optional `[CODE]`, synonym lines starting with `+`, and date restrictions on lines
starting with a tab: `[CODE]`, `[CODE <date]`, `[CODE >date]`, `[CODE date-date]`. Dates are
YYMMDD (years 00-30 mean 20xx) or YYYYMMDD. Phrases join words with `_`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from string import capwords

import yaml

from diplograph.errors import ReferenceDataError
from diplograph.stages.actors.words import PHOENIX_CODES

_RESTRICTION = re.compile(
    r"^\[\s*([A-Z0-9]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*\]"
)


@dataclass(frozen=True, slots=True)
class PetrarchRole:
    code: str
    start: date | None = None
    end: date | None = None


@dataclass(slots=True)
class PetrarchActor:
    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    code: str | None = None  # the primary phrase's code: the default
    roles: list[PetrarchRole] = field(default_factory=list)


def phrase_text(raw: str) -> str:
    """'KIM_JONG_UN_' -> 'KIM JONG UN'."""
    return " ".join(raw.replace("_", " ").split())


def iso_code(code: str) -> str:
    """A Phoenix code with its non-ISO country parts replaced: 'KSVGOV' -> 'XKXGOV'."""
    parts = [code[k : k + 3] for k in range(0, len(code), 3)]
    return "".join(PHOENIX_CODES.get(p, p) for p in parts)


def petrarch_date(raw: str, path: str = "", line: int = 0) -> date:
    """YYMMDD (00-30 -> 20xx) or YYYYMMDD; an impossible day is moved to the month's end."""
    if len(raw) == 6:
        yy = int(raw[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), raw[2:]
    elif len(raw) == 8:
        year, rest = int(raw[:4]), raw[4:]
    else:
        raise ReferenceDataError(f"bad date {raw!r}", path, line)
    month, day = int(rest[:2]), int(rest[2:])
    if not 1 <= month <= 12:
        raise ReferenceDataError(f"bad month in date {raw!r}", path, line)
    for d in (day, 30, 29, 28):
        try:
            return date(year, month, max(d, 1))
        except ValueError:
            continue
    raise ReferenceDataError(f"bad date {raw!r}", path, line)


def _strip_comment(line: str) -> str:
    for mark in ("#", " ;", "\t;"):
        pos = line.find(mark)
        if pos >= 0:
            line = line[:pos]
    return line.rstrip()


def read_actors(path: str, strict: bool = True) -> list[PetrarchActor]:
    """Parse a PETRARCH/TABARI .actors file; `strict=False` skips malformed restrictions."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError as exc:
        raise ReferenceDataError(exc.strerror or "cannot open", path) from exc
    actors: list[PetrarchActor] = []
    current: PetrarchActor | None = None
    for number, raw in enumerate(lines, start=1):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        if line[0] in " \t" and not strict and not line.strip().startswith("["):
            line = line.strip()  # an indented primary phrase: tolerated when not strict
        if line[0] in " \t":
            body = line.strip()
            if current is None or not body.startswith("["):
                raise ReferenceDataError("date restriction outside an actor record", path, number)
            _add_role(current, body, path, number, strict)
            continue
        if line.startswith("+"):
            if current is None:
                raise ReferenceDataError("synonym before any actor", path, number)
            phrase, _ = _phrase_and_code(line[1:], path, number)
            if phrase:
                current.aliases.append(phrase)
            continue
        if line.startswith("["):  # a restriction without its leading tab
            if current is None:
                raise ReferenceDataError("date restriction outside an actor record", path, number)
            _add_role(current, line.strip(), path, number, strict)
            continue
        inline = ""
        if "[" in line and _RESTRICTION.match(line[line.index("[") :]):
            line, inline = line[: line.index("[")], line[line.index("[") :]
        try:
            phrase, code = _phrase_and_code(line, path, number)
        except ReferenceDataError:
            if strict:
                raise
            phrase, code = phrase_text(line.partition("[")[0]), None
        if not phrase:
            raise ReferenceDataError("an actor record needs a phrase", path, number)
        current = PetrarchActor(name=phrase, line=number, code=code)
        if inline:
            role = _restriction(inline, path, number)
            if role.start or role.end:
                current.roles.append(role)
            else:
                current.code = role.code
        actors.append(current)
    return actors


def _add_role(actor: PetrarchActor, body: str, path: str, line: int, strict: bool) -> None:
    try:
        actor.roles.append(_restriction(body, path, line))
    except ReferenceDataError:
        if strict:
            raise


def _phrase_and_code(text: str, path: str, line: int) -> tuple[str, str | None]:
    code = None
    if "[" in text:
        text, _, rest = text.partition("[")
        code = rest.split("]")[0].strip() or None
        if code and set(code) == {"-"}:
            code = None  # the null code
        if code and not re.fullmatch(r"[A-Z0-9~]+", code):
            raise ReferenceDataError(f"bad code [{code}]", path, line)
    return phrase_text(text), iso_code(code) if code else None


def _restriction(body: str, path: str, line: int) -> PetrarchRole:
    m = _RESTRICTION.match(body)
    if not m:
        raise ReferenceDataError(f"bad date restriction {body!r}", path, line)
    code, op, one, start, end = m.groups()
    code = iso_code(code)
    if op == "<":
        return PetrarchRole(code, None, petrarch_date(one, path, line))
    if op == ">":
        return PetrarchRole(code, petrarch_date(one, path, line), None)
    if start:
        return PetrarchRole(code, petrarch_date(start, path, line), petrarch_date(end, path, line))
    return PetrarchRole(code)


def read_agents(path: str, strict: bool = True) -> list[tuple[str, str]]:
    """(phrase, sector) pairs from a PETRARCH agents file, plurals included.

    Only suffix agents (`[~MIL]`) are kept; the sector is the code's first three letters.
    """
    subs: dict[str, list[str]] = {}
    out: list[tuple[str, str]] = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, start=1):
            line = _strip_comment(raw).strip()
            if not line:
                continue
            if line.startswith("!") and "=" in line:
                name, _, words = line.partition("=")
                subs[name.strip()] = [w.strip() for w in words.split(",") if w.strip()]
                continue
            m = re.match(r"^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]", line)
            if not m:
                if strict:
                    raise ReferenceDataError(f"bad agent line {line!r}", path, number)
                continue
            root, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
            if not code.startswith("~") or len(code) < 4:
                continue
            sector = code[1:4]
            forms = [root] + (plural.split() if plural is not None else [_plural(root)])
            for form in forms:
                for text in _expand(form, subs):
                    out.append((phrase_text(text).lower(), sector))
    return out


def _plural(root: str) -> str:
    if root.endswith("_") or "!" in root:
        return ""
    if root.endswith("Y") and not root.endswith(("AY", "EY", "OY")):
        return root[:-1] + "IES"
    if root.endswith(("SS", "CH", "SH", "X")):
        return root + "ES"
    return root + "S"


def _expand(form: str, subs: dict[str, list[str]]) -> list[str]:
    if not form:
        return []
    m = re.search(r"!\w+!", form)
    if not m:
        return [form]
    out = []
    for word in subs.get(m.group(0), []):
        out.extend(_expand(form[: m.start()] + word + form[m.end() :], subs))
    return out


def role_to_yaml(role: PetrarchRole) -> list:
    return [
        role.code,
        role.start.isoformat() if role.start else None,
        role.end.isoformat() if role.end else None,
    ]


def import_petrarch(path: str) -> str:
    """Convert a PETRARCH/TABARI actor dictionary to our user-dictionary YAML (returned as text).

    Each record becomes `{name, aliases, code}` or, with date restrictions,
    `{name, aliases, roles: [[CODE, FROM, TO], ...], default}`.
    """
    entries = []
    for actor in read_actors(path):
        entry: dict = {"name": capwords(actor.name)}
        if actor.aliases:
            entry["aliases"] = [capwords(a) for a in actor.aliases]
        dated = [r for r in actor.roles if r.start or r.end]
        undated = [r for r in actor.roles if not (r.start or r.end)]
        default = actor.code or (undated[0].code if undated else None)
        if dated:
            entry["roles"] = [role_to_yaml(r) for r in dated]
            if default:
                entry["default"] = default
        elif default:
            entry["code"] = default
        else:
            continue  # no code at all: nothing to resolve to
        entries.append(entry)
    header = f"# Converted from PETRARCH/TABARI dictionary {path} by diplograph\n"
    return header + yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
