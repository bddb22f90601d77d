"""The event store behind a small interface: save coded articles, query events.

Saving an article is one transaction: its old version (if any) goes, the article is checked
against stored originals for being a copy (MinHash/LSH, tacitus.dedup), and each coded mention
either joins a stored event by the merge rule (tacitus.dedup.merge) or founds a new one; the
aggregates of every touched event (mentions, articles, sources, first and last seen, best
evidence) are then recomputed from its mentions. A crash at any point leaves the article either
fully stored or not at all.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from inspect import isgeneratorfunction
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    DateTime,
    Engine,
    Row,
    and_,
    bindparam,
    case,
    create_engine,
    delete,
    distinct,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    true,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from tacitus.actors.learned import STATUSES, LearnedActor
from tacitus.config import DedupSettings
from tacitus.dedup import Fingerprint, date_interval, fingerprint, similarity
from tacitus.dedup.merge import FACTUAL, PRECISION_RANK, compatible, distance, sectors_agree
from tacitus.errors import StoreError, TacitusError
from tacitus.models import Article, Event, Rejected, RunReport
from tacitus.store import schema as S

RETRIES = 3  # a save whose connection was lost is tried again this many times
RETRY_WAIT_S = 0.5  # doubled after each try


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

    actor: str | None = None  # actor code prefix, either side
    country: str | None = None  # country code, either side
    dyad: tuple[str, str] | None = None  # two countries, either direction
    source: str | None = None  # source code prefix
    target: str | None = None  # target code prefix
    event_type: str | None = None
    cameo: str | None = None  # code prefix
    since: date | None = None
    until: date | None = None
    min_confidence: float | None = None
    include_negated: bool = False
    limit: int | None = 1000
    offset: int = 0


def parse_dyad(text_: str) -> tuple[str, str]:
    """'AZE-TUR' (or 'AZE,TUR') -> ('AZE', 'TUR')."""
    parts = [p.strip().upper() for p in text_.replace(",", "-").split("-")]
    if len(parts) != 2 or not all(parts):
        raise TacitusError(f"'{text_}' is not a dyad; write it as two codes: AZE-TUR")
    return parts[0], parts[1]


@dataclass(frozen=True, slots=True)
class Saved:
    """What storing one article did."""

    article_id: str
    duplicate_of: str | None = None
    mentions: int = 0
    new_events: int = 0
    merged: int = 0  # mentions that joined an event already stored


@dataclass(slots=True)
class _Touched:
    events: set[str] = field(default_factory=set)  # events to recompute (`repair`)
    new: int = 0
    merged: int = 0
    founded: set[str] = field(default_factory=set)  # events this save founded
    added: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # new mentions


F = TypeVar("F", bound=Callable[..., Any])


def _explain(exc: SQLAlchemyError, action: str) -> StoreError:
    """A StoreError saying what failed, why, and what to do about the usual causes."""
    text_ = _short(exc)
    hint = ""
    if "readonly" in text_ or "read-only" in text_:
        hint = "; the database is read-only: check the file's permissions or the URL"
    elif "full" in text_ or "No space" in text_:
        hint = "; the disk (or database) is full: free space and run the command again"
    elif isinstance(exc, DBAPIError) and exc.connection_invalidated:
        hint = "; the connection to the database was lost: run the command again"
    return StoreError(f"cannot {action}: database error ({text_}){hint}")


def _store_errors(method: F) -> F:
    """Database errors of a Store method become StoreError with what was tried and why."""
    action = method.__name__.replace("_", " ")

    def explain(exc: SQLAlchemyError) -> StoreError:
        return _explain(exc, action)

    if isgeneratorfunction(method):

        @functools.wraps(method)
        def gen_wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                yield from method(*args, **kwargs)
            except SQLAlchemyError as exc:
                raise explain(exc) from None

        return cast(F, gen_wrapper)

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except SQLAlchemyError as exc:
            raise explain(exc) from None

    return cast(F, wrapper)


class _Statements:
    """The write path's statements, built once per store with bound parameters (building
    SQLAlchemy expressions per call cost more than running them)."""

    def __init__(self) -> None:
        e, m, a, t = S.events.c, S.mentions.c, S.articles.c, S.actors.c
        self.candidates = {
            (src_known, tgt_known, dated): select(
                e.id, e.source_sector, e.target_sector, e.date_lo, e.date_hi
            ).where(
                e.source_country == bindparam("sc") if src_known else e.source_country.is_(None),
                e.target_country == bindparam("tc") if tgt_known else e.target_country.is_(None),
                e.root == bindparam("root"),
                e.negated == bindparam("neg"),
                e.factual == bindparam("fact"),
                and_(e.date_lo <= bindparam("hi"), e.date_hi >= bindparam("lo"))
                if dated
                else e.date_lo.is_(None),
            )
            for src_known in (True, False)
            for tgt_known in (True, False)
            for dated in (True, False)
        }
        self.event_exists = select(e.id).where(e.id == bindparam("eid"))
        # An event's aggregates, each a pick among its mentions with ties going to the
        # smallest mention id, so they depend on the set of mentions only (not on the order
        # they were saved in) and are read without parsing every mention's record.
        eid = m.event_id == bindparam("eid")
        best_id = (
            select(m.id).where(eid).order_by(m.confidence.desc(), m.id).limit(1).scalar_subquery()
        )
        mb, ab = S.mentions.alias("mb"), S.articles.alias("ab")
        best = (
            select(mb.c.id, mb.c.record, ab.c.source, ab.c.url)
            .join(ab, ab.c.id == mb.c.article_id)
            .where(mb.c.id == best_id)
            .subquery("best")
        )
        precision = case(PRECISION_RANK, value=m.date_precision, else_=len(PRECISION_RANK))
        dated_id = (
            select(m.id)
            .where(eid, m.date.is_not(None))
            .order_by(precision, m.date, m.id)
            .limit(1)
            .scalar_subquery()
        )
        placed_id = (
            select(m.id)
            .where(eid, m.place_rank.is_not(None))
            .order_by(m.place_rank, m.id)
            .limit(1)
            .scalar_subquery()
        )
        dated = select(m.record).where(m.id == dated_id).scalar_subquery()
        placed = select(m.record).where(m.id == placed_id).scalar_subquery()
        undated = type_coerce(case((a.published.is_(None), a.coded_at)), DateTime(timezone=True))
        counts = (
            select(
                func.count().label("mentions"),
                func.count(distinct(m.article_id)).label("articles"),
                func.count(distinct(func.coalesce(func.nullif(a.source, ""), a.id))).label(
                    "sources"
                ),
                func.min(a.published).label("first"),
                func.max(a.published).label("last"),
                func.min(undated).label("first_coded"),
                func.max(undated).label("last_coded"),
            )
            .select_from(S.mentions.join(S.articles, a.id == m.article_id))
            .where(eid)
            .subquery("counts")
        )
        self.aggregates = select(
            best.c.id,
            best.c.record,
            best.c.source,
            best.c.url,
            dated_id,
            dated,
            placed_id,
            placed,
            counts,
        ).select_from(best.join(counts, true()))
        self.event_states = select(
            e.id,
            e.record,
            e.best_mention,
            e.date_mention,
            e.place_mention,
            e.mentions,
            e.articles,
            e.sources,
            e.first_seen,
            e.last_seen,
        ).where(e.id.in_(bindparam("eids", expanding=True)))
        self.mention_record = select(m.record, m.place_rank).where(m.id == bindparam("mid"))
        self.source_seen = (
            select(m.id)
            .join(S.articles, a.id == m.article_id)
            .where(eid, a.source == bindparam("src"), a.id != bindparam("aid"))
            .limit(1)
        )
        self.delete_event = delete(S.events).where(e.id == bindparam("eid"))
        self.update_event = update(S.events).where(e.id == bindparam("eid"))
        self.actor_exists = select(t.id).where(
            t.origin == bindparam("o"), t.name == bindparam("n"), t.code == bindparam("c")
        )
        self.place_exists = select(S.places.c.id).where(S.places.c.id == bindparam("pid"))


class Store:
    def __init__(self, engine: Engine, dedup: DedupSettings | None = None) -> None:
        self.engine = engine
        self.dedup = dedup or DedupSettings()
        self._sql = _Statements()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # -- schema ---------------------------------------------------------------------------

    @_store_errors
    def version(self) -> int | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("schema_version"):
                return None
            return conn.execute(select(func.max(S.schema_version.c.version))).scalar()

    def migrate(self) -> int:
        """Bring the schema to the latest version, one transaction per migration."""
        try:
            with self.engine.begin() as conn:
                S.schema_version.create(conn, checkfirst=True)
            for version, step in S.MIGRATIONS:
                with self.engine.begin() as conn:
                    current = conn.execute(select(func.max(S.schema_version.c.version))).scalar()
                    if current is not None and version <= current:
                        continue
                    step(conn)
                    if version == 2:
                        self._refile_v1(conn)
                    if version == 5:
                        _rank_places(conn)
                        self._refresh(conn, conn.execute(select(S.events.c.id)).scalars().all())
                    conn.execute(
                        insert(S.schema_version).values(version=version, applied_at=_now())
                    )
            return S.LATEST
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare the database ({_short(exc)})") from None

    def _refile_v1(self, conn: Connection) -> None:
        """Migration 2's data step: v1 per-article event rows become mentions of merged events."""
        if not inspect(conn).has_table("events_v1"):
            return
        old = S.v1_events_table("events_v1")
        rows = conn.execute(
            select(old.c.article_id, old.c.record).order_by(old.c.article_id, old.c.id)
        ).all()
        by_article: dict[str, list[dict[str, Any]]] = {}
        for article_id, record in rows:
            by_article.setdefault(article_id, []).append(json.loads(record))
        touched = _Touched()
        for article_id, records in by_article.items():
            text_ = conn.execute(
                select(S.articles.c.text).where(S.articles.c.id == article_id)
            ).scalar()
            if text_ is not None:
                fp = fingerprint(text_, self.dedup)
                conn.execute(
                    update(S.articles)
                    .where(S.articles.c.id == article_id)
                    .values(signature=fp.signature)
                )
                conn.execute(
                    insert(S.article_keys), [{"article_id": article_id, "key": k} for k in fp.bands]
                )
            self._attach_all(conn, article_id, records, touched)
        self._refresh(conn, touched.added)
        conn.execute(text("DROP TABLE events_v1"))

    # -- writes ---------------------------------------------------------------------------

    @_store_errors
    def start_run(self, command: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(insert(S.runs).values(started_at=_now(), command=command))
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    @_store_errors
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

    @_store_errors
    def has_article(self, article: Article) -> bool:
        """Is this exact article (same id and text) already stored?"""
        with self.engine.connect() as conn:
            stored = conn.execute(
                select(S.articles.c.content_hash).where(S.articles.c.id == article.id)
            ).scalar()
        return stored == _hash(article.text)

    def fingerprint(self, article: Article) -> Fingerprint | None:
        return fingerprint(article.text, self.dedup) if self.dedup.enabled else None

    @_store_errors
    def copy_of(self, article: Article, fp: Fingerprint | None = None) -> str | None:
        """The stored original this article is a near-duplicate of, if any."""
        fp = fp or self.fingerprint(article)
        if fp is None:
            return None
        with self.engine.connect() as conn:
            return self._copy_of(conn, article.id, fp)

    def _copy_of(self, conn: Connection, article_id: str, fp: Fingerprint) -> str | None:
        k = S.article_keys.c
        candidates = conn.execute(
            select(k.article_id, func.count())
            .where(k.key.in_(fp.bands), k.article_id != article_id)
            .group_by(k.article_id)
            .order_by(func.count().desc())
            .limit(20)
        ).all()
        best: tuple[float, str] | None = None
        for candidate, _bands in candidates:
            signature = conn.execute(
                select(S.articles.c.signature).where(S.articles.c.id == candidate)
            ).scalar()
            if signature is None:
                continue
            score = similarity(fp.signature, signature)
            if score >= self.dedup.threshold and (best is None or score > best[0]):
                best = (score, candidate)
        return best[1] if best else None

    def save(
        self,
        article: Article,
        events: Iterable[Event],
        sentences: int,
        coder: str,
        fp: Fingerprint | None = None,
        learned: Iterable[LearnedActor] = (),
    ) -> Saved:
        """Store one coded article and merge its events, in one transaction. A new version of
        an article replaces the old one's mentions; a near-copy of a stored article is linked
        to it and its events are not stored again."""
        records = [e.to_dict() for e in events]
        fp = fp or self.fingerprint(article)
        learned = list(learned)
        for attempt in range(RETRIES + 1):
            try:
                return self._save_once(article, records, sentences, coder, fp, learned)
            except DBAPIError as exc:
                # A lost connection (a database restarted, a network blip) rolled the whole
                # transaction back: trying again is safe. Anything else is reported.
                if not exc.connection_invalidated or attempt == RETRIES:
                    raise StoreError(f"cannot store article {article.id} ({_short(exc)})") from None
                time.sleep(RETRY_WAIT_S * 2**attempt)
            except SQLAlchemyError as exc:
                raise _explain(exc, f"store article {article.id}") from None
        raise StoreError(f"cannot store article {article.id}")  # pragma: no cover

    def _save_once(
        self,
        article: Article,
        records: list[dict[str, Any]],
        sentences: int,
        coder: str,
        fp: Fingerprint | None,
        learned: list[LearnedActor],
    ) -> Saved:
        with self.engine.begin() as conn:
            dropped = self._drop_article(conn, article.id)
            touched = _Touched()
            original = self._copy_of(conn, article.id, fp) if fp else None
            coded_at = _now()
            conn.execute(
                insert(S.articles),
                {
                    "id": article.id,
                    "published": article.published,
                    "source": article.source,
                    "url": article.url,
                    "title": article.title,
                    "origin": article.origin,
                    "text": article.text,
                    "content_hash": _hash(article.text),
                    "sentences": sentences,
                    "coded_at": coded_at,
                    "coder": coder,
                    "duplicate_of": original,
                    "signature": fp.signature if fp else None,
                },
            )
            if original is None:
                if fp:
                    conn.execute(
                        insert(S.article_keys),
                        [{"article_id": article.id, "key": key} for key in fp.bands],
                    )
                self._attach_all(conn, article.id, records, touched)
                self._note_actors(conn, article, records)
                self._note_learned(conn, learned)
            # An event that lost mentions is recomputed from all of its mentions; one that
            # only gained mentions from this (new) article is updated from them alone.
            self._refresh(conn, dropped)
            seen = article.published or coded_at.date()
            folded = sorted((k, v) for k, v in touched.added.items() if k not in dropped)
            states = self._event_states(conn, [k for k, _ in folded if k not in touched.founded])
            rows = [
                self._fold(conn, event_id, added, article, seen, states.get(event_id))
                for event_id, added in folded
            ]
            if rows:
                conn.execute(self._sql.update_event, rows)
        return Saved(
            article.id,
            original,
            0 if original else len(records),
            touched.new,
            touched.merged,
        )

    def _drop_article(self, conn: Connection, article_id: str) -> set[str]:
        """Delete an article and its mentions; returns the events those mentions supported."""
        m = S.mentions.c
        touched = set(conn.execute(select(m.event_id).where(m.article_id == article_id)).scalars())
        conn.execute(delete(S.mentions).where(m.article_id == article_id))
        conn.execute(delete(S.article_keys).where(S.article_keys.c.article_id == article_id))
        conn.execute(delete(S.articles).where(S.articles.c.id == article_id))
        return touched

    def _attach_all(
        self, conn: Connection, article_id: str, records: list[dict[str, Any]], touched: _Touched
    ) -> None:
        rows = []
        for record in records:
            event_id = self._attach(conn, record, touched)
            touched.added.setdefault(event_id, []).append(record)
            rows.append(_mention_row(record["id"], event_id, article_id, record))
        if rows:
            conn.execute(insert(S.mentions), rows)

    def _attach(self, conn: Connection, record: dict[str, Any], touched: _Touched) -> str:
        """The id of the stored event this mention is part of, founding one if none is."""
        src, tgt = record["source"] or {}, record["target"] or {}
        sc, tc = src.get("country"), tgt.get("country")
        ss, ts = src.get("sector"), tgt.get("sector")
        span = date_interval(_day(record["date"]), record["date_precision"])
        orders = [(sc, tc, ss, ts)]
        if record["reciprocal"] and sc != tc:
            orders.append((tc, sc, ts, ss))
        slack = timedelta(days=self.dedup.date_slack_days)
        params = {
            "root": record["cameo"][:2],
            "neg": bool(record["negated"]),
            "fact": record["modality"] in FACTUAL,
            "lo": span[0] - slack if span else None,
            "hi": span[1] + slack if span else None,
        }
        best: tuple[int, str] | None = None
        for a, b, sa, sb in orders:
            stmt = self._sql.candidates[(a is not None, b is not None, span is not None)]
            rows = conn.execute(stmt, {**params, "sc": a, "tc": b}).all()
            for event_id, s_sector, t_sector, lo, hi in rows:
                other = (lo, hi) if lo is not None else None
                if not (sectors_agree(sa, s_sector) and sectors_agree(sb, t_sector)):
                    continue
                if not compatible(span, other, self.dedup.date_slack_days):
                    continue
                gap = distance(span, other)
                if best is None or (gap, event_id) < best:
                    best = (gap, event_id)
        if best is not None:
            touched.merged += 1
            return best[1]
        touched.new += 1
        row = _event_columns(record)
        row["id"] = record["id"]
        row["record"] = json.dumps(record, ensure_ascii=False)
        exists = conn.execute(self._sql.event_exists, {"eid": record["id"]}).first()
        if exists is None:  # else the same mention founded it before (a re-stored article)
            conn.execute(insert(S.events), row)
            touched.founded.add(str(record["id"]))
        return str(record["id"])

    def _refresh(self, conn: Connection, event_ids: Iterable[str]) -> None:
        """Recompute each event's date, best evidence and counts from all its mentions."""
        for event_id in sorted(event_ids):
            key = {"eid": event_id}
            found = conn.execute(self._sql.aggregates, key).first()
            if found is None:
                conn.execute(self._sql.delete_event, key)
                continue
            best_id, best, publisher, url, dated_id, dated, placed_id, placed, *counts = found
            record = json.loads(best)
            if dated is not None:
                _take_date(record, json.loads(dated))
            if not record.get("location") and placed is not None:
                record["location"] = json.loads(placed)["location"]
            mentions, articles, sources, *seen = counts
            first, last = _seen_range(*seen)
            record.update(best_mention=best_id, publisher=publisher, url=url)
            aggregate = _Aggregate(record, mentions, articles, sources, first, last)
            row = self._event_row(conn, event_id, aggregate, dated_id, placed_id)
            conn.execute(self._sql.update_event, row)

    def _fold(
        self,
        conn: Connection,
        event_id: str,
        added: list[dict[str, Any]],
        article: Article,
        seen: date,
        state: Row[*tuple[Any, ...]] | None,
    ) -> dict[str, Any]:
        """The row of an event updated with the mentions one new article added to it (its
        stored `state`; None for an event this article founded), giving what `_refresh` would:
        each pick goes to the best mention, ties to the smallest id."""
        if state is None:
            record: dict[str, Any] = {}
            best_id = dated_id = placed_id = None
            old = _Aggregate(record, 0, 0, 0, seen, seen)
        else:
            record = json.loads(state.record)
            best_id, dated_id, placed_id = (
                state.best_mention,
                state.date_mention,
                state.place_mention,
            )
            old = _Aggregate(
                record,
                state.mentions,
                state.articles,
                state.sources,
                state.first_seen,
                state.last_seen,
            )
        best: dict[str, Any] | None = None  # a new best mention, if one is
        dated: dict[str, Any] | None = None
        placed: dict[str, Any] | None = None
        date_key = _date_key(record, dated_id) if dated_id else None
        place_rank: int | None = None  # the place mention's, read when a rival turns up
        for mention in sorted(added, key=lambda x: str(x["id"])):
            mid = str(mention["id"])
            if best_id is None or _better(mention["confidence"], mid, best or record, best_id):
                best, best_id = mention, mid
            if mention["date"]:
                key = _date_key(mention, mid)
                if date_key is None or key < date_key:
                    dated, dated_id, date_key = mention, mid, key
            rank = _place_rank(mention.get("location"))
            if rank is None:
                continue
            if placed_id is not None and place_rank is None:
                place_rank = self._place_rank_of(conn, placed_id)
            if placed_id is None or place_rank is None or (rank, mid) < (place_rank, placed_id):
                placed, placed_id, place_rank = mention, mid, rank
        if best is not None:  # the new best mention's record, with the event's date and place
            prior = record
            record = dict(best)
            record.update(best_mention=best_id, publisher=article.source, url=article.url)
            if dated is None and dated_id is not None:
                _take_date(record, prior)
        if dated is not None:
            _take_date(record, dated)
        if best is not None or placed is not None:
            own = best or self._mention(conn, str(best_id))
            if not own.get("location") and placed_id is not None:
                record["location"] = (placed or self._mention(conn, placed_id))["location"]
        # An article without a publisher counts as a source of its own.
        new_source = not article.source or (
            conn.execute(
                self._sql.source_seen,
                {"eid": event_id, "src": article.source, "aid": article.id},
            ).first()
            is None
        )
        aggregate = _Aggregate(
            record,
            old.mentions + len(added),
            old.articles + 1,
            old.sources + int(new_source),
            min(old.first_seen, seen),
            max(old.last_seen, seen),
        )
        changed_place = best is not None or placed is not None
        return self._event_row(conn, event_id, aggregate, dated_id, placed_id, changed_place)

    def _event_states(
        self, conn: Connection, event_ids: list[str]
    ) -> dict[str, Row[*tuple[Any, ...]]]:
        """The stored aggregates of these events, by id."""
        states: dict[str, Row[*tuple[Any, ...]]] = {}
        for i in range(0, len(event_ids), 500):
            chunk = event_ids[i : i + 500]
            for row in conn.execute(self._sql.event_states, {"eids": chunk}):
                states[row.id] = row
        if len(states) != len(event_ids):  # pragma: no cover - a merge target always exists
            raise StoreError(f"events vanished while saving: {set(event_ids) - set(states)}")
        return states

    def _mention(self, conn: Connection, mention_id: str) -> dict[str, Any]:
        found = conn.execute(self._sql.mention_record, {"mid": mention_id}).one()
        return cast(dict[str, Any], json.loads(found[0]))

    def _place_rank_of(self, conn: Connection, mention_id: str) -> int | None:
        found = conn.execute(self._sql.mention_record, {"mid": mention_id}).one()
        return cast(int | None, found[1])

    def _event_row(
        self,
        conn: Connection,
        event_id: str,
        aggregate: _Aggregate,
        dated_id: str | None,
        placed_id: str | None,
        note_place: bool = True,
    ) -> dict[str, Any]:
        """The event table row (keyed for `update_event`) of an event's aggregates; a new
        place is noted."""
        record = aggregate.record
        record["id"] = event_id
        record["mentions"] = aggregate.mentions
        record["articles"] = aggregate.articles
        record["sources"] = aggregate.sources
        record["first_seen"] = aggregate.first_seen.isoformat()
        record["last_seen"] = aggregate.last_seen.isoformat()
        row = _event_columns(record)
        row.update(
            mentions=aggregate.mentions,
            articles=aggregate.articles,
            sources=aggregate.sources,
            first_seen=aggregate.first_seen,
            last_seen=aggregate.last_seen,
            best_mention=record["best_mention"],
            date_mention=dated_id,
            place_mention=placed_id,
            record=json.dumps(record, ensure_ascii=False),
            eid=event_id,
        )
        place = record.get("location")
        if place and note_place:
            self._note_place(conn, place)
        return row

    def _note_actors(
        self, conn: Connection, article: Article, records: list[dict[str, Any]]
    ) -> None:
        seen: dict[tuple[str, str], dict[str, Any]] = {}
        for record in records:
            for side in ("source", "target"):
                actor = record[side]
                if actor:
                    seen.setdefault((actor["name"], actor["code"]), actor)
        for (name, code), actor in seen.items():
            params = {"o": "text", "n": name[:200], "c": code}
            if conn.execute(self._sql.actor_exists, params).first() is None:
                conn.execute(
                    insert(S.actors),
                    {
                        "origin": "text",
                        "name": name[:200],
                        "code": code,
                        "country": actor["country"],
                        "sectors": " ".join(actor["sectors"]),
                        "kind": actor["kind"],
                        "role": actor.get("role"),
                        "first_seen": article.published,
                        "article_id": article.id,
                    },
                )

    def _note_learned(self, conn: Connection, learned: Iterable[LearnedActor]) -> None:
        t = S.actors.c
        for actor in learned:
            name = actor.name[:200]
            if (
                conn.execute(select(t.id).where(t.origin == "learned", t.name == name)).first()
                is not None
            ):
                continue  # known already (and perhaps reviewed): the first sighting stays
            conn.execute(
                insert(S.actors),
                {
                    "origin": "learned",
                    "name": name,
                    "code": (actor.country or "---") + "".join(actor.sectors),
                    "country": actor.country,
                    "sectors": " ".join(actor.sectors),
                    "kind": "person",
                    "role": actor.role,
                    "status": actor.status,
                    "first_seen": actor.first_seen,
                    "article_id": actor.article_id,
                    "sentence": actor.sentence,
                },
            )

    @_store_errors
    def learned(self, status: str | None = None) -> list[LearnedActor]:
        """People learned from text (for review, and to load into a pipeline's registry)."""
        t = S.actors.c
        stmt = select(
            t.name, t.country, t.sectors, t.role, t.first_seen, t.article_id, t.sentence, t.status
        ).where(t.origin == "learned")
        if status:
            stmt = stmt.where(t.status == status)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt.order_by(t.first_seen, t.name)).all()
        return [
            LearnedActor(
                name=r[0],
                country=r[1],
                sectors=tuple(r[2].split()) if r[2] else (),
                role=r[3],
                first_seen=r[4],
                article_id=r[5] or "",
                sentence=r[6] or "",
                status=r[7] or "pending",
            )
            for r in rows
        ]

    @_store_errors
    def review_learned(self, name: str, status: str) -> int:
        """Accept or reject learned actors by name (case-insensitive); how many changed."""
        if status not in STATUSES:
            raise StoreError(f"unknown status '{status}'; use one of {', '.join(STATUSES)}")
        t = S.actors.c
        with self.engine.begin() as conn:
            result = conn.execute(
                update(S.actors)
                .where(t.origin == "learned", func.lower(t.name) == name.strip().lower())
                .values(status=status)
            )
        return int(result.rowcount or 0)

    def _note_place(self, conn: Connection, place: dict[str, Any]) -> None:
        key = _place_id(place)
        if conn.execute(self._sql.place_exists, {"pid": key}).first() is None:
            conn.execute(
                insert(S.places),
                {
                    "id": key,
                    "name": place["name"][:200],
                    "country": place["country"],
                    "admin1": place.get("admin1"),
                    "lat": place.get("lat"),
                    "lon": place.get("lon"),
                    "geonameid": place.get("geonameid"),
                    "precision": place["precision"],
                },
            )

    # -- integrity (tacitus check) -----------------------------------------------------------

    @_store_errors
    def check(self) -> list[str]:
        """Problems found in the stored data (an empty list when it is consistent)."""
        e, m, a, k = S.events.c, S.mentions.c, S.articles.c, S.article_keys.c
        problems: list[str] = []
        version = self.version()
        if version != S.LATEST:
            problems.append(f"schema version {version}, expected {S.LATEST}")
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                verdict = conn.execute(text("PRAGMA integrity_check")).scalar()
                if verdict != "ok":
                    problems.append(f"SQLite integrity check: {verdict}")
            orphans = conn.execute(
                select(func.count()).where(m.event_id.not_in(select(e.id)))
            ).scalar()
            if orphans:
                problems.append(f"{orphans} mention(s) point to a missing event")
            empty = conn.execute(
                select(func.count()).where(e.id.not_in(select(m.event_id)))
            ).scalar()
            if empty:
                problems.append(f"{empty} event(s) have no mention")
            counted = select(m.event_id, func.count().label("n")).group_by(m.event_id).subquery()
            wrong = conn.execute(
                select(func.count())
                .select_from(S.events.join(counted, counted.c.event_id == e.id))
                .where(counted.c.n != e.mentions)
            ).scalar()
            if wrong:
                problems.append(f"{wrong} event(s) have a wrong mention count")
            dangling = conn.execute(
                select(func.count()).where(
                    a.duplicate_of.is_not(None), a.duplicate_of.not_in(select(a.id))
                )
            ).scalar()
            if dangling:
                problems.append(f"{dangling} copy article(s) point to a missing original")
            coded_copies = conn.execute(
                select(func.count(func.distinct(m.article_id)))
                .select_from(S.mentions.join(S.articles, a.id == m.article_id))
                .where(a.duplicate_of.is_not(None))
            ).scalar()
            if coded_copies:
                problems.append(f"{coded_copies} copy article(s) have mentions of their own")
            keyless = conn.execute(
                select(func.count()).where(
                    a.duplicate_of.is_(None),
                    a.signature.is_not(None),
                    a.id.not_in(select(k.article_id)),
                )
            ).scalar()
            if keyless:
                problems.append(f"{keyless} original article(s) lack their LSH keys")
        return problems

    @_store_errors
    def repair(self) -> int:
        """Recompute every event from its mentions and drop events without any; returns the
        number of events refreshed. (Mentions and articles are the ground truth.)"""
        e, m = S.events.c, S.mentions.c
        with self.engine.begin() as conn:
            ids = set(conn.execute(select(e.id)).scalars())
            orphans = conn.execute(
                select(m.id, m.record).where(m.event_id.not_in(select(e.id)))
            ).all()
            touched = _Touched(events=ids)
            for mention_id, record in orphans:
                conn.execute(delete(S.mentions).where(m.id == mention_id))
                row = json.loads(record)
                event_id = self._attach(conn, row, touched)
                touched.events.add(event_id)
                conn.execute(
                    insert(S.mentions), _mention_row(mention_id, event_id, row["article_id"], row)
                )
            self._refresh(conn, touched.events)
        return len(touched.events)

    # -- feeds (tacitus watch) --------------------------------------------------------------

    @_store_errors
    def feed_state(self, feed: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified a feed last answered with."""
        f = S.feeds.c
        with self.engine.connect() as conn:
            row = conn.execute(select(f.etag, f.modified).where(f.url == feed)).first()
        return (row[0], row[1]) if row else (None, None)

    @_store_errors
    def set_feed_state(
        self, feed: str, etag: str | None, modified: str | None, status: str
    ) -> None:
        f = S.feeds.c
        values = {"etag": etag, "modified": modified, "polled_at": _now(), "status": status[:200]}
        with self.engine.begin() as conn:
            if conn.execute(select(f.url).where(f.url == feed)).first() is None:
                conn.execute(insert(S.feeds), {"url": feed, **values})
            else:
                conn.execute(update(S.feeds).where(f.url == feed).values(**values))

    @_store_errors
    def seen_items(self, feed: str, items: Iterable[str]) -> set[str]:
        keys = list(items)
        i = S.feed_items.c
        seen: set[str] = set()
        with self.engine.connect() as conn:
            for k in range(0, len(keys), 500):
                stmt = select(i.item).where(i.feed == feed, i.item.in_(keys[k : k + 500]))
                seen.update(conn.execute(stmt).scalars())
        return seen

    @_store_errors
    def mark_seen(self, feed: str, item: str, article_id: str | None) -> None:
        i = S.feed_items.c
        with self.engine.begin() as conn:
            if conn.execute(select(i.item).where(i.feed == feed, i.item == item)).first() is None:
                conn.execute(
                    insert(S.feed_items),
                    {"feed": feed, "item": item, "article_id": article_id, "seen_at": _now()},
                )

    # -- reads ----------------------------------------------------------------------------

    @_store_errors
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            counts = {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
                for name, table in (
                    ("articles", S.articles),
                    ("mentions", S.mentions),
                    ("events", S.events),
                    ("actors", S.actors),
                    ("places", S.places),
                    ("rejected", S.rejected),
                    ("runs", S.runs),
                )
            }
            counts["copies"] = int(
                conn.execute(
                    select(func.count()).where(S.articles.c.duplicate_of.is_not(None))
                ).scalar()
                or 0
            )
        return counts

    @_store_errors
    def events(self, query: EventQuery | None = None) -> Iterator[dict[str, Any]]:
        """Merged events matching the query, newest first, as event records."""
        q = query or EventQuery()
        e = S.events.c
        if q.dyad and q.limit is not None:
            # One indexed, date-ordered read per direction, then merged: far cheaper than
            # sorting every event of a busy dyad.
            a, b = (x.upper() for x in q.dyad)
            rest = _filters(replace(q, dyad=None))
            parts = [
                select(e.record, e.date, e.id)
                .where(e.source_country == x, e.target_country == y, *rest)
                .order_by(e.date.desc(), e.id)
                .limit(q.offset + q.limit)
                .subquery()
                for x, y in ((a, b), (b, a))
            ]
            both = union_all(*(select(p.c.record, p.c.date, p.c.id) for p in parts)).subquery()
            stmt = (
                select(both.c.record)
                .order_by(both.c.date.desc(), both.c.id)
                .offset(q.offset)
                .limit(q.limit)
            )
        else:
            stmt = select(e.record).where(*_filters(q))
            stmt = stmt.order_by(e.date.desc(), e.id).offset(q.offset)
            if q.limit is not None:
                stmt = stmt.limit(q.limit)
        with self.engine.connect() as conn:
            for (record,) in conn.execute(stmt):
                yield json.loads(record)

    @_store_errors
    def count_events(self, query: EventQuery | None = None) -> int:
        q = query or EventQuery()
        with self.engine.connect() as conn:
            stmt = select(func.count()).select_from(S.events).where(*_filters(q))
            return int(conn.execute(stmt).scalar() or 0)

    @_store_errors
    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with every mention that supports it and the articles they came from."""
        m, a = S.mentions.c, S.articles.c
        with self.engine.connect() as conn:
            record = conn.execute(
                select(S.events.c.record).where(S.events.c.id == event_id)
            ).scalar()
            if record is None:
                return None
            result: dict[str, Any] = json.loads(record)
            rows = conn.execute(
                select(m.record, a.id, a.source, a.url, a.title, a.published)
                .join(S.articles, a.id == m.article_id)
                .where(m.event_id == event_id)
                .order_by(a.published, m.id)
            ).all()
        result["mention_records"] = [
            {
                **json.loads(row[0]),
                "article": {
                    "id": row[1],
                    "source": row[2],
                    "url": row[3],
                    "title": row[4],
                    "published": row[5].isoformat() if row[5] else None,
                },
            }
            for row in rows
        ]
        return result

    @_store_errors
    def mentions(self, query: EventQuery | None = None) -> Iterator[dict[str, Any]]:
        """Mentions of the events matching the query (for exports), with their article."""
        q = query or EventQuery(limit=None)
        m, a = S.mentions.c, S.articles.c
        ids = select(S.events.c.id).where(*_filters(q))
        stmt = (
            select(m.event_id, m.record, a.source, a.url, a.published, a.coded_at, a.text)
            .join(S.articles, a.id == m.article_id)
            .where(m.event_id.in_(ids))
            .order_by(m.event_id, m.id)
        )
        with self.engine.connect() as conn:
            for event_id, record, source, url, published, coded_at, text_ in conn.execute(stmt):
                yield {
                    "event_id": event_id,
                    "record": json.loads(record),
                    "source": source,
                    "url": url,
                    "published": published,
                    "coded_at": coded_at,
                    "doc_len": len(text_),
                }

    @_store_errors
    def dyad_days(
        self, a: str, b: str, since: date | None = None, until: date | None = None
    ) -> list[tuple[str, date, int, int, float]]:
        """(direction "a>b"/"b>a", day, quad class, events, Goldstein sum) for a dyad."""
        e = S.events.c
        out: list[tuple[str, date, int, int, float]] = []
        with self.engine.connect() as conn:
            for direction, src, tgt in (("a>b", a, b), ("b>a", b, a)):
                stmt = (
                    select(e.date, e.quad_class, func.count(), func.sum(e.goldstein))
                    .where(
                        e.source_country == src,
                        e.target_country == tgt,
                        e.date.is_not(None),
                        e.negated.is_(False),
                    )
                    .group_by(e.date, e.quad_class)
                )
                if since:
                    stmt = stmt.where(e.date >= since)
                if until:
                    stmt = stmt.where(e.date <= until)
                for day, quad, n, total in conn.execute(stmt):
                    out.append((direction, day, int(quad), int(n), float(total or 0.0)))
        return out

    @_store_errors
    def actors(self, prefix: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Actors seen in stored events (and learned ones), with how many events name them."""
        t = S.actors.c
        stmt = select(t.origin, t.name, t.code, t.country, t.sectors, t.kind, t.role, t.status)
        if prefix:
            stmt = stmt.where(t.code.startswith(prefix.upper()))
        stmt = stmt.order_by(t.code, t.name).limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
            codes = sorted({r[2] for r in rows})
            counts = self._code_counts(conn, codes)
        return [
            {
                "origin": r[0],
                "name": r[1],
                "code": r[2],
                "country": r[3],
                "sectors": r[4].split() if r[4] else [],
                "kind": r[5],
                "role": r[6],
                "status": r[7],
                "events": counts.get(r[2], 0),
            }
            for r in rows
        ]

    def _code_counts(self, conn: Connection, codes: Sequence[str]) -> dict[str, int]:
        e = S.events.c
        counts: dict[str, int] = {}
        if not codes:
            return counts
        for column in (e.source_code, e.target_code):
            stmt = select(column, func.count()).where(column.in_(codes)).group_by(column)
            for code, n in conn.execute(stmt):
                counts[code] = counts.get(code, 0) + int(n)
        return counts

    @_store_errors
    def rejected(self) -> list[Rejected]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(S.rejected.c.item, S.rejected.c.stage, S.rejected.c.reason))
            return [Rejected(*row) for row in rows]

    @_store_errors
    def copies(self) -> list[tuple[str, str]]:
        """(copy, original) article id pairs."""
        a = S.articles.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(a.id, a.duplicate_of).where(a.duplicate_of.is_not(None)).order_by(a.id)
            )
            return [(str(x), str(y)) for x, y in rows]


def _filters(q: EventQuery) -> list[ColumnElement[bool]]:
    e = S.events.c
    where: list[ColumnElement[bool]] = []
    if not q.include_negated:
        where.append(e.negated.is_(False))
    if q.actor:
        code = q.actor.upper()
        where.append(or_(e.source_code.startswith(code), e.target_code.startswith(code)))
    if q.country:
        c = q.country.upper()
        where.append(or_(e.source_country == c, e.target_country == c))
    if q.dyad:
        a, b = (x.upper() for x in q.dyad)
        where.append(
            or_(
                and_(e.source_country == a, e.target_country == b),
                and_(e.source_country == b, e.target_country == a),
            )
        )
    if q.source:
        where.append(e.source_code.startswith(q.source.upper()))
    if q.target:
        where.append(e.target_code.startswith(q.target.upper()))
    if q.event_type:
        where.append(e.event_type == q.event_type.upper())
    if q.cameo:
        where.append(e.cameo.startswith(q.cameo))
    if q.since:
        where.append(e.date >= q.since)
    if q.until:
        where.append(e.date <= q.until)
    if q.min_confidence is not None:
        where.append(e.confidence >= q.min_confidence)
    return where or [true()]


def _mention_row(
    mention_id: str, event_id: str, article_id: str, record: dict[str, Any]
) -> dict[str, Any]:
    return {
        "id": mention_id,
        "event_id": event_id,
        "article_id": article_id,
        "sentence_index": record["evidence"]["sentence_index"],
        "date": _day(record["date"]),
        "date_precision": record["date_precision"],
        "cameo": record["cameo"],
        "source_code": (record["source"] or {}).get("code"),
        "target_code": (record["target"] or {}).get("code"),
        "confidence": record["confidence"],
        "record": json.dumps(record, ensure_ascii=False),
        "place_rank": _place_rank(record.get("location")),
    }


@dataclass(slots=True)
class _Aggregate:
    """An event's record (its best mention's, with the event's date and place) and counts."""

    record: dict[str, Any]
    mentions: int
    articles: int
    sources: int
    first_seen: date
    last_seen: date


def _take_date(record: dict[str, Any], dated: dict[str, Any]) -> None:
    record.update(
        date=dated["date"],
        date_precision=dated["date_precision"],
        date_source=dated["date_source"],
    )


def _date_key(record: dict[str, Any], mention_id: str) -> tuple[int, str, str]:
    return _rank(record["date_precision"]), record["date"], mention_id


def _better(confidence: float, mention_id: str, best: dict[str, Any], best_id: str) -> bool:
    """Does a mention beat the best one so far? Higher confidence wins; between equally
    confident mentions, the smallest id (as in `_refresh`'s ORDER BY)."""
    return confidence > best["confidence"] or (
        confidence == best["confidence"] and mention_id < best_id
    )


def _rank_places(conn: Connection) -> None:
    """Migration 5's data step: the rank of each stored mention's place, from its record."""
    m = S.mentions.c
    rows = conn.execute(select(m.id, m.record).where(m.record.like('%"location": {%'))).all()
    for mention_id, record in rows:
        rank = _place_rank(json.loads(record).get("location"))
        if rank is not None:
            conn.execute(update(S.mentions).where(m.id == mention_id).values(place_rank=rank))


def _place_rank(place: dict[str, Any] | None) -> int | None:
    return PLACE_RANK.get(place["precision"], len(PLACE_RANK)) if place else None


def _utc(moment: datetime) -> datetime:
    """A stored time in UTC (SQLite gives back naive UTC, PostgreSQL the session's zone)."""
    return moment.astimezone(UTC) if moment.tzinfo else moment


def _seen_range(
    first: date | None, last: date | None, first_coded: datetime | None, last_coded: datetime | None
) -> tuple[date, date]:
    """When an event was first and last seen: its articles' publication dates, or the day an
    article without one was coded."""
    days = [d for d in (first, last) if d is not None]
    days += [_utc(d).date() for d in (first_coded, last_coded) if d is not None]
    return min(days), max(days)


def _event_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The event table's columns for an event record (whose confidence is its best
    mention's, the highest of all)."""
    src, tgt = record["source"] or {}, record["target"] or {}
    day = _day(record["date"])
    span = date_interval(day, record["date_precision"])
    place = record.get("location")
    return {
        "date": day,
        "date_precision": record["date_precision"],
        "date_lo": span[0] if span else None,
        "date_hi": span[1] if span else None,
        "event_type": record["event_type"],
        "mode": record["mode"],
        "cameo": record["cameo"],
        "root": record["cameo"][:2],
        "quad_class": record["quad_class"],
        "goldstein": record["goldstein"],
        "source_country": src.get("country"),
        "source_sector": src.get("sector"),
        "source_code": src.get("code"),
        "source_name": (src.get("name") or "")[:200] or None,
        "target_country": tgt.get("country"),
        "target_sector": tgt.get("sector"),
        "target_code": tgt.get("code"),
        "target_name": (tgt.get("name") or "")[:200] or None,
        "reciprocal": bool(record["reciprocal"]),
        "negated": bool(record["negated"]),
        "modality": record["modality"],
        "factual": record["modality"] in FACTUAL,
        "confidence": record["confidence"],
        "place_id": _place_id(place) if place else None,
    }


def _place_id(place: dict[str, Any]) -> str:
    if place.get("geonameid"):
        return str(place["geonameid"])
    return f"{place['name']}|{place['country']}|{place['precision']}"[:80]


PLACE_RANK = {"city": 0, "region": 1, "country": 2}


def _rank(precision: str) -> int:
    return PRECISION_RANK.get(precision, len(PRECISION_RANK))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _hash(text_: str) -> str:
    return hashlib.sha1(text_.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:300]


def open_store(db: str, dedup: DedupSettings | None = None) -> Store:
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
    store = Store(engine, dedup)
    store.migrate()
    return store
