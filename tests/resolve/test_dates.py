"""Tests for tacitus.resolve.dates: temporal expressions resolved against a publication date.

Reference publication dates used below (weekdays checked by hand):
  2021-10-26 Tuesday, 2023-03-09 Thursday, 2023-01-02 Monday, 2021-01-10 Sunday,
  2022-12-30 Friday, 2021-12-31 Friday, 2023-01-01 Sunday, 2021-03-26 Friday.
"""

import dataclasses
from datetime import date, datetime

import pytest

from tacitus.resolve.dates import ResolvedDate, resolve_date

TUE = date(2021, 10, 26)
THU = date(2023, 3, 9)
MON = date(2023, 1, 2)

# (expression, published, tense, expected date, precision, future)
Case = tuple[str, date, str, date, str, bool]


def _run(cases: list[Case]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("expression", "published", "tense", "expected", "precision", "future"),
        cases,
        ids=[f"{c[0]!r}@{c[1].isoformat()}/{c[2]}" for c in cases],
    )


def _check(
    expression: str, published: date, tense: str, expected: date, precision: str, future: bool
) -> None:
    assert resolve_date(expression, published, tense=tense) == ResolvedDate(
        expected, precision, future
    )


WEEKDAYS: list[Case] = [
    ("Thursday", MON, "past", date(2022, 12, 29), "day", False),  # across the new year
    ("Tuesday night", THU, "past", date(2023, 3, 7), "day", False),
    ("on Friday morning", THU, "past", date(2023, 3, 3), "day", False),
    ("Tuesday", TUE, "past", TUE, "day", False),  # published that very weekday
    ("Thursday", THU, "past", THU, "day", False),
    ("late Tuesday", THU, "past", date(2023, 3, 7), "day", False),
    ("Tuesday's", THU, "past", date(2023, 3, 7), "day", False),
    ("Sun.", THU, "past", date(2023, 3, 5), "day", False),
    ("Friday at noon", THU, "past", date(2023, 3, 3), "day", False),
    ("last Tuesday", TUE, "past", date(2021, 10, 19), "day", False),  # same weekday: minus 7
    ("last Monday", THU, "past", date(2023, 3, 6), "day", False),
    ("Friday of last week", THU, "past", date(2023, 3, 3), "day", False),
    ("Friday", THU, "future", date(2023, 3, 10), "day", True),
    ("Thursday", THU, "future", THU, "day", True),  # "will meet on Thursday", published Thursday
    ("Monday", date(2022, 12, 30), "future", MON, "day", True),  # across the new year
    ("on Wednesday evening", TUE, "future", date(2021, 10, 27), "day", True),
    ("next Tuesday", TUE, "past", date(2021, 11, 2), "day", True),
    ("this Friday", THU, "future", date(2023, 3, 10), "day", True),
]

MONTH_DAYS: list[Case] = [
    ("on Dec. 14", TUE, "past", date(2020, 12, 14), "day", False),
    ("Dec. 14", TUE, "future", date(2021, 12, 14), "day", True),
    ("on October 25", TUE, "past", date(2021, 10, 25), "day", False),
    ("October 26", TUE, "past", TUE, "day", False),  # the publication day itself
    ("June 15", TUE, "past", date(2021, 6, 15), "day", False),
    ("15 June", TUE, "past", date(2021, 6, 15), "day", False),
    ("Oct. 5", TUE, "future", date(2022, 10, 5), "day", True),
    ("on 1 January", TUE, "past", date(2021, 1, 1), "day", False),
    ("on 1 January", date(2021, 12, 20), "future", date(2022, 1, 1), "day", True),
    ("Jan. 5", date(2022, 1, 3), "past", date(2021, 1, 5), "day", False),
    ("Tuesday, Oct. 5", TUE, "past", date(2021, 10, 5), "day", False),
    ("the fifteenth of March", TUE, "past", date(2021, 3, 15), "day", False),
    ("on the 5th of November", TUE, "past", date(2020, 11, 5), "day", False),
    ("Feb. 29", date(2021, 3, 26), "past", date(2020, 2, 29), "day", False),
    ("March 5-7", TUE, "past", date(2021, 3, 5), "day", False),
    ("3 May 2019", TUE, "past", date(2019, 5, 3), "day", False),
    ("3 May 2019", TUE, "future", date(2019, 5, 3), "day", False),
    ("May 3, 2019", TUE, "past", date(2019, 5, 3), "day", False),
    ("Sept. 11, 2001", TUE, "past", date(2001, 9, 11), "day", False),
    ("19 March 2020 at 10:30", TUE, "past", date(2020, 3, 19), "day", False),
    ("2021-10-01", TUE, "past", date(2021, 10, 1), "day", False),
]

