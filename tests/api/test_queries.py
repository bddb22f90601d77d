"""The dashboard's own reads (api/queries.py) on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from tacitus.api.queries import (
    actor_rows,
    article_mentions,
    dyad_types,
    quad_series,
    search_actors,
    search_countries,
    search_sentences,
    top_dyads,
)
from tacitus.store import Store

from .data import fill


def test_dashboard_reads(store: Store) -> None:
    ids = fill(store)
    series = quad_series(store, "year")
    assert [p.period for p in series] == [date(2020, 1, 1), date(2021, 1, 1), date(2022, 1, 1)]
    assert [p.counts for p in series] == [(0, 0, 0, 1), (1, 0, 0, 0), (0, 0, 1, 0)]
    assert series[1].goldstein_mean == 1.0
    assert len(quad_series(store, "month", since=date(2021, 1, 1))) == 8  # 2021-10 .. 2022-05

    dyads = top_dyads(store)
    assert [(d.a, d.b, d.events, d.cooperation, d.conflict) for d in dyads] == [
        ("ARM", "AZE", 2, 0, 2),
        ("AZE", "TUR", 1, 1, 0),
    ]
    assert dyad_types(store, "aze", "arm") == ["ASSAULT", "DISAPPROVE"]
    assert [a["name"] for a in actor_rows(store, "azegovmil")] == ["AZEGOVMIL"]
    assert [a["code"] for a in search_actors(store, "azeg")] == ["AZEGOV", "AZEGOVMIL"]
    assert [c["code"] for c in search_countries(store, "turkish")] == ["TUR"]
    assert search_countries(store, "tu") == []  # names need three letters; codes match whole
    assert [e["id"] for e in search_sentences(store, "HASANOV MET")] == [ids["meeting"]]
    assert search_sentences(store, "50%") == [] and search_sentences(store, "_") == []
    assert [m["cameo"] for m in article_mentions(store, "a1")] == ["040", "190"]
