"""Store benchmark: insert throughput and dyad timeline query time on a big synthetic store.

    .venv/bin/python bench/store_bench.py [--events 1000000] [--articles 1000]
                                          [--out bench/out/store.json]

Run by `make bench` inside tools/with-postgres.sh, so PostgreSQL is measured too
(TACITUS_TEST_PG); without it only SQLite is. Figures:

- save path: `Store.save` of synthetic articles (5 mentions each, fingerprint + copy check +
  merge + recount in one transaction), as articles/s and mentions/s, and as a ratio to a bare
  executemany insert of the same mention rows in the same run (the cost of dedup and merging);
- a store of `--events` synthetic events (bulk-loaded: loading a million events through the
  save path would take the better part of an hour here), then the dyad timeline query
  (`tacitus timeline`) for a heavy dyad (~2% of all events) and a typical one, and a filtered
  `tacitus events --dyad` page: median of 15 runs after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, text

from tacitus.models import Actor, Article, Event, Evidence
from tacitus.store import EventQuery, Store, engine_url, open_store
from tacitus.store import schema as S
from tacitus.store.sql import _mention_row  # the rows the save path writes
from tacitus.store.timeline import timeline

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = """AFG ARM AZE BLR BRA CHN COL EGY ETH FRA GBR GEO DEU IND IRN IRQ ISR JPN KAZ KEN
KGZ LBN LBY MEX NGA PAK PHL POL PSE RUS SAU SDN SOM SYR TJK TKM TUR UKR USA UZB VEN YEM ZAF
""".split()
CODES = [
    ("040", 1, 1.0),
    ("057", 1, 8.0),
    ("061", 2, 6.4),
    ("112", 3, -2.0),
    ("173", 4, -5.0),
    ("190", 4, -10.0),
    ("036", 1, 4.0),
    ("130", 3, -4.4),
    ("0841", 2, 7.0),
    ("145", 4, -7.5),
]
SECTORS = ["GOV", "MIL", "", "COP", "OPP"]
HEAVY = ("ARM", "AZE")


def synthetic_event(rng: random.Random, n: int, article: str) -> Event:
    if rng.random() < 0.02:
        src, tgt = HEAVY if rng.random() < 0.5 else HEAVY[::-1]
    else:
        src, tgt = rng.sample(COUNTRIES, 2)
    cameo, quad, gold = rng.choice(CODES)
    day = date(2000, 1, 1) + timedelta(days=rng.randrange(9500))
    s1, s2 = rng.choice(SECTORS), rng.choice(SECTORS)
    return Event(
        id=f"{article}-{n}",
        article_id=article,
        date=day,
        date_precision="day",
        date_source="text",
        event_type="CONSULT",
        mode=None,
        contexts=("diplomatic",),
        cameo=cameo,
        goldstein=gold,
        quad_class=quad,
        source=Actor(src, src, src, (s1,) if s1 else ()),
        target=Actor(tgt, tgt, tgt, (s2,) if s2 else ()),
        reciprocal=False,
        negated=False,
        modality="asserted",
        location=None,
        confidence=round(rng.uniform(0.5, 1.0), 2),
        evidence=Evidence(
            n, f"{src} and {tgt} did something on {day}.", (8, 11), (0, 3), (4, 7), None, "bench"
        ),
        coder="bench",
    )


def article_text(rng: random.Random, i: int) -> str:
    words = [rng.choice(COUNTRIES).lower() + str(rng.randrange(10_000)) for _ in range(120)]
    return f"Synthetic article {i}. " + " ".join(words)


def time_saves(store: Store, n_articles: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    batches = []
    for i in range(n_articles):
        aid = f"s{seed}-{i}"
        batches.append(
            (
                Article(aid, article_text(rng, i), date(2024, 1, 1), f"src{i % 50}"),
                [synthetic_event(rng, n, aid) for n in range(5)],
            )
        )
    t0 = time.perf_counter()
    for article, events in batches:
        store.save(article, events, 10, "bench")
    secs = time.perf_counter() - t0
    # Baseline: the same mention rows with a bare executemany insert, no dedup and no merge.
    rows = [_mention_row("b" + e.id, e.id, a.id, e.to_dict()) for a, evs in batches for e in evs]
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        for k in range(0, len(rows), 5):
            conn.execute(insert(S.mentions), rows[k : k + 5])
    base = time.perf_counter() - t0
    mentions = 5 * n_articles
    return {
        "save_articles_per_s": round(n_articles / secs, 1),
        "save_mentions_per_s": round(mentions / secs, 1),
        "bare_insert_mentions_per_s": round(mentions / base, 1),
        "save_cost_vs_bare_insert": round(secs / base, 1),
    }


def bulk_load(store: Store, n_events: int) -> float:
    """n synthetic events straight into the events table (merged already): the columns the
    save path would write, with a compact JSON record."""
    rng = random.Random(7)
    t0 = time.perf_counter()
    chunk: list[dict[str, Any]] = []
    start = date(2000, 1, 1)
    with store.engine.begin() as conn:
        for i in range(n_events):
            if rng.random() < 0.02:
                src, tgt = HEAVY if rng.random() < 0.5 else HEAVY[::-1]
            else:
                src, tgt = rng.sample(COUNTRIES, 2)
            cameo, quad, gold = rng.choice(CODES)
            day = start + timedelta(days=rng.randrange(9500))
            record = {
                "id": f"e{i}",
                "date": day.isoformat(),
                "cameo": cameo,
                "source": src,
                "target": tgt,
            }
            chunk.append(
                {
                    "id": f"e{i}",
                    "date": day,
                    "date_precision": "day",
                    "date_lo": day,
                    "date_hi": day,
                    "event_type": "CONSULT",
                    "cameo": cameo,
                    "root": cameo[:2],
                    "quad_class": quad,
                    "goldstein": gold,
                    "source_country": src,
                    "source_code": src + "GOV",
                    "target_country": tgt,
                    "target_code": tgt,
                    "reciprocal": False,
                    "negated": False,
                    "modality": "asserted",
                    "factual": True,
                    "confidence": 0.8,
                    "mentions": 1,
                    "articles": 1,
                    "sources": 1,
                    "record": json.dumps(record),
                }
            )
            if len(chunk) == 20_000:
                conn.execute(insert(S.events), chunk)
                chunk = []
        if chunk:
            conn.execute(insert(S.events), chunk)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        # What autovacuum would do after a big load; PostgreSQL's index-only scans need it.
        conn.execute(text("VACUUM ANALYZE" if store.dialect == "postgresql" else "ANALYZE"))
    return time.perf_counter() - t0


def median_ms(fn: Any, runs: int = 15) -> float:
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times) * 1000, 1)


def bench_backend(name: str, url: str, n_events: int, n_articles: int) -> dict[str, Any]:
    store = open_store(url)
    result: dict[str, Any] = {"backend": name}
    result.update(time_saves(store, n_articles, seed=1))
    load = bulk_load(store, n_events)
    result["events"] = store.counts()["events"]
    result["bulk_load_events_per_s"] = round(n_events / load)
    result["timeline_heavy_dyad_ms"] = median_ms(lambda: timeline(store, *HEAVY, "month"))
    heavy = sum(r.events for r in timeline(store, *HEAVY, "year"))
    result["heavy_dyad_events"] = heavy
    result["timeline_typical_dyad_ms"] = median_ms(lambda: timeline(store, "FRA", "EGY", "month"))
    result["events_dyad_page_ms"] = median_ms(
        lambda: list(store.events(EventQuery(dyad=HEAVY, limit=100)))
    )
    result["events_count_country_ms"] = median_ms(
        lambda: store.count_events(EventQuery(country="TUR")), runs=5
    )
    store.engine.dispose()
    return result


def reset_pg(url: str) -> None:
    engine = create_engine(engine_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "store.json"))
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(
            bench_backend("sqlite", str(Path(tmp) / "bench.db"), args.events, args.articles)
        )
    pg = os.environ.get("TACITUS_TEST_PG")
    if pg:
        reset_pg(pg)
        results.append(bench_backend("postgresql", pg, args.events, args.articles))
        reset_pg(pg)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    for r in results:
        for key, value in r.items():
            print(f"{key:28} {value}")
        print()


if __name__ == "__main__":
    main()
