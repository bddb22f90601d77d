"""Resolve a temporal expression to an event date, relative to the publication date.

The input is the text of one temporal span (typically a spaCy ``DATE`` entity): "on October 25",
"Tuesday night", "last week", "in the 1990s", "two days ago" ... The output is the first day of the
period the expression names, the precision of that period and whether it lies after publication.

Hand-written rules cover the forms news copy actually uses; ``dateparser`` is only a fallback for
the rest (numeric dates, unusual phrasings). The precision always comes from what is *written*:
dateparser fills missing parts from its base date, so its result is floored to the written
precision.

How ``future`` is decided: the period starts after the publication date -> True; it ended before
the publication date -> False; it contains the publication date ("today", "this week", "in 2023"
published in 2023) -> True when the wording points forward ("later this year", "later today",
"the rest of the month"), False when it points back ("earlier this year", "hours ago"), otherwise
True only when the caller says the verb is future (``tense="future"``).

``tense`` also picks the direction for weekday names, month-days and months written without a
year: the latest one on or before publication ("past") or the first on or after it ("future").
"""

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from functools import lru_cache
from types import MappingProxyType
from typing import Final, NamedTuple

__all__ = ["ResolvedDate", "resolve_date"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: date  # first day of the period
    precision: str  # "day" | "week" | "month" | "year"
    future: bool  # the expression points after the publication date


def resolve_date(expression: str, published: date, *, tense: str = "past") -> ResolvedDate | None:
    """Resolve a temporal expression against the publication date; None when it names no date
    (durations like "44-day", "for three years", "decades", ages, times of day alone)."""
    if tense not in ("past", "future"):
        raise ValueError(f"tense must be 'past' or 'future', not {tense!r}")
    if isinstance(published, datetime):  # a datetime is a date; keep only the calendar day
        published = published.date()
    return _resolve(expression, published, tense == "future")


# --------------------------------------------------------------------------------------------
# Vocabulary

_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_NUMBERS: Final = MappingProxyType(
    {
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    }
)  # fmt: skip
_WEEKDAY: Final = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
_WEEKDAY_NUMBERS: Final = MappingProxyType(
    {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
)
_SEASONS: Final = MappingProxyType(  # (first month, last month); winter ends in February
    {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
)
_SEASON: Final = r"(?:spring|summer|autumn|fall|winter)"

_SMALL_NUMBERS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS: Final = MappingProxyType(
    {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
     "eighty": 80, "ninety": 90}
)  # fmt: skip
_VAGUE_NUMBERS: Final = MappingProxyType(
    {"a few": 3, "few": 3, "several": 3, "a couple of": 2, "a couple": 2, "couple of": 2}
)
_ONE_TO_NINE: Final = "|".join(_SMALL_NUMBERS[1:10])
_NUM: Final = (
    r"(?:\d{1,4}|a couple of|a couple|couple of|a few|few|several|a dozen|dozen|"
    rf"(?:{'|'.join(_TENS)})(?:[- ](?:{_ONE_TO_NINE}))?|"
    rf"{'|'.join(reversed(_SMALL_NUMBERS[1:]))}|an|a)"
)
_UNIT: Final = (
    r"(?:days?|nights?|weeks?|fortnights?|months?|years?|decades?|hours?|minutes?|seconds?"
    r"|moments?)"
)
_ORDINAL_WORDS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
)  # fmt: skip
_ORDINALS: Final = MappingProxyType(
    {word: number for number, word in enumerate(_ORDINAL_WORDS, start=1)}
)
_ORDINAL: Final = "(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"

_EARLIEST_YEAR: Final = 1900
_LATEST_YEAR_AHEAD: Final = 5  # years after the publication year still taken for a year


def _plausible_year(year: int, published: date) -> bool:
    return _EARLIEST_YEAR <= year <= published.year + _LATEST_YEAR_AHEAD


# --------------------------------------------------------------------------------------------
# Normalisation

_DASHES_RE: Final = re.compile(r"[\u2010-\u2015\u2212]")
_ABBREVIATION_DOT_RE: Final = re.compile(r"(?<=[a-z])\.")
_PUNCT_RE: Final = re.compile(r"[,;!?\"“”()\[\]{}]|(?<!\d):|:(?!\d)")
_ORDINAL_SUFFIX_RE: Final = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_THE_BEFORE_NUMBER_RE: Final = re.compile(r"\bthe (?=\d)")
_DAY_OF_MONTH_RE: Final = re.compile(rf"\b(\d{{1,2}}) of (?={_MONTH}\b)")
_ORDINAL_BEFORE_MONTH_RE: Final = re.compile(rf"\b(?:the )?({_ORDINAL}) (?:of )?(?={_MONTH}\b)")
_ORDINAL_AFTER_MONTH_RE: Final = re.compile(rf"\b({_MONTH}) (?:the )?({_ORDINAL})\b")
_POSSESSIVE_RE: Final = re.compile(r"(?<=[a-z])'s?$")
_SPACES_RE: Final = re.compile(r"\s+")


def _normalise(expression: str) -> str:
    text = expression.lower().replace("’", "'").replace("‘", "'")
    text = _DASHES_RE.sub("-", text)
    text = _ABBREVIATION_DOT_RE.sub("", text)  # "dec. 14" -> "dec 14", "a.m." -> "am"
    text = _PUNCT_RE.sub(" ", text)
    text = _SPACES_RE.sub(" ", text).strip(" .-").rstrip("'")
    if text.startswith("'") and not text[1:2].isdigit():  # keep "'08", "'90s"
        text = text.lstrip("'")
    text = _POSSESSIVE_RE.sub("", text)  # "tuesday's" -> "tuesday"
    text = _ORDINAL_SUFFIX_RE.sub(r"\1", text)  # "15th" -> "15"
    text = _ORDINAL_BEFORE_MONTH_RE.sub(lambda m: f"{_ORDINALS[m.group(1)]} ", text)
    text = _ORDINAL_AFTER_MONTH_RE.sub(lambda m: f"{m.group(1)} {_ORDINALS[m.group(2)]}", text)
    text = _THE_BEFORE_NUMBER_RE.sub("", text)  # "the 15 of march" -> "15 of march"
    text = _DAY_OF_MONTH_RE.sub(r"\1 ", text)  # "15 of march" -> "15 march"
    return _SPACES_RE.sub(" ", text).strip()


# --------------------------------------------------------------------------------------------
# Things that are not dates

_FREQUENCY_RE: Final = re.compile(
    r"\b(?:every|each|per|daily|weekly|monthly|annual|annually|yearly|nightly|hourly|biannual"
    r"|biennial|quarterly|fortnightly|semiannual|once|twice|thrice|times|old|aged|age|ages"
    r"|recent|recently|lately|long|lifetime|nowadays)\b"
)
_HYPHEN_DURATION_RE: Final = re.compile(
    rf"\b(?:\d+|{_NUM}|half|multi|decade|year|month|week|day|hour)-(?:and-a-half-)?"
    r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|century|centuries|long|old)\b"
)
_POINT_AFTER_FOR_RE: Final = re.compile(
    rf"^(?:(?:this|next|last|the (?:weekend|end|start|beginning|middle))\b(?! ?(?:\d|{_NUM} ))"
    rf"|today|tonight|tomorrow|yesterday|{_WEEKDAY}\b|{_MONTH}\b|\d{{4}}\b|mid|early|late)"
)


def _is_not_a_date(text: str) -> bool:
    if text.startswith("within ") or text == "for":
        return True
    if text.startswith("for ") and not _POINT_AFTER_FOR_RE.match(text[4:]):
        return True  # "for two weeks", "for the next year", "for decades"
    return bool(_FREQUENCY_RE.search(text) or _HYPHEN_DURATION_RE.search(text))


_TIME_OF_DAY_RE: Final = re.compile(
    r"\b(?:(?:at|around|about|shortly before|shortly after|just before|just after) )?"
    r"(?:\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}:\d{2}(?: ?h)?|noon|midday|midnight|dawn|dusk"
    r"|daybreak|sunrise|sunset|nightfall)(?: (?:local time|gmt|utc))?\b"
)


# --------------------------------------------------------------------------------------------
# Modifiers and prepositions around the core expression


class _Core(NamedTuple):
    text: str
    lean: int  # +1 "later ...", "the rest of ...": points ahead; -1 "earlier ...": points back
    modified: bool  # some period modifier was stripped ("the end of the year" -> "the year")


_FOR_RE: Final = re.compile(r"^for ")
_IN_OFFSET_RE: Final = re.compile(
    rf"^in (?:about |around |roughly |some |just |only |another )?({_NUM}) ({_UNIT})"
    r"(?:'s? time| time)?$"
)
_NOMINAL_MODIFIER_RE: Final = re.compile(
    r"^(?:the )?(?:very )?(middle|end|beginning|start|turn|close|rest|remainder|balance"
    r"|(?:early|small|wee) hours"
    r"|(?:first|second|latter|early|later|last|final|closing|opening|third|fourth) "
    r"(?:half|part|quarter|days?|weeks?|months?|stages?|hours))"
    r" of "
)
_ADVERBIAL_MODIFIER_RE: Final = re.compile(
    r"^(?:the )?(?:very )?(earlier|early|later|late|mid|middle|end|start)"
    r"(?:-|\s+(?:in\s+|on\s+|during\s+)?)(?=\S)"
)
_PREPOSITION_RE: Final = re.compile(
    r"^(?:as of|as early as|as late as|as recently as|as soon as|no later than|not until"
    r"|not before|sometime (?:in|during|on|around)|some time (?:in|during|on|around)|sometime"
    r"|starting (?:on|in|from)|starting|beginning (?:on|in|from)|effective|on|in|at|during|by"
    r"|since|from|until|till|through|throughout|around|about|circa|ca|over|between|after"
    r"|before|into|of|toward|towards|just|only|roughly|nearly|almost|approximately"
    r"|more than|less than|at least|barely|some|up to)\s+"
)
_PART_OF_DAY_OF_RE: Final = re.compile(r"^(?:the )?(?:morning|afternoon|evening|night) of ")
_PART_OF_DAY_SUFFIX_RE: Final = re.compile(
    r"(?<!\bthis)(?<!\blast)(?<!\bprevious)(?<!\bprior)(?<!\bpreceding)(?<!\bfollowing)"
    r"(?<!\bnext)(?<!\bsame)(?<!\bthat)(?<!\bthe)"
    r" (?:morning|afternoon|evening|night|overnight|lunchtime)$"
)
_FORWARD_MODIFIERS: Final = frozenset({"later", "rest", "remainder", "balance"})
_BACKWARD_MODIFIERS: Final = frozenset({"earlier"})


def _core(text: str) -> _Core:
    lean = 0
    modified = False
    while True:
        if match := _IN_OFFSET_RE.match(text):
            return _Core(f"{match.group(1)} {match.group(2)} from now", lean, modified)
        match = (
            _NOMINAL_MODIFIER_RE.match(text)
            or _ADVERBIAL_MODIFIER_RE.match(text)
            or _PREPOSITION_RE.match(text)
            or _PART_OF_DAY_OF_RE.match(text)
            or _FOR_RE.match(text)
        )
        if match is None:
            break
        if match.re is _NOMINAL_MODIFIER_RE or match.re is _ADVERBIAL_MODIFIER_RE:
            modified = True
            if match.group(1) in _FORWARD_MODIFIERS:
                lean = 1
            elif match.group(1) in _BACKWARD_MODIFIERS:
                lean = -1
        text = text[match.end() :]
    return _Core(_PART_OF_DAY_SUFFIX_RE.sub("", text), lean, modified)


# --------------------------------------------------------------------------------------------
# Calendar helpers


class _Span(NamedTuple):
    day: date  # any day inside the period; floored to the period start at the end
    precision: str
    lean: int = 0  # +1 the expression points forward ("later", "from now"), -1 back ("ago")


class _Verdict(Enum):
    NOT_A_DATE = "not a date"  # a rule recognised the form and it names no usable date


_Outcome = _Span | _Verdict | None  # None: no rule recognised the form


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _floor(day: date, precision: str) -> date:
    if precision == "week":
        return _monday(day)
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return date(day.year, 1, 1)
    return day


def _period_end(start: date, precision: str) -> date:
    if precision == "week":
        return start + timedelta(days=6)
    if precision == "month":
        return start.replace(day=monthrange(start.year, start.month)[1])
    if precision == "year":
        return date(start.year, 12, 31)
    return start


def _finish(span: _Span, published: date, future_tense: bool) -> ResolvedDate:
    start = _floor(span.day, span.precision)
    if start > published:
        future = True
    elif _period_end(start, span.precision) < published:
        future = False
    else:  # the period contains the publication date: the wording, then the tense, decides
        future = span.lean > 0 or (span.lean == 0 and future_tense)
    return ResolvedDate(start, span.precision, future)


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name[:3]]


