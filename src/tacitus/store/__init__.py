"""The event store: SQLite by default, PostgreSQL for many writers (one schema)."""

from tacitus.store.sql import EventQuery, Saved, Store, engine_url, open_store, parse_dyad

__all__ = ["EventQuery", "Saved", "Store", "engine_url", "open_store", "parse_dyad"]
