"""Build articles.jsonl from articles.txt, where each expression is marked inline.

    python3 eval/dates_dev2/build.py [FOLDER]

FOLDER (default: this one, eval/dates_dev2; also eval/dates_dev3) holds articles.txt: one article
after each `@@ ID PUBLISHED` line, where a time expression is written `[[text|TYPE|value]]` (an
empty value for none); articles.jsonl is written beside it. The marks are taken out of the
text and become `{"start", "end", "text", "type", "value"}` offsets, the format
eval/eval_dates.py reads. A weekday's value is checked to fall on that weekday, and every span
on word boundaries.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^\]]*)\]\]")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _unmark(marked: str) -> tuple[str, list[dict]]:
    text, timexes, last = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[last : m.start()]
        text.append(before)
        length += len(before)
        span = m.group(1)
        timexes.append(
            {
                "start": length,
                "end": length + len(span),
                "text": span,
                "type": m.group(2),
                "value": m.group(3) or None,
            }
        )
        text.append(span)
        length += len(span)
        last = m.end()
    text.append(marked[last:])
    return "".join(text), timexes


def _check(text: str, timex: dict) -> None:
    start, end = timex["start"], timex["end"]
    assert start == 0 or not text[start - 1].isalnum(), timex
    assert end == len(text) or not text[end].isalnum(), timex
    value = timex["value"] or ""
    for i, day in enumerate(WEEKDAYS):
        if day in timex["text"].lower() and re.match(r"\d{4}-\d{2}-\d{2}", value):
            assert dt.date.fromisoformat(value[:10]).weekday() == i, timex


def build(source: Path) -> list[dict]:
    records = []
    for chunk in source.read_text(encoding="utf-8").split("@@ ")[1:]:
        head, _, body = chunk.partition("\n")
        ident, published = head.split()
        text, timexes = _unmark(body.strip())
        assert "[[" not in text and "]]" not in text, ident
        for timex in timexes:
            _check(text, timex)
        records.append({"id": ident, "text": text, "published": published, "timexes": timexes})
    return records


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    records = build(folder / "articles.txt")
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    words = [len(r["text"].split()) for r in records]
    types: dict[str, int] = {}
    for r in records:
        for t in r["timexes"]:
            types[t["type"]] = types.get(t["type"], 0) + 1
    print(f"{len(records)} articles, {min(words)}-{max(words)} words, {sum(types.values())} TIMEX3")
    print(", ".join(f"{k} {v}" for k, v in sorted(types.items())))


if __name__ == "__main__":
    main()
