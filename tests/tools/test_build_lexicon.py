"""Tests of tools/build_lexicon.py: PETRARCH patterns read into the verb lexicon."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYNSETS = {"&PROTEST": ["protest", "rally"]}


def _tool():
    spec = importlib.util.spec_from_file_location("build_lexicon", ROOT / "tools/build_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_lexicon_reads_a_defined_synonym_set_as_its_words():
    assert _tool().parse_pattern(" * (IN &PROTEST)", SYNSETS) == "p:in>protest|rally"


def test_build_lexicon_drops_a_pattern_naming_an_undefined_set():
    # read without its set, "(IN &RIOT)" would be a bare "in": any place after the verb
    tool = _tool()
    assert tool.parse_pattern(" * (IN &RIOT)", SYNSETS) is None
    assert tool.parse_pattern(" * &GAMES IN +", SYNSETS) is None
