"""The NLP stage: what spaCy gives, and the cheaper attribute ruler, lemmatizer and Doc
conversion that must not change it."""

from __future__ import annotations

import pytest

from diplograph.records import Article
from diplograph.stages.nlp import DEFAULT_MODEL, LEMMAS, load_model, to_parse

TEXTS = [
    "The ministers met in Geneva on Monday and agreed to resume talks.",
    "Russian forces shelled the city; officials said talks had stalled.",
    "She says the meetings were useful, and the ministers meet again soon.",
    # the ruler's two-token and spacing patterns: contractions, "there is", runs of spaces
    "I'd say they ain't gonna stop, and y'all know it.  There is nothin' left;\n\nlet's go.",
    "Something's wrong: it is what it is, isn't it? You did it, didn't you? That had been so.",
    "",
]
ATTRS = ["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "MORPH", "ENT_IOB", "ENT_TYPE", "SPACY"]


@pytest.fixture(scope="module")
def models():
    import spacy

    plain = spacy.load(DEFAULT_MODEL)
    ours = load_model(DEFAULT_MODEL)
    assert ours is not plain and LEMMAS in ours.pipe_names
    return plain, ours


@pytest.mark.slow
def test_nlp_lookup_ruler_and_memoised_lemmas_equal_spacys(models):
    plain, ours = models
    for _ in range(2):  # the second time, every answer comes from the memos
        got = list(ours.pipe(TEXTS))
        want = list(plain.pipe(TEXTS))
        for a, b in zip(got, want, strict=True):
            assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
            assert [(t.lemma_, t.pos_, t.tag_, t.dep_, str(t.morph)) for t in a] == [
                (t.lemma_, t.pos_, t.tag_, t.dep_, str(t.morph)) for t in b
            ]


@pytest.mark.slow
def test_nlp_to_parse_gives_spacys_token_attributes(models):
    _, ours = models
    for k, doc in enumerate(ours.pipe(TEXTS)):
        parse = to_parse(doc, Article(id=f"t{k}", text=doc.text))
        assert [
            (t.i, t.text, t.lemma, t.pos, t.tag, t.dep, t.head, t.start, t.end, t.sent)
            + (t.ent_type, t.ent_iob, t.morph, t.whitespace)
            for t in parse.tokens
        ] == [
            (t.i, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.idx, t.idx + len(t))
            + (parse.sentences.index(next(s for s in parse.sentences if t.i < s.token_end)),)
            + (t.ent_type_, t.ent_iob_, str(t.morph), t.whitespace_)
            for t in doc
        ]


@pytest.mark.slow
def test_nlp_networks_use_numpys_blas_in_our_pipeline_only(models):
    # the parses stay spaCy's (the test above compares them); thinc's ops stay its default
    from thinc.api import get_current_ops

    plain, ours = models
    networks = [name for name, pipe in ours.pipeline if hasattr(pipe, "model")]
    assert {"tok2vec", "parser", "ner"} <= set(networks)
    assert not any(ours.get_pipe(name).model.ops.use_blis for name in networks)
    assert all(plain.get_pipe(name).model.ops.use_blis for name in networks)
    assert getattr(get_current_ops(), "use_blis", True)


@pytest.mark.slow
def test_nlp_lemma_index_is_read_as_sets_in_our_pipeline_only(models):
    plain, ours = models
    mine = ours.get_pipe(LEMMAS).lemmatizer.lookups.get_table("lemma_index")
    theirs = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert mine and all(isinstance(words, frozenset) for words in mine.values())
    assert all(isinstance(words, list) for words in theirs.values())
    assert {pos: set(words) for pos, words in mine.items()} == {
        pos: set(words) for pos, words in theirs.items()
    }


@pytest.mark.slow
def test_nlp_verb_forms_spacy_gets_wrong_take_their_own_lemma(models):
    plain, ours = models
    text = "Police cordoned off the square, rearrested two men and relaunched the inquiry."
    forms = {"cordoned", "rearrested", "relaunched"}
    wrong = {"cordone", "rearreste", "relaunche"}
    assert {t.lemma_ for t in plain(text) if t.text in forms} == wrong
    assert {t.lemma_ for t in ours(text) if t.text in forms} == {"cordon", "rearrest", "relaunch"}
