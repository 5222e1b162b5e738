"""Answers, not rows: relations between states read from the store.

Each function takes a `Store` and returns frozen dataclasses (or, for `graph`, a networkx
graph); `dataclasses.asdict` turns them into JSON-able dicts. Methods: docs/analysis.md.
"""

from diplograph.analysis.dyad import dyad
from diplograph.analysis.partners import partners

__all__ = ["dyad", "partners"]
