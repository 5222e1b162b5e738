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
from diplograph.stages.events.words import CANDIDATE_POS, OBJECT_DEPS_LEARNED, SUBJECT_DEPS


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


def token_features(
    parse: Parse,
    idx: args.MentionIndex,
    i: int,
    lexicon: dict[str, tuple[str, ...]],
    rule_type: str | None,
) -> list[str]:
    """Indicator features of token i; `lexicon` maps lemmas to the types the lexicon gives them
    (lexicon_types), rule_type is the rule coder's reading of the token, if any."""
    tok = parse.tokens[i]
    lemma = tok.lemma.lower()
    head = parse.tokens[tok.head]
    out = [
        f"l={lemma}",
        f"w={tok.text.lower()}",
        f"pos={tok.pos}",
        f"tag={tok.tag}",
        f"dep={tok.dep}",
        f"hl={head.lemma.lower()}",
        f"hp={head.pos}",
        f"dep|hl={tok.dep}|{head.lemma.lower()}",
        f"pos|dep={tok.pos}|{tok.dep}",
        f"rule={rule_type or '-'}",
        f"rule|pos={rule_type or '-'}|{tok.pos}",
    ]
    out += [f"lex={t}" for t in lexicon.get(lemma, ())] or ["lex=-"]
    if i > 0:
        out.append(f"prev={parse.tokens[i - 1].lemma.lower()}")
    if i + 1 < len(parse.tokens):
        out.append(f"next={parse.tokens[i + 1].lemma.lower()}")
    for c in args.children(parse, i, None):
        child = parse.tokens[c]
        out.append(f"cd={child.dep}")
        if child.dep in OBJECT_DEPS_LEARNED:
            out.append(f"obj={child.lemma.lower()}")
        if child.dep in {"prep", "agent", "dative"}:
            out.append(f"prep={child.lemma.lower()}")
            for o in args.children(parse, c, {"pobj"}):
                out.append(f"pobj={child.lemma.lower()}|{parse.tokens[o].lemma.lower()}")
                if any(idx.at(j) for j in parse.subtree(o)):
                    out.append(f"pobj_actor={child.lemma.lower()}")
        if child.dep in {"aux", "auxpass"} and child.tag == "MD":
            out.append(f"modal={child.lemma.lower()}")
        if child.dep == "neg":
            out.append("neg")
    subjects = args.children(parse, i, SUBJECT_DEPS | {"nsubjpass"})
    if any(idx.at(j) for s in subjects for j in parse.subtree(s)):
        out.append("subj_actor")
    objects = args.children(parse, i, OBJECT_DEPS_LEARNED)
    if any(idx.at(j) for o in objects for j in parse.subtree(o)):
        out.append("obj_actor")
    if idx.at(i):
        out.append("is_actor")
    return out
