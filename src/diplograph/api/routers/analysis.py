"""/api/analysis/...: partners, a dyad over time, isolation, blocs, escalation.

Thin wrappers over `diplograph.analysis` (docs/analysis.md): each reads the store through a
pooled read connection and answers the library's dataclasses as JSON. A state no event
names answers 404; parameters the library refuses answer 400 with its message.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

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


def answer(result) -> JSON:
    if isinstance(result, list | tuple):
        return JSON([asdict(r) if is_dataclass(r) else r for r in result])
    return JSON(asdict(result) if is_dataclass(result) else result)


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
    return answer(
        analysis.partners(ReadStore(conn), country, since=since, until=until, event_type=type)
    )


@router.get("/dyad/{a}/{b}", response_class=JSON, summary="Events between two states over time")
def dyad(
    conn: Conn, index: Index, a: State, b: State, by: By = "year", since: Since = None,
    until: Until = None,
) -> JSON:  # fmt: skip
    a, b = known(index, a, b)
    return answer(analysis.dyad(ReadStore(conn), a, b, by=by, since=since, until=until))


@router.get(
    "/isolation/{country}", response_class=JSON, summary="A state's isolation, period by period"
)
def isolation(
    conn: Conn, index: Index, country: State, by: By = "year", since: Since = None,
    until: Until = None,
) -> JSON:  # fmt: skip
    [country] = known(index, country)
    return answer(analysis.isolation(ReadStore(conn), country, by=by, since=since, until=until))


@router.get(
    "/isolation", response_class=JSON, summary="Every state's isolation, most isolated first"
)
def isolation_ranking(
    conn: Conn, by: By = "year", since: Since = None, until: Until = None
) -> JSON:
    return answer(analysis.isolation(ReadStore(conn), by=by, since=since, until=until))


@router.get(
    "/blocs", response_class=JSON, summary="Blocs of states, and who moved between two windows"
)
def blocs(
    conn: Conn,
    since: Since = None,
    until: Until = None,
    compare_since: Since = None,
    compare_until: Until = None,
) -> JSON:
    return answer(
        analysis.blocs(
            ReadStore(conn),
            since=since,
            until=until,
            compare_since=compare_since,
            compare_until=compare_until,
        )
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
    return answer(
        analysis.escalation(
            ReadStore(conn),
            country.upper(),
            attacked_by=attacked_by.upper(),
            on=on,
            baseline=baseline,
        )
    )
