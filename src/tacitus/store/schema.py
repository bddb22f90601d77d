"""One schema for SQLite and PostgreSQL (SQLAlchemy Core), with numbered migrations."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("published", Date),
    Column("source", String(200)),
    Column("url", Text),
    Column("title", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("content_hash", String(40), nullable=False),
    Column("sentences", Integer, nullable=False, default=0),
    Column("coded_at", DateTime(timezone=True), nullable=False),
    Column("coder", String(40), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("date", Date),
    Column("date_precision", String(8), nullable=False),
    Column("event_type", String(16)),
    Column("cameo", String(4), nullable=False),
    Column("root", String(2), nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("source_country", String(3)),
    Column("source_code", String(40)),
    Column("target_country", String(3)),
    Column("target_code", String(40)),
    Column("reciprocal", Boolean, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("record", Text, nullable=False),  # the full JSON event record
)
Index("ix_events_article", events.c.article_id)
Index("ix_events_dyad_date", events.c.source_country, events.c.target_country, events.c.date)
Index("ix_events_date", events.c.date)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("command", Text),
    Column("articles", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
    Column("rejected", Integer, nullable=False, default=0),
)

rejected = Table(
    "rejected",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE")),
    Column("item", Text, nullable=False),
    Column("stage", String(16), nullable=False),
    Column("reason", Text, nullable=False),
)

# Migration n creates what version n needs. Version 1 is the tables above.
MIGRATIONS: tuple[tuple[int, tuple[Table, ...]], ...] = (
    (1, (schema_version, articles, events, runs, rejected)),
)
LATEST = MIGRATIONS[-1][0]
