"""End to end on the shared samples: the CLI's JSON output against the gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tacitus.cli import app

from .accuracy.gate import dates_correct

pytestmark = pytest.mark.slow


def run_code(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["code", *args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def countries(e: dict[str, Any]) -> tuple[str | None, str | None]:
    return (
        (e["source"] or {}).get("country"),
        (e["target"] or {}).get("country"),
    )


def satisfies(e: dict[str, Any], g: dict[str, Any]) -> bool:
    if e["cameo"][:2] != g["cameo_root"] or e["negated"]:
        return False
    src, tgt = countries(e)
    pairs = {(src, tgt), (tgt, src)} if e["reciprocal"] else {(src, tgt)}
    if "countries" in g:
        a, b = g["countries"]
        if not pairs & {(a, b), (b, a)}:
            return False
    if "source" in g and not any(p[0] == g["source"] for p in pairs):
        return False
    if "target" in g and not any(p[1] == g["target"] for p in pairs):
        return False
    if "date" in g and e["date"] != g["date"]:
        return False
    return not ("date_year" in g and not (e["date"] or "").startswith(g["date_year"]))


def test_georgia_armenia_sample_gives_every_required_event(shared: Path) -> None:
    events = run_code(str(shared / "samples" / "georgia_armenia_defence.txt"))
    gold = json.loads((shared / "samples" / "georgia_armenia_defence.gold.json").read_text())
    missing = [
        g["what"]
        for g in gold["events"]
        if not g.get("optional") and not any(satisfies(e, g) for e in events)
    ]
    assert not missing, (
        f"missing {missing}; got {[(e['cameo'], countries(e), e['date']) for e in events]}"
    )
    for e in events:
        s, t = e["evidence"]["trigger"]
        assert e["evidence"]["sentence"] and s < t


def test_dates_benchmark_at_least_22_of_25(shared: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    result = dates_correct(shared / "eval" / "dates.jsonl", pipeline)
    assert result["correct"] >= 22, result


def test_event_record_has_the_brief_fields(shared: Path) -> None:
    (e, *_) = run_code(str(shared / "samples" / "georgia_armenia_defence.txt"))
    assert set(e) >= {
        "id",
        "article_id",
        "date",
        "date_precision",
        "date_source",
        "event_type",
        "mode",
        "contexts",
        "cameo",
        "goldstein",
        "quad_class",
        "source",
        "target",
        "reciprocal",
        "negated",
        "modality",
        "location",
        "confidence",
        "evidence",
        "coder",
    }
    assert set(e["source"]) >= {"text", "name", "country", "sector", "sectors", "code", "kind"}
    assert set(e["evidence"]) >= {
        "sentence_index",
        "sentence",
        "trigger",
        "source_span",
        "target_span",
        "date_span",
        "rule",
    }


def test_html_sample_sports_sentence_gives_nothing(shared: Path) -> None:
    events = run_code(str(shared / "samples" / "kazakh_protest.html"))
    assert not [e for e in events if "football" in e["evidence"]["sentence"]]
    assert any(e["cameo"].startswith("17") for e in events)
