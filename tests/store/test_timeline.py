"""Dyad timelines: periods, both directions, zero-filled, and the picture."""

from datetime import date
from pathlib import Path

import pytest

from tacitus.errors import TacitusError
from tacitus.models import Article
from tacitus.store import Store
from tacitus.store.timeline import next_period, period_start, plot_timeline, timeline

from .factory import event


def test_periods() -> None:
    assert period_start(date(2021, 10, 27), "week") == date(2021, 10, 25)
    assert period_start(date(2021, 10, 27), "month") == date(2021, 10, 1)
    assert period_start(date(2021, 10, 27), "year") == date(2021, 1, 1)
    assert next_period(date(2021, 12, 1), "month") == date(2022, 1, 1)


def test_timeline_counts_by_quad_in_both_directions(store: Store, tmp_path: Path) -> None:
    store.save(
        Article("t1", "One.", date(2021, 12, 31)),
        [
            event("t1", 1, "AZEGOV", "TUR", day=date(2021, 10, 5)),
            event("t1", 2, "AZEMIL", "TUR", day=date(2021, 10, 20)),
            event("t1", 3, "TUR", "AZE", "190", day=date(2021, 12, 3)),
        ],
        3,
        "t",
    )
    rows = timeline(store, "aze", "tur", "month")
    assert [(r.period.isoformat(), r.direction, r.events) for r in rows] == [
        ("2021-10-01", "AZE>TUR", 2),
        ("2021-10-01", "TUR>AZE", 0),
        ("2021-11-01", "AZE>TUR", 0),
        ("2021-11-01", "TUR>AZE", 0),
        ("2021-12-01", "AZE>TUR", 0),
        ("2021-12-01", "TUR>AZE", 1),
    ]
    assert rows[0].counts == (2, 0, 0, 0) and rows[0].goldstein_mean == 1.0
    assert rows[-1].counts == (0, 0, 0, 1) and rows[-1].to_dict()["goldstein_sum"] == -10.0
    assert rows[1].goldstein_mean is None
    assert len(timeline(store, "AZE", "TUR", "year")) == 2
    for name in ("t.png", "t.svg"):
        out = plot_timeline(rows, tmp_path / name, "AZE and TUR")
        assert out.stat().st_size > 1000
    assert (tmp_path / "t.svg").read_text().startswith("<?xml")
    with pytest.raises(TacitusError, match=r"\.png or \.svg"):
        plot_timeline(rows, tmp_path / "t.pdf", "x")
    with pytest.raises(TacitusError, match="unknown frequency"):
        timeline(store, "AZE", "TUR", "day")
    assert timeline(store, "AZE", "GEO") == []
