"""A small store for the API and dashboard tests: hand-made events saved through Store.save."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from tacitus.api import create_app
from tacitus.config import Settings
from tacitus.models import Article, Event, Evidence, Location, RunReport
from tacitus.pipeline import ArticleResult
from tacitus.store import Store, open_store

from ..store.factory import article, event

TOKEN = "test-token-0123456789"
BAKU = Location("Baku", "AZE", None, 40.4093, 49.8671, 587084, "city")
SENTENCE = "Azerbaijani Defence Minister Zakir Hasanov met Turkish officials in Baku on Monday."
EVIL = (
    'Armenia <script>alert("x")</script> condemned <img src=x onerror="alert(1)"> '
    "Azerbaijan on Tuesday."
)


def evidence(sentence: str, trigger: str, source: str, target: str, day: str | None) -> Evidence:
    def span(word: str) -> tuple[int, int]:
        start = sentence.index(word)
        return (start, start + len(word))

    return Evidence(
        0, sentence, span(trigger), span(source), span(target), span(day) if day else None, "t"
    )


def fill(store: Store) -> dict[str, str]:
    """Three articles: two reports of one AZE-TUR meeting (merged into one event), a war
    report, and an article whose text carries markup. Returns names -> event ids."""
    meet = replace(
        event("a1", 1, "AZEGOVMIL", "TURGOV", place=BAKU),
        evidence=evidence(
            SENTENCE, "met", "Azerbaijani Defence Minister Zakir Hasanov", "Turkish", "Monday"
        ),
    )
    store.save(
        article("a1", "Wire"),
        [meet, event("a1", 2, "ARM", "AZE", "190", date(2020, 9, 27))],
        3,
        "t",
    )
    store.save(
        Article(
            "a2",
            "Another report of the meeting.",
            date(2021, 10, 26),
            "Daily",
            "https://daily.example/a2",
        ),
        [event("a2", 1, "AZEGOV", "TUR")],
        1,
        "t",
    )
    evil = replace(
        event("a3", 1, "ARM", "AZE", "111", date(2022, 5, 3)),
        event_type="DISAPPROVE",
        quad_class=3,
        goldstein=-2.0,
        evidence=evidence(EVIL, "condemned", "Armenia", "Azerbaijan", "Tuesday"),
    )
    store.save(
        Article("a3", EVIL, date(2022, 5, 4), "<b>Evil</b>", "javascript:alert(3)", "<i>t</i>"),
        [evil],
        1,
        "t",
    )
    ids = {"meeting": "a1-1", "war": "a1-2", "evil": "a3-1"}
    assert {e["id"] for e in store.events()} == set(ids.values())
    return ids


class FakePipeline:
    """Stands in for the spaCy pipeline: one CONSULT event per article, AZEGOV -> TUR."""

    def __init__(self) -> None:
        self.calls = 0

    def code(
        self, articles: Iterable[Article], report: RunReport | None = None
    ) -> Iterator[ArticleResult]:
        for a in articles:
            self.calls += 1
            e: Event = replace(event(a.id, 1, "AZEGOV", "TUR", day=a.published), article_id=a.id)
            yield ArticleResult(a, [e], sentences=1)


def make_client(store: Store, token: str | None = TOKEN, pipeline: object = None, **api: object):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    settings = Settings().override("api", token=token or "", **api)
    return TestClient(create_app(settings, store=store, pipeline=pipeline))  # type: ignore[arg-type]


def filled_store(tmp: Path) -> tuple[Store, dict[str, str]]:
    store = open_store(str(tmp / "api.db"))
    return store, fill(store)
