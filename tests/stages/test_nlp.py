"""Tests of the NLP stage: sentences as the text lays them out."""

from __future__ import annotations

import pytest

from diplograph.records import Article
from diplograph.stages.ingest import read_articles

pytestmark = pytest.mark.slow

BODY = (
    "Japan lodged a formal protest with China on Monday over naval drills near the disputed"
    " islands, the foreign ministry said. Tokyo summoned the ambassador."
)


def sentences(nlp, text: str) -> list[str]:
    [parse] = nlp.pipe([Article(id="a", text=text)])
    return [s.text.strip() for s in parse.sentences]


def test_nlp_headline_of_a_text_is_its_own_sentence(nlp):
    found = sentences(nlp, f"Japan protests Chinese naval drills\n{BODY}\n")
    assert found[0] == "Japan protests Chinese naval drills"
    assert found[1].startswith("Japan lodged")


def test_nlp_headlines_of_an_html_page_are_their_own_sentences(nlp, tmp_path):
    page = tmp_path / "a.html"
    page.write_text(
        "<html><body><article><h1>Russia and China sign energy pact</h1><p>Russian President"
        " Vladimir Putin and Chinese President Xi Jinping signed a gas supply agreement in"
        " Beijing on Tuesday, officials said. The deal covers thirty years.</p>"
        "<h2>Talks on Ukraine</h2><p>The two leaders also discussed the war in Ukraine during"
        " a three-hour meeting.</p></article></body></html>"
    )
    [article] = read_articles([page])
    found = [s.text.strip() for s in next(iter(nlp.pipe([article]))).sentences]
    assert "Russia and China sign energy pact" in found
    assert "Talks on Ukraine" in found


def test_nlp_hard_wrapped_text_keeps_its_sentences_whole(nlp):
    text = (
        "The president of South Korea arrived in\nPyongyang on Tuesday for two days of talks\n"
        "with the leader of North Korea, officials in\nSeoul said on Wednesday morning.\n"
    )
    assert len(sentences(nlp, text)) == 1