def _weekday_number(name: str) -> int:
    return _WEEKDAY_NUMBERS[name[:3]]


def _number(text: str) -> tuple[int, bool]:
    """Value of a ``_NUM`` match and whether it is vague ("a few", "several")."""
    if text.isdigit():
        return int(text), False
    if text in _VAGUE_NUMBERS:
        return _VAGUE_NUMBERS[text], True
    if text in ("a", "an"):
        return 1, False
    if text in ("a dozen", "dozen"):
        return 12, False
    tens, _, units = text.replace("-", " ").partition(" ")
    if tens in _TENS:
        return _TENS[tens] + (_SMALL_NUMBERS.index(units) if units else 0), False
    return _SMALL_NUMBERS.index(text), False


def _two_digit_year(digits: str, published: date) -> int:
    year = 2000 + int(digits)
    return year if year <= published.year + _LATEST_YEAR_AHEAD else year - 100


def _year(text: str, published: date) -> int:
    return _two_digit_year(text[1:], published) if text.startswith("'") else int(text)


def _relative_year(relation: str | None, published: date) -> int:
    return published.year + {"last": -1, "next": 1}.get(relation or "this", 0)


# --------------------------------------------------------------------------------------------
# Rules. Each returns a _Span, _Verdict.NOT_A_DATE, or None when it does not recognise the form.

