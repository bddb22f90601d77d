"""Ingest on a Dask cluster: a LocalCluster on this machine, or any running scheduler.

    inputs ──expand──> files ──partition by size──> tasks on workers ──> results ──> store
                                                    (read + code)          (client saves,
                                                                            in input order)

Each worker builds its `Pipeline` once (kept on the worker object, keyed by the settings) and
codes whole partitions: a partition is a run of input files of about `[cluster]
partition_bytes`. A failing article becomes a `Rejected` in its partition's result, never a
failed task. The client is the only writer: it saves each partition's articles as results come
back, in input order (a bounded window of partitions is in flight), so a cluster run leaves
exactly the store a single-process run would, each article saved once in its own transaction;
rerunning after a crash skips what was stored. Workers that can reach the store (always on a
LocalCluster; with PostgreSQL on a real cluster) skip stored articles before coding them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tacitus.actors.learned import LearnedActor, LearnedActors
from tacitus.config import Settings
from tacitus.errors import TacitusError
from tacitus.ingest.readers import expand, read_path
from tacitus.models import Article, Event, Rejected, RunReport
from tacitus.pipeline import CODER, ArticleResult, Pipeline
from tacitus.store import Store

# A LocalCluster shares the machine with its client: its processes sample their own CPU and
# memory every 2 s, not Dask's default 0.5 s, and skip the host-wide disk counters (no
# dashboard shows them; on 2 cores the sampling took several percent of the client's time).
QUIET_MONITOR = {
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
}

Progress = Callable[[int, int], None]  # (articles done, events) after each partition


@dataclass(frozen=True, slots=True)
class Coded:
    article: Article
    events: tuple[Event, ...]
    sentences: int
    learned: tuple[LearnedActor, ...] = ()


@dataclass(slots=True)
class PartitionResult:
    index: int
    coded: list[Coded] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: int = 0
    sentences: int = 0
    parsed_sentences: int = 0


def partitions(inputs: Iterable[str], max_bytes: int) -> Iterator[list[str] | Rejected]:
    """Input files grouped into runs of about `max_bytes` (a bigger file is its own run)."""
    run: list[str] = []
    size = 0
    for path in expand(inputs):
        if isinstance(path, Rejected):
            yield path
            continue
        try:
            n = path.stat().st_size
        except OSError:
            n = 0
        if run and size + n > max_bytes:
            yield run
            run, size = [], 0
        run.append(str(path))
        size += n
    if run:
        yield run


def _worker_state(settings: Settings) -> tuple[Pipeline, Store | None]:
    """This worker's pipeline and read-only store handle, built on first use."""
    from distributed import get_worker

    worker = get_worker()
    state = getattr(worker, "_tacitus_state", None)
    if state is None or state[0] != settings:
        store = None
        try:
            from sqlalchemy import create_engine

            from tacitus.store.sql import engine_url

            store = Store(create_engine(engine_url(settings.store.db)), settings.dedup)
            store.version()  # reachable?
        except Exception:  # the store is not reachable from this worker: code everything
            store = None
        learned = LearnedActors(store.learned()) if store is not None else None
        state = (settings, Pipeline(settings, learned=learned), store)
        worker._tacitus_state = state  # type: ignore[attr-defined]
    return state[1], state[2]


def code_partition(
    index: int, paths: list[str], settings: Settings, published: date | None
) -> PartitionResult:
    """Read and code one partition on a worker. Never raises for a bad input or article."""
    pipeline, store = _worker_state(settings)
    result = PartitionResult(index)
    report = RunReport()

    def articles() -> Iterator[Article]:
        for path in paths:
            for item in read_path(Path(path), settings.ingest, published):
                if isinstance(item, Rejected):
                    result.rejected.append(item)
                elif store is not None and _stored(store, item):
                    result.skipped += 1
                else:
                    yield item

    try:
        for out in pipeline.code(articles(), report):
            if isinstance(out, ArticleResult):
                result.coded.append(
                    Coded(out.article, tuple(out.events), out.sentences, tuple(out.learned))
                )
    except Exception as exc:  # a failure outside any one article: the partition is rejected
        result.rejected.append(
            Rejected(",".join(paths)[:500], "coding", f"{type(exc).__name__}: {exc}")
        )
    result.rejected.extend(report.rejected)
    result.sentences = report.sentences
    result.parsed_sentences = report.parsed_sentences
    return result


def _stored(store: Store, article: Article) -> bool:
    try:
        return store.has_article(article)
    except Exception:  # a store that cannot answer does not stop the coding
        return False


def ingest_on_cluster(
    inputs: Iterable[str],
    settings: Settings,
    store: Store,
    published: date | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    command: str = "ingest --workers",
    before_close: Callable[[Any], None] | None = None,
) -> RunReport:
    """Code `inputs` on Dask workers and save the results into `store` (see module doc)."""
    try:
        import dask
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
        raise TacitusError(f"Dask distributed is not installed ({exc})") from None
    cfg = settings.cluster
    report = RunReport()
    run_id = store.start_run(command)
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=cfg.connect_timeout_s)
        else:
            with dask.config.set(QUIET_MONITOR):
                cluster = LocalCluster(
                    n_workers=workers or cfg.workers or 2,
                    threads_per_worker=1,
                    processes=True,
                    memory_limit=cfg.worker_memory,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        raise TacitusError(
            f"cannot reach the Dask scheduler {scheduler or '(local)'} ({exc}); start one with "
            "`dask scheduler` and workers with `dask worker tcp://HOST:8786`"
        ) from None
    try:
        window = max(2, 2 * len(client.scheduler_info()["workers"]))
        parts = (p for p in partitions(inputs, cfg.partition_bytes))
        pending: dict[int, PartitionResult] = {}
        next_save = 0
        submitted = 0
        futures = as_completed()
        events = 0

        def submit_more() -> None:
            nonlocal submitted
            while futures.count() < window:
                part = next(parts, None)
                if part is None:
                    return
                if isinstance(part, Rejected):
                    report.rejected.append(part)
                    continue
                futures.add(
                    client.submit(code_partition, submitted, part, settings, published, pure=False)
                )
                submitted += 1

        submit_more()
        for future in futures:
            result: PartitionResult = future.result()
            future.release()
            pending[result.index] = result
            submit_more()  # before saving, so the workers never wait on the client's writes
            while next_save in pending:
                done = pending.pop(next_save)
                events += _save(store, done, report)
                next_save += 1
                if progress is not None:
                    progress(report.articles + report.skipped + report.copies, events)
        if before_close is not None:
            before_close(client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        store.finish_run(run_id, report)
    return report


def _save(store: Store, result: PartitionResult, report: RunReport) -> int:
    report.rejected.extend(result.rejected)
    report.skipped += result.skipped
    report.sentences += result.sentences
    report.parsed_sentences += result.parsed_sentences
    events = 0
    for item in result.coded:
        if store.has_article(item.article):
            report.skipped += 1
            continue
        saved = store.save(item.article, item.events, item.sentences, CODER, None, item.learned)
        if saved.duplicate_of:
            report.copies += 1
        else:
            report.articles += 1
            report.events += len(item.events)
            events += len(item.events)
    return events


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_peak_memory_mb(client: Any) -> dict[str, float]:
    """Each worker's peak resident memory in MB (for benchmarks)."""
    return dict(client.run(_peak_rss_mb))
