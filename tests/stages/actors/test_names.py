"""Tests of the lookup form of phrases (stages/actors/names.py)."""

from __future__ import annotations

from diplograph.stages.actors.names import given_names_agree, possessives, words_with_case


def test_names_possessives_mark_the_words_that_carried_one():
    assert possessives("Israel's Haaretz newspaper") == {0}
    assert possessives("the Kremlin's spokesman") == {0}  # 'the' is dropped, as in the words
    assert possessives("Kenya's doctors' union") == {0, 1}
    assert possessives("Israel, Haaretz") == set()


def test_names_bare_apostrophe_after_a_capital_s_is_a_possessive():
    assert possessives("HAMAS' armed wing") == {0}  # acronyms and headlines in capitals
    assert possessives("the UNHCRS' report") == {0}
    assert possessives("the 'GOOD' news") == set()  # a quote after D owns nothing


def test_names_wire_apostrophe_entity_written_apart_is_a_possessive():
    assert possessives("Kenya #39;s new envoy") == {0}  # wire text: "Kenya #39;s"
    assert possessives("Kenya&#39;s new envoy") == {0}
    assert possessives("the #39;hardliners #39; in Nairobi") == set()  # quotes, not owners


def test_names_words_drop_the_possessive_marks():
    assert words_with_case("Kenya's doctors' union") == [
        ("kenya", True),
        ("doctors", False),
        ("union", False),
    ]


def test_names_turkish_dotless_i_reads_as_i():
    assert [w for w, _ in words_with_case("Binali Yıldırım")] == ["binali", "yildirim"]


def test_names_given_names_agree_across_an_initial_e_or_i():
    assert given_names_agree("esmail", "ismail")
    assert given_names_agree("eskandar", "iskandar")
    assert not given_names_agree("omar", "amar")
