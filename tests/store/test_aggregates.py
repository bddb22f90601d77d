"""An event's aggregates (best mention, date, place, counts) updated one article at a time
equal those recomputed from all its mentions, on SQLite and PostgreSQL."""

import random
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update

from tacitus.models import Article, Event, Location
from tacitus.store import Store, open_store
from tacitus.store import schema as S

from .factory import event

PLACES = (
    Location("Baku", "AZE", precision="city"),
    Location("Ganja", "AZE", precision="city"),
    Location("Shirvan", "AZE", precision="region"),
    Location("Azerbaijan", "AZE", precision="country"),
)


def _events_table(store: Store) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(select(S.events)).all())


def _random_article(rng: random.Random, n: int) -> tuple[Article, list[Event]]:
    """An article of 1-4 mentions of a handful of dyads, with ties on every aggregate."""
    aid = f"r{rng.randint(0, 40):02d}"  # ids repeat: some saves replace an article
    source = rng.choice(["Alpha", "Beta", "", None])
    published = rng.choice([date(2021, 10, 26), date(2021, 10, 28), None])
    mentions = []
    for k in range(rng.randint(1, 4)):
        day = rng.choice([date(2021, 10, 25), date(2021, 10, 27), None])
        e = event(
            aid,
            k,
            rng.choice(["AZEGOV", "AZE", "AZEMIL"]),
            rng.choice(["TUR", "TUREDU"]),
            conf=rng.choice([0.6, 0.8, 0.8, 0.9]),
            day=day,
            precision=rng.choice(["day", "day", "month"]),
            place=rng.choice([None, None, *PLACES]),
        )
        mentions.append(replace(e, date_source=rng.choice(["text", "publication"])))
    return Article(aid, f"Report {n} of {aid}.", published, source), mentions


def test_incremental_aggregates_equal_a_full_recompute(store: Store) -> None:
    rng = random.Random(5)
    for n in range(120):
        a, mentions = _random_article(rng, n)
        store.save(a, mentions, 1, "t")
        if n % 30 == 29:
            before = _events_table(store)
            store.repair()  # recomputes every event from all its mentions
            assert _events_table(store) == before, f"after save {n}"
    assert store.check() == []


def test_migration_5_fills_what_incremental_updates_need(db_url: str) -> None:
    """A version 4 store (no place ranks, no date or place mention) keeps right aggregates."""
    store = open_store(db_url)
    rng = random.Random(8)
    for n in range(30):
        store.save(*_random_article(rng, n), 1, "t")
    expected = _events_table(store)
    with store.engine.begin() as conn:
        conn.execute(update(S.mentions).values(place_rank=None))
        conn.execute(update(S.events).values(date_mention=None, place_mention=None))
        conn.execute(delete(S.schema_version).where(S.schema_version.c.version == 5))
    store.engine.dispose()
    store = open_store(db_url)
    assert store.version() == S.LATEST
    assert _events_table(store) == expected
    for n in range(30, 60):
        store.save(*_random_article(rng, n), 1, "t")
    after = _events_table(store)
    store.repair()
    assert _events_table(store) == after
    store.engine.dispose()