_PUBLICATION_DAY_RE: Final = re.compile(
    r"^(?:today|tonight|overnight|this (?:morning|afternoon|evening)|(?:the )?same "
    r"(?:day|night|morning|afternoon|evening)|that (?:day|night|morning|afternoon|evening))$"
)
_DAY_BEFORE_RE: Final = re.compile(
    r"^(?:yesterday|last night|(?:the )?(?:previous|prior|preceding) "
    r"(?:day|night|morning|afternoon|evening)|the (?:day|night|evening) (?:before|prior))$"
)
_DAY_AFTER_RE: Final = re.compile(
    r"^(?:tomorrow|(?:the )?(?:following|next) (?:day|night|morning|afternoon|evening)"
    r"|the (?:day|night) after)$"
)
_SINGLE_DAYS: Final = MappingProxyType(
    {"the day before yesterday": -2, "day before yesterday": -2,
     "the day after tomorrow": 2, "day after tomorrow": 2}
)  # fmt: skip


def _relative_day(text: str, published: date) -> _Outcome:
    if _PUBLICATION_DAY_RE.match(text):
        return _Span(published, "day")
    if _DAY_BEFORE_RE.match(text):
        return _Span(published - timedelta(days=1), "day", lean=-1)
    if _DAY_AFTER_RE.match(text):
        return _Span(published + timedelta(days=1), "day", lean=1)
    if text in _SINGLE_DAYS:
        offset = _SINGLE_DAYS[text]
        return _Span(published + timedelta(days=offset), "day", lean=1 if offset > 0 else -1)
    return None


