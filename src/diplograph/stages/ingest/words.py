"""Word lists of the ingest stage: the knowledge its modules read, kept apart from their logic."""

from __future__ import annotations

# datelines.py
WIRE_SOURCES = {"AP", "AFP", "REUTERS", "CP", "UPI", "DPA", "XINHUA", "ANSA", "IANS", "PTI",
                "KYODO", "YONHAP", "TASS", "ITAR-TASS", "RIA", "BBC", "CNN", "AAP"}  # fmt: skip


# files.py
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
