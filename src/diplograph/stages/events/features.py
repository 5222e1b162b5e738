"""Features of a candidate trigger word, for the learned trigger tagger (tagger.py).

One token's features are sparse indicator names (its words, tags, dependency neighbourhood,
what the lexicon and the rule coder say of it, whether actors sit in its argument slots) and a
dense static embedding of its lemma. Training (tools/train_coder.py) and the coder read the
same function, so what the model learned is what it sees.
"""

from __future__ import annotations

from diplograph.records import Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.lexicon import Lexicon
from diplograph.stages.events.words import (
    CANDIDATE_POS,
    OBJECT_DEPS_LEARNED,
    PREP_DEPS_LEARNED,
    SUBJECTS_LEARNED,
)


def candidates(parse: Parse, lo: int, hi: int) -> list[int]:
    """Tokens of a sentence that may name an event: its verbs and common nouns."""
    return [i for i in range(lo, hi) if parse.tokens[i].pos in CANDIDATE_POS]


def lexicon_types(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """PLOVER types the lexicon gives each lemma: any of its verb patterns, or its noun
    trigger (built once per lexicon)."""
    found: dict[str, set[str]] = {}
    for lemma, patterns in lexicon.verbs.items():
        for pattern in patterns:
            row = lexicon.code(pattern.cameo)
            if row and row.event:
                found.setdefault(lemma, set()).add(row.event)
    for lemma, noun in lexicon.nouns.items():
        if noun.event:
            found.setdefault(lemma, set()).add(noun.event)
    return {lemma: tuple(sorted(types)) for lemma, types in found.items()}


def lemma_features(lemma: str, lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    """The features of a word that depend on its lemma alone: the lemma, and the types the
    lexicon gives it (the tagger's screen reads these before anything else, tagger.py)."""
    return [f"l={lemma}", *([f"lex={t}" for t in lexicon.get(lemma, ())] or ["lex=-"])]


def actors_under(parse: Parse, idx: args.MentionIndex, lo: int, hi: int) -> set[int]:
    """Tokens of lo..hi whose subtree holds an actor mention: each actor token and its
    ancestors, found once per sentence instead of walking a subtree per feature."""
    out: set[int] = set()
    tokens = parse.tokens
    for j in idx.by_token:
        if not lo <= j < hi:
            continue
        while j not in out:
            out.add(j)
            head = tokens[j].head
            if head == j:
                break
            j = head
    return out


def token_features(
    parse: Parse,
    idx: args.MentionIndex,
    i: int,
    lexicon: dict[str, tuple[str, ...]],
    rule_type: str | None,
    under: set[int] | None = None,
) -> list[str]:
    """Indicator features of token i; `lexicon` maps lemmas to the types the lexicon gives them
    (lexicon_types), rule_type is the rule coder's reading of the token, if any; `under` is
    actors_under of its sentence (computed here when not given)."""
    if under is None:
        sent = parse.sentence_of(i)
        under = actors_under(parse, idx, sent.token_start, sent.token_end)
    tokens = parse.tokens
    tok = tokens[i]
    lemma = tok.lemma.lower()
    head = tokens[tok.head]
    head_lemma = head.lemma.lower()
    pos, dep, rule = tok.pos, tok.dep, rule_type or "-"
    out = lemma_features(lemma, lexicon)
    out += [
        f"w={tok.text.lower()}",
        f"pos={pos}",
        f"tag={tok.tag}",
        f"dep={dep}",
        f"hl={head_lemma}",
        f"hp={head.pos}",
        f"dep|hl={dep}|{head_lemma}",
        f"pos|dep={pos}|{dep}",
        f"rule={rule}",
        f"rule|pos={rule}|{pos}",
    ]
    if i > 0:
        out.append(f"prev={tokens[i - 1].lemma.lower()}")
    if i + 1 < len(tokens):
        out.append(f"next={tokens[i + 1].lemma.lower()}")
    subject = obj = False
    for c in parse.children[i]:
        child = tokens[c]
        cdep = child.dep
        out.append(f"cd={cdep}")
        if cdep in OBJECT_DEPS_LEARNED:
            out.append(f"obj={child.lemma.lower()}")
            obj = obj or c in under
        elif cdep in SUBJECTS_LEARNED:
            subject = subject or c in under
        if cdep in PREP_DEPS_LEARNED:
            word = child.lemma.lower()
            out.append(f"prep={word}")
            for o in parse.children[c]:
                if tokens[o].dep == "pobj":
                    out.append(f"pobj={word}|{tokens[o].lemma.lower()}")
                    if o in under:
                        out.append(f"pobj_actor={word}")
        elif cdep in {"aux", "auxpass"} and child.tag == "MD":
            out.append(f"modal={child.lemma.lower()}")
        elif cdep == "neg":
            out.append("neg")
    if subject:
        out.append("subj_actor")
    if obj:
        out.append("obj_actor")
    if idx.at(i):
        out.append("is_actor")
    return out
