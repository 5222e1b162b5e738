"""Tests for the ingest stage: every format, the metadata rules, dates and every input error."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import InputError, InputWarning
from diplograph.records import Article
from diplograph.stages.ingest.files import (
    discover,
    estimate_published,
    expected_articles,
    read_articles,
)
from diplograph.stages.ingest.markup import strip_html
from diplograph.stages.ingest.readers import parse_date, safe_id

DATA = Path(__file__).parents[2] / "data" / "ingest"
TEXT = DATA / "text"
FORMATS = DATA / "formats"
BAD = DATA / "bad"


def read_all(*paths, **kwargs) -> tuple[list[Article], list[InputError]]:
    errors: list[InputError] = []
    articles = list(read_articles(list(paths), on_error=errors.append, **kwargs))
    return articles, errors


def by_id(articles: list[Article]) -> dict[str, Article]:
    return {a.id: a for a in articles}


# --- finding files ------------------------------------------------------------------------------


def test_ingest_discover_walks_folders_sorted_and_skips_non_articles():
    found = [p.relative_to(TEXT).as_posix() for p in discover([TEXT])]
    assert found == ["alpha.txt", "beta.txt", "notes", "sub/delta.txt"]


def test_ingest_discover_matches_what_read_articles_reads():
    files = discover([FORMATS, TEXT])
    articles, _ = read_all(FORMATS, TEXT)
    read_from = {a.path.rsplit(":", 1)[0] if ":" in a.path else a.path for a in articles}
    assert read_from <= {str(p) for p in files}
    assert len(files) == 10


def test_ingest_expected_articles_counts_records_and_entries_before_reading():
    assert expected_articles([TEXT]) == 4  # one a text file
    assert expected_articles([FORMATS / "articles.jsonl"]) == 4  # non-blank lines
    assert expected_articles([FORMATS / "news.rss", FORMATS / "news.atom"]) == 3 + 1  # entries
    assert expected_articles([DATA / "nope.txt"]) == 0


def test_ingest_discover_leaves_out_missing_paths_and_reads_a_file_once():
    alpha = TEXT / "alpha.txt"
    assert discover([alpha, DATA / "nope.txt", TEXT]) == [
        alpha,
        TEXT / "beta.txt",
        TEXT / "notes",
        TEXT / "sub" / "delta.txt",
    ]


def test_ingest_accepts_a_single_path_string():
    articles = list(read_articles(str(TEXT / "beta.txt")))
    assert [a.id for a in articles] == ["beta"]


# --- plain text and meta.jsonl --------------------------------------------------------------------


def test_ingest_text_folder_uses_meta_by_file_name():
    alpha = by_id(read_all(TEXT)[0])["alpha-2024"]
    assert alpha.title == "Coastal states sign fisheries pact"
    assert alpha.published == date(2024, 3, 12)
    assert not alpha.published_estimated
    assert alpha.source == "Nordic Wire"
    assert alpha.url == "https://example.org/alpha"
    assert alpha.path == str(TEXT / "alpha.txt")
    # the headline line stays in the text, unchanged
    assert alpha.text == (TEXT / "alpha.txt").read_text(encoding="utf-8")


def test_ingest_text_folder_uses_meta_by_id_and_takes_the_date_of_a_datetime():
    beta = by_id(read_all(TEXT)[0])["beta"]
    assert beta.title == "Chile and Argentina discuss trade corridor"
    assert beta.published == date(2023, 11, 2)
    assert beta.source == "Andes Daily"


def test_ingest_text_without_meta_gets_stem_id_no_title_and_no_guessed_date():
    articles, errors = read_all(TEXT)
    assert errors == []
    notes = by_id(articles)["notes"]
    assert notes.title is None
    assert (notes.published, notes.published_estimated) == (None, False)  # "in 2014": no date
    delta = by_id(articles)["delta"]
    assert delta.published is None
    assert delta.path == str(TEXT / "sub" / "delta.txt")


def test_ingest_meta_jsonl_named_explicitly_is_an_error_not_articles():
    articles, errors = read_all(TEXT / "meta.jsonl")
    assert articles == []
    assert len(errors) == 1 and "meta.jsonl" in str(errors[0])


def test_ingest_bad_meta_line_is_reported_and_the_text_still_read(tmp_path):
    (tmp_path / "a.txt").write_text("Laos and Thailand opened a bridge.", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text('{"file": "a.txt", "title": "Bridge"\n', encoding="utf-8")
    articles, errors = read_all(tmp_path)
    assert [a.id for a in articles] == ["a"] and articles[0].title is None
    assert errors[0].path == str(tmp_path / "meta.jsonl") and errors[0].line == 1


def test_ingest_bad_field_in_meta_names_the_meta_line(tmp_path):
    (tmp_path / "b.txt").write_text("Fiji and Tonga signed a maritime accord.", encoding="utf-8")
    meta = '{"file": "x.txt"}\n{"file": "b.txt", "title": ["not", "a", "string"]}\n'
    (tmp_path / "meta.jsonl").write_text(meta, encoding="utf-8")
    articles, errors = read_all(tmp_path)
    assert articles == []
    assert (errors[0].path, errors[0].line) == (str(tmp_path / "meta.jsonl"), 2)
    assert "title" in str(errors[0])


def test_ingest_bad_date_in_meta_keeps_the_article_undated_with_a_warning(tmp_path):
    (tmp_path / "b.txt").write_text("Fiji and Tonga signed a maritime accord.", encoding="utf-8")
    meta = '{"file": "b.txt", "published": "next week", "title": "Accord"}\n'
    (tmp_path / "meta.jsonl").write_text(meta, encoding="utf-8")
    articles, errors = read_all(tmp_path)
    [article] = articles
    assert (article.id, article.title, article.published) == ("b", "Accord", None)
    [warning] = errors
    assert isinstance(warning, InputWarning)
    assert (warning.path, warning.line) == (str(tmp_path / "meta.jsonl"), 1)
    assert "next week" in str(warning) and "undated" in str(warning)


def test_ingest_json_file_holding_an_array_is_read_as_records(tmp_path):
    path = tmp_path / "items.json"
    records = [
        {"id": "j1", "text": "Fiji and Tonga signed an accord.", "published": "2024-05-01"},
        {"id": "j2", "text": ""},
        {"id": "j3", "text": "Laos and Thailand opened a bridge."},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    articles, errors = read_all(path)
    assert [(a.id, a.published) for a in articles] == [("j1", date(2024, 5, 1)), ("j3", None)]
    [error] = errors
    assert (error.path, error.line) == (str(path), 2)


@pytest.mark.parametrize("content", ['"just a string"', "{not json", "[1, 2]"])
def test_ingest_json_file_that_is_not_records_is_refused_clearly(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    articles, errors = read_all(path)
    assert articles == []
    assert errors and all(e.path == str(path) for e in errors)
    assert not any(content in a.text for a in articles)


# --- published date precedence -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected", "estimated"),
    [
        ("alpha-2024", date(2024, 3, 12), False),  # meta's own date wins
        ("notes", date(2000, 1, 2), False),  # no own date: the argument
        ("delta", date(2000, 1, 2), False),
    ],
)
def test_ingest_published_argument_comes_after_own_date_and_before_estimate(
    name, expected, estimated
):
    article = by_id(read_all(TEXT, published=date(2000, 1, 2))[0])[name]
    assert article.published == expected
    assert article.published_estimated is estimated


# --- JSONL --------------------------------------------------------------------------------------


def test_ingest_jsonl_reads_each_record_with_its_metadata():
    articles, errors = read_all(FORMATS / "articles.jsonl")
    assert errors == []
    assert [a.id for a in articles] == ["j1", "articles:2", "j3", "44"]
    j1, second, j3, forty_four = articles
    assert j1.title == "Kenya hosts regional summit"
    assert (j1.published, j1.url, j1.source) == (
        date(2022, 7, 15),
        "https://example.org/j1",
        "Lake Post",
    )
    assert j1.path == f"{FORMATS / 'articles.jsonl'}:1"
    assert second.published == date(2021, 5, 4)  # the date as written, not shifted
    assert j3.published is None and not j3.published_estimated  # "in 2019" dates no article
    assert forty_four.published is None and forty_four.path.endswith(":5")


def test_ingest_malformed_jsonl_lines_go_to_on_error_and_the_rest_is_read():
    articles, errors = read_all(BAD / "malformed.jsonl")
    assert [a.id for a in articles] == ["m1", "m7"]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6]
    assert all(e.path == str(BAD / "malformed.jsonl") for e in errors)
    assert "malformed JSON" in errors[0].reason
    assert "JSON object" in errors[1].reason
    assert '"text"' in errors[2].reason
    assert "last Tuesday" in errors[3].reason
    assert f"{BAD / 'malformed.jsonl'}:2: " in str(errors[0])
    assert "\n" not in str(errors[0])


def test_ingest_without_on_error_raises_at_the_first_bad_line():
    stream = read_articles([BAD / "malformed.jsonl"])
    assert next(stream).id == "m1"
    with pytest.raises(InputError) as info:
        next(stream)
    assert info.value.line == 2


def test_ingest_handler_that_raises_stops_the_run_once():
    seen = []

    def handler(exc: InputError) -> None:
        seen.append(exc)
        raise exc

    with pytest.raises(InputError):
        list(read_articles([BAD / "malformed.jsonl"], on_error=handler))
    assert len(seen) == 1


def test_ingest_jsonl_line_with_invalid_utf8_is_one_error(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "Fine."}\n')
    articles, errors = read_all(path)
    assert [a.id for a in articles] == ["b"]
    assert errors[0].line == 1 and "UTF-8" in errors[0].reason


# --- HTML ---------------------------------------------------------------------------------------


def test_ingest_html_main_text_and_meta_tags():
    [page], errors = read_all(FORMATS / "page.html")
    assert errors == []
    assert page.id == "page"
    assert page.title == "Ministers agree on river treaty"
    assert page.published == date(2024, 5, 8) and not page.published_estimated
    assert page.url == "https://herald.example.org/2024/05/river-treaty"
    assert page.source == "The Delta Herald"
    assert "share data on the flow of the Mekong river" in page.text
    assert "campaigners welcomed the deal" in page.text
    for boilerplate in ("tracking", "All rights reserved", "Sport"):
        assert boilerplate not in page.text


def test_ingest_html_date_from_time_tag():
    [page], _ = read_all(FORMATS / "time_tag.htm")
    assert page.published == date(2020, 2, 14)
    assert page.title == "Border talks resume"
    assert "Armenia and Georgia" in page.text


def test_ingest_html_in_a_declared_legacy_charset(tmp_path):
    body = "<p>Les ministres de la Défense se sont réunis à Bogotá pour parler de sécurité.</p>" * 3
    html = f'<html><head><meta charset="iso-8859-1"><title>Réunion</title></head><body>{body}'
    path = tmp_path / "latin.html"
    path.write_bytes((html + "</body></html>").encode("latin-1"))
    [page], errors = read_all(path)
    assert errors == [] and "Bogotá" in page.text


# --- feeds --------------------------------------------------------------------------------------


def test_ingest_rss_one_article_per_entry_with_html_stripped():
    articles, errors = read_all(FORMATS / "news.rss")
    assert [a.path.rsplit(":", 1)[1] for a in articles] == ["1", "3"]
    first, third = articles
    assert first.text == (
        "Vietnam and the Philippines signed a memorandum on coast guard cooperation.\n"
        "The deal covers joint patrols."
    )
    assert first.title == "Ports deal & shipping lanes"
    assert first.published == date(2024, 1, 9)  # the date as written (-0500), not UTC
    assert first.url == "https://harbour.example.org/world/ports-deal.html"
    assert first.source == "Harbour Times World"
    assert first.id.startswith("ports-deal-") and len(first.id) <= 64
    assert third.id == "item-3"
    assert third.published is None  # "until March" names no year: nothing to estimate
    assert [(e.line, "no text" in e.reason) for e in errors] == [(2, True)]


@pytest.mark.parametrize("name", ["news.atom", "steppe_feed"])
def test_ingest_atom_feed_by_extension_or_by_sniffing(name):
    [entry], errors = read_all(FORMATS / name)
    assert errors == []
    assert entry.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert entry.text == "Kazakhstan and Uzbekistan opened a new rail link on Wednesday."
    assert entry.published == date(2023, 8, 30)
    assert entry.url == "https://steppe.example.org/rail-link"
    assert entry.source == "Steppe Observer"


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words", "line"),
    [
        ("nope.txt", "no such file", None),
        ("empty.txt", "empty file", None),
        ("blank.txt", "empty file", None),
        ("binary.dat", "binary file", None),
        ("latin1.txt", "not valid UTF-8: byte 0xe1 at byte offset 14", 1),
        ("empty_feed.rss", "no entries", None),
        ("no_text.html", "no readable text", None),
    ],
)
def test_ingest_bad_file_gives_one_line_error_naming_it(name, words, line):
    path = BAD / name
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    message = str(info.value)
    assert message.startswith(str(path))
    assert words in message
    assert "\n" not in message
    assert info.value.path == str(path) and info.value.line == line


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("note.xml", "<?xml version='1.0'?><note>Hello</note>", "not an RSS or Atom feed"),
        ("junk.html", "<<<>>> &&& 123", "no readable text"),
    ],
)
def test_ingest_markup_that_is_not_an_article(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=words):
        list(read_articles([path]))


def test_ingest_invalid_utf8_names_the_line(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(b"First line.\nSecond line.\nThird \xff line.\n")
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    assert info.value.line == 3
    assert "column 7" in str(info.value)


def test_ingest_utf16_is_named_as_such(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Talks resumed.".encode("utf-16"))
    with pytest.raises(InputError, match="UTF-16"):
        list(read_articles([path]))


def test_ingest_other_files_are_still_read_after_an_error():
    articles, errors = read_all(DATA / "nope.txt", BAD, TEXT / "beta.txt")
    assert [a.id for a in articles] == ["m1", "m7", "beta"]
    bad_files = {Path(e.path).name for e in errors}
    assert bad_files == {
        "nope.txt",
        "binary.dat",
        "blank.txt",
        "empty.txt",
        "empty_feed.rss",
        "latin1.txt",
        "malformed.jsonl",
        "no_text.html",
    }


# --- text as decoded: BOM and line endings --------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (
            b"\xef\xbb\xbfKenya and Uganda met.\r\nThey agreed.\r\n",
            "Kenya and Uganda met.\nThey agreed.\n",
        ),
        (b"Old Mac line one.\rLine two.", "Old Mac line one.\nLine two."),
        (
            b"  Leading spaces stay.\n\nAnd blank lines.  ",
            "  Leading spaces stay.\n\nAnd blank lines.  ",
        ),
    ],
)
def test_ingest_text_keeps_text_except_bom_and_line_endings(tmp_path, raw, text):
    path = tmp_path / "story.txt"
    path.write_bytes(raw)
    [article] = read_articles([path])
    assert article.text == text


def test_ingest_jsonl_with_bom_and_crlf(tmp_path):
    path = tmp_path / "win.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "w", "text": "Line one.\\r\\nLine two."}\r\n\r\n')
    [article] = read_articles([path])
    assert (article.id, article.text) == ("w", "Line one.\nLine two.")


# --- estimate_published -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, Aug. 23, 2004 - Officials said talks in 2003 had failed.", date(2004, 8, 23)),
        ("LIMA, 12 March 2019 (Reuters) -- Ministers met.", date(2019, 3, 12)),
        ("2021-06-03: Talks ended.", date(2021, 6, 3)),
        ("The two sides met on Tuesday and agreed to talk again.", None),
        ("The accord takes effect on January 1, 2005 under the plan.", None),
    ],
)
def test_ingest_estimate_published(text, expected):
    assert estimate_published(text) == expected


def test_ingest_estimate_published_never_after_today():
    later = date.today().replace(year=date.today().year + 1)
    assert estimate_published(f"MOSCOW, {later:%B} 1, {later.year} - Talks ended.") is None


# --- helpers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-19", date(2024, 6, 19)),
        ("2024-06-19T23:30:00-05:00", date(2024, 6, 19)),
        ("Wed, 19 Jun 2024 08:00:00 GMT", date(2024, 6, 19)),
        ("19 June 2024", date(2024, 6, 19)),
        ("3 June 2019", date(2019, 6, 3)),
        ("June 3, 2019", date(2019, 6, 3)),
        ("Tue, 4 Mar 2025 09:15 GMT", date(2025, 3, 4)),
        ("13/04/2019", date(2019, 4, 13)),  # only one way round
        ("03/04/2019", None),  # March 4 or 3 April: ambiguous
        ("June 2024", None),
        ("2024-02-30", None),
        ("soon", None),
        ("", None),
    ],
)
def test_ingest_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("item-3", "item-3"),
        ("tag:example.org,2024:story/55", None),
        ("https://example.org/news/2024/a-long-story-title.html?ref=rss", None),
    ],
)
def test_ingest_safe_id(raw, expected):
    made = safe_id(raw)
    if expected is not None:
        assert made == expected
    else:
        assert len(made) <= 64 and all(c.isalnum() or c in "-_" for c in made)
        assert made != safe_id(raw + "x")


def test_ingest_strip_html_keeps_paragraphs_and_decodes_entities():
    assert strip_html("<p>One &amp; two</p><script>x()</script><p>Three&nbsp;four</p>") == (
        "One & two\nThree four"
    )


# --- a failing file costs only itself -------------------------------------------------------------


def test_ingest_symlink_loop_in_a_folder_is_one_error_and_the_rest_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("Japan and China held talks.")
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    articles, errors = read_all(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert errors and all("symlink loop" in e.reason for e in errors)


def test_ingest_reader_failing_unexpectedly_costs_only_its_file(tmp_path, monkeypatch):
    from diplograph.stages.ingest import files

    def broken(*args, **kwargs):
        raise ValueError("parser bug")

    monkeypatch.setattr(files, "read_html", broken)
    (tmp_path / "a.html").write_text("<html><body><p>Japan met China.</p></body></html>")
    (tmp_path / "b.txt").write_text("Japan and China held talks.")
    articles, errors = read_all(tmp_path)
    assert [a.id for a in articles] == ["b"]
    [error] = errors
    assert Path(error.path).name == "a.html" and "parser bug" in error.reason


def test_ingest_text_over_the_size_limit_is_refused_in_one_line(tmp_path):
    (tmp_path / "long.txt").write_text("Japan met China. " * 20)
    (tmp_path / "short.txt").write_text("Japan met China.")
    (tmp_path / "c.jsonl").write_text('{"id": "j1", "text": "%s"}\n' % ("word " * 50))
    articles, errors = read_all(tmp_path, max_chars=100)
    assert [a.id for a in articles] == ["short"]
    assert sorted(Path(e.path).name for e in errors) == ["c.jsonl", "long.txt"]
    assert all("longer than the limit of 100 characters" in e.reason for e in errors)


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan's leader spoke on Sunday, recalling the split of 1949.",  # AG News: not 1949-12-25
        "Ten years ago, in 2012, the two states broke off relations.",
        "The army was reformed in 1998 and again in 2011 after protests.",
        "Leaders marked the 60th anniversary of the 1963 treaty in Paris.",
    ],
)
def test_ingest_estimate_published_never_guesses_from_the_years_a_text_mentions(text):
    assert estimate_published(text) is None


def test_ingest_undated_jsonl_article_stays_undated_without_a_dateline(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [
        {"id": "w1", "text": "Taiwan's president on Sunday recalled the civil war of 1949."},
        {"id": "w2", "text": "TAIPEI, Aug. 23, 2004 (Reuters) - Taiwan's president spoke."},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    first, second = read_articles([path])
    assert (first.published, first.published_estimated) == (None, False)
    assert (second.published, second.published_estimated) == (date(2004, 8, 23), True)
