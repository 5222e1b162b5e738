"""/api/analysis/...: partners, a dyad over time, isolation, blocs, escalation.

Thin wrappers over `diplograph.analysis` (docs/analysis.md): each reads the store through a
pooled read connection and answers the library's dataclasses as JSON. A state no event
names answers 404; parameters the library refuses answer 400 with its message. Answers are
kept (the last 1,024) until the store changes: the same question costs one computation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from diplograph import analysis
from diplograph.api.deps import Conn, Index, ReadStore
from diplograph.api.errors import NotFound
from diplograph.api.filters import CODE, DATE
from diplograph.api.index import EventIndex
from diplograph.api.responses import JSON

router = APIRouter(prefix="/api/analysis", tags=["analysis"])

State = Annotated[str, Path(pattern=CODE, description="A state, ISO alpha-3.")]
Since = Annotated[str | None, Query(pattern=DATE, description="From YYYY[-MM[-DD]].")]
Until = Annotated[str | None, Query(pattern=DATE, description="To YYYY[-MM[-DD]].")]
By = Annotated[Literal["year", "quarter", "month"], Query(description="The period.")]


def known(index: EventIndex, *states: str) -> list[str]:
    """The states, upper-cased; 404 for one that no event names."""
    out = []
    snapshot = index.table()
    for state in states:
        state = state.upper()
        if snapshot.code(state) is None:
            raise NotFound(f"no event names the state {state}")
        out.append(state)
    return out


def plain(result):
    if isinstance(result, list | tuple):
        return [asdict(r) if is_dataclass(r) else r for r in result]
    return asdict(result) if is_dataclass(result) else result


class Answers:
    """Rendered answers by question, dropped when the store changes (the index's generation)."""

    def __init__(self, size: int = 1024):
        self.size = size
        self._kept: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, index: EventIndex, key: tuple, compute: Callable[[], object]) -> Response:
        index.table()  # notices a write by another process
        key = (index.generation, *key)
        with self._lock:
            body = self._kept.get(key)
            if body is not None:
                self._kept.move_to_end(key)
        if body is None:
            body = JSON(plain(compute())).body
            with self._lock:
                self._kept[key] = body
                while len(self._kept) > self.size:
                    self._kept.popitem(last=False)
        return Response(body, media_type="application/json")


ANSWERS = Answers()


@router.get("/partners/{country}", response_class=JSON, summary="The states a state dealt with")
def partners(
    conn: Conn,
    index: Index,
    country: State,
    since: Since = None,
    until: Until = None,
    type: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2,20}$", description="Only this event type.")
    ] = None,
) -> JSON:
    [country] = known(index, country)
    return ANSWERS.get(
        index,
        ("partners", country, since, until, type),
        lambda: analysis.partners(
            ReadStore(conn), country, since=since, until=until, event_type=type
        ),
    )


@router.get("/dyad/{a}/{b}", response_class=JSON, summary="Events between two states over time")
def dyad(
    conn: Conn, index: Index, a: State, b: State, by: By = "year", since: Since = None,
    until: Until = None,
) -> JSON:  # fmt: skip
    a, b = known(index, a, b)
    return ANSWERS.get(
        index,
        ("dyad", a, b, by, since, until),
        lambda: analysis.dyad(ReadStore(conn), a, b, by=by, since=since, until=until),
    )


@router.get(
    "/isolation/{country}", response_class=JSON, summary="A state's isolation, period by period"
)
def isolation(
    conn: Conn, index: Index, country: State, by: By = "year", since: Since = None,
    until: Until = None,
) -> JSON:  # fmt: skip
    [country] = known(index, country)
    return ANSWERS.get(
        index,
        ("isolation", country, by, since, until),
        lambda: analysis.isolation(ReadStore(conn), country, by=by, since=since, until=until),
    )


@router.get(
    "/isolation", response_class=JSON, summary="Every state's isolation, most isolated first"
)
def isolation_ranking(
    conn: Conn, index: Index, by: By = "year", since: Since = None, until: Until = None
) -> JSON:
    return ANSWERS.get(
        index,
        ("ranking", by, since, until),
        lambda: analysis.isolation(ReadStore(conn), by=by, since=since, until=until),
    )


@router.get(
    "/blocs", response_class=JSON, summary="Blocs of states, and who moved between two windows"
)
def blocs(
    conn: Conn,
    index: Index,
    since: Since = None,
    until: Until = None,
    compare_since: Since = None,
    compare_until: Until = None,
) -> JSON:
    return ANSWERS.get(
        index,
        ("blocs", since, until, compare_since, compare_until),
        lambda: analysis.blocs(
            ReadStore(conn),
            since=since,
            until=until,
            compare_since=compare_since,
            compare_until=compare_until,
        ),
    )


@router.get(
    "/escalation/{country}", response_class=JSON, summary="Who joins each side of an attack"
)
def escalation(
    conn: Conn,
    index: Index,
    country: State,
    attacked_by: Annotated[str, Query(pattern=CODE, description="The attacking state.")],
    on: Annotated[str, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="The day, YYYY-MM-DD.")],
    baseline: Annotated[
        bool, Query(description="Also the shipped alliances, not only those stated in the store.")
    ] = True,
) -> JSON:
    country, attacked_by = country.upper(), attacked_by.upper()
    return ANSWERS.get(
        index,
        ("escalation", country, attacked_by, on, baseline),
        lambda: analysis.escalation(
            ReadStore(conn), country, attacked_by=attacked_by, on=on, baseline=baseline
        ),
    )
