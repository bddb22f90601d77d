"""Reads the dashboard needs that the Store does not offer, written with SQLAlchemy Core over
the store's engine (parameters bound, never string-built SQL)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from tacitus.store import Store
from tacitus.store import schema as S
from tacitus.store.timeline import PeriodCounts, next_period, period_start


@dataclass(frozen=True, slots=True)
class Dyad:
    a: str
    b: str
    events: int
    cooperation: int  # quad classes 1-2
    conflict: int  # quad classes 3-4


def quad_series(
    store: Store, freq: str = "month", since: date | None = None, until: date | None = None
) -> list[PeriodCounts]:
    """Events per period and quad class over the whole store (negated events left out), every
    period from the first to the last included."""
    e = S.events.c
    stmt = (
        select(e.date, e.quad_class, func.count(), func.sum(e.goldstein))
        .where(e.date.is_not(None), e.negated.is_(False))
        .group_by(e.date, e.quad_class)
    )
    if since:
        stmt = stmt.where(e.date >= since)
    if until:
        stmt = stmt.where(e.date <= until)
    cells: dict[date, tuple[list[int], list[float]]] = {}
    with store.engine.connect() as conn:
        for day, quad, n, total in conn.execute(stmt):
            counts, gold = cells.setdefault(period_start(day, freq), ([0, 0, 0, 0], [0.0]))
            if 1 <= quad <= 4:
                counts[quad - 1] += int(n)
            gold[0] += float(total or 0.0)
    if not cells:
        return []
    out = []
    start, last = min(cells), max(cells)
    while start <= last:
        counts, gold = cells.get(start, ([0, 0, 0, 0], [0.0]))
        out.append(PeriodCounts(start, (counts[0], counts[1], counts[2], counts[3]), gold[0]))
        start = next_period(start, freq)
    return out


def top_dyads(store: Store, limit: int = 10) -> list[Dyad]:
    """Country pairs (either direction) with the most events."""
    e = S.events.c
    coop = func.sum(case((e.quad_class <= 2, 1), else_=0))
    stmt = (
        select(e.source_country, e.target_country, func.count(), coop)
        .where(
            e.source_country.is_not(None),
            e.target_country.is_not(None),
            e.source_country != e.target_country,
            e.negated.is_(False),
        )
        .group_by(e.source_country, e.target_country)
    )
    pairs: dict[tuple[str, str], list[int]] = {}
    with store.engine.connect() as conn:
        for src, tgt, n, n_coop in conn.execute(stmt):
            key = (min(src, tgt), max(src, tgt))
            cell = pairs.setdefault(key, [0, 0])
            cell[0] += int(n)
            cell[1] += int(n_coop or 0)
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    return [Dyad(a, b, n, c, n - c) for (a, b), (n, c) in ranked]


def actor_rows(store: Store, code: str) -> list[dict[str, Any]]:
    """The actors stored under exactly this code (names seen in text, learned ones)."""
    return [a for a in store.actors(prefix=code, limit=500) if a["code"] == code.upper()]


def search_actors(store: Store, q: str, limit: int = 50) -> list[dict[str, Any]]:
    """Actors whose code starts with, or whose name contains, the query."""
    t = S.actors.c
    stmt = (
        select(t.code, func.min(t.name), func.min(t.country), func.count())
        .where(or_(t.code.startswith(q.upper()), t.name.ilike(f"%{_like(q)}%", escape="\\")))
        .group_by(t.code)
        .order_by(t.code)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [
            {"code": code, "name": name, "country": country, "names": int(n)}
            for code, name, country, n in conn.execute(stmt)
        ]


def country_names() -> dict[str, list[str]]:
    """ISO3 -> names and adjectives from the shipped countries.tsv (Turkey, Türkiye, Turkish)."""
    from importlib import resources

    from tacitus.tables import read_rows

    path = Path(str(resources.files("tacitus").joinpath("data/actors/countries.tsv")))
    return {row.cols[0]: [*row.items(1), *row.items(2)] for row in read_rows(path, 2, 5)}


def search_countries(store: Store, q: str) -> list[dict[str, Any]]:
    """Countries in stored events whose code, English name or adjective matches the query."""
    e = S.events.c
    codes: set[str] = set()
    with store.engine.connect() as conn:
        for column in (e.source_country, e.target_country):
            codes.update(c for (c,) in conn.execute(select(column).distinct()) if c)
    needle = q.strip().lower()
    names = country_names()
    found = []
    for code in sorted(codes):
        name = country_name(code)
        words = [name, *names.get(code, [])]
        if needle == code.lower() or (len(needle) >= 3 and any(needle in w.lower() for w in words)):
            found.append({"code": code, "name": name})
    return found


def search_sentences(store: Store, q: str, limit: int = 50) -> list[dict[str, Any]]:
    """Events whose evidence sentence contains the query (case-insensitive)."""
    e = S.events.c
    stmt = (
        select(e.record)
        .where(e.record.ilike(f"%{_like(q)}%", escape="\\"))
        .order_by(e.date.desc(), e.id)
        .limit(limit * 4)
    )
    needle = q.lower()
    out: list[dict[str, Any]] = []
    with store.engine.connect() as conn:
        for (raw,) in conn.execute(stmt):
            record = json.loads(raw)
            if needle in record["evidence"]["sentence"].lower():
                out.append(record)
                if len(out) >= limit:
                    break
    return out


def article_mentions(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The event records coded from one stored article (its mentions)."""
    m = S.mentions.c
    stmt = select(m.record).where(m.article_id == article_id).order_by(m.sentence_index, m.id)
    with store.engine.connect() as conn:
        return [json.loads(raw) for (raw,) in conn.execute(stmt)]


def place_points(store: Store, limit: int = 2000) -> list[tuple[float, float]]:
    """(lat, lon) of the places stored events happened at, for context on the event map."""
    p = S.places.c
    stmt = (
        select(p.lat, p.lon)
        .where(p.lat.is_not(None), p.lon.is_not(None))
        .order_by(p.id)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [(float(lat), float(lon)) for lat, lon in conn.execute(stmt)]


def dyad_types(store: Store, a: str, b: str) -> list[str]:
    """The PLOVER types of a dyad's events (either direction), for the dashboard's filter."""
    e = S.events.c
    a, b = a.upper(), b.upper()
    stmt = (
        select(e.event_type)
        .where(
            e.event_type.is_not(None),
            or_(
                and_(e.source_country == a, e.target_country == b),
                and_(e.source_country == b, e.target_country == a),
            ),
        )
        .distinct()
        .order_by(e.event_type)
    )
    with store.engine.connect() as conn:
        return [str(t) for (t,) in conn.execute(stmt)]


def country_name(code: str) -> str:
    """English name of an ISO3 code (the code itself for IGO, NGO and unknown codes)."""
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def _like(text: str) -> str:
    """Escape LIKE wildcards so the query is matched literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
