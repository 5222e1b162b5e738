"""Answers, not rows: relations between states read from the store.

Each function takes a `Store` and returns frozen dataclasses (or, for `graph`, a networkx
graph) that `dataclasses.asdict` turns into JSON-able dicts. Methods, formulas and limits:
docs/analysis.md.
"""

from diplograph.analysis.blocs import blocs
from diplograph.analysis.dyad import dyad
from diplograph.analysis.escalation import escalation
from diplograph.analysis.graph import graph
from diplograph.analysis.isolation import isolation
from diplograph.analysis.partners import partners

__all__ = ["blocs", "dyad", "escalation", "graph", "isolation", "partners"]
