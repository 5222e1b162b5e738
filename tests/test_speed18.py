"""Issue 22, tenth round: the date rules' scans on long articles, cut without changing what
they find. A rule searched from the words before each anchor must give the matches, spans and
groups of the scan at every offset, on texts with anchors, near-anchors ("Marines", "Juneau",
"12015"), lead-ins broken by punctuation, and none."""

from __future__ import annotations

import random
import re

DATE_TEXTS = (
    "",
    "No month here at all.",
    "In early March, and then since the end of May; by late-June -- until Jan. 5 or Sept 12.",
    "The Marines marched in May.\nThe decision came in December, not in November or Dec.",
    "(From mid-April) to August: [this July] and, through the beginning of October 2004!",
    "de Mayo, Juneau and Augusta, Marcia and Octavia: no month, only names; 1999s, 2004's.",
    "Stocks fell in  \t  February 1998 and in the middle of\nJanuary, of 2003, since 12015.",
    "Last Monday night, this past Friday; the past Sunday and (next) Tuesday morning, mid-2001.",
)


def _anchored_rules():
    from diplograph.stages.dates.rules import anchors, compiled_rules

    patterns = {rule: pattern for pattern, rule, _ in compiled_rules()}
    return [(patterns[rule], anchor) for rule, anchor in anchors().items()]


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


def test_speed18_anchored_search_finds_every_match():
    from diplograph.stages.dates.rules import anchored

    rng = random.Random(180)
    words = [w for t in DATE_TEXTS for w in re.split(r"(\W)", t)]
    texts = [*DATE_TEXTS, *("".join(rng.choices(words, k=60)) for _ in range(300))]
    for pattern, anchor in _anchored_rules():
        for text in texts:
            assert _spans(anchored(pattern, anchor, text)) == _spans(pattern.finditer(text))
