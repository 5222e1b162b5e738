"""The ingest stage: paths in, `Article` records out.

Takes files and folders (plain text with an optional `meta.jsonl`, JSONL records, HTML pages,
RSS/Atom feeds) and gives one `Article` per text, with its id, title, publication date (given, or
estimated and marked so) and source. It also reads wire datelines ("BAGHDAD (Reuters) -"), which
the actors, places and events stages use to tell the dateline from the story.

Modules: `files` (discovery and dispatch by format), `readers` (text, JSONL, metadata, dates),
`markup` (HTML and feeds), `datelines`.
"""

from diplograph.stages.ingest.datelines import Dateline, dateline, dateline_end
from diplograph.stages.ingest.files import (
    discover,
    estimate_published,
    expected_articles,
    read_articles,
    too_long,
)
from diplograph.stages.ingest.markup import (
    decode_html,
    read_feed,
    read_html,
    sniff_markup,
    strip_html,
)
from diplograph.stages.ingest.readers import (
    check_json_text,
    date_value,
    decode,
    parse_date,
    safe_id,
)

__all__ = [
    "check_json_text",
    "Dateline",
    "dateline",
    "dateline_end",
    "date_value",
    "decode",
    "decode_html",
    "discover",
    "estimate_published",
    "expected_articles",
    "parse_date",
    "read_articles",
    "read_feed",
    "read_html",
    "safe_id",
    "sniff_markup",
    "too_long",
    "strip_html",
]
