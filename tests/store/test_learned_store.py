"""Learned actors persist in the store and are reviewed there."""

from datetime import date

import pytest

from tacitus.actors.learned import LearnedActor, LearnedActors
from tacitus.errors import StoreError
from tacitus.store import Store

from .factory import article


def person(name: str, status: str = "pending") -> LearnedActor:
    return LearnedActor(
        name, "AZE", ("GOV", "MIL"), "defence minister", date(2021, 10, 25), "l1", "s.", status
    )


def test_learned_actors_are_saved_once_and_reviewed(store: Store) -> None:
    store.save(article("l1", "Alpha"), [], 1, "t", learned=[person("Zakir Hasanov")])
    store.save(
        article("l2", "Beta", text="Other words entirely."),
        [],
        1,
        "t",
        learned=[person("Zakir Hasanov"), person("Elnur Qasimov")],
    )
    learned = store.learned()
    assert [a.name for a in learned] == ["Elnur Qasimov", "Zakir Hasanov"]
    assert learned[1].sectors == ("GOV", "MIL") and learned[1].article_id == "l1"
    assert store.review_learned("zakir hasanov", "rejected") == 1
    assert store.review_learned("Nobody", "accepted") == 0
    assert [a.name for a in store.learned("rejected")] == ["Zakir Hasanov"]
    registry = LearnedActors(store.learned())
    assert registry.lookup("Hasanov") is None and registry.lookup("Qasimov") is not None
    assert store.actors("AZE")[0]["origin"] == "learned"
    with pytest.raises(StoreError, match="unknown status"):
        store.review_learned("Elnur Qasimov", "maybe")
