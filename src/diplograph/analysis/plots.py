"""Pictures of the answers: matplotlib on the Agg backend (no display), PNG or SVG by suffix."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402

from diplograph.analysis.blocs import Blocs  # noqa: E402
from diplograph.analysis.dyad import Dyad  # noqa: E402
from diplograph.analysis.isolation import IsolationScore  # noqa: E402
from diplograph.analysis.periods import UNDATED, sort_key  # noqa: E402
from diplograph.errors import InputError  # noqa: E402

SUFFIXES = (".png", ".svg")


def plot_dyad(result: Dyad, path: str | Path) -> None:
    """Events per period both ways (bars) and the cooperation-conflict balance (line)."""
    periods = [p.period for p in result.points]
    fig, ax = plt.subplots(figsize=(max(6, 0.5 * len(periods) + 3), 4))
    x = range(len(periods))
    ax.bar(
        [i - 0.2 for i in x],
        [p.a_to_b for p in result.points],
        0.4,
        label=f"{result.a} to {result.b}",
    )
    ax.bar(
        [i + 0.2 for i in x],
        [p.b_to_a for p in result.points],
        0.4,
        label=f"{result.b} to {result.a}",
    )
    ax.set_xticks(list(x), periods, rotation=45, ha="right")
    ax.set_ylabel("events")
    twin = ax.twinx()
    twin.plot(list(x), [p.balance for p in result.points], "k.-", label="balance")
    twin.set_ylim(-1.05, 1.05)
    twin.set_ylabel("cooperation − conflict balance")
    ax.legend(loc="upper left")
    ax.set_title(
        f"{result.a}–{result.b} by {result.by}"
        + (
            f" ({result.undated.events} undated event(s) not shown)"
            if result.undated.events
            else ""
        )
    )
    _save(fig, path)


def plot_isolation(scores: list[IsolationScore], path: str | Path) -> None:
    """Isolation per period, one line per state over its dated periods; marker size shows the
    evidence, a hollow marker a period with no event of the state at all, and the undated
    period stands apart at the right, unjoined."""
    fig, ax = plt.subplots(figsize=(8, 4))
    sizes = {"low": 25, "medium": 70, "high": 130}
    periods = sorted({s.period for s in scores}, key=sort_key)
    x = {p: i for i, p in enumerate(periods)}
    for n, country in enumerate(sorted({s.country for s in scores})):
        colour = f"C{n % 10}"
        mine = [s for s in scores if s.country == country]
        dated = [s for s in mine if s.period != UNDATED]
        ax.plot([x[s.period] for s in dated], [s.isolation for s in dated], "-", color=colour,
                alpha=0.5, label=country)  # fmt: skip
        for s in mine:
            ax.scatter(x[s.period], s.isolation, s=sizes[s.evidence], color=colour,
                       facecolors=colour if s.events else "none")  # fmt: skip
    ax.set_xticks(range(len(periods)), periods, rotation=45, ha="right")
    ax.set_ylim(-0.05, 1.05)
    ax.set_ylabel("isolation (0 connected, 1 no cooperation)")
    ax.set_title("isolation index (marker size: evidence; hollow: no events that period)")
    if len({s.country for s in scores}) <= 12:
        ax.legend()
    _save(fig, path)


def plot_blocs(result: Blocs, g: nx.Graph, path: str | Path) -> None:
    """The signed graph: states coloured by bloc, green cooperation and red conflict edges."""
    bloc_of = {s: i for i, b in enumerate(result.blocs) for s in b.members}
    fig, ax = plt.subplots(figsize=(9, 7))
    pos = nx.spring_layout(g, seed=1, weight=None)
    colours = [bloc_of.get(n, -1) for n in g]
    nx.draw_networkx_nodes(g, pos, node_color=colours, cmap="tab10", vmin=-1, vmax=9, ax=ax)
    nx.draw_networkx_labels(g, pos, font_size=8, ax=ax)
    for sign, colour in ((1, "tab:green"), (-1, "tab:red")):
        edges = [(a, b) for a, b, d in g.edges(data=True) if d["weight"] * sign > 0]
        nx.draw_networkx_edges(g, pos, edgelist=edges, edge_color=colour, ax=ax)
    ax.set_title(
        f"blocs {result.since or '…'} to {result.until or '…'} (green: cooperation, red: conflict)"
    )
    ax.axis("off")
    _save(fig, path)


def _save(fig, path: str | Path) -> None:
    path = Path(path)
    try:
        if path.suffix.lower() not in SUFFIXES:
            raise InputError(f"--plot must end in .png or .svg, not {path.name!r}")
        fig.tight_layout()
        fig.savefig(path, dpi=120)
    except OSError as exc:
        raise InputError(exc.strerror or "cannot write", str(path)) from exc
    finally:
        plt.close(fig)
