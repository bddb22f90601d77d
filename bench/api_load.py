"""Load test of the HTTP API on loopback: a fixed number of requests per endpoint, a few at a
time, against `tacitus serve` over a store holding the bundled sample corpus.

    .venv/bin/python bench/api_load.py [--requests 500] [--concurrency 8] [--db FILE]

Reports requests/s and latency percentiles per endpoint and fails if any request errs. The
machine is shared and noisy, so each endpoint's rate is also given as a ratio to a baseline
measured in the same run: serving the dashboard's static CSS file (the server's floor cost).
The store is built once (coding the sample corpus) into bench/out/api-load.db unless --db
is given. Only 127.0.0.1 is used.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def build_store(db: Path) -> None:
    from tacitus.pipeline import Pipeline
    from tacitus.run import ingest_inputs, sample_corpus
    from tacitus.store import open_store

    store = open_store(str(db))
    if store.counts()["articles"] == 0:
        ingest_inputs([str(sample_corpus())], Pipeline(), store, command="bench")
    store.engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TACITUS_API_TOKEN": ""}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from tacitus.cli import main; main()",
            "serve",
            "--db",
            str(db),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


async def hammer(base: str, paths: list[str], n: int, concurrency: int) -> dict[str, Any]:
    """n GET requests cycling through `paths`, `concurrency` at a time."""
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(paths[i % len(paths)])
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker() -> None:
            while not queue.empty():
                path = queue.get_nowait()
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    if r.status_code != 200:
                        errors.append(f"{path}: HTTP {r.status_code}")
                except httpx.HTTPError as exc:
                    errors.append(f"{path}: {exc!r}")
                latencies.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)

    return {
        "requests": n,
        "concurrency": concurrency,
        "seconds": round(wall, 2),
        "requests_per_s": round(n / wall, 1),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "max_ms": round(1000 * latencies[-1], 1),
        "errors": errors[:10],
        "error_count": len(errors),
    }


def reads_during_ingest(reference_db: Path, concurrency: int) -> dict[str, Any]:
    """Reads through the API while `tacitus ingest` writes the sample corpus into the same
    (new) store: no read may fail and, at the end, the store must hold what an uninterrupted
    ingest stores (the reference store), so no write was lost."""
    import tempfile

    from tacitus.run import sample_corpus
    from tacitus.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "busy.db"
        open_store(str(db)).engine.dispose()
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        writer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from tacitus.cli import main; main()",
                "ingest",
                str(sample_corpus()),
                "--db",
                str(db),
            ],
            env={**os.environ, "TACITUS_NLP_BATCH_SIZE": "4"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        paths = ["/api/events", "/api/events?country=AZE", "/api/dyads/ARM/AZE/timeline", "/"]
        rounds = []
        try:
            while writer.poll() is None:
                rounds.append(asyncio.run(hammer(base, paths, 40, concurrency)))
        finally:
            server.terminate()
            server.wait(10)
        written = open_store(str(db)).counts()
        reference = open_store(str(reference_db)).counts()
    latencies = sorted(r["p95_ms"] for r in rounds) or [0.0]
    keys = ("articles", "mentions", "events")
    return {
        "writer_exit_status": writer.returncode,
        "read_requests": sum(r["requests"] for r in rounds),
        "read_errors": sum(r["error_count"] for r in rounds),
        "errors": [e for r in rounds for e in r["errors"]][:10],
        "requests_per_s": round(
            sum(r["requests"] for r in rounds) / max(1e-9, sum(r["seconds"] for r in rounds)), 1
        ),
        "p95_ms_median_round": latencies[len(latencies) // 2],
        "stored": {k: written[k] for k in keys},
        "expected": {k: reference[k] for k in keys},
        "lost_writes": any(written[k] != reference[k] for k in keys),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=500, help="per endpoint")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--db", default=str(OUT / "api-load.db"))
    parser.add_argument("--out", default=str(OUT / "api_load.json"))
    args = parser.parse_args()
    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    build_store(db)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port)
    try:
        import httpx

        events = httpx.get(base + "/api/events", params={"limit": 1000}).json()
        ids = [e["id"] for e in events["events"]][:50]
        dyads = sorted(
            {
                (e["source"]["country"], e["target"]["country"])
                for e in events["events"]
                if e["source"]
                and e["target"]
                and e["source"]["country"]
                and e["target"]["country"]
                and e["source"]["country"] != e["target"]["country"]
            }
        )[:20]
        endpoints = {
            "GET /static/style.css (baseline)": ["/static/style.css"],
            "GET /api/events": [
                "/api/events",
                "/api/events?limit=20&offset=20",
                "/api/events?country=CHN",
                "/api/events?type=ASSAULT&min_confidence=0.5",
                "/api/events?since=2024-01-01&limit=50",
            ],
            "GET /api/dyads/{a}/{b}/timeline": [
                f"/api/dyads/{a}/{b}/timeline?freq={f}"
                for (a, b) in dyads
                for f in ("week", "month")
            ],
            "GET /api/events/{id}": [f"/api/events/{i}" for i in ids],
            "GET / (dashboard)": ["/"],
        }
        asyncio.run(hammer(base, ["/api/events", "/"], 40, 4))  # warm-up
        results = {
            name: asyncio.run(hammer(base, paths, args.requests, args.concurrency))
            for name, paths in endpoints.items()
        }
    finally:
        server.terminate()
        server.wait(10)
    floor = results["GET /static/style.css (baseline)"]["requests_per_s"]
    for r in results.values():
        r["ratio_to_baseline"] = round(r["requests_per_s"] / floor, 2)
    report = {"events_in_store": events["total"], "results": results}
    Path(args.out).write_text(json.dumps(report, indent=2))
    print(
        f"store: {events['total']} events; {args.requests} requests per endpoint, "
        f"{args.concurrency} concurrent, loopback"
    )
    print(f"{'endpoint':34} {'req/s':>8} {'ratio':>6} {'p50 ms':>7} {'p95 ms':>7} errors")
    for name, r in results.items():
        print(
            f"{name:34} {r['requests_per_s']:8} {r['ratio_to_baseline']:6} {r['p50_ms']:7} "
            f"{r['p95_ms']:7} {r['error_count']}"
        )
    busy = reads_during_ingest(db, args.concurrency)
    report["reads_during_ingest"] = busy
    Path(args.out).write_text(json.dumps(report, indent=2))
    print(
        f"reads during an ingest: {busy['read_requests']} requests, {busy['requests_per_s']} "
        f"req/s, p95 {busy['p95_ms_median_round']} ms, {busy['read_errors']} errors; stored "
        f"{busy['stored']} (expected {busy['expected']}), writer exit {busy['writer_exit_status']}"
    )
    failed = {k: v["errors"] for k, v in results.items() if v["error_count"]}
    if failed:
        raise SystemExit(f"requests failed: {failed}")
    if busy["read_errors"] or busy["lost_writes"] or busy["writer_exit_status"] != 0:
        raise SystemExit(f"reads during an ingest failed: {busy}")


if __name__ == "__main__":
    main()
