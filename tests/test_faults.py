"""Faults: processes killed, the database read-only or full, PostgreSQL restarted, readers
racing a writer. After each, a rerun completes and the store is consistent and complete."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, insert, text

from tacitus.errors import StoreError
from tacitus.run import ingest_inputs, sample_corpus
from tacitus.store import EventQuery, engine_url, open_store
from tacitus.store import schema as S
from tacitus.store.timeline import timeline

from .store.factory import event as make_event
from .store.factory import snapshot

pytestmark = pytest.mark.slow
CLI = [sys.executable, "-c", "from tacitus.cli import main; main()"]


def tacitus(*args: str, **kw: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TACITUS_NLP_BATCH_SIZE": "2"}
    return subprocess.Popen(
        [*CLI, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw
    )


def finish(proc: subprocess.Popen[bytes], timeout: float = 900) -> tuple[int, str]:
    """Wait for a process; its exit status and what it wrote on stderr."""
    _, err = proc.communicate(timeout=timeout)
    return proc.returncode, (err or b"").decode()


def articles_in(url: str) -> int:
    engine = create_engine(engine_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM articles")).scalar() or 0)
    except Exception:  # the schema may not exist yet
        return 0
    finally:
        engine.dispose()


def wait_for(url: str, n: int, proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while articles_in(url) < n and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before the fault could be injected"


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The store an uninterrupted single-process ingest of the sample corpus leaves."""
    db = str(tmp_path_factory.mktemp("reference") / "reference.db")
    status, err = finish(tacitus("ingest", str(sample_corpus()), "--db", db))
    assert status == 0, err
    return snapshot(db)


def rerun_and_compare(url: str, expected: dict[str, Any]) -> None:
    status, err = finish(tacitus("ingest", str(sample_corpus()), "--db", url))
    assert status == 0, err
    store = open_store(url)
    assert store.check() == []
    store.engine.dispose()
    assert snapshot(url) == expected


def test_sigkill_during_a_dask_run(reference: dict[str, Any], tmp_path: Path) -> None:
    db = str(tmp_path / "dask.db")
    proc = tacitus(
        "ingest", str(sample_corpus()), "--db", db, "--workers", "2", start_new_session=True
    )
    wait_for(db, 3, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the client and its worker processes
    finish(proc)
    assert open_store(db).check() == []
    rerun_and_compare(db, reference)


def test_sigkill_during_a_migration(tmp_path: Path) -> None:
    """A version 1 database big enough that migration 2 takes a while, killed during it."""
    db = str(tmp_path / "v1.db")
    con = sqlite3.connect(db)
    con.executescript(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP);"
        "INSERT INTO schema_version VALUES (1, '2026-01-01 00:00:00');"
        "CREATE TABLE articles (id VARCHAR(64) PRIMARY KEY, published DATE, source VARCHAR(200),"
        " url TEXT, title TEXT, origin TEXT, text TEXT NOT NULL, content_hash VARCHAR(40) NOT NULL,"
        " sentences INTEGER NOT NULL, coded_at TIMESTAMP NOT NULL, coder VARCHAR(40) NOT NULL);"
    )
    con.close()
    engine = create_engine(engine_url(db))
    old = S.v1_events_table()
    with engine.begin() as conn:
        old.create(conn)
        S.runs.create(conn)
        S.rejected.create(conn)
        for i in range(1500):
            aid = f"a{i}"
            conn.execute(
                text(
                    "INSERT INTO articles VALUES (:id, '2021-10-26', 'src', NULL, NULL, NULL,"
                    " :t, 'h', 1, '2026-01-01 00:00:00', 't')"
                ),
                {"id": aid, "t": f"Report number {i} about talks between two countries."},
            )
            for n in range(3):
                e = make_event(
                    aid, n, "AZEGOV", ["TUR", "GEO", "ARM"][n], day=date(2021, 1 + i % 12, 1 + n)
                )
                record = e.to_dict()
                conn.execute(
                    insert(old),
                    {
                        "id": e.id,
                        "article_id": aid,
                        "date": e.date,
                        "date_precision": "day",
                        "event_type": e.event_type,
                        "cameo": e.cameo,
                        "root": e.cameo[:2],
                        "quad_class": e.quad_class,
                        "goldstein": e.goldstein,
                        "source_country": "AZE",
                        "source_code": "AZEGOV",
                        "target_country": record["target"]["country"],
                        "target_code": record["target"]["code"],
                        "reciprocal": False,
                        "negated": False,
                        "modality": "asserted",
                        "confidence": 0.8,
                        "record": json.dumps(record),
                    },
                )
    engine.dispose()
    proc = tacitus("check", "--db", db)
    time.sleep(4.0)  # imports, then well into the migration
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    finish(proc)
    con = sqlite3.connect(db)
    version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    con.close()
    assert version in (1, S.LATEST) or version is not None  # a whole migration or none
    store = open_store(db)  # finishes the job
    assert store.version() == S.LATEST and store.check() == []
    counts = store.counts()
    assert (counts["articles"], counts["mentions"]) == (1500, 4500)
    store.engine.dispose()
    assert killed or version == S.LATEST


