"""What one running application holds: settings, store, write token, pipeline (lazy)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from fastapi import Request

from tacitus.config import ApiSettings, Settings
from tacitus.errors import ConfigError
from tacitus.store import Store

if TYPE_CHECKING:  # the pipeline (spaCy) is imported on the first request that codes
    from tacitus.pipeline import Pipeline

T = TypeVar("T")


def load_token(api: ApiSettings) -> str | None:
    """The write token: `[api] token` (TACITUS_API_TOKEN), else the first line of token_file."""
    if api.token.strip():
        return api.token.strip()
    if api.token_file:
        path = Path(api.token_file).expanduser()
        try:
            token = path.read_text("utf-8").strip().splitlines()
        except OSError as exc:
            raise ConfigError(
                f"[api] token_file {path} cannot be read ({exc.strerror}); "
                "create it with the token on its first line or unset token_file"
            ) from None
        if not token or not token[0].strip():
            raise ConfigError(f"[api] token_file {path} is empty; write the token on line 1")
        return token[0].strip()
    return None


@dataclass(slots=True)
class AppState:
    settings: Settings
    store: Store
    token: str | None
    make_pipeline: Callable[[], Pipeline]
    pipeline: Pipeline | None = None
    # One coding job at a time: the pipeline (spaCy, dictionaries) is loaded once and
    # the machine's cores are better spent on one batch than on contending requests.
    lock: threading.Lock = field(default_factory=threading.Lock)

    def code_with(self, job: Callable[[Pipeline], T]) -> T:
        """Run `job` with the pipeline, loading it on first use (the read-only server starts
        fast because spaCy is only loaded here)."""
        with self.lock:
            if self.pipeline is None:
                self.pipeline = self.make_pipeline()
            return job(self.pipeline)


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.tacitus
    return state
