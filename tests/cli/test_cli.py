"""The CLI through Typer's runner: exit codes, formats, errors as clean messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app

runner = CliRunner()


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("code", "ingest", "events", "evaluate", "explain", "demo", "dict"):
        assert command in result.stdout


def test_bad_format_and_bad_date() -> None:
    assert runner.invoke(app, ["code", "x.txt", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["code", "x.txt", "--date", "yesterday"]).exit_code == 2


def test_bad_config_is_a_clean_error(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[nlp]\nbatch_size = 'x'\n")
    result = runner.invoke(app, ["dict", "validate", "--config", str(cfg)])
    assert result.exit_code == 2
    assert "not a valid int" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_code_formats_and_rejected_exit_status(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(
        " date 2021-10-26 By Wire\n\nTurkey and Azerbaijan held talks in Baku on Monday."
    )
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["code", str(good), str(bad), "--format", "jsonl"])
    assert result.exit_code == 1
    (event,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert event["event_type"] == "CONSULT" and event["date"] == "2021-10-25"
    assert "empty file" in result.stderr
    csv = runner.invoke(app, ["code", str(good), "--format", "csv"])
    assert csv.stdout.splitlines()[0].startswith("id,article_id,date")
    table = runner.invoke(app, ["code", str(good)])
    assert "CONSULT" in table.stdout


@pytest.mark.slow
def test_explain_says_why_nothing_was_coded() -> None:
    result = runner.invoke(app, ["explain", "The weather in Baku was pleasant."])
    assert result.exit_code == 0
    assert "no trigger word matched" in result.stdout or "no actor" in result.stdout
    result = runner.invoke(
        app, ["explain", "Turkey held talks with Azerbaijan.", "--date", "2021-01-01"]
    )
    assert "event" in result.stdout and "CONSULT" in result.stdout


@pytest.mark.slow
def test_evaluate_json(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "1",
                "text": "Turkey held talks with Azerbaijan.",
                "date": "2021-01-01",
                "events": [{"source": "TUR", "target": "AZE", "code": "040"}],
            }
        )
        + "\n"
    )
    result = runner.invoke(app, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["levels"]["dyad+root"]["f1"] == 1.0


@pytest.mark.slow
def test_demo_and_ingest_are_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = runner.invoke(app, ["demo", "--db", str(db)])
    assert first.exit_code == 0, first.output
    listed = runner.invoke(
        app, ["events", "--db", str(db), "--format", "jsonl", "--limit", "100000"]
    )
    n = len(listed.stdout.splitlines())
    assert n >= 40
    again = runner.invoke(
        app, ["ingest", "--db", str(db), str(Path(__file__).parents[2] / "src/tacitus/data/corpus")]
    )
    assert again.exit_code == 0 and "coded 0 article(s)" in again.stdout
    relisted = runner.invoke(
        app, ["events", "--db", str(db), "--format", "jsonl", "--limit", "100000"]
    )
    assert len(relisted.stdout.splitlines()) == n


def test_dict_validate() -> None:
    result = runner.invoke(app, ["dict", "validate"])
    assert result.exit_code == 0, result.output
    assert "trigger patterns" in result.stdout
