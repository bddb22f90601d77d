"""A person learned in one ingest run resolves by surname in a later run; review by CLI."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()


def test_learning_persists_across_runs_and_can_be_rejected(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    first = tmp_path / "first.txt"
    first.write_text(
        "date 2024-05-06\n\nGeorgian Defence Minister Levan Brekashvili met NATO officials in "
        "Brussels on Monday to discuss joint exercises.\n"
    )
    second = tmp_path / "second.txt"
    second.write_text(
        "date 2024-06-10\n\nBrekashvili criticised Russia on Sunday over the occupation of "
        "Georgian territory.\n"
    )
    assert runner.invoke(app, ["ingest", str(first), "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["actors", "learned", "--db", db, "-f", "jsonl"])
    rows = [json.loads(x) for x in listed.stdout.splitlines() if x.startswith("{")]
    assert [(r["name"], r["code"], r["status"]) for r in rows] == [
        ("Levan Brekashvili", "GEOGOVMIL", "pending")
    ]
    assert runner.invoke(app, ["ingest", str(second), "--db", db]).exit_code == 0
    events = runner.invoke(app, ["events", "--db", db, "--source", "GEO", "-f", "jsonl"])
    sources = {json.loads(x)["source"]["text"] for x in events.stdout.splitlines()}
    assert "Brekashvili" in sources

    reviewed = runner.invoke(
        app, ["actors", "learned", "--db", db, "--reject", "Levan Brekashvili", "-f", "csv"]
    )
    assert reviewed.exit_code == 0 and "rejected" in reviewed.stdout
    assert "rejected Levan Brekashvili" in reviewed.stderr
