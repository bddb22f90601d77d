"""The store on SQLite and PostgreSQL: saving, replacing, queries, migrations."""

from datetime import date, datetime

from sqlalchemy import create_engine, insert, text

from tacitus.models import Article, Location, Rejected, RunReport
from tacitus.store import EventQuery, Store, engine_url, open_store
from tacitus.store import schema as S

from .factory import article, event


def test_save_query_and_replace(store: Store) -> None:
    a = Article("a1", "Text one.", date(2021, 10, 26), "Wire")
    store.save(
        a,
        [
            event("a1", 1, "AZEGOV", "TUR"),
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
    assert [e["id"] for e in store.events(EventQuery(country="TUR"))] == ["a1-1"]
    assert [e["id"] for e in store.events(EventQuery(cameo="19"))] == ["a1-2"]
    assert [e["id"] for e in store.events(EventQuery(event_type="assault"))] == ["a1-2"]
    assert [e["id"] for e in store.events(EventQuery(since=date(2021, 1, 1)))] == ["a1-1"]
    assert [e["id"] for e in store.events(EventQuery(until=date(2021, 1, 1)))] == ["a1-2"]
    assert [e["id"] for e in store.events(EventQuery(source="AZEGOV"))] == ["a1-1"]
    assert [e["id"] for e in store.events(EventQuery(target="AZE"))] == ["a1-2"]
    assert [e["id"] for e in store.events(EventQuery(min_confidence=0.9))] == []
    assert len(list(store.events(EventQuery(include_negated=True)))) == 3
    assert [e["id"] for e in store.events(EventQuery(limit=1, offset=1))] == ["a1-2"]
    assert store.count_events(EventQuery(country="AZE")) == 2
    record = next(store.events(EventQuery(dyad=("AZE", "TUR"))))
    assert record["source"]["code"] == "AZEGOV" and record["contexts"] == ["military"]
    assert (record["mentions"], record["articles"], record["sources"]) == (1, 1, 1)
    # A new version of the article replaces its mentions; events left without any go.
    store.save(
        Article("a1", "Text one, edited.", date(2021, 10, 26)),
        [event("a1", 9, "GEO", "ARM")],
        1,
        "t",
    )
    assert [e["id"] for e in store.events()] == ["a1-9"]
    counts = store.counts()
    assert (counts["articles"], counts["mentions"], counts["events"]) == (1, 1, 1)


def test_event_detail_has_every_mention_and_its_article(store: Store) -> None:
    store.save(article("x1", "Alpha"), [event("x1", 1, "AZEGOV", "TUREDU")], 5, "t")
    store.save(
        Article("x2", "Another report of the meeting.", date(2021, 10, 27), "Beta"),
        [event("x2", 1, "AZEGOV", "TUREDU", conf=0.95)],
        1,
        "t",
    )
    (record,) = store.events()
    detail = store.event(record["id"])
    assert detail is not None
    assert detail["best_mention"] == "x2-1" and detail["confidence"] == 0.95
    assert [m["article"]["source"] for m in detail["mention_records"]] == ["Alpha", "Beta"]
    assert detail["mention_records"][0]["evidence"]["sentence"] == "sentence 1"
    assert (detail["first_seen"], detail["last_seen"]) == ("2021-10-26", "2021-10-27")
    assert store.event("nope") is None


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
    assert store.migrate() == store.migrate() == S.LATEST == store.version()


def test_actors_and_places_are_recorded(store: Store) -> None:
    baku = Location("Baku", "AZE", "Baku", 40.38, 49.89, 587084, "city")
    store.save(
        article("p1", "Alpha"),
        [event("p1", 1, "AZEGOVMIL", "TUREDU", place=baku), event("p1", 2, "AZEGOVMIL", None)],
        5,
        "t",
    )
    actors = {a["code"]: a for a in store.actors()}
    assert actors["AZEGOVMIL"]["events"] == 2 and actors["AZEGOVMIL"]["sectors"] == ["GOV", "MIL"]
    assert actors["TUREDU"]["events"] == 1
    assert [a["code"] for a in store.actors("tur")] == ["TUREDU"]
    assert store.counts()["places"] == 1


def test_dyad_days_counts_both_directions(store: Store) -> None:
    store.save(
        Article("d1", "Report one.", date(2021, 10, 26)),
        [
            event("d1", 1, "AZE", "TUR"),
            event("d1", 2, "TUR", "AZE", "190", date(2021, 11, 3)),
            event("d1", 3, "TUR", "AZE", "190", date(2021, 11, 3), negated=True),
        ],
        3,
        "t",
    )
    days = sorted(store.dyad_days("AZE", "TUR"))
    assert days == [
        ("a>b", date(2021, 10, 25), 1, 1, 1.0),
        ("b>a", date(2021, 11, 3), 4, 1, -10.0),
    ]
    assert store.dyad_days("AZE", "TUR", since=date(2021, 11, 1)) == [
        ("b>a", date(2021, 11, 3), 4, 1, -10.0)
    ]


def test_migration_from_version_1_refiles_events_as_mentions(db_url: str) -> None:
    """A database written by version 1 (one event row per article mention) opens as v2."""
    engine = create_engine(engine_url(db_url))
    old_events = S.v1_events_table()
    with engine.begin() as conn:
        S.schema_version.create(conn)
        conn.execute(text(_V1_ARTICLES))
        old_events.create(conn)
        S.runs.create(conn)
        S.rejected.create(conn)
        conn.execute(insert(S.schema_version).values(version=1, applied_at=datetime(2026, 1, 1)))
        for aid, source in (("v1", "Alpha"), ("v2", "Beta")):
            conn.execute(
                text(
                    "INSERT INTO articles (id, published, source, text, content_hash, sentences,"
                    " coded_at, coder) VALUES (:id, '2021-10-26', :src, :text, 'h', 1,"
                    " '2026-01-01 00:00:00', 't')"
                ),
                {"id": aid, "src": source, "text": f"Report {aid} of the meeting."},
            )
            e = event(aid, 1, "AZEGOV", "TUR")
            conn.execute(insert(old_events).values(_v1_row(e)))
    engine.dispose()
    store = open_store(db_url)
    assert store.version() == S.LATEST
    (record,) = store.events()
    assert (record["mentions"], record["sources"]) == (2, 2)
    assert store.counts()["mentions"] == 2
    store.engine.dispose()


_V1_ARTICLES = """CREATE TABLE articles (
    id VARCHAR(64) PRIMARY KEY, published DATE, source VARCHAR(200), url TEXT, title TEXT,
    origin TEXT, text TEXT NOT NULL, content_hash VARCHAR(40) NOT NULL,
    sentences INTEGER NOT NULL, coded_at TIMESTAMP NOT NULL, coder VARCHAR(40) NOT NULL)"""


def _v1_row(e):  # type: ignore[no-untyped-def]
    import json

    return {
        "id": e.id,
        "article_id": e.article_id,
        "date": e.date,
        "date_precision": e.date_precision,
        "event_type": e.event_type,
        "cameo": e.cameo,
        "root": e.cameo[:2],
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "source_country": e.source.country,
        "source_code": e.source.code,
        "target_country": e.target.country,
        "target_code": e.target.code,
        "reciprocal": e.reciprocal,
        "negated": e.negated,
        "modality": e.modality,
        "confidence": e.confidence,
        "record": json.dumps(e.to_dict()),
    }


def test_check_finds_and_repair_fixes_inconsistencies(store: Store) -> None:
    store.save(Article("k1", "One.", date(2021, 10, 26)), [event("k1", 1, "AZEGOV", "TUR")], 1, "t")
    store.save(Article("k2", "Two.", date(2021, 10, 26)), [event("k2", 1, "AZEGOV", "TUR")], 1, "t")
    assert store.check() == []
    with store.engine.begin() as conn:  # damage: a wrong count and an orphan mention
        conn.execute(S.events.update().values(mentions=7))
        conn.execute(text("UPDATE mentions SET event_id = 'gone' WHERE id = 'k2-1'"))
    problems = store.check()
    assert any("missing event" in p for p in problems)
    assert any("wrong mention count" in p for p in problems)
    store.repair()
    assert store.check() == []
    (record,) = store.events()
    assert record["mentions"] == 2


def test_dyad_pages_merge_both_directions_by_date(store: Store) -> None:
    days = [date(2021, 1, d) for d in (3, 9, 5, 7, 1)]
    events = [
        event("y1", n, "AZE" if n % 2 else "TUR", "TUR" if n % 2 else "AZE", day=day)
        for n, day in enumerate(days)
    ]
    store.save(Article("y1", "One.", date(2021, 1, 10)), events, 1, "t")
    dated = [e["date"] for e in store.events(EventQuery(dyad=("AZE", "TUR"), limit=3, offset=1))]
    assert dated == ["2021-01-07", "2021-01-05", "2021-01-03"]
    assert store.count_events(EventQuery(dyad=("TUR", "AZE"))) == 5
