"""diplograph: a dated, sourced, queryable graph of international relations, read from the news."""

__version__ = "0.1.0"
