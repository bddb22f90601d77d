"""The application factory: API under /api, dashboard under /, one JSON error shape."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from tacitus import __version__
from tacitus.api.bodies import describe
from tacitus.api.limits import BodyLimit
from tacitus.api.routes import router
from tacitus.api.state import AppState, load_token
from tacitus.config import Settings
from tacitus.errors import TacitusError
from tacitus.store import Store, open_store

if TYPE_CHECKING:
    from tacitus.pipeline import Pipeline

log = logging.getLogger(__name__)


def create_app(
    settings: Settings | None = None,
    store: Store | None = None,
    pipeline: Pipeline | None = None,
) -> FastAPI:
    """Build the app over a store (opened from `[store] db` when not given). The pipeline is
    created on the first request that codes text unless one is passed in."""
    from tacitus.web import mount_dashboard

    settings = settings or Settings()
    store = store or open_store(settings.store.db, settings.dedup)
    app = FastAPI(
        title="Tacitus",
        version=__version__,
        description=(
            "Political event data from news. Reads are open; POST /api/code and "
            "POST /api/articles need `Authorization: Bearer <token>` (see docs/api.md)."
        ),
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN; the dashboard serves /api/docs itself
        redoc_url=None,
    )
    app.state.tacitus = AppState(
        settings=settings,
        store=store,
        token=load_token(settings.api),
        make_pipeline=lambda: _pipeline(settings),
        pipeline=pipeline,
    )
    app.add_middleware(BodyLimit, max_bytes=settings.api.max_body_bytes)
    app.include_router(router)
    mount_dashboard(app)
    _handlers(app)
    return app


def _pipeline(settings: Settings) -> Pipeline:
    from tacitus.pipeline import Pipeline

    return Pipeline(settings)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api")


def _handlers(app: FastAPI) -> None:
    from tacitus.web import error_page

    def answer(request: Request, status: int, message: str, headers: Any = None) -> Response:
        if _wants_html(request) and status != 413:
            return error_page(request, status, message)
        return JSONResponse({"error": message}, status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; see /api/docs for the endpoints"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return answer(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return answer(request, 422, describe(exc.errors()))

    @app.exception_handler(TacitusError)
    async def tacitus_error(request: Request, exc: TacitusError) -> Response:
        return answer(request, exc.http_status, str(exc))

    @app.exception_handler(SQLAlchemyError)
    async def database_error(request: Request, exc: SQLAlchemyError) -> Response:
        log.error("database error on %s: %s", request.url.path, exc)
        first = str(exc).splitlines()[0][:200]
        return answer(request, 503, f"the database cannot be read ({first}); check [store] db")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return answer(request, 500, f"internal error ({type(exc).__name__}); see the server log")
