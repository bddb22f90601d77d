"""`tacitus events`, `timeline` and `export` over a store filled by hand (no spaCy)."""

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.models import Article
from tacitus.store import open_store

from ..store.factory import event

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "s.db")
    store = open_store(path)
    store.save(
        Article("c1", "One.", date(2021, 12, 31), "Alpha"),
        [
            event("c1", 1, "AZEGOV", "TUR", day=date(2021, 10, 5)),
            event("c1", 2, "TUR", "AZE", "190", day=date(2021, 12, 3)),
            event("c1", 3, "GEOGOV", "ARM", day=date(2021, 12, 4)),
        ],
        3,
        "t",
    )
    store.engine.dispose()
    return path


def test_events_filters(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--country", "aze", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2
    result = runner.invoke(app, ["events", "--db", db, "--dyad", "ARM-GEO", "-f", "csv"])
    assert len(list(csv.reader(result.stdout.splitlines()))) == 2
    assert runner.invoke(app, ["events", "--db", db, "--dyad", "ARM"]).exit_code == 2


def test_timeline_table_csv_and_plot(db: str, tmp_path: Path) -> None:
    plot = tmp_path / "t.svg"
    result = runner.invoke(
        app, ["timeline", "AZE", "TUR", "--db", db, "-f", "jsonl", "--plot", str(plot)]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [(r["period"], r["direction"], r["events"]) for r in rows][:2] == [
        ("2021-10-01", "AZE>TUR", 1),
        ("2021-10-01", "TUR>AZE", 0),
    ]
    assert plot.stat().st_size > 1000
    table = runner.invoke(app, ["timeline", "AZE", "TUR", "--db", db, "--freq", "year"])
    assert "AZE>TUR" in table.stdout
    bad = runner.invoke(app, ["timeline", "AZE", "TUR", "--db", db, "--freq", "day"])
    assert bad.exit_code == 2 and "unknown frequency" in bad.output


def test_export_each_format(db: str, tmp_path: Path) -> None:
    for fmt, name in (
        ("gdelt", "g.CSV"),
        ("icews", "i.tsv"),
        ("plover", "p.jsonl"),
        ("csv", "c.csv"),
        ("parquet", "e.parquet"),
    ):
        result = runner.invoke(
            app, ["export", "--db", db, "-f", fmt, "--out", str(tmp_path / name)]
        )
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "g.mentions.CSV").exists()
    dyad = runner.invoke(
        app,
        ["export", "--db", db, "-f", "csv", "--dyad", "AZE-TUR", "--out", str(tmp_path / "d.csv")],
    )
    assert "wrote 2 event(s)" in dyad.stdout
