"""Issue 22, ninth round: `to_parse` cuts sentences, entities and noun chunks from the token
columns. What it stores must stay what spaCy's own `Span`s give, on texts that reach each
branch: headlines, wire lines, blank lines, leading and trailing spaces, coordinated nouns
(the noun chunks' `conj` walk), a text with no sentence of words, and an empty one."""

from __future__ import annotations

import pytest

from diplograph.records import Article, Span
from diplograph.stages.nlp import to_parse

TEXTS = (
    "",
    "   ",
    "Ceasefire holds\n\nThe army and the rebels of the north signed a truce on Friday.",
    "  Leading spaces before a sentence. And two after it.  ",
    "GENEVA (Reuters) - Iran, Russia and China held talks with the envoys of France and"
    " Germany.\nThe ministers, their deputies and advisers left on Sunday.",
    "Seoul accused Pyongyang of firing missiles, rockets and shells into the sea.",
    "Who? What... Them, us and the others!",
    "Japan protests Chinese naval drills\nTokyo summoned the ambassador of Beijing and his aide.",
)


def spacy_spans(doc) -> tuple:
    """Sentences, entities and noun chunks as spaCy's Spans give them."""
    sentences = tuple((s.start, s.end, s.start_char, s.end_char, s.text) for s in doc.sents)
    entities = tuple(
        Span(e.label_, e.start, e.end, e.start_char, e.end_char, e.text) for e in doc.ents
    )
    chunks = tuple(
        Span("NP", c.start, c.end, c.start_char, c.end_char, c.text) for c in doc.noun_chunks
    )
    return sentences, entities, chunks


@pytest.mark.parametrize("text", TEXTS)
def test_speed17_parse_spans_are_spacys(nlp, text):
    doc = nlp.nlp(text)
    parse = to_parse(doc, Article(id="a", text=text))
    sentences = tuple((s.token_start, s.token_end, s.start, s.end, s.text) for s in parse.sentences)
    assert (sentences, parse.entities, parse.noun_chunks) == spacy_spans(doc)
    owner = {i: k for k, s in enumerate(doc.sents) for i in range(s.start, s.end)}
    assert [t.sent for t in parse.tokens] == [owner[i] for i in range(len(doc))]


def test_speed17_coordinated_nouns_make_chunks(nlp):
    """The `conj` branch: 'rockets' and 'shells' are chunks of their own."""
    text = "Seoul accused Pyongyang of firing missiles, rockets and shells into the sea."
    parse = to_parse(nlp.nlp(text), Article(id="a", text=text))
    assert {"missiles", "rockets", "shells"} <= {c.text for c in parse.noun_chunks}


def test_speed17_warm_up_leaves_later_articles_as_they_were(pipeline):
    """The pool's warm-up article is coded like any other: what comes after is unchanged."""
    from diplograph.workers import WARM_UP

    article = Article(
        id="b", text="Japan lodged a protest with China on Monday over naval drills near Okinawa."
    )
    [before] = pipeline.pipe([article])
    [warmed] = pipeline.pipe([WARM_UP])
    [after] = pipeline.pipe([article])
    assert after == before and warmed.mentions