_BACKWARD: Final = r"ago|earlier|before|prior|previously|back"
_FORWARD: Final = r"later|after|afterwards?|on|hence|from now|from today"
_OFFSET_RE: Final = re.compile(
    rf"^(?P<n>{_NUM}) (?P<unit>{_UNIT}) (?:(?P<back>{_BACKWARD})|(?P<ahead>{_FORWARD}))$"
)
_ONE_UNIT_OFFSET_RE: Final = re.compile(
    rf"^the (?P<unit>day|night|week|month|year) (?:(?P<back>{_BACKWARD})|(?P<ahead>{_FORWARD}))$"
)
_UNCOUNTED_OFFSET_RE: Final = re.compile(r"^(?:hours|minutes|moments|seconds) (?:ago|earlier)$")
_COARSER: Final = MappingProxyType({"day": "week", "week": "month"})


def _offset(text: str, published: date) -> _Outcome:
    if _UNCOUNTED_OFFSET_RE.match(text):
        return _Span(published, "day", lean=-1)
    match = _OFFSET_RE.match(text) or _ONE_UNIT_OFFSET_RE.match(text)
    if match is None:
        return None
    count, vague = _number(match.group("n")) if "n" in match.groupdict() else (1, False)
    sign = -1 if match.group("back") else 1
    unit = match.group("unit").rstrip("s")
    try:
        if unit in ("day", "night"):
            span = _Span(published + timedelta(days=sign * count), "day")
        elif unit in ("week", "fortnight"):
            days = 7 if unit == "week" else 14
            span = _Span(published + timedelta(days=sign * days * count), "week")
        elif unit == "month":
            span = _Span(_add_months(published, sign * count), "month")
        elif unit in ("year", "decade"):
            years = count * (10 if unit == "decade" else 1)
            span = _Span(date(published.year + sign * years, 1, 1), "year")
        else:  # hours, minutes, seconds, moments
            span = _Span(published, "day")
    except (ValueError, OverflowError):
        return _Verdict.NOT_A_DATE
    if vague:
        span = span._replace(precision=_COARSER.get(span.precision, span.precision))
    return span._replace(lean=sign)


