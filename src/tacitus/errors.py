"""Tacitus' error tree. Every error says what was wrong and how to fix it.

    TacitusError
    ├── ConfigError          a setting or settings file is invalid
    ├── DictionaryError      a dictionary file has a bad line (carries path and line)
    ├── IngestError          an input cannot be read as an article (carries path and reason)
    ├── ModelError           the spaCy model cannot be loaded
    ├── StoreError           the event store cannot be opened or written
    └── EvaluationError      a gold file is malformed

`http_status` is what the API answers when the error reaches it.
"""

from __future__ import annotations

from pathlib import Path


class TacitusError(Exception):
    """Base of every error Tacitus raises on purpose."""

    http_status = 500


class ConfigError(TacitusError):
    http_status = 400


class DictionaryError(TacitusError):
    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = message
        super().__init__(f"{self.path}:{line}: {message}")


class IngestError(TacitusError):
    http_status = 422

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ModelError(TacitusError):
    pass


class StoreError(TacitusError):
    http_status = 503


class EvaluationError(TacitusError):
    http_status = 400
