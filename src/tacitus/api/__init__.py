"""The HTTP API (FastAPI): a thin shell over the store and the pipeline.

`create_app(settings)` builds the application (API under /api, dashboard under /); all state
(settings, store, write token, the lazily loaded pipeline) hangs off `app.state.tacitus`.
"""

from tacitus.api.app import create_app
from tacitus.api.state import AppState

__all__ = ["AppState", "create_app"]
