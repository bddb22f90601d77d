"""The held-out gold file is well formed: every line parses, follows the gold format of
../shared/eval/README.md, and uses only CAMEO codes from ../shared/reference/cameo_codes.csv.

This checks the file, not the coder's score on it (the set is a check set: see README.md here).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

HELDOUT = Path(__file__).with_name("heldout.jsonl")
ACTOR = re.compile(r"^(---|[A-Z]{3})[A-Z]*$")
ID = re.compile(r"^HO-\d{4}$")
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def _records() -> list[dict[str, Any]]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    records = []
    for number, line in enumerate(lines, start=1):
        assert line.strip(), f"heldout.jsonl:{number}: blank line"
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            pytest.fail(f"heldout.jsonl:{number}: not JSON ({exc})")
    return records


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return _records()


@pytest.fixture(scope="module")
def cameo_codes(shared: Path) -> set[str]:
    path = shared / "reference" / "cameo_codes.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["code"] for row in csv.DictReader(handle)}


def test_every_record_has_the_gold_fields(records: list[dict[str, Any]]) -> None:
    ids = Counter(r.get("id") for r in records)
    assert not [i for i, n in ids.items() if n > 1], "duplicate ids"
    for r in records:
        where = r.get("id")
        assert set(r) == {"id", "text", "date", "events", "noevents"}, where
        assert ID.match(r["id"]), where
        assert isinstance(r["text"], str) and 12 <= len(r["text"].split()) <= 45, where
        day = date.fromisoformat(r["date"])
        assert date(2015, 1, 1) <= day <= date(2025, 12, 31), where
        assert isinstance(r["events"], list) and isinstance(r["noevents"], bool), where
        assert r["noevents"] == (not r["events"]), f"{where}: noevents must equal 'no events'"


def test_every_event_has_actor_codes_and_a_known_cameo_code(
    records: list[dict[str, Any]], cameo_codes: set[str]
) -> None:
    for r in records:
        seen = set()
        for e in r["events"]:
            where = f"{r['id']}: {e}"
            assert set(e) == {"source", "target", "code"}, where
            assert ACTOR.match(e["source"]) and ACTOR.match(e["target"]), where
            assert e["code"] in cameo_codes, f"{where}: not in cameo_codes.csv"
            key = (e["source"], e["target"], e["code"])
            assert key not in seen, f"{where}: listed twice"
            seen.add(key)


def test_the_set_covers_every_root_and_has_no_event_records(
    records: list[dict[str, Any]],
) -> None:
    assert len(records) >= 200
    assert sum(r["noevents"] for r in records) >= 30
    per_root = Counter(root for r in records for root in {e["code"][:2] for e in r["events"]})
    assert {root: per_root[root] for root in ROOTS if per_root[root] < 6} == {}
