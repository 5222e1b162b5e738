"""Word lists of the ingest stage: the knowledge its modules read, kept apart from their logic."""

from __future__ import annotations

# datelines.py
WIRE_SOURCES = {"AP", "AFP", "REUTERS", "CP", "UPI", "DPA", "XINHUA", "ANSA", "IANS", "PTI",
                "KYODO", "YONHAP", "TASS", "ITAR-TASS", "RIA", "BBC", "CNN", "AAP"}  # fmt: skip


# files.py
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "half a": 0.5,
}  # fmt: skip
UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10, "century": 100, "centuries": 100}
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


# markup.py
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "title", "headline")
DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "parsely-pub-date",
    "sailthru.date",
    "og:updated_time",
    "article:modified_time",
)
URL_KEYS = ("og:url", "twitter:url")
SOURCE_KEYS = ("og:site_name", "application-name", "publisher")
