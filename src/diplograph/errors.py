"""Exceptions raised by diplograph.

    DiplographError            everything diplograph raises on purpose
    ├── InputError(path, line) a file or record that cannot be read
    │   └── InputWarning       a field that cannot be read; the record is kept without it
    ├── ConfigError            a setting or option that makes no sense
    ├── ReferenceDataError     a shipped or user dictionary that is malformed
    └── StoreError             the store cannot be opened, migrated or written

Third-party exceptions are caught where they enter and re-raised as one of these, `from` the
original. The CLI turns a DiplographError into a one-line message and exit code 1.
"""

from __future__ import annotations


class DiplographError(Exception):
    """Base of every error diplograph raises on purpose."""


class InputError(DiplographError):
    """A file, line or record that cannot be read."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        self.reason = message
        where = path or ""
        if path and line is not None:
            where = f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


class InputWarning(InputError):
    """A field that cannot be read (a bad date in meta.jsonl): the article is kept without it."""


class ConfigError(DiplographError):
    """A setting that makes no sense."""


class ReferenceDataError(InputError):
    """A dictionary or data file that is malformed (names file and line)."""


class StoreError(DiplographError):
    """The store cannot be opened, migrated or written."""
