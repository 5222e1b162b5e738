#!/usr/bin/env python3
"""List the lexicon's verbs whose past or -ing form gets another lemma in the pipeline.

Usage: python3 tools/lemma_gaps.py

Writes "They <verb>ed it yesterday." and "They are <verb>ing it now." for every single-word verb
of data/lexicon/verbs.tsv and verbs_extra.tsv, parses them with diplograph's pipeline and prints
"lemma form got" for each verb token whose lemma is not the lexicon's. A real form that prints
here ("staged stag") belongs in data/lexicon/lemmas.tsv; the forms are spelled by rule, so
irregular verbs print forms no text has ("fleed"), and some lexicon rows are not base forms.
"""

from __future__ import annotations

from importlib import resources

from diplograph.stages.nlp import load_model


def past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def gerund(verb: str) -> str:
    return verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"


def lexicon_verbs() -> list[str]:
    folder = resources.files("diplograph") / "data" / "lexicon"
    verbs = set()
    for name in ("verbs.tsv", "verbs_extra.tsv"):
        for line in (folder / name).read_text("utf-8").splitlines():
            lemma = line.split("\t")[0]
            if not line.startswith("#") and lemma != "lemma" and lemma.isalpha():
                verbs.add(lemma)
    return sorted(verbs)


def main() -> None:
    nlp = load_model()
    cases = [(v, f"They {past(v)} it yesterday.", 1) for v in lexicon_verbs()]
    cases += [(v, f"They are {gerund(v)} it now.", 2) for v in lexicon_verbs()]
    gaps = 0
    for (verb, _, i), doc in zip(cases, nlp.pipe(c[1] for c in cases), strict=True):
        token = doc[i]
        if token.pos_ == "VERB" and token.lemma_.lower() != verb:
            print(verb, token.text, token.lemma_)
            gaps += 1
    print(f"{gaps} of {len(cases)} forms")


if __name__ == "__main__":
    main()