MONTHS: list[Case] = [
    ("in December", TUE, "past", date(2020, 12, 1), "month", False),
    ("in March", TUE, "past", date(2021, 3, 1), "month", False),
    ("in October", TUE, "past", date(2021, 10, 1), "month", False),  # publication month
    ("in October", TUE, "future", date(2021, 10, 1), "month", True),
    ("in March", TUE, "future", date(2022, 3, 1), "month", True),
    ("in December", TUE, "future", date(2021, 12, 1), "month", True),
    ("mid-March", TUE, "past", date(2021, 3, 1), "month", False),
    ("the end of March", TUE, "past", date(2021, 3, 1), "month", False),
    ("last March", date(2021, 3, 26), "past", date(2020, 3, 1), "month", False),
    ("March last year", TUE, "past", date(2020, 3, 1), "month", False),
    ("in November 2020", TUE, "past", date(2020, 11, 1), "month", False),
    ("Nov. 2019", TUE, "future", date(2019, 11, 1), "month", False),
]

YEARS: list[Case] = [
    ("in 1992", TUE, "past", date(1992, 1, 1), "year", False),
    ("1992", TUE, "past", date(1992, 1, 1), "year", False),
    ("2020", TUE, "past", date(2020, 1, 1), "year", False),
    ("in 2021", TUE, "past", date(2021, 1, 1), "year", False),
    ("in 2021", TUE, "future", date(2021, 1, 1), "year", True),
    ("2026", TUE, "future", date(2026, 1, 1), "year", True),  # publication year + 5
    ("1900", TUE, "past", date(1900, 1, 1), "year", False),
    ("in the 1990s", TUE, "past", date(1990, 1, 1), "year", False),
    ("the '90s", TUE, "past", date(1990, 1, 1), "year", False),
    ("mid-2020", TUE, "past", date(2020, 1, 1), "year", False),
    ("early 2019", TUE, "past", date(2019, 1, 1), "year", False),
    ("late 2018", TUE, "past", date(2018, 1, 1), "year", False),
    ("the first half of 2020", TUE, "past", date(2020, 1, 1), "year", False),
    ("summer 2019", TUE, "past", date(2019, 1, 1), "year", False),
    ("fiscal 2020", TUE, "past", date(2020, 1, 1), "year", False),
]

RELATIVE_DAYS: list[Case] = [
    ("yesterday", TUE, "past", date(2021, 10, 25), "day", False),
    ("yesterday", date(2023, 1, 1), "past", date(2022, 12, 31), "day", False),
    ("yesterday afternoon", TUE, "future", date(2021, 10, 25), "day", False),
    ("last night", TUE, "past", date(2021, 10, 25), "day", False),
    ("today", TUE, "past", TUE, "day", False),
    ("today", TUE, "future", TUE, "day", True),
    ("this morning", TUE, "past", TUE, "day", False),
    ("tonight", TUE, "past", TUE, "day", False),
    ("later today", TUE, "past", TUE, "day", True),
    ("tomorrow", date(2021, 12, 31), "past", date(2022, 1, 1), "day", True),
    ("the previous day", TUE, "past", date(2021, 10, 25), "day", False),
    ("a day earlier", TUE, "past", date(2021, 10, 25), "day", False),
    ("the day before", TUE, "past", date(2021, 10, 25), "day", False),
    ("the day before yesterday", TUE, "past", date(2021, 10, 24), "day", False),
    ("two days ago", TUE, "past", date(2021, 10, 24), "day", False),
    ("2 days ago", date(2021, 3, 1), "past", date(2021, 2, 27), "day", False),
    ("twenty-one days ago", TUE, "past", date(2021, 10, 5), "day", False),
    ("3 weeks ago", TUE, "past", date(2021, 10, 4), "week", False),  # Monday of that week
    ("a fortnight ago", TUE, "past", date(2021, 10, 11), "week", False),
    ("two months ago", date(2021, 1, 10), "past", date(2020, 11, 1), "month", False),
    ("two years ago", TUE, "past", date(2019, 1, 1), "year", False),
    ("a decade ago", TUE, "past", date(2011, 1, 1), "year", False),
    ("hours ago", TUE, "future", TUE, "day", False),
    ("in two weeks", TUE, "past", date(2021, 11, 8), "week", True),
    ("three days from now", TUE, "past", date(2021, 10, 29), "day", True),
]

