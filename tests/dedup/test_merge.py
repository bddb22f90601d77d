"""The merge rule, alone and as the store applies it."""

from datetime import date

import pytest

from tacitus.dedup import compatible, date_interval, merge_key
from tacitus.models import Location
from tacitus.store import Store

from ..store.factory import article, event


def test_date_intervals() -> None:
    assert date_interval(date(2021, 10, 25), "day") == (date(2021, 10, 25), date(2021, 10, 25))
    assert date_interval(date(2021, 2, 1), "month") == (date(2021, 2, 1), date(2021, 2, 28))
    assert date_interval(date(2021, 1, 1), "year") == (date(2021, 1, 1), date(2021, 12, 31))
    assert date_interval(date(2021, 10, 25), "week")[1] == date(2021, 10, 31)  # type: ignore[index]
    assert date_interval(None, "none") is None


def test_compatible_dates() -> None:
    day = date_interval(date(2021, 10, 25), "day")
    assert compatible(day, date_interval(date(2021, 10, 26), "day"), 1)
    assert not compatible(day, date_interval(date(2021, 10, 27), "day"), 1)
    assert compatible(day, date_interval(date(2021, 10, 1), "month"), 0)
    assert not compatible(day, None) and compatible(None, None)


def test_merge_key_separates_polarity_and_modality() -> None:
    fact = merge_key("AZE", "TUR", "040", False, "asserted")
    assert fact == merge_key("AZE", "TUR", "043", False, "historical")
    assert fact != merge_key("AZE", "TUR", "040", True, "asserted")
    assert fact != merge_key("AZE", "TUR", "040", False, "intended")


def ids(store: Store) -> int:
    return store.count_events()


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        (dict(src="AZEGOV", tgt="TUR"), True),  # same
        (dict(src="AZE", tgt="TUR"), True),  # country only vs government
        (dict(src="AZEMIL", tgt="TUR"), False),  # military vs government
        (dict(src="AZEGOV", tgt="TUR", code="043"), True),  # same root
        (dict(src="AZEGOV", tgt="TUR", code="190"), False),  # other root
        (dict(src="AZEGOV", tgt="TUR", day=date(2021, 10, 26)), True),  # a day's slack
        (dict(src="AZEGOV", tgt="TUR", day=date(2021, 10, 28)), False),
        (dict(src="AZEGOV", tgt="TUR", day=date(2021, 10, 1), precision="month"), True),
        (dict(src="AZEGOV", tgt="TUR", day=date(2021, 9, 1), precision="month"), False),
        (dict(src="AZEGOV", tgt="TUR", modality="intended"), False),
        (dict(src="TUR", tgt="AZEGOV"), False),  # the other direction
        (dict(src="TUR", tgt="AZEGOV", reciprocal=True), True),  # a meeting either way
        (dict(src="AZEGOV", tgt="GEO"), False),
    ],
)
def test_store_merges_by_the_rule(store: Store, second: dict, merged: bool) -> None:  # type: ignore[type-arg]
    store.save(article("m1", "Alpha"), [event("m1", 1, "AZEGOV", "TUR", reciprocal=True)], 5, "t")
    other = article("m2", "Beta", text="A different report entirely, with its own words.")
    store.save(other, [event("m2", 1, **second)], 1, "t")
    assert store.count_events() == (1 if merged else 2)


def test_merged_event_keeps_the_best_evidence(store: Store) -> None:
    baku = Location("Baku", "AZE", None, 40.4, 49.9, 587084, "city")
    store.save(
        article("b1", "Alpha"),
        [event("b1", 1, "AZEGOV", "TUR", day=date(2021, 10, 1), precision="month", conf=0.9)],
        5,
        "t",
    )
    other = article("b2", "Beta", text="A different report entirely, with its own words.")
    store.save(other, [event("b2", 1, "AZEGOV", "TUR", conf=0.7, place=baku)], 1, "t")
    (record,) = store.events()
    assert record["date"] == "2021-10-25" and record["date_precision"] == "day"
    assert record["best_mention"] == "b1-1" and record["confidence"] == 0.9
    assert record["location"]["name"] == "Baku"
    assert (record["mentions"], record["sources"]) == (2, 2)
    # Replacing the second article takes its mention out again.
    store.save(article("b2", "Beta", text="Now about something else."), [], 1, "t")
    (record,) = store.events()
    assert record["mentions"] == 1 and record["date_precision"] == "month"


def test_a_copy_of_a_stored_article_is_linked_not_coded(store: Store) -> None:
    store.save(article("c1", "Alpha"), [event("c1", 1, "AZEGOV", "TUR")], 5, "t")
    copy = article("c2", "Gamma", text="BAKU (Wire) - " + article("x", "x").text)
    assert store.copy_of(copy) == "c1"
    saved = store.save(copy, [event("c2", 1, "AZEGOV", "TUR")], 5, "t")
    assert saved.duplicate_of == "c1" and saved.mentions == 0
    (record,) = store.events()
    assert record["sources"] == 1
    assert store.copies() == [("c2", "c1")] and store.counts()["copies"] == 1
