"""Case-insensitive rules run on the lower-cased text: the same matches, in about half the time.

Python's `re` compares each character of a case-insensitive pattern through case folding, and
its shortcut for alternatives (skip an alternative whose first letter differs) works only for
case-sensitive letters; the date rules' long word alternations ("one|two|...|hundred") are
tried in full at every word. A pattern that is case-insensitive as a whole matches a text, at
the same offsets and with the same groups, where its lower-cased form matches the lower-cased
text case-sensitively, when lower-casing keeps every offset and no character of the text
matches an ASCII letter only through case folding ("ſ" for "s", the Kelvin sign for "k"):
`lowered` gives that form of a pattern (None where it cannot be had), `folds_safely` says
whether a text allows it, and `CasedMatch` hands the rules its groups in the text's own case.
"""

from __future__ import annotations

import re

# an escape (kept: "\S" is not "\s"), a group name (kept), or a letter outside them (lowered)
_PARTS = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[A-Z]")
_CODES = re.compile(r"\\(?:x|u|U|N|0|[1-9])")  # a letter given by its code, a back reference


def lowered(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern` as a case-sensitive pattern for the lower-cased text, or None when it is not
    case-insensitive as a whole, turns that off somewhere ("(?-i"), or names a character by
    code or a group by number."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not source.startswith("(?i)"):
        return None
    source = source[len("(?i)") :]
    if "(?-i" in source or _CODES.search(source):
        return None
    if any(not c.isascii() and c.lower() != c.upper() for c in source):
        return None  # a cased letter outside ASCII: its folding is not a lower-casing
    return re.compile(_PARTS.sub(lambda m: m[0].lower() if len(m[0]) == 1 else m[0], source))


def folds_safely(text: str, lower: str) -> bool:
    """Whether matching on `lower` (text.lower()) is matching on `text` ignoring case: the same
    length, and no character outside ASCII whose lower or upper case is ASCII."""
    if len(lower) != len(text):
        return False
    return text.isascii() or not any(
        c.lower().isascii() or c.upper().isascii() for c in set(text) if not c.isascii()
    )


class CasedMatch:
    """A match on the lower-cased text that reads its groups from the text itself."""

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match, text: str):
        self._match = match
        self._text = text

    def __getitem__(self, group: int | str) -> str | None:
        start, end = self._match.span(group)
        return None if start < 0 else self._text[start:end]

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)
