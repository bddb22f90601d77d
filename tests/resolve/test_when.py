"""Which temporal expression dates an event (needs the parser: slow)."""

from datetime import date

import pytest

from tacitus.nlp import ParsedSentence
from tacitus.resolve.when import event_date

pytestmark = pytest.mark.slow
PUB = date(2021, 10, 26)  # a Tuesday


def dated(nlp, text: str, trigger_word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    trig = next(t.i for t in doc if t.text == trigger_word)
    return event_date(ParsedSentence(0, 0, doc), trig, trig, PUB)


def test_own_clause_date(nlp) -> None:  # type: ignore[no-untyped-def]
    d = dated(nlp, "Armenia met Georgia on Monday in Tbilisi.", "met")
    assert (d.date, d.precision, d.source) == (date(2021, 10, 25), "day", "text")
    assert d.span is not None


def test_reporting_verb_date_when_none_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    d = dated(nlp, "Armenia met Georgia, the ministry reported on October 20.", "met")
    assert d.date == date(2021, 10, 20)


def test_own_date_beats_reporting_date(nlp) -> None:  # type: ignore[no-untyped-def]
    d = dated(
        nlp, "The president vetoed the bill on Friday, his office said on Saturday.", "vetoed"
    )
    assert d.date == date(2021, 10, 22)


def test_publication_date_fallback(nlp) -> None:  # type: ignore[no-untyped-def]
    d = dated(nlp, "The ministers discussed security.", "discussed")
    assert (d.date, d.source, d.span) == (PUB, "publication", None)


def test_durations_are_not_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    d = dated(nlp, "The two armies fought a 44-day war.", "fought")
    assert d.source == "publication"


def test_noun_event_dated_through_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    d = dated(nlp, "Military cooperation began in 1992.", "cooperation")
    assert (d.date, d.precision) == (date(1992, 1, 1), "year")