_PAST_RELATIONS: Final = frozenset({"last", "past", "previous", "prior", "preceding", "this past"})
_NEXT_RELATIONS: Final = frozenset({"next", "coming", "following", "upcoming", "this coming"})
_RELATION: Final = (
    r"(?:this past|this coming|last|past|previous|prior|preceding|this|current|present|same"
    r"|next|coming|following|upcoming|that)"
)
_NAMED_PERIOD_RE: Final = re.compile(
    rf"^(?:the )?(?P<rel>{_RELATION}) (?P<unit>week|month|year|weekend)$"
)
_BARE_PERIOD_RE: Final = re.compile(r"^(?:the )?(?P<unit>week|month|year|day|weekend)$")
_YEAR_END_RE: Final = re.compile(r"^(?:the )?year[- ]end$")
_THIS_TIME_RE: Final = re.compile(
    r"^(?:this|the same|around this|about this) time (?P<rel>last|next) year$"
)


def _step(relation: str | None) -> int:
    if relation in _PAST_RELATIONS:
        return -1
    if relation in _NEXT_RELATIONS:
        return 1
    return 0


def _weekend(step: int | None, published: date, future_tense: bool) -> _Span:
    """Saturday of the weekend: step -1/+1 = previous/next ISO week's, None = the nearest."""
    if step is not None and step != 0:
        return _Span(_monday(published) + timedelta(days=7 * step + 5), "day")
    if published.weekday() >= 5:  # published on a weekend: that weekend
        return _Span(published - timedelta(days=published.weekday() - 5), "day")
    if future_tense:
        return _Span(published + timedelta(days=5 - published.weekday()), "day")
    return _Span(published - timedelta(days=published.weekday() + 2), "day")


def _named_period(text: str, published: date, modified: bool, future_tense: bool) -> _Outcome:
    if match := _THIS_TIME_RE.match(text):
        return _Span(date(_relative_year(match.group("rel"), published), 1, 1), "year")
    if _YEAR_END_RE.match(text):
        return _Span(date(published.year, 1, 1), "year")
    match = _NAMED_PERIOD_RE.match(text)
    if match is None:
        match = _BARE_PERIOD_RE.match(text)
        if match is None:
            return None
        if match.group("unit") == "weekend":
            return _weekend(None, published, future_tense)
        if not modified:  # "the year" alone names nothing; "the end of the year" does
            return _Verdict.NOT_A_DATE
        step = 0
    else:
        step = _step(match.group("rel"))
    unit = match.group("unit")
    if unit == "weekend":
        return _weekend(step, published, future_tense)
    if unit == "day":
        return _Span(published, "day")
    if unit == "week":
        return _Span(_monday(published) + timedelta(days=7 * step), "week")
    if unit == "month":
        return _Span(_add_months(published, step), "month")
    return _Span(date(published.year + step, 1, 1), "year")


