"""A dyad's relations over time: events per quad class and Goldstein per period, both ways."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tacitus.errors import TacitusError
from tacitus.store.sql import Store

FREQS = ("week", "month", "year")
QUADS = ("verbal coop", "material coop", "verbal conflict", "material conflict")


@dataclass(frozen=True, slots=True)
class PeriodCounts:
    """Events of one period by quad class, and their Goldstein sum."""

    period: date  # first day of the week (Monday), month or year
    counts: tuple[int, int, int, int]  # events per quad class 1..4
    goldstein: float  # sum

    @property
    def events(self) -> int:
        return sum(self.counts)

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein / self.events if self.events else None


@dataclass(frozen=True, slots=True)
class TimelineRow(PeriodCounts):
    direction: str = ""  # "AZE>TUR"

    def to_dict(self) -> dict[str, object]:
        return {
            "period": self.period.isoformat(),
            "direction": self.direction,
            "events": self.events,
            "verbal_coop": self.counts[0],
            "material_coop": self.counts[1],
            "verbal_conflict": self.counts[2],
            "material_conflict": self.counts[3],
            "goldstein_sum": round(self.goldstein, 2),
            "goldstein_mean": None
            if self.goldstein_mean is None
            else round(self.goldstein_mean, 3),
        }


def period_start(day: date, freq: str) -> date:
    if freq == "week":
        return day - timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_period(start: date, freq: str) -> date:
    if freq == "week":
        return start + timedelta(days=7)
    if freq == "month":
        return date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def timeline(
    store: Store,
    a: str,
    b: str,
    freq: str = "month",
    since: date | None = None,
    until: date | None = None,
) -> list[TimelineRow]:
    """Every period from the dyad's first event to its last, for both directions (periods
    without events included, so the series can be plotted as is)."""
    if freq not in FREQS:
        raise TacitusError(f"unknown frequency '{freq}'; use one of {', '.join(FREQS)}")
    a, b = a.upper(), b.upper()
    names = {"a>b": f"{a}>{b}", "b>a": f"{b}>{a}"}
    cells: dict[tuple[date, str], tuple[list[int], list[float]]] = {}
    for direction, day, quad, n, total in store.dyad_days(a, b, since, until):
        key = (period_start(day, freq), names[direction])
        counts, gold = cells.setdefault(key, ([0, 0, 0, 0], [0.0]))
        if 1 <= quad <= 4:
            counts[quad - 1] += n
        gold[0] += total
    if not cells:
        return []
    first, last = min(k[0] for k in cells), max(k[0] for k in cells)
    rows = []
    start = first
    while start <= last:
        for direction in names.values():
            counts, gold = cells.get((start, direction), ([0, 0, 0, 0], [0.0]))
            quads = (counts[0], counts[1], counts[2], counts[3])
            rows.append(TimelineRow(start, quads, gold[0], direction))
        start = next_period(start, freq)
    return rows


def plot_timeline(rows: list[TimelineRow], path: Path, title: str) -> Path:
    """Cooperation above the axis, conflict below, one panel per direction; PNG or SVG."""
    if path.suffix.lower() not in (".png", ".svg"):
        raise TacitusError(f"cannot draw '{path}': give a file ending in .png or .svg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directions = sorted({r.direction for r in rows}) or ["-"]
    fig, axes = plt.subplots(len(directions), 1, figsize=(10, 3.2 * len(directions)), sharex=True)
    axes = axes if len(directions) > 1 else [axes]
    colours = ("#4c9be8", "#1f5fa8", "#f0a04b", "#c0392b")
    for ax, direction in zip(axes, directions, strict=True):
        mine = [r for r in rows if r.direction == direction]
        xs = [r.period for r in mine]
        width = 20 if len(xs) < 2 else max(1, (xs[1] - xs[0]).days * 0.8)
        base = [0.0] * len(mine)
        for q in (0, 1):
            values = [r.counts[q] for r in mine]
            ax.bar(xs, values, width, bottom=base, color=colours[q], label=QUADS[q])
            base = [x + y for x, y in zip(base, values, strict=True)]
        base = [0.0] * len(mine)
        for q in (2, 3):
            values = [-r.counts[q] for r in mine]
            ax.bar(xs, values, width, bottom=base, color=colours[q], label=QUADS[q])
            base = [x + y for x, y in zip(base, values, strict=True)]
        ax.axhline(0, color="#333", linewidth=0.6)
        ax.set_ylabel(f"{direction}\nevents")
        twin = ax.twinx()
        twin.plot(
            xs,
            [r.goldstein_mean if r.goldstein_mean is not None else float("nan") for r in mine],
            color="#222",
            marker="o",
            markersize=3,
            linewidth=1,
            label="Goldstein mean",
        )
        twin.set_ylim(-10.5, 10.5)
        twin.set_ylabel("Goldstein")
    axes[0].legend(loc="upper left", fontsize=8, ncol=4)
    axes[0].set_title(title)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path
