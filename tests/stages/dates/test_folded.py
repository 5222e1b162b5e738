"""The case-insensitive date rules run on the lower-cased text find what they find on the text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from diplograph.stages.dates.folded import CasedMatch, folds_safely, lowered
from diplograph.stages.dates.rules import compiled_rules

from .timexes import timexes

ROOT = Path(__file__).resolve().parents[3]
AGNEWS = ROOT.parent / "shared" / "corpus" / "agnews-world" / "agnews_world_test.jsonl"
WRITTEN = [
    "TWO WEEKS AGO the talks broke down; Three Years Later they resumed.",
    "Every Monday the envoys meet, twice A Week, at 10 A.M. GMT or at Noon.",
    "In the Nineties and the 1990s, during the Past Month and Christmas Day 2019.",
    "The First Quarter of Fiscal Year 2023, The Same Period Last Year, Fiscal 2021, FY'22.",
    "Recently, NOW and Currently; the Twentieth Century; a Day Later; Over The Weekend.",
    "Hundreds Of Days Ago, A Few Months Earlier, for Decades, years-long, 14:30 UTC.",
]


def _texts() -> list[str]:
    folders = (ROOT / "src/diplograph/data/demo", ROOT / "tests/data/articles")
    files = sorted(p for folder in folders for p in folder.glob("*.txt"))
    news = [json.loads(line)["text"] for line in AGNEWS.read_text(encoding="utf-8").splitlines()]
    return WRITTEN + [p.read_text(encoding="utf-8") for p in files] + news


def test_folded_rules_match_as_the_case_insensitive_originals():
    compared = 0
    for pattern, _, _ in compiled_rules():
        low = lowered(pattern)
        if low is None:
            continue
        for text in _texts():
            lower = text.lower()
            assert folds_safely(text, lower)
            original = list(pattern.finditer(text))
            folded = list(low.finditer(lower))
            assert [m.regs for m in folded] == [m.regs for m in original], pattern.pattern
            for m, o in zip(folded, original, strict=True):
                cased = CasedMatch(m, text)
                names = [0, *pattern.groupindex]
                assert [cased[g] for g in names] == [o[g] for g in names]
                assert (cased.start(), cased.end()) == o.span()
            compared += len(original)
    assert compared > 500


def test_folded_lowered_keeps_escapes_and_group_names():
    low = lowered(re.compile(r"(?i)\b(?P<Unit>Day|WEEK)\S*\s+(?P=Unit)"))
    assert low is not None
    assert low.pattern == r"\b(?P<Unit>day|week)\S*\s+(?P=Unit)"


def test_folded_lowered_refuses_what_it_cannot_fold():
    assert lowered(re.compile("Monday")) is None  # case-sensitive
    assert lowered(re.compile("(?i)a(?-i:B)")) is None  # case-sensitive in part
    assert lowered(re.compile(r"(?i)\x41")) is None  # a letter by its code
    assert lowered(re.compile(r"(?i)(a)\1")) is None  # a group by number
    assert lowered(re.compile("(?i)Day–Year’s")) is not None  # dashes, quotes: no case
    assert lowered(re.compile("(?i)Σ")) is None  # a cased letter outside ASCII


def test_folded_safety_refuses_characters_that_fold_into_ascii():
    plain = "Café talks “ended” – in São Paulo"
    assert folds_safely(plain, plain.lower())
    for odd in ("ſ", "\u212a", "ı", "İstanbul"):  # long s, Kelvin sign, dotless i, dotted I
        text = f"two weeks ago {odd}"
        assert not folds_safely(text, text.lower())


def test_folded_text_that_cannot_fold_is_read_as_before():
    # "ſ" matches "s" ignoring case: the rules then scan the text itself and still see "days"
    found = timexes("Two dayſ ago the talks ended.", "2024-05-10")
    assert [(t.text, t.value) for t in found] == [("Two dayſ ago", "2024-05-08")]