_WEEKDAY_RE: Final = re.compile(
    rf"^(?:(?P<rel>{_RELATION}) )?(?P<wd>{_WEEKDAY})"
    r"(?: (?:of )?(?:the )?(?P<week>last|this|next|previous|following|coming) week)?$"
)
_WEEK_WEEKDAY_RE: Final = re.compile(rf"^(?P<week>last|this|next) week (?:on )?(?P<wd>{_WEEKDAY})$")


def _weekday(text: str, published: date, future_tense: bool) -> _Outcome:
    match = _WEEKDAY_RE.match(text) or _WEEK_WEEKDAY_RE.match(text)
    if match is None:
        return None
    weekday = _weekday_number(match.group("wd"))
    groups = match.groupdict()
    if groups.get("week"):
        monday = _monday(published) + timedelta(days=7 * _step(groups["week"]))
        return _Span(monday + timedelta(days=weekday), "day")
    relation = groups.get("rel")
    back = (published.weekday() - weekday) % 7  # days since the last such day (0 = today)
    ahead = (weekday - published.weekday()) % 7  # days until the next such day (0 = today)
    if relation in _PAST_RELATIONS:
        return _Span(published - timedelta(days=back or 7), "day")
    if relation in _NEXT_RELATIONS:
        return _Span(published + timedelta(days=ahead or 7), "day")
    if relation in ("this", "current", "present"):
        return _Span(_monday(published) + timedelta(days=weekday), "day")
    if relation is not None:  # "same friday", "that friday": refers to another date
        return _Verdict.NOT_A_DATE
    if future_tense:
        return _Span(published + timedelta(days=ahead), "day")
    return _Span(published - timedelta(days=back), "day")


_YEAR_TOKEN: Final = r"(?:\d{4}|'\d{2})"
_YEAR_SUFFIX: Final = r"(?: (?:of )?(?P<rel>last|this|next) year)?"
_MONTH_DAY_RE: Final = re.compile(
    rf"^(?:{_WEEKDAY} )?(?P<month>{_MONTH}) (?P<day>\d{{1,2}})(?: ?- ?\d{{1,2}})?"
    rf"(?: (?P<year>{_YEAR_TOKEN}))?{_YEAR_SUFFIX}$"
)
_DAY_MONTH_RE: Final = re.compile(
    rf"^(?:{_WEEKDAY} )?(?P<day>\d{{1,2}})(?: ?- ?\d{{1,2}})? (?P<month>{_MONTH})"
    rf"(?: (?P<year>{_YEAR_TOKEN}))?{_YEAR_SUFFIX}$"
)
_ISO_DATE_RE: Final = re.compile(r"^(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})$")


def _nearest_month_day(month: int, day: int, published: date, future_tense: bool) -> _Outcome:
    """The last such month-day on or before publication (past) or the next on or after."""
    step = 1 if future_tense else -1
    year = published.year
    for _ in range(9):  # February 29 may need up to eight years
        if day <= monthrange(year, month)[1]:
            candidate = date(year, month, day)
            if (candidate >= published) if future_tense else (candidate <= published):
                return _Span(candidate, "day")
        year += step
    return _Verdict.NOT_A_DATE  # "april 31"


