"""Ingesting into the store: idempotent, crash-safe, and one event for one story."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select

from tacitus.run import ingest_inputs, sample_corpus
from tacitus.store import EventQuery, Store, engine_url, open_store
from tacitus.store import schema as S

from .store.factory import snapshot

pytestmark = pytest.mark.slow

ALPHA = (
    "Turkish Foreign Minister Hakan Fidan met Azerbaijani Foreign Minister Jeyhun Bayramov in "
    "Ankara on Tuesday to discuss regional transport links and the peace process with Armenia. "
    "The two ministers also reviewed preparations for a presidential visit later this spring, "
    "the Turkish foreign ministry said in a statement. Fidan said Ankara would continue to "
    "support Baku in its efforts to reach a lasting settlement."
)
STORY = [
    ("alpha-1", "Alpha News", "2024-03-06", ALPHA),
    (
        "beta-7",
        "Beta Daily",
        "2024-03-06",
        "Azerbaijan's foreign minister Jeyhun Bayramov held talks with his Turkish counterpart "
        "Hakan Fidan in the Turkish capital on Tuesday. According to Baku, the sides focused on "
        "new railway and energy projects and on normalisation with Yerevan.",
    ),
    (
        "gamma-3",
        "Gamma Post",
        "2024-03-07",
        "Hakan Fidan, Turkey's foreign minister, met Jeyhun Bayramov of Azerbaijan on March 5 in "
        "Ankara. Officials described the meeting as productive, with trade corridors and "
        "regional security on the agenda.",
    ),
    # A wire copy of the first report on another outlet.
    ("delta-2", "Delta Wire", "2024-03-06", "ANKARA (Alpha News) - " + ALPHA + " (c) Alpha News"),
]


def write_story(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for aid, source, day, text in STORY:
        record = {"id": aid, "source": source, "published": day, "text": text}
        (folder / f"{aid}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def test_one_story_from_three_sources_and_a_wire_copy_is_one_event(
    pipeline: Any, store: Store, tmp_path: Path
) -> None:
    report = ingest_inputs([str(write_story(tmp_path / "story"))], pipeline, store)
    assert report.copies == 1 and not report.rejected
    assert store.copies() == [("delta-2", "alpha-1")]
    meetings = [
        e
        for e in store.events(EventQuery(dyad=("AZE", "TUR"), cameo="04"))
        if e["date"] == "2024-03-05"
    ]
    assert len(meetings) == 1, meetings
    (meeting,) = meetings
    assert (meeting["mentions"], meeting["articles"], meeting["sources"]) == (3, 3, 3)
    detail = store.event(meeting["id"])
    assert detail is not None
    sources = {m["article"]["source"] for m in detail["mention_records"]}
    assert sources == {"Alpha News", "Beta Daily", "Gamma Post"}


def test_ingesting_twice_adds_nothing(pipeline: Any, store: Store) -> None:
    first = ingest_inputs([str(sample_corpus())], pipeline, store)
    counts = store.counts()
    second = ingest_inputs([str(sample_corpus())], pipeline, store)
    assert first.articles > 20 and second.articles == 0
    assert second.skipped == first.articles + first.copies
    assert {k: v for k, v in store.counts().items() if k != "runs"} == {
        k: v for k, v in counts.items() if k != "runs"
    }


def ingest_process(corpus: Path, db: str) -> subprocess.Popen[bytes]:
    code = "from tacitus.cli import main; main()"
    env = {**os.environ, "TACITUS_NLP_BATCH_SIZE": "2"}
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(corpus), "--db", db],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stored_articles(url: str) -> int:
    engine = create_engine(engine_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(S.articles)).scalar() or 0)
    except Exception:  # the schema may not exist yet
        return 0
    finally:
        engine.dispose()


def test_sigkill_mid_ingest_then_rerun_equals_an_uninterrupted_run(
    db_url: str, tmp_path: Path
) -> None:
    """The uninterrupted run goes into a SQLite file; the killed one into the database under
    test (SQLite or PostgreSQL); their contents must be the same."""
    corpus = sample_corpus()
    reference_db = str(tmp_path / "reference.db")
    assert ingest_process(corpus, reference_db).wait(timeout=600) == 0
    expected = snapshot(reference_db)

    proc = ingest_process(corpus, db_url)
    deadline = time.monotonic() + 300
    while stored_articles(db_url) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = stored_articles(db_url)
    assert 5 <= killed_at < len(expected["articles"])
    killed = open_store(db_url)
    assert killed.check() == []  # no partial article, no half-merged event
    killed.engine.dispose()

    assert ingest_process(corpus, db_url).wait(timeout=600) == 0
    assert snapshot(db_url) == expected
