"""One schema for SQLite and PostgreSQL (SQLAlchemy Core), with numbered migrations.

    articles ─┬─< article_keys     LSH band keys of original articles (near-duplicate lookup)
              └─< mentions >── events    one row per coded mention; an event merges mentions
    actors                        actors seen in events, and actors learned from text
    places                        places events were located at
    feeds ──< feed_items          feeds `tacitus watch` polls, and the entries already taken
    runs ──< rejected             what each run did, and the inputs it could not use

Migration n brings a version n-1 database to version n inside one transaction; `migrate`
applies the missing ones in order. Version 1 stored one event row per article mention; version
2 splits that into mentions and merged events and adds dedup, actors and places; 3 adds feeds;
4 widens the dyad index; 5 keeps what events need to be updated one mention at a time.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    text,
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
    Column("duplicate_of", String(64)),  # v2: the stored original this article copies
    Column("signature", LargeBinary),  # v2: MinHash signature
)

article_keys = Table(
    "article_keys",
    metadata,
    Column(
        "article_id",
        String(64),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("key", String(24), primary_key=True),
)
Index("ix_article_keys_key", article_keys.c.key)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("date", Date),
    Column("date_precision", String(8), nullable=False),
    Column("date_lo", Date),
    Column("date_hi", Date),
    Column("event_type", String(16)),
    Column("mode", String(24)),
    Column("cameo", String(4), nullable=False),
    Column("root", String(2), nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("source_country", String(3)),
    Column("source_sector", String(3)),
    Column("source_code", String(40)),
    Column("source_name", String(200)),
    Column("target_country", String(3)),
    Column("target_sector", String(3)),
    Column("target_code", String(40)),
    Column("target_name", String(200)),
    Column("reciprocal", Boolean, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("factual", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("place_id", String(80)),
    Column("mentions", Integer, nullable=False, default=0),
    Column("articles", Integer, nullable=False, default=0),
    Column("sources", Integer, nullable=False, default=0),
    Column("first_seen", Date),
    Column("last_seen", Date),
    Column("best_mention", String(40)),
    Column("date_mention", String(40)),  # v5: the mention the event's date comes from
    Column("place_mention", String(40)),  # v5: the best-placed mention
    Column("record", Text, nullable=False),  # the event record (JSON) with the aggregates
)
Index("ix_events_merge", events.c.source_country, events.c.target_country, events.c.root)
# Covers the dyad timeline query (no table lookups): migration 4.
ix_events_dyad = Index(
    "ix_events_dyad2",
    events.c.source_country,
    events.c.target_country,
    events.c.negated,
    events.c.date,
    events.c.quad_class,
    events.c.goldstein,
)
Index("ix_events_date", events.c.date)
Index("ix_events_target", events.c.target_country, events.c.date)
Index("ix_events_source_code", events.c.source_code)
Index("ix_events_target_code", events.c.target_code)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("event_id", String(40), nullable=False),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("date", Date),
    Column("date_precision", String(8), nullable=False),
    Column("cameo", String(4), nullable=False),
    Column("source_code", String(40)),
    Column("target_code", String(40)),
    Column("confidence", Float, nullable=False),
    Column("record", Text, nullable=False),  # the mention's own event record (JSON)
    Column("place_rank", Integer),  # v5: city 0, region 1, country 2, other 3; none: unlocated
)
Index("ix_mentions_event", mentions.c.event_id)
Index("ix_mentions_article", mentions.c.article_id)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", String(12), nullable=False),  # text | learned
    Column("name", String(200), nullable=False),
    Column("code", String(40), nullable=False),
    Column("country", String(3)),
    Column("sectors", String(60), nullable=False, default=""),
    Column("kind", String(16)),
    Column("role", String(200)),
    Column("status", String(12)),  # learned actors: pending | accepted | rejected
    Column("first_seen", Date),
    Column("article_id", String(64)),
    Column("sentence", Text),
    UniqueConstraint("origin", "name", "code", name="uq_actors_origin_name_code"),
)
Index("ix_actors_code", actors.c.code)

places = Table(
    "places",
    metadata,
    Column("id", String(80), primary_key=True),  # geonameid, or name|country|precision
    Column("name", String(200), nullable=False),
    Column("country", String(3)),
    Column("admin1", String(200)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("precision", String(8), nullable=False),
)

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

feeds = Table(
    "feeds",
    metadata,
    Column("url", String(1000), primary_key=True),  # feed URL, or a local path
    Column("etag", String(500)),
    Column("modified", String(100)),
    Column("polled_at", DateTime(timezone=True)),
    Column("status", String(200)),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("feed", String(1000), primary_key=True),
    Column("item", String(64), primary_key=True),  # hash of the entry id/link, or file+mtime
    Column("article_id", String(64)),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

V1_EVENT_INDEXES = ("ix_events_article", "ix_events_dyad_date", "ix_events_date")
V2_TABLES = (article_keys, events, mentions, actors, places)


def _create(conn: Connection, *tables: Table) -> None:
    for table in tables:
        table.create(conn, checkfirst=True)
        for index in table.indexes:
            index.create(conn, checkfirst=True)


def _v1(conn: Connection) -> None:
    """Articles, per-article events, runs, rejected inputs (the v1 event table is built by
    `v1_events`; new databases skip straight to the v2 tables)."""
    _create(conn, articles, runs, rejected)


def _v2(conn: Connection) -> None:
    """Mentions and merged events, dedup keys, actors, places. A v1 events table is kept as
    `events_v1` for `Store` to re-file its records as mentions, then dropped."""
    names = set(inspect(conn).get_table_names())
    cols = {c["name"] for c in inspect(conn).get_columns("articles")}
    binary = LargeBinary().compile(dialect=conn.dialect)
    if "duplicate_of" not in cols:
        conn.execute(text("ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR(64)"))
    if "signature" not in cols:
        conn.execute(text(f"ALTER TABLE articles ADD COLUMN signature {binary}"))
    if "events" in names and "mentions" not in names:
        for index in V1_EVENT_INDEXES:
            conn.execute(text(f"DROP INDEX IF EXISTS {index}"))
        conn.execute(text("ALTER TABLE events RENAME TO events_v1"))
    _create(conn, *V2_TABLES)


def _v3(conn: Connection) -> None:
    """Feeds polled by `tacitus watch` and the items already taken from them."""
    _create(conn, feeds, feed_items)


def _v4(conn: Connection) -> None:
    """The dyad index also covers `negated`, so timelines read the index alone."""
    conn.execute(text("DROP INDEX IF EXISTS ix_events_dyad"))
    ix_events_dyad.create(conn, checkfirst=True)


def _v5(conn: Connection) -> None:
    """Mentions note the rank of their place and events the mentions their date and place
    come from, so saving a mention updates its event without reading the event's other
    mentions (filled in by `Store`)."""
    cols = {c["name"] for c in inspect(conn).get_columns("mentions")}
    if "place_rank" not in cols:
        conn.execute(text("ALTER TABLE mentions ADD COLUMN place_rank INTEGER"))
    cols = {c["name"] for c in inspect(conn).get_columns("events")}
    for name in ("date_mention", "place_mention"):
        if name not in cols:
            conn.execute(text(f"ALTER TABLE events ADD COLUMN {name} VARCHAR(40)"))


Migration = Callable[[Connection], None]
MIGRATIONS: tuple[tuple[int, Migration], ...] = (
    (1, _v1),
    (2, _v2),
    (3, _v3),
    (4, _v4),
    (5, _v5),
)
LATEST = MIGRATIONS[-1][0]


def v1_events_table(name: str = "events") -> Table:
    """The version 1 events table (one row per article mention), read by migration 2."""
    old = MetaData()
    Table("articles", old, Column("id", String(64), primary_key=True))
    return Table(
        name,
        old,
        Column("id", String(40), primary_key=True),
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE")),
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
        Column("record", Text, nullable=False),
    )