PERIODS: list[Case] = [
    ("last week", MON, "past", date(2022, 12, 26), "week", False),
    ("last week", THU, "past", date(2023, 2, 27), "week", False),
    ("in the past week", THU, "past", date(2023, 2, 27), "week", False),
    ("this week", THU, "past", date(2023, 3, 6), "week", False),
    ("this week", THU, "future", date(2023, 3, 6), "week", True),
    ("earlier this week", THU, "future", date(2023, 3, 6), "week", False),
    ("next week", THU, "past", date(2023, 3, 13), "week", True),
    ("early next week", date(2022, 12, 30), "future", MON, "week", True),
    ("last month", date(2021, 1, 10), "past", date(2020, 12, 1), "month", False),
    ("late last month", TUE, "past", date(2021, 9, 1), "month", False),
    ("this month", TUE, "past", date(2021, 10, 1), "month", False),
    ("next month", date(2021, 12, 15), "past", date(2022, 1, 1), "month", True),
    ("last year", TUE, "past", date(2020, 1, 1), "year", False),
    ("late last year", TUE, "past", date(2020, 1, 1), "year", False),
    ("earlier last year", TUE, "past", date(2020, 1, 1), "year", False),
    ("this year", TUE, "past", date(2021, 1, 1), "year", False),
    ("earlier this year", TUE, "past", date(2021, 1, 1), "year", False),
    ("earlier this year", TUE, "future", date(2021, 1, 1), "year", False),
    ("later this year", TUE, "past", date(2021, 1, 1), "year", True),
    ("by the end of the year", TUE, "future", date(2021, 1, 1), "year", True),
    ("next year", TUE, "past", date(2022, 1, 1), "year", True),
    ("over the weekend", TUE, "past", date(2021, 10, 23), "day", False),  # the Saturday
    ("this weekend", TUE, "future", date(2021, 10, 30), "day", True),
]

FALLBACK: list[Case] = [
    # No rule covers these; dateparser parses, the precision comes from what is written.
    ("14.05.2020", TUE, "past", date(2020, 5, 14), "day", False),
    ("5/2020", TUE, "past", date(2020, 5, 1), "month", False),
    ("2021 March", TUE, "past", date(2021, 3, 1), "month", False),
    ("Q1 2020", TUE, "past", date(2020, 1, 1), "year", False),
]


@_run(WEEKDAYS)
def test_weekdays(
    expression: str, published: date, tense: str, expected: date, precision: str, future: bool
) -> None:
    _check(expression, published, tense, expected, precision, future)


@_run(MONTH_DAYS)
def test_month_days(
    expression: str, published: date, tense: str, expected: date, precision: str, future: bool
) -> None:
    _check(expression, published, tense, expected, precision, future)


@_run(MONTHS)
def test_months(
    expression: str, published: date, tense: str, expected: date, precision: str, future: bool
) -> None:
    _check(expression, published, tense, expected, precision, future)


@_run(YEARS)
def test_years(
    expression: str, published: date, tense: str, expected: date, precision: str, future: bool
) -> None:
    _check(expression, published, tense, expected, precision, future)


@_run(RELATIVE_DAYS)
def test_relative_days_and_offsets(
    expression: str, published: date, tense: str, expected: date, precision: str, future: bool
) -> None:
    _check(expression, published, tense, expected, precision, future)


@_run(PERIODS)
def test_named_periods(
    expression: str, published: date, tense: str, expected: date, precision: str, future: bool
) -> None:
    _check(expression, published, tense, expected, precision, future)


@_run(FALLBACK)
def test_dateparser_fallback(
    expression: str, published: date, tense: str, expected: date, precision: str, future: bool
) -> None:
    _check(expression, published, tense, expected, precision, future)


NOT_DATES = [
    "44-day",
    "a two-year",
    "decade-long",
    "for two weeks",
    "for three years",
    "three years",
    "the past two weeks",
    "within days",
    "decades",
    "years",
    "every year",
    "each Monday",
    "daily",
    "weekly",
    "annual",
    "twice a year",
    "52 years old",
    "aged 52",
    "the 1st",
    "the 15th",
    "44",
    "1899",  # before 1900
    "2027",  # more than five years after publication (2021)
    "in the 1800s",
    "10 a.m.",
    "noon",
    "at midnight",
    "recently",
    "now",
    "the week",
    "April 31",
    "",
    "   ",
]


@pytest.mark.parametrize("expression", NOT_DATES)
@pytest.mark.parametrize("tense", ["past", "future"])
def test_not_a_date(expression: str, tense: str) -> None:
    assert resolve_date(expression, TUE, tense=tense) is None


def test_precision_comes_from_the_expression_not_the_parser() -> None:
    # dateparser would fill the day from the base date; the result is the first of the month.
    result = resolve_date("2021 March", date(2021, 10, 26))
    assert result is not None
    assert (result.date.day, result.precision) == (1, "month")


def test_default_tense_is_past() -> None:
    assert resolve_date("Friday", THU) == resolve_date("Friday", THU, tense="past")


def test_unknown_tense_is_rejected() -> None:
    with pytest.raises(ValueError, match="tense"):
        resolve_date("Friday", THU, tense="present")


def test_datetime_publication_is_taken_as_its_day() -> None:
    assert resolve_date("yesterday", datetime(2021, 10, 26, 23, 59)) == ResolvedDate(
        date(2021, 10, 25), "day", False
    )


def test_result_is_frozen() -> None:
    result = resolve_date("yesterday", TUE)
    assert result is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.precision = "year"  # type: ignore[misc]
