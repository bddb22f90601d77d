"""The Dask path: a LocalCluster run stores exactly what a single-process run stores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tacitus.cluster import code_partition, ingest_on_cluster, partitions
from tacitus.config import Settings
from tacitus.models import Rejected
from tacitus.run import ingest_inputs, sample_corpus
from tacitus.store import open_store

from .store.factory import snapshot


def test_partitions_group_files_by_size(tmp_path: Path) -> None:
    for name, size in (("a.txt", 600), ("b.txt", 600), ("c.txt", 3000), ("d.txt", 10)):
        (tmp_path / name).write_text("x" * size)
    parts = list(partitions([str(tmp_path), str(tmp_path / "missing.txt")], 1000))
    names = [[Path(p).name for p in part] for part in parts if not isinstance(part, Rejected)]
    assert names == [["a.txt"], ["b.txt"], ["c.txt"], ["d.txt"]]
    assert any(isinstance(p, Rejected) for p in parts)
    assert [len(p) for p in partitions([str(tmp_path)], 10_000)] == [4]


@pytest.mark.slow
def test_local_cluster_run_equals_single_process_run(pipeline: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sample_corpus().iterdir():
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "zz-empty.txt").write_text("")  # rejected, and nothing else lost
    (corpus / "zz-binary.txt").write_bytes(bytes(range(256)) * 8)

    single_db = str(tmp_path / "single.db")
    single = ingest_inputs([str(corpus)], pipeline, open_store(single_db))

    settings = Settings().override("store", db=str(tmp_path / "dask.db"))
    settings = settings.override("cluster", partition_bytes=20_000)
    store = open_store(settings.store.db)
    seen: list[tuple[int, int]] = []
    report = ingest_on_cluster(
        [str(corpus)], settings, store, workers=2, progress=lambda a, e: seen.append((a, e))
    )
    assert snapshot(settings.store.db) == snapshot(single_db)
    assert report.articles == single.articles - single.copies or report.articles > 20
    assert sorted(r.item for r in report.rejected) == sorted(r.item for r in single.rejected)
    assert len(seen) > 2 and seen[-1][0] >= report.articles  # progress per partition

    again = ingest_on_cluster([str(corpus)], settings, store, workers=1)
    assert again.articles == 0 and again.skipped >= report.articles


def test_a_bad_partition_is_rejected_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """code_partition turns a failure outside any article into a Rejected record."""

    class Broken:
        def code(self, articles: Any, report: Any) -> Any:
            raise RuntimeError("model exploded")

    (tmp_path / "a.txt").write_text("Armenia and Azerbaijan held talks in Brussels on Monday.")
    monkeypatch.setattr("tacitus.cluster._worker_state", lambda s: (Broken(), None))
    result = code_partition(0, [str(tmp_path / "a.txt")], Settings(), None)
    assert result.coded == [] and "model exploded" in result.rejected[0].reason
