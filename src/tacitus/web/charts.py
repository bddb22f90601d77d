"""Geometry of the dashboard's SVG charts and map, computed here and drawn by templates.

Stacked bars per period: cooperation (quad classes 1-2) above the axis, conflict (3-4) below;
an optional line of the mean Goldstein score. The map is an equirectangular lat/lon plot with
a graticule (there is no offline basemap).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_CLASSES = ("q1", "q2", "q3", "q4")


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str  # q1..q4
    title: str  # tooltip: "2023-03: 4 verbal cooperation"


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    y: float
    text: str


@dataclass(slots=True)
class Chart:
    width: int
    height: int
    title: str
    axis_y: float  # y of the zero line
    left: float
    right: float
    bars: list[Bar] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    line: str = ""  # SVG path of the Goldstein line ("M x,y L x,y ..."), broken at empty periods
    dots: list[Tick] = field(default_factory=list)  # the line's points, with their values
    line_ticks: list[Tick] = field(default_factory=list)
    summary: str = ""  # text alternative for screen readers

    @property
    def empty(self) -> bool:
        return not self.bars


def _label(day: date, freq: str) -> str:
    if freq == "year":
        return str(day.year)
    if freq == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def stacked_chart(
    periods: Sequence[date],
    counts: Sequence[tuple[int, int, int, int]],
    freq: str,
    title: str,
    goldstein: Sequence[float | None] | None = None,
    width: int = 1240,
    height: int = 270,
) -> Chart:
    """Bars per period: quads 1-2 stacked up from the axis, 3-4 down; Goldstein line (-10..10)
    on the right axis when given."""
    left, right, top, bottom = 44.0, width - (40.0 if goldstein else 12.0), 12.0, height - 28.0
    up = max([c[0] + c[1] for c in counts] + [1])
    down = max([c[2] + c[3] for c in counts] + [1])
    scale = (bottom - top) / (up + down)
    axis = top + up * scale
    n = max(len(periods), 1)
    step = (right - left) / n
    bar_w = min(48.0, max(1.0, step * 0.8))
    chart = Chart(width, height, title, axis, left, right)
    for i, (day, c) in enumerate(zip(periods, counts, strict=True)):
        x = left + i * step + (step - bar_w) / 2
        label = _label(day, freq)
        y = axis
        for q in (0, 1):
            if c[q]:
                h = c[q] * scale
                y -= h
                chart.bars.append(
                    Bar(x, y, bar_w, h, QUAD_CLASSES[q], f"{label}: {c[q]} {QUAD_NAMES[q]}")
                )
        y = axis
        for q in (2, 3):
            if c[q]:
                h = c[q] * scale
                chart.bars.append(
                    Bar(x, y, bar_w, h, QUAD_CLASSES[q], f"{label}: {c[q]} {QUAD_NAMES[q]}")
                )
                y += h
    every = max(1, round(n / 10))
    for i, day in enumerate(periods):
        if i % every == 0:
            chart.x_ticks.append(Tick(left + i * step + step / 2, height - 10, _label(day, freq)))
    chart.y_ticks = [
        Tick(left - 6, top + 4, str(up)),
        Tick(left - 6, axis + 4, "0"),
        Tick(left - 6, bottom, str(down)),
    ]
    if goldstein:
        points = []
        previous: float | None = None
        for i, g in enumerate(goldstein):
            if g is not None:
                gy = top + (10 - g) / 20 * (bottom - top)
                gx = left + i * step + step / 2
                points.append(f"{'L' if previous is not None else 'M'} {gx:.1f},{gy:.1f}")
                chart.dots.append(
                    Tick(gx, gy, f"{_label(periods[i], freq)}: mean Goldstein {g:+.1f}")
                )
            previous = g
        chart.line = " ".join(points)
        chart.line_ticks = [
            Tick(right + 4, top + 4, "+10"),
            Tick(right + 4, (top + bottom) / 2 + 4, "0"),
            Tick(right + 4, bottom, "−10"),
        ]
    totals = [sum(c) for c in counts]
    coop = sum(c[0] + c[1] for c in counts)
    conflict = sum(c[2] + c[3] for c in counts)
    chart.summary = (
        f"{title}: {sum(totals)} events over {len(periods)} periods, {coop} cooperative and "
        f"{conflict} conflictual"
    )
    return chart


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    major: bool = False


@dataclass(slots=True)
class MapPlot:
    width: int
    height: int
    lat: float
    lon: float
    x: float
    y: float
    label: str
    lines: list[Line] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    others: list[Tick] = field(default_factory=list)  # other stored places, for context
    west: float = -180.0
    east: float = 180.0
    south: float = -90.0
    north: float = 90.0


def map_plot(
    lat: float,
    lon: float,
    label: str,
    span: float = 360.0,
    width: int = 360,
    height: int = 180,
    others: Sequence[tuple[float, float]] = (),
) -> MapPlot:
    """A lat/lon frame `span` degrees wide (360 = the world) centred on the point, with a
    graticule every 30° (world) or every few degrees (close-up), and faint dots for `others`
    (other places, lat/lon) inside the frame."""
    if span >= 360:
        west, east, south, north = -180.0, 180.0, -90.0, 90.0
        step = 30.0
    else:
        half_w, half_h = span / 2, span / 4
        west, east = lon - half_w, lon + half_w
        south, north = max(-90.0, lat - half_h), min(90.0, lat + half_h)
        step = 5.0 if span > 20 else 2.0

    def px(lo: float) -> float:
        return (lo - west) / (east - west) * width

    def py(la: float) -> float:
        return (north - la) / (north - south) * height

    plot = MapPlot(width, height, lat, lon, px(lon), py(lat), label)
    plot.west, plot.east, plot.south, plot.north = west, east, south, north
    plot.others = [
        Tick(px(lo), py(la), "")
        for la, lo in others
        if west <= lo <= east and south <= la <= north and (la, lo) != (lat, lon)
    ]
    g = (int(west // step) + 1) * step
    while g < east:
        plot.lines.append(Line(px(g), 0, px(g), height, g == 0))
        plot.ticks.append(
            Tick(px(g) + 2, height - 3, f"{abs(g):g}°{'E' if g > 0 else 'W' if g < 0 else ''}")
        )
        g += step
    g = (int(south // step) + 1) * step
    while g < north:
        plot.lines.append(Line(0, py(g), width, py(g), g == 0))
        plot.ticks.append(
            Tick(2, py(g) - 2, f"{abs(g):g}°{'N' if g > 0 else 'S' if g < 0 else ''}")
        )
        g += step
    return plot
