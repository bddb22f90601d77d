"""Datelines: "TBILISI, March 7 (Reuters) -", "VILNIUS, Feb 22 -", "AKTOBE, Nov 14 –".

A dateline names where a story was filed, not an actor: it is cut off the first sentence
before parsing (the resolve stage may use the place).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][A-Za-z'./\-]+(?:[ \-][A-Z][A-Za-z'./\-]+){0,3}) # TBILISI, NEW YORK
    (?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?    # , Georgia
    (?:,?\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}
        |\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?))?
    \s*(?:\((?P<agency>[^)]{1,40})\))?
    \s*[-–—]+\s+""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    date: str | None
    agency: str | None
    end: int  # offset of the story text after the dateline


def lead_dateline(text: str, spans: list[tuple[int, int]]) -> tuple[int, Dateline] | None:
    """The dateline opening one of an article's first two sentences (the first may be a
    headline), with that sentence's index; the sentence must go on after it."""
    for n, (start, end) in enumerate(spans[:2]):
        found = find_dateline(text[start:end])
        if found is not None and start + found.end < end:
            return n, found
    return None


def find_dateline(text: str) -> Dateline | None:
    m = DATELINE.match(text)
    if not m or not (m.group("date") or m.group("agency") or m.group("place").isupper()):
        return None
    if not m.group("place").isupper() and not m.group("date"):
        return None  # "Yerevan, 12 May (AFP) -" needs its date to count as a dateline
    if len(m.group("place")) < 3:
        return None
    place = m.group("place").title()
    if m.group("region"):
        place = f"{place}, {m.group('region')}"  # "TRIPOLI, Lebanon"
    return Dateline(place, m.group("date"), m.group("agency"), m.end())
