"""Dates anchored on another event: "a day earlier", "the next day", "two days after the
vote", "eight months after the victory". dates.py resolves them against the publication
date; when the story has an event dated in the text, that event is the better anchor."""

from __future__ import annotations

import re
from datetime import date, timedelta

NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
RELATIVE = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+"
    r"(?P<unit>day|days|week|weeks|month|months|year|years)\s+"
    r"(?P<dir>earlier|later|before|after)\b",
    re.IGNORECASE,
)
NEIGHBOUR = re.compile(
    r"\bthe\s+(?P<which>previous|next|following)\s+day\b|\bthe\s+day\s+(?P<side>before|after)\b",
    re.IGNORECASE,
)


def _shift(anchor: date, n: int, unit: str, sign: int) -> tuple[date, str]:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return anchor + timedelta(days=sign * n), "day"
    if unit == "week":
        return anchor + timedelta(weeks=sign * n), "week"
    months = anchor.year * 12 + anchor.month - 1 + sign * n * (12 if unit == "year" else 1)
    shifted = date(months // 12, months % 12 + 1, 1)
    return (shifted, "month") if unit == "month" else (date(shifted.year, 1, 1), "year")


def is_anchored(expression: str) -> bool:
    return bool(NEIGHBOUR.search(expression) or RELATIVE.search(expression))


def anchored(expression: str, anchor: date) -> tuple[date, str] | None:
    """The date an anchored expression names, counted from `anchor`; None if it is not one."""
    if m := NEIGHBOUR.search(expression):
        forward = (m.group("which") or "").lower() in {"next", "following"} or (
            (m.group("side") or "").lower() == "after"
        )
        return anchor + timedelta(days=1 if forward else -1), "day"
    if m := RELATIVE.search(expression):
        raw = m.group("n").lower()
        n = NUMBERS.get(raw) or int(raw)
        sign = 1 if m.group("dir").lower() in {"later", "after"} else -1
        return _shift(anchor, n, m.group("unit"), sign)
    return None
