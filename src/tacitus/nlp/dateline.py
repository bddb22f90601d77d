"""Datelines: "TBILISI, March 7 (Reuters) -", "VILNIUS, Feb 22 -", "MOSCOW, Oct. 25, 2021 (AP) —".

A dateline names where and when a story was filed, not an actor: it is cut off the first
sentence before parsing (the resolve stage may use the place), and its date stands in for a
missing publication date (`dateline_published`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from tacitus.models import Article
from tacitus.nlp.sentences import split_sentences

DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][A-Za-z'./\-]+(?:[ \-][A-Z][A-Za-z'./\-]+){0,3}) # TBILISI, NEW YORK
    (?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?    # , Georgia
    (?:,?\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}
        |\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)
        (?:,?\s+(?P<year>(?:19|20)\d\d))?)?                       # , 2021
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
    year: int | None = None  # "MOSCOW, Oct. 25, 2021 (AP) -"


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
    year = int(m.group("year")) if m.group("year") else None
    return Dateline(place, m.group("date"), m.group("agency"), m.end(), year)


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A date written with its year: "March 5, 2021", "5 March 2021", "March 2021".
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
)
WRITTEN_YEAR = re.compile(
    rf"\b(?:(?P<m1>{MONTH_NAME})\.?(?:\s+\d{{1,2}})?,?|\d{{1,2}}\s+(?P<m2>{MONTH_NAME})\.?)"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)


def _month(name: str) -> int:
    return MONTHS.index(name[:3].lower()) + 1


def dateline_published(dateline: Dateline, text: str) -> date | None:
    """The filing date a dateline gives, for an article without a publication date. Its year
    is the dateline's own ("Oct. 25, 2021"), else the one the story writes next to the same
    month or the month before ("TBILISI, March 7 - ... on March 5, 2021 ..."; a January
    dateline with "Dec. 30, 2020" is 2021); when the story gives none, or several, the year is
    unknown and so is the date."""
    if dateline.date is None:
        return None
    words = dateline.date.replace(".", " ").split()
    day_word, month_word = (words[1], words[0]) if words[0][:1].isalpha() else words
    month, day = _month(month_word), int(day_word)
    year = dateline.year
    if year is None:
        years = set(_story_years(month, WRITTEN_YEAR.finditer(text)))
        if len(years) != 1:
            return None
        (year,) = years
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "Feb 30"


def _story_years(month: int, found: Iterable[re.Match[str]]) -> Iterable[int]:
    for m in found:
        written = _month(m.group("m1") or m.group("m2"))
        year = int(m.group("year"))
        if written == month:
            yield year
        elif written == month - 1 or (month == 1 and written == 12):
            yield year + 1 if month == 1 else year


def dated_by_dateline(article: Article) -> Article:
    """The article with its dateline's date as publication date, when it has none ("TBILISI,
    March 7, 2024 (Reuters) -"); unchanged when the dateline gives no full date."""
    if article.published is not None:
        return article
    lead = lead_dateline(article.text, list(split_sentences(article.text)))
    when = dateline_published(lead[1], article.text) if lead is not None else None
    return replace(article, published=when) if when is not None else article
