"""The same store tests on SQLite and on the PostgreSQL server `make test` starts."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from tacitus.models import Actor, Article, Event, Evidence, Rejected, RunReport
from tacitus.store import EventQuery, Store, open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        yield open_store(str(tmp_path / "t.db"))
        return
    url = request.getfixturevalue("pg_url")
    st = open_store(url)
    yield st
    with st.engine.begin() as conn:
        for table in ("events", "rejected", "runs", "articles", "schema_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    st.engine.dispose()


def event(
    article: str,
    n: int,
    src: str,
    tgt: str | None,
    code: str = "040",
    day: date = date(2021, 10, 25),
    negated: bool = False,
    conf: float = 0.8,
) -> Event:
    return Event(
        id=f"{article}-{n}",
        article_id=article,
        date=day,
        date_precision="day",
        date_source="text",
        event_type="CONSULT",
        mode=None,
        contexts=("military",),
        cameo=code,
        goldstein=1.0,
        quad_class=1,
        source=Actor(src, src, src[:3], ("GOV",)),
        target=Actor(tgt, tgt, tgt[:3]) if tgt else None,
        reciprocal=False,
        negated=negated,
        modality="asserted",
        location=None,
        confidence=conf,
        evidence=Evidence(0, "s", (0, 1), None, None, None, "r"),
        coder="t",
    )


def test_save_query_and_replace(store: Store) -> None:
    a = Article("a1", "Text one.", date(2021, 10, 26), "Wire")
    store.save(
        a,
        [
            event("a1", 1, "AZE", "TUR"),
            event("a1", 2, "ARM", "AZE", "190", date(2020, 9, 27)),
            event("a1", 3, "RUS", None, negated=True),
        ],
        3,
        "t",
    )
    assert store.counts()["events"] == 3
    assert len(list(store.events())) == 2  # negated events are not listed by default
    assert [e["id"] for e in store.events(EventQuery(dyad=("TUR", "AZE")))] == ["a1-1"]
    assert [e["id"] for e in store.events(EventQuery(actor="ARM"))] == ["a1-2"]
    assert [e["id"] for e in store.events(EventQuery(cameo="19"))] == ["a1-2"]
    assert [e["id"] for e in store.events(EventQuery(since=date(2021, 1, 1)))] == ["a1-1"]
    assert [e["id"] for e in store.events(EventQuery(until=date(2021, 1, 1)))] == ["a1-2"]
    assert [e["id"] for e in store.events(EventQuery(source="AZEGOV"))] == ["a1-1"]
    assert [e["id"] for e in store.events(EventQuery(min_confidence=0.9))] == []
    record = next(store.events(EventQuery(dyad=("AZE", "TUR"))))
    assert record["source"]["code"] == "AZEGOV" and record["contexts"] == ["military"]
    # A new version of the article replaces its events.
    store.save(
        Article("a1", "Text one, edited.", date(2021, 10, 26)),
        [event("a1", 9, "GEO", "ARM")],
        1,
        "t",
    )
    assert [e["id"] for e in store.events()] == ["a1-9"]
    assert store.counts()["articles"] == 1


def test_has_article_depends_on_text(store: Store) -> None:
    a = Article("a2", "Same text.")
    assert not store.has_article(a)
    store.save(a, [], 1, "t")
    assert store.has_article(a)
    assert not store.has_article(Article("a2", "Changed text."))


def test_runs_and_rejected(store: Store) -> None:
    run = store.start_run("ingest x")
    report = RunReport(articles=2, events=1, rejected=[Rejected("bad.txt", "ingest", "empty file")])
    store.finish_run(run, report)
    assert store.rejected() == [Rejected("bad.txt", "ingest", "empty file")]
    assert store.counts()["runs"] == 1


def test_migrate_is_idempotent(store: Store) -> None:
    assert store.migrate() == store.migrate()