def test_a_read_only_database_is_a_clear_error_and_loses_nothing(
    reference: dict[str, Any], tmp_path: Path
) -> None:
    db = tmp_path / "ro.db"
    open_store(str(db)).engine.dispose()
    ro = f"sqlite:///file:{db}?mode=ro&uri=true"
    status, err = finish(tacitus("ingest", str(sample_corpus()), "--db", ro))
    assert status == 2, err
    assert "readonly" in err or "read-only" in err, err
    assert "Traceback" not in err
    rerun_and_compare(str(db), reference)


def test_a_full_disk_stops_the_run_cleanly_and_a_rerun_finishes(
    pipeline: Any, reference: dict[str, Any], tmp_path: Path
) -> None:
    db = str(tmp_path / "full.db")
    store = open_store(db)
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(store.engine, "connect")
    def _small_disk(dbapi_conn: Any, _: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 40}")

    store.engine.dispose()  # new connections get the limit
    with pytest.raises(StoreError, match="full"):
        ingest_inputs([str(sample_corpus())], pipeline, store)
    stored = articles_in(db)
    assert 0 < stored < len(reference["articles"])
    store.engine.dispose()
    fresh = open_store(db)  # "space freed": no limit on new connections
    assert fresh.check() == []
    fresh.engine.dispose()
    rerun_and_compare(db, reference)


def test_postgresql_restarted_mid_ingest(reference: dict[str, Any], pg_url: str) -> None:
    from .conftest import drop_all

    bindir, data = os.environ.get("TACITUS_TEST_PG_BINDIR"), os.environ.get("TACITUS_TEST_PG_DATA")
    if not bindir or not data:
        pytest.skip("no private PostgreSQL to restart (run through `make test`)")
    drop_all(pg_url)
    proc = tacitus("ingest", str(sample_corpus()), "--db", pg_url)
    wait_for(pg_url, 3, proc)
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    log = str(Path(data).parent / "server.log")  # the server must not inherit our pipes
    subprocess.run(
        [*run_as, f"{bindir}/pg_ctl", "-D", data, "-l", log, "-m", "fast", "-w", "restart"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )
    first, err = finish(proc)
    print(f"ingest across the restart ended with status {first}: {err[-300:]}")
    assert "Traceback" not in err
    assert first in (0, 2), err  # rode it out (retries), or stopped with a clear error
    rerun_and_compare(pg_url, reference)
    drop_all(pg_url)


def test_readers_while_an_ingest_writes(reference: dict[str, Any], tmp_path: Path) -> None:
    db = str(tmp_path / "busy.db")
    open_store(db).engine.dispose()
    proc = tacitus("ingest", str(sample_corpus()), "--db", db)
    errors: list[BaseException] = []
    reads = [0]

    def reader() -> None:
        store = open_store(db)
        while proc.poll() is None:
            try:
                list(store.events(EventQuery(limit=50)))
                store.count_events(EventQuery(country="AZE"))
                timeline(store, "ARM", "AZE", "month")
                reads[0] += 1
            except BaseException as exc:
                errors.append(exc)
                return
        store.engine.dispose()

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    status, err = finish(proc)
    assert status == 0, err
    for t in threads:
        t.join()
    assert not errors, errors
    assert reads[0] > 10
    assert snapshot(db) == reference  # no lost writes
