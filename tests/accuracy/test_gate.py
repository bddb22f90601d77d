"""The accuracy gate: scores on the shared benchmarks must not fall below the floors in
floors.json. Raise floors with `python tools/update_floors.py` (it refuses to lower them
without --allow-lower)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tacitus.pipeline import Pipeline

from .gate import FLOORS, MEASURES, digest, gold_path

pytestmark = pytest.mark.slow
FLOOR_DATA: dict[str, Any] = json.loads(FLOORS.read_text())


@pytest.mark.parametrize("name", sorted(FLOOR_DATA))
def test_scores_hold_their_floors(name: str, shared: Path, pipeline: Pipeline) -> None:
    path = gold_path(shared, name)
    entry = FLOOR_DATA[name]
    assert digest(path) == entry["digest"], (
        f"{name} changed since the floors were set; re-run tools/update_floors.py"
    )
    metrics = MEASURES[name](path, pipeline)
    low = {
        key: (metrics.get(key), floor)
        for key, floor in entry["floors"].items()
        if metrics.get(key, -1) < floor - 1e-9
    }
    assert not low, f"{name}: below floor (got, floor): {low}"