def _month_day(text: str, published: date, future_tense: bool) -> _Outcome:
    match = _MONTH_DAY_RE.match(text) or _DAY_MONTH_RE.match(text) or _ISO_DATE_RE.match(text)
    if match is None:
        return None
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _month_number(month_text)
    day = int(match.group("day"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return _Verdict.NOT_A_DATE
    year_text = match.group("year")
    relation = match.groupdict().get("rel")
    if year_text is None and relation is None:
        return _nearest_month_day(month, day, published, future_tense)
    year = _year(year_text, published) if year_text else _relative_year(relation, published)
    if not _plausible_year(year, published) or day > monthrange(year, month)[1]:
        return _Verdict.NOT_A_DATE
    return _Span(date(year, month, day), "day")


_MONTH_RE: Final = re.compile(
    rf"^(?:(?P<when>{_RELATION}) )?(?P<month>{_MONTH})"
    rf"(?: (?:of )?(?P<year>{_YEAR_TOKEN}))?{_YEAR_SUFFIX}$"
)


def _month(text: str, published: date, future_tense: bool) -> _Outcome:
    match = _MONTH_RE.match(text)
    if match is None:
        return None
    month = _month_number(match.group("month"))
    when, year_text, relation = match.group("when"), match.group("year"), match.group("rel")
    if year_text is not None:
        year = _year(year_text, published)
        if when is not None or not _plausible_year(year, published):
            return _Verdict.NOT_A_DATE
    elif relation is not None:
        year = _relative_year(relation, published)
    elif when in _PAST_RELATIONS:  # "last march": strictly before the publication month
        year = published.year if month < published.month else published.year - 1
    elif when in _NEXT_RELATIONS:  # "next march": strictly after the publication month
        year = published.year if month > published.month else published.year + 1
    elif when in ("this", "current", "present"):
        year = published.year
    elif when is not None:  # "that march"
        return _Verdict.NOT_A_DATE
    elif future_tense:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
    return _Span(date(year, month, 1), "month")


_YEAR_RE: Final = re.compile(
    r"^(?:the )?(?:year |fiscal (?:year )?|calendar (?:year )?|fy ?|the year )?"
    rf"(?P<year>{_YEAR_TOKEN})"
    r"(?: ?(?:-|/|to|through|and|until|or) ?(?P<end>\d{4}|\d{2}))?$"
)
_DECADE_RE: Final = re.compile(r"^(?:the )?(?P<decade>\d{3}0|'?\d0)'?s$")
_NUMBER_RE: Final = re.compile(r"^\d+$")


def _year_or_decade(text: str, published: date) -> _Outcome:
    if match := _DECADE_RE.match(text):
        digits = match.group("decade").lstrip("'")
        decade = int(digits) if len(digits) == 4 else _two_digit_year(digits, published)
        if decade > published.year:  # "the 30s" published in 2023: the 1930s
            decade -= 100
        if not _plausible_year(decade, published):
            return _Verdict.NOT_A_DATE
        return _Span(date(decade, 1, 1), "year")
    if match := _YEAR_RE.match(text):
        year = _year(match.group("year"), published)
        end = match.group("end")
        if end is not None and len(end) == 4 and int(end) < year:
            return _Verdict.NOT_A_DATE
        if not _plausible_year(year, published):
            return _Verdict.NOT_A_DATE
        return _Span(date(year, 1, 1), "year")
    if _NUMBER_RE.match(text):  # a lone number that is not a plausible year
        return _Verdict.NOT_A_DATE
    return None


_SEASON_RE: Final = re.compile(
    rf"^(?:(?P<when>{_RELATION}) )?(?:the )?(?P<season>{_SEASON})"
    rf"(?: (?:of )?(?P<year>{_YEAR_TOKEN}))?{_YEAR_SUFFIX}$"
)


def _season(text: str, published: date) -> _Outcome:
    """Seasons get year precision: a season is not a calendar month or week."""
    match = _SEASON_RE.match(text)
    if match is None:
        return None
    first, last = _SEASONS[match.group("season")]
    when, year_text, relation = match.group("when"), match.group("year"), match.group("rel")
    if year_text is not None:
        year = _year(year_text, published)
        if not _plausible_year(year, published):
            return _Verdict.NOT_A_DATE
    elif relation is not None:
        year = _relative_year(relation, published)
    elif when in _PAST_RELATIONS:  # the latest such season already over
        year = published.year if last < published.month else published.year - 1
    elif when in _NEXT_RELATIONS:  # the first such season not yet begun
        year = published.year if first > published.month else published.year + 1
    else:
        year = published.year
    return _Span(date(year, 1, 1), "year")


def _apply_rules(core: _Core, published: date, future_tense: bool) -> _Outcome:
    text = core.text
    outcome = (
        _relative_day(text, published)
        or _offset(text, published)
        or _named_period(text, published, core.modified, future_tense)
        or _weekday(text, published, future_tense)
        or _month_day(text, published, future_tense)
        or _month(text, published, future_tense)
        or _year_or_decade(text, published)
        or _season(text, published)
    )
    if isinstance(outcome, _Span) and core.lean:
        return outcome._replace(lean=core.lean)
    return outcome


# --------------------------------------------------------------------------------------------
# dateparser fallback


@dataclass(frozen=True, slots=True)
class _DateparserSettings:
    """The fixed part of the dateparser settings; ``for_base`` adds the per-call part."""

    languages: tuple[str, ...] = ("en",)
    parsers: tuple[str, ...] = ("relative-time", "custom-formats", "absolute-time")

    def for_base(self, published: date, prefer: str, parts: tuple[str, ...]) -> dict[str, object]:
        return {
            "RELATIVE_BASE": datetime(published.year, published.month, published.day),
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "REQUIRE_PARTS": list(parts),
            "PARSERS": list(self.parsers),
        }


_DATEPARSER: Final = _DateparserSettings()

_NUMERIC_DATE_RE: Final = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\b"
)
_NUMERIC_MONTH_RE: Final = re.compile(r"\b\d{1,2}/\d{4}\b")
_WEEKDAY_WORD_RE: Final = re.compile(rf"\b{_WEEKDAY}\b")
_MONTH_WORD_RE: Final = re.compile(rf"\b{_MONTH}\b")
_DAY_NEXT_TO_MONTH_RE: Final = re.compile(
    rf"\b(?:\d{{1,2}} (?:of )?{_MONTH}|{_MONTH} \d{{1,2}})\b(?!\d)"
)
_FOUR_DIGIT_YEAR_RE: Final = re.compile(r"\b\d{4}\b")


def _written_precision(text: str) -> tuple[str, tuple[str, ...]] | None:
    """Precision of what the expression writes, and the parts dateparser must find."""
    if _NUMERIC_DATE_RE.search(text):
        return "day", ("day", "month", "year")
    if _DAY_NEXT_TO_MONTH_RE.search(text):
        return "day", ("day", "month")
    if _WEEKDAY_WORD_RE.search(text):
        return "day", ()
    if _MONTH_WORD_RE.search(text) or _NUMERIC_MONTH_RE.search(text):
        return "month", ("month",)
    if _FOUR_DIGIT_YEAR_RE.search(text):
        return "year", ("year",)
    return None


@lru_cache(maxsize=4096)
def _dateparser_date(
    text: str, published: date, prefer: str, parts: tuple[str, ...]
) -> date | None:
    import dateparser  # imported on first use: most expressions never get here

    settings = _DATEPARSER.for_base(published, prefer, parts)
    try:
        parsed: datetime | None = dateparser.parse(
            text, languages=list(_DATEPARSER.languages), settings=settings
        )
    except (ValueError, OverflowError, TypeError):
        return None
    return None if parsed is None else parsed.date()


def _fallback(text: str, published: date, future_tense: bool) -> _Span | None:
    written = _written_precision(text)
    if written is None:
        return None
    precision, parts = written
    prefer = "future" if future_tense else "past"
    parsed = _dateparser_date(text, published, prefer, parts)
    if parsed is None or not _plausible_year(parsed.year, published):
        return None
    return _Span(parsed, precision)


# --------------------------------------------------------------------------------------------
# Pipeline

_ALTERNATIVES_RE: Final = re.compile(r" (?:and|or|to|through|until|till|-) ")
_WEEK_OF_RE: Final = re.compile(r"^(?:the )?week (?:of|beginning|starting|ending) ")


def _resolve(expression: str, published: date, future_tense: bool) -> ResolvedDate | None:
    text = _normalise(expression)
    if not text or _is_not_a_date(text):
        return None
    text = _SPACES_RE.sub(" ", _TIME_OF_DAY_RE.sub(" ", text)).strip()
    if not text:  # a time of day alone
        return None
    core = _core(text)
    week_of = _WEEK_OF_RE.match(core.text)  # "the week of oct 4": the week around that day
    if week_of is not None:
        core = _core(core.text[week_of.end() :])._replace(modified=True)
    outcome = _apply_rules(core, published, future_tense)
    if outcome is None and _ALTERNATIVES_RE.search(core.text):
        # A range or a pair ("march 3 and 5", "monday or tuesday"): the first part starts it.
        first = _ALTERNATIVES_RE.split(core.text, maxsplit=1)[0]
        outcome = _apply_rules(_core(first)._replace(lean=core.lean), published, future_tense)
    if outcome is None:
        outcome = _fallback(core.text, published, future_tense)
    if not isinstance(outcome, _Span):
        return None
    if week_of is not None and outcome.precision == "day":
        outcome = outcome._replace(precision="week")
    return _finish(outcome, published, future_tense)
