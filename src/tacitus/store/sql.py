"""The event store behind a small interface: save coded articles, query events."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from tacitus.errors import StoreError
from tacitus.models import Article, Event, Rejected, RunReport
from tacitus.store import schema as S


def engine_url(db: str) -> str:
    """A path or URL to an SQLAlchemy URL: plain paths are SQLite files."""
    if "://" in db:
        if db.startswith("postgresql://"):
            return "postgresql+psycopg://" + db[len("postgresql://") :]
        return db
    return f"sqlite:///{Path(db).expanduser()}"


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of `tacitus events` and GET /api/events."""

    actor: str | None = None  # country or actor code prefix, either side
    dyad: tuple[str, str] | None = None  # either direction
    source: str | None = None
    target: str | None = None
    event_type: str | None = None
    cameo: str | None = None  # code prefix
    since: date | None = None
    until: date | None = None
    min_confidence: float | None = None
    include_negated: bool = False
    limit: int | None = 1000
    offset: int = 0


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- schema ---------------------------------------------------------------------------

    def migrate(self) -> int:
        """Bring the schema to the latest version; returns the version."""
        try:
            with self.engine.begin() as conn:
                S.schema_version.create(conn, checkfirst=True)
                current = conn.execute(select(func.max(S.schema_version.c.version))).scalar()
                for version, tables in S.MIGRATIONS:
                    if current is not None and version <= current:
                        continue
                    for table in tables:
                        table.create(conn, checkfirst=True)
                        for index in table.indexes:
                            index.create(conn, checkfirst=True)
                    conn.execute(
                        insert(S.schema_version).values(version=version, applied_at=_now())
                    )
            return S.LATEST
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare the database ({_short(exc)})") from None

    # -- writes ---------------------------------------------------------------------------

    def start_run(self, command: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(insert(S.runs).values(started_at=_now(), command=command))
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_id: int, report: RunReport) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(S.runs)
                .where(S.runs.c.id == run_id)
                .values(
                    finished_at=_now(),
                    articles=report.articles,
                    events=report.events,
                    rejected=len(report.rejected),
                )
            )
            if report.rejected:
                conn.execute(
                    insert(S.rejected),
                    [
                        {"run_id": run_id, "item": r.item, "stage": r.stage, "reason": r.reason}
                        for r in report.rejected
                    ],
                )

    def has_article(self, article: Article) -> bool:
        """Is this exact article (same id and text) already stored?"""
        with self.engine.connect() as conn:
            stored = conn.execute(
                select(S.articles.c.content_hash).where(S.articles.c.id == article.id)
            ).scalar()
        return stored == _hash(article.text)

    def save(self, article: Article, events: Iterable[Event], sentences: int, coder: str) -> None:
        """Store one coded article and its events in one transaction; a new version of the
        article replaces the old one and its events."""
        rows = [_event_row(e) for e in events]
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(S.events).where(S.events.c.article_id == article.id))
                conn.execute(delete(S.articles).where(S.articles.c.id == article.id))
                conn.execute(
                    insert(S.articles).values(
                        id=article.id,
                        published=article.published,
                        source=article.source,
                        url=article.url,
                        title=article.title,
                        origin=article.origin,
                        text=article.text,
                        content_hash=_hash(article.text),
                        sentences=sentences,
                        coded_at=_now(),
                        coder=coder,
                    )
                )
                if rows:
                    conn.execute(insert(S.events), rows)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store article {article.id} ({_short(exc)})") from None

    # -- reads ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
                for name, table in (
                    ("articles", S.articles),
                    ("events", S.events),
                    ("rejected", S.rejected),
                    ("runs", S.runs),
                )
            }

    def events(self, query: EventQuery | None = None) -> Iterator[dict[str, Any]]:
        q = query or EventQuery()
        e = S.events.c
        stmt = select(S.events.c.record)
        if not q.include_negated:
            stmt = stmt.where(e.negated.is_(False))
        if q.actor:
            code = q.actor.upper()
            stmt = stmt.where(or_(e.source_code.startswith(code), e.target_code.startswith(code)))
        if q.dyad:
            a, b = (x.upper() for x in q.dyad)
            stmt = stmt.where(
                or_(
                    (e.source_country == a) & (e.target_country == b),
                    (e.source_country == b) & (e.target_country == a),
                )
            )
        if q.source:
            stmt = stmt.where(e.source_code.startswith(q.source.upper()))
        if q.target:
            stmt = stmt.where(e.target_code.startswith(q.target.upper()))
        if q.event_type:
            stmt = stmt.where(e.event_type == q.event_type.upper())
        if q.cameo:
            stmt = stmt.where(e.cameo.startswith(q.cameo))
        if q.since:
            stmt = stmt.where(e.date >= q.since)
        if q.until:
            stmt = stmt.where(e.date <= q.until)
        if q.min_confidence is not None:
            stmt = stmt.where(e.confidence >= q.min_confidence)
        stmt = stmt.order_by(e.date.desc(), e.id).offset(q.offset)
        if q.limit is not None:
            stmt = stmt.limit(q.limit)
        with self.engine.connect() as conn:
            for (record,) in conn.execute(stmt):
                yield json.loads(record)

    def rejected(self) -> list[Rejected]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(S.rejected.c.item, S.rejected.c.stage, S.rejected.c.reason))
            return [Rejected(*row) for row in rows]


def _event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "article_id": e.article_id,
        "date": e.date,
        "date_precision": e.date_precision,
        "event_type": e.event_type,
        "cameo": e.cameo,
        "root": e.cameo[:2],
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "source_country": e.source.country if e.source else None,
        "source_code": e.source.code if e.source else None,
        "target_country": e.target.country if e.target else None,
        "target_code": e.target.code if e.target else None,
        "reciprocal": e.reciprocal,
        "negated": e.negated,
        "modality": e.modality,
        "confidence": e.confidence,
        "record": json.dumps(e.to_dict(), ensure_ascii=False),
    }


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:300]


def open_store(db: str) -> Store:
    """Open (and migrate) the store at a path or URL."""
    url = engine_url(db)
    try:
        if url.startswith("sqlite"):
            path = url.removeprefix("sqlite:///")
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.close()
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(
            f"cannot open the database '{db}' ({_short(exc)}); give a file path, "
            "sqlite:///path or postgresql://user@host/db"
        ) from None
    store = Store(engine)
    store.migrate()
    return store
