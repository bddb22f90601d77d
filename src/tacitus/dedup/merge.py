"""When two event mentions are the same event.

The merge rule (docs/data-model.md keeps the prose version):

- same source country and target country (either order when the events are reciprocal,
  like meetings), same CAMEO root, same polarity (negated or not) and the same modality class
  (asserted and historical are facts; intended and hypothetical are not);
- primary sectors agree, or one side names only the country ("Azerbaijan" and "the
  Azerbaijani government" may be the same actor; "the army" and "the government" are not);
- dates agree within the precision of each: every date stands for an interval (a day, the
  week, month or year it names) and the intervals overlap, with `date_slack_days` of slack for
  time zones and "late on Monday" reports. Undated mentions merge only with undated events.

A mention joins the first stored event that passes the rule, preferring the one whose date is
closest; otherwise it founds a new event.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
FACTUAL = frozenset({"asserted", "historical"})


@dataclass(frozen=True, slots=True)
class MergeKey:
    """What must be equal for two mentions to be one event (sectors are checked apart)."""

    source_country: str | None
    target_country: str | None
    root: str
    negated: bool
    factual: bool


def merge_key(
    source_country: str | None,
    target_country: str | None,
    cameo: str,
    negated: bool,
    modality: str,
) -> MergeKey:
    return MergeKey(source_country, target_country, cameo[:2], negated, modality in FACTUAL)


def date_interval(day: date | None, precision: str) -> tuple[date, date] | None:
    """The days a date with this precision stands for."""
    if day is None or precision == "none":
        return None
    if precision == "week":
        return day, day + timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def compatible(
    a: tuple[date, date] | None, b: tuple[date, date] | None, slack_days: int = 1
) -> bool:
    if a is None or b is None:
        return a is None and b is None
    slack = timedelta(days=slack_days)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def sectors_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a == b


def distance(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int:
    """Days between the middles of two intervals (0 for two undated ones)."""
    if a is None or b is None:
        return 0
    mid_a = a[0] + (a[1] - a[0]) / 2
    mid_b = b[0] + (b[1] - b[0]) / 2
    return abs((mid_a - mid_b).days)


def more_precise(a: str, b: str) -> bool:
    return PRECISION_RANK.get(a, 9) < PRECISION_RANK.get(b, 9)
