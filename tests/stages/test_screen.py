"""Tests of candidate screening: which sentences the event coder reads."""

from __future__ import annotations

from diplograph.records import Mention, Place
from diplograph.stages.screen import event_sentences
from tests.conftest import make_article, make_parse, state

TEXT = "\n".join(
    [
        "Markets were calm on Monday .",  # 0: names nobody
        "Japan condemned the drills .",  # 1: an actor
        "It was the third protest .",  # 2: follows an actor
        "Rain fell all week .",  # 3: names nobody
        "Crowds gathered in Kabul .",  # 4: a place
    ]
)


def mention(parse, sentence: int, word: str, code: str) -> Mention:
    [tok] = [t for t in parse.tokens if t.sent == sentence and t.text == word]
    return Mention("a", sentence, tok.i, tok.i + 1, tok.start, tok.end, word, state(code))


def place(parse, sentence: int, word: str, *, with_sentence: bool = True) -> Place:
    [tok] = [t for t in parse.tokens if t.sent == sentence and t.text == word]
    return Place(tok.start, tok.end, word, sentence if with_sentence else -1, tok.i, tok.i + 1)


def test_screen_keeps_sentences_with_an_actor_or_a_place_and_the_one_after():
    parse = make_parse(make_article("a", TEXT))
    japan, kabul = mention(parse, 1, "Japan", "JPN"), place(parse, 4, "Kabul")
    assert event_sentences(parse, [japan], [kabul]) == {1, 2, 4}


def test_screen_drops_every_sentence_of_an_article_naming_nobody():
    parse = make_parse(make_article("a", TEXT))
    assert event_sentences(parse, [], []) == frozenset()


def test_screen_finds_the_sentence_of_a_place_from_its_tokens():
    parse = make_parse(make_article("a", TEXT))
    assert event_sentences(parse, [], [place(parse, 4, "Kabul", with_sentence=False)]) == {4}
