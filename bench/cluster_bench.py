"""Dask benchmark: the same corpus coded by one worker and by two, and each worker's memory.

    .venv/bin/python bench/cluster_bench.py [--articles 2000] [--out bench/out/cluster.json]

The corpus is made of the bundled sample articles' sentences, shuffled into distinct articles
(written as JSON Lines files of 50 articles), so no article is a copy of another. Each run goes
into a fresh SQLite store through `tacitus.cluster.ingest_on_cluster`, cluster start-up and the
workers' pipeline loading included. Figures: wall time and articles/s per run, the speed-up of
two workers over one, and the peak resident memory of each worker.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from tacitus.cluster import ingest_on_cluster, worker_peak_memory_mb
from tacitus.config import Settings
from tacitus.ingest import read_inputs
from tacitus.models import Article
from tacitus.nlp import split_sentences
from tacitus.run import sample_corpus
from tacitus.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(folder: Path, n: int, per_file: int = 50) -> int:
    """n articles of 6-14 sentences drawn from the sample corpus; returns the word count."""
    base = [a for a in read_inputs([str(sample_corpus())]) if isinstance(a, Article)]
    sentences = [a.text[s:e] for a in base for s, e in split_sentences(a.text)]
    rng = random.Random(11)
    words = 0
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(0, n, per_file):
        with (folder / f"part-{f // per_file:04d}.jsonl").open("w", encoding="utf-8") as out:
            for i in range(f, min(n, f + per_file)):
                text = " ".join(rng.sample(sentences, rng.randint(6, 14)))
                words += len(text.split())
                record = {"id": f"c{i}", "text": text, "published": "2024-03-06"}
                out.write(json.dumps(record) + "\n")
    return words


def run(corpus: Path, tmp: Path, workers: int) -> dict[str, Any]:
    db = str(tmp / f"cluster-{workers}.db")
    settings = Settings().override("store", db=db).override("dedup", enabled=False)
    settings = settings.override("cluster", partition_bytes=60_000)
    store = open_store(db, settings.dedup)
    memory: dict[str, float] = {}
    t0 = time.perf_counter()
    report = ingest_on_cluster(
        [str(corpus)],
        settings,
        store,
        workers=workers,
        before_close=lambda client: memory.update(worker_peak_memory_mb(client)),
    )
    secs = time.perf_counter() - t0
    return {
        "workers": workers,
        "seconds": round(secs, 1),
        "articles": report.articles,
        "events": report.events,
        "rejected": len(report.rejected),
        "articles_per_s": round(report.articles / secs, 2),
        "worker_peak_rss_mb": sorted(round(v) for v in memory.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "cluster.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        words = make_corpus(tmp / "corpus", args.articles)
        one = run(tmp / "corpus", tmp, 1)
        two = run(tmp / "corpus", tmp, 2)
    summary = {
        "articles": args.articles,
        "words": words,
        "one_worker": one,
        "two_workers": two,
        "speedup_2_vs_1": round(one["seconds"] / two["seconds"], 2),
        "max_worker_peak_rss_mb": max(one["worker_peak_rss_mb"] + two["worker_peak_rss_mb"]),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=2))
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
