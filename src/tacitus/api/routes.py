"""The /api endpoints. Each parses its input, calls one library function, returns JSON."""

from __future__ import annotations

import hmac
import re
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from tacitus import __version__
from tacitus.api.bodies import ArticleIn, describe
from tacitus.api.queries import actor_rows, article_mentions
from tacitus.api.state import AppState, app_state
from tacitus.errors import TacitusError
from tacitus.ingest.readers import _make as make_article
from tacitus.models import Article
from tacitus.store import EventQuery, parse_dyad
from tacitus.store.timeline import FREQS, timeline

if TYPE_CHECKING:
    from tacitus.pipeline import ArticleResult, Pipeline

router = APIRouter(prefix="/api")
State = Annotated[AppState, Depends(app_state)]
CODE = re.compile(r"^[A-Za-z]{3}$")
ACTOR_CODE = re.compile(r"^[A-Za-z-]{3}[A-Za-z]{0,36}$")

READ_ONLY = (
    "this server is read-only: set a write token (environment variable TACITUS_API_TOKEN or "
    "[api] token_file) and restart `tacitus serve` to enable writes"
)
BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": ArticleIn.model_json_schema()}},
    }
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "missing or wrong bearer token"},
    403: {"description": "the server has no write token (read-only)"},
    413: {"description": "body larger than [api] max_body_bytes"},
    422: {"description": "malformed body"},
}


def _json(payload: dict[str, Any], status: int = 200) -> JSONResponse:
    """Records are plain JSON already: skip FastAPI's re-encoding of every nested value."""
    return JSONResponse(payload, status_code=status)


def _code(value: str, what: str) -> str:
    if not CODE.match(value):
        raise HTTPException(422, f"{what} '{value}' is not a three-letter country code (AZE)")
    return value.upper()


