"""Step 2 of resolution, normalised names: the lookup form of a phrase, and the tolerant form of
a person's name.

`words_with_case` and `normalise` give the exact lookup form (lower case, no accents, dots,
possessives, hyphens or bracketed asides). `name_words` keeps only the words of a person's name
(no leading titles or honorifics, no Arabic article 'al-'/'el-'), and `fold` turns each into a
key that spelling and transliteration variants share (Zelenskyy, Zelenskiy -> zelenski;
Mykhailo -> mihailo). `given_names_agree` says whether two given names may be one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby

from diplograph.stages.actors.words import HONORIFICS, NAME_PARTICLES, TITLES, TRANSLITERATIONS


def normalise(text: str) -> str:
    """The lookup form of a phrase: lower case, no accents, dots, possessives or hyphens."""
    return " ".join(normal_words(text))


def normal_words(text: str) -> list[str]:
    return [w for w, _ in words_with_case(text)]


_SPLIT = re.compile(r"[\s\-_\u2010-\u2015/]+")
_POSSESSIVE = re.compile(r"'s\b|(?<=[sS])'(?=\s|$)")  # s' after a capital S too: "ISIS'"
_OWNER_MARK = "\x00"  # where a possessive was, until the words are split
_JUNK = re.compile(r"[^\w&']")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", ".": None})
# an HTML apostrophe left in wire text; its possessive is written apart ("Iraq #39;s")
_ASIDE = re.compile(r"\(([^)]*)\)")
_APOSTROPHE_ENTITY = re.compile(r"\s*&?#39;(?=s\b)|&?#39;")


def words_with_case(text: str) -> list[tuple[str, bool]]:
    """(normalised word, was capitalised) for each word of `text`; a leading 'the' is dropped."""
    return [(word, cap) for word, cap, _ in _words(text)]


def possessives(text: str) -> set[int]:
    """The indices, in `words_with_case(text)`, of the words that carried a possessive
    ("Israel's Haaretz newspaper" -> {0})."""
    return {k for k, (_, _, owner) in enumerate(_words(text)) if owner}


def _words(text: str) -> list[tuple[str, bool, bool]]:
    """(normalised word, was capitalised, carried a possessive) for each word of `text`."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("\u0131", "i")  # Turkish dotless i has no accent to strip
    if "#39;" in text:
        text = _APOSTROPHE_ENTITY.sub("'", text)
    text = text.translate(_QUOTES)
    if "(" in text:
        text = _ASIDE.sub(" ", text)
    if "'" in text:
        text = _POSSESSIVE.sub(_OWNER_MARK, text)
    out = []
    for raw in _SPLIT.split(text):
        owner = _OWNER_MARK in raw
        raw = raw.replace(_OWNER_MARK, "")
        word = raw.lower() if raw.isalnum() else _JUNK.sub("", raw).lower()
        if word:
            out.append((word, raw[:1].isupper(), owner))
    if out and out[0][0] == "the":
        out = out[1:]
    return out


def bracketed(text: str) -> list[str]:
    """The asides in brackets, as written: "the Kurdistan Workers' Party (PKK)" -> ["PKK"]."""
    return [inner.strip() for inner in _ASIDE.findall(text) if inner.strip()]


def name_words(text: str) -> list[str]:
    """The words of a person's name in `text`: leading titles and honorifics and the particles
    'al'/'el' dropped ("Sheikh Tamim bin Hamad al-Thani's" -> tamim bin hamad thani)."""
    return strip_name([w for w, _ in words_with_case(text)])


def strip_name(words: list[str]) -> list[str]:
    if words and words[0] not in HONORIFICS and words[0] not in TITLES:
        if NAME_PARTICLES.isdisjoint(words[:-1]):
            return words
    start = 0
    while start < len(words) - 1 and (words[start] in HONORIFICS or words[start] in TITLES):
        start += 1
    rest = words[start:]
    return [w for k, w in enumerate(rest) if w not in NAME_PARTICLES or k == len(rest) - 1]


_DOUBLE = re.compile(r"(.)\1")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A normalised word's spelling-tolerant key: kh/dh/th/ph/ou simplified, y read as i,
    doubled letters single (Zelenskyy, Zelenskiy, Zelensky -> zelenski)."""
    for spelt, said in TRANSLITERATIONS:
        if spelt in word:
            word = word.replace(spelt, said)
    if _DOUBLE.search(word):
        word = "".join(letter for letter, _ in groupby(word))
    return word


def given_names_agree(a: str, b: str) -> bool:
    """Two folded given names may be the same person's: equal, an initial of the other, one the
    other with an ending ("mihail", "mihailo"), or one or two letters apart in a long name
    ("serhi", "sergei"; g and h are one letter here). Different first letters never agree,
    save an initial e and i, one Persian vowel ("ebrahim", "ibrahim")."""
    if a == b:
        return True
    if a and b and {a[0], b[0]} == {"e", "i"}:
        a, b = "i" + a[1:], "i" + b[1:]
    if not a or not b or a[0] != b[0]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    short = min(len(a), len(b))
    if short >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    a, b = a.replace("g", "h"), b.replace("g", "h")
    allowed = 2 if short >= 6 else 1 if short >= 4 else 0
    return _distance(a, b, allowed) <= allowed


def _distance(a: str, b: str, cap: int) -> int:
    """Levenshtein distance, stopping early once it exceeds `cap`."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > cap:
            return cap + 1
    return row[-1]
