"""Store: events, articles, runs and rejected inputs in SQLite (default) or PostgreSQL."""

from tacitus.store.sql import EventQuery, Store, open_store

__all__ = ["EventQuery", "Store", "open_store"]