def _check_writer(state: AppState, request: Request) -> None:
    """Writes need `Authorization: Bearer <token>` matching the configured token."""
    if not state.token:
        raise HTTPException(403, READ_ONLY)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    ok = scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode("utf-8"), state.token.encode("utf-8")
    )
    if not ok:
        raise HTTPException(
            401,
            "missing or wrong token: send the header 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def _article(request: Request, max_chars: int) -> Article:
    raw = await request.body()
    try:
        body = ArticleIn.model_validate_json(raw)
    except ValidationError as exc:
        raise HTTPException(422, describe(exc.errors(include_url=False))) from None
    # The same rules as files: newlines normalised, NUL bytes refused, cut at [ingest] max_chars.
    return make_article(
        body.text,
        origin="api",
        published=body.date,
        source=body.source,
        url=body.url,
        title=body.title,
        max_chars=max_chars,
    )


def _coded(pipeline: Pipeline, article: Article) -> ArticleResult:
    from tacitus.pipeline import ArticleResult

    for result in pipeline.code([article]):
        if isinstance(result, ArticleResult):
            return result
        raise HTTPException(422, f"the article cannot be coded: {result.reason}")
    raise HTTPException(500, "the pipeline returned nothing for the article")


@router.get("/health")
def health(state: State) -> JSONResponse:
    """Liveness and what the server holds."""
    return _json(
        {
            "status": "ok",
            "version": __version__,
            "store": state.store.dialect,
            "counts": state.store.counts(),
            "writable": bool(state.token),
            "pipeline_loaded": state.pipeline is not None,
        }
    )


@router.get("/events")
def events(
    state: State,
    actor: Annotated[str | None, Query(description="Actor code prefix, either side.")] = None,
    country: Annotated[str | None, Query(description="Country code, either side.")] = None,
    dyad: Annotated[
        str | None, Query(description="Two countries, either direction: AZE-TUR.")
    ] = None,
    source: Annotated[str | None, Query(description="Source code prefix.")] = None,
    target: Annotated[str | None, Query(description="Target code prefix.")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="PLOVER type.")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix.")] = None,
    since: Annotated[date | None, Query(description="From date YYYY-MM-DD.")] = None,
    until: Annotated[date | None, Query(description="Until date YYYY-MM-DD.")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    limit: Annotated[int, Query(ge=1, description="Page size (at most [api] max_limit).")] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> JSONResponse:
    """Stored events, newest first, with the filters of `tacitus events`."""
    if limit > state.settings.api.max_limit:
        raise HTTPException(422, f"limit {limit} is above {state.settings.api.max_limit}")
    pair = None
    if dyad:
        try:
            a, b = parse_dyad(dyad)
        except TacitusError as exc:
            raise HTTPException(422, str(exc)) from None
        pair = (_code(a, "dyad"), _code(b, "dyad"))
    query = EventQuery(
        actor=actor,
        country=country,
        dyad=pair,
        source=source,
        target=target,
        event_type=event_type,
        cameo=cameo,
        since=since,
        until=until,
        min_confidence=min_confidence,
        limit=limit,
        offset=offset,
    )
    return _json(
        {
            "total": state.store.count_events(query),
            "limit": limit,
            "offset": offset,
            "events": list(state.store.events(query)),
        }
    )


@router.get("/events/{event_id}")
def event(event_id: str, state: State) -> JSONResponse:
    """One merged event with all its mentions, their evidence and their articles."""
    found = state.store.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event with id '{event_id}'")
    return _json(found)


@router.get("/actors")
def actors(
    state: State,
    q: Annotated[str | None, Query(description="Actor code prefix (AZE, AZEGOV).")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> JSONResponse:
    """Actors seen in stored events, with how many events name them."""
    rows = state.store.actors(q, limit)
    return _json({"total": len(rows), "actors": rows})


@router.get("/actors/{code}")
def actor(
    code: str, state: State, limit: Annotated[int, Query(ge=1, le=1000)] = 20
) -> JSONResponse:
    """An actor code: the names stored under it and its latest events (code and sub-codes)."""
    if not ACTOR_CODE.match(code):
        raise HTTPException(422, f"'{code}' is not an actor code (AZE, AZEGOVMIL, ---REB)")
    code = code.upper()
    query = EventQuery(actor=code, limit=limit)
    total = state.store.count_events(query)
    names = actor_rows(state.store, code)
    if not names and not total:
        raise HTTPException(404, f"no actor with code '{code}' in the store")
    return _json(
        {
            "code": code,
            "names": names,
            "total_events": total,
            "events": list(state.store.events(query)),
        }
    )


@router.get("/dyads/{a}/{b}/timeline")
def dyad_timeline(
    a: str,
    b: str,
    state: State,
    freq: Annotated[str, Query(description="week, month or year.")] = "month",
    since: date | None = None,
    until: date | None = None,
) -> JSONResponse:
    """Events per period by quad class and Goldstein, both directions of the dyad."""
    if freq not in FREQS:
        raise HTTPException(422, f"freq '{freq}' is not one of {', '.join(FREQS)}")
    a, b = _code(a, "country"), _code(b, "country")
    rows = timeline(state.store, a, b, freq, since, until)
    return _json({"a": a, "b": b, "freq": freq, "rows": [r.to_dict() for r in rows]})


@router.post("/code", openapi_extra=BODY, responses=WRITE_ERRORS)
async def code(request: Request, state: State) -> dict[str, Any]:
    """Code one article and return its events without storing them (needs the token: it
    loads spaCy on first use and costs CPU)."""
    _check_writer(state, request)
    article = await _article(request, state.settings.ingest.max_chars)

    def job(pipeline: Pipeline) -> ArticleResult:
        return _coded(pipeline, article)

    result = await run_in_threadpool(state.code_with, job)
    return {"article_id": article.id, "events": [e.to_dict() for e in result.events]}


@router.post("/articles", status_code=201, openapi_extra=BODY, responses=WRITE_ERRORS)
async def articles(request: Request, state: State) -> JSONResponse:
    """Code one article and store it. An article already stored with the same text is not
    coded again (200); a near-copy of a stored article is linked to it (`duplicate_of`)."""
    _check_writer(state, request)
    article = await _article(request, state.settings.ingest.max_chars)
    store = state.store

    def job(pipeline: Pipeline) -> tuple[int, dict[str, Any]]:
        from tacitus.pipeline import CODER

        if store.has_article(article):
            return 200, {
                "article_id": article.id,
                "stored": False,
                "duplicate_of": None,
                "events": article_mentions(store, article.id),
            }
        fp = store.fingerprint(article)
        original = store.copy_of(article, fp) if fp is not None else None
        if original:
            store.save(article, [], 0, CODER, fp)
            return 201, {
                "article_id": article.id,
                "stored": True,
                "duplicate_of": original,
                "events": [],
            }
        result = _coded(pipeline, article)
        saved = store.save(article, result.events, result.sentences, CODER, fp)
        return 201, {
            "article_id": saved.article_id,
            "stored": True,
            "duplicate_of": saved.duplicate_of,
            "mentions": saved.mentions,
            "new_events": saved.new_events,
            "merged": saved.merged,
            "events": [e.to_dict() for e in result.events],
        }

    status, payload = await run_in_threadpool(state.code_with, job)
    return JSONResponse(payload, status_code=status)
