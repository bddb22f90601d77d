"""Dashboard pages: overview, dyad, event, actor, search. Each reads through the same library
functions as the API and hands plain data to a template."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from tacitus.api.queries import (
    actor_rows,
    dyad_types,
    place_points,
    quad_series,
    search_actors,
    search_countries,
    search_sentences,
    top_dyads,
)
from tacitus.api.state import AppState, app_state
from tacitus.store import EventQuery
from tacitus.store.timeline import FREQS, timeline
from tacitus.web.charts import map_plot, stacked_chart
from tacitus.web.render import Renderer

router = APIRouter(include_in_schema=False)
State = Annotated[AppState, Depends(app_state)]


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    renderer: Renderer = request.app.state.renderer
    return renderer.page(request, name, context)


def _code(value: str) -> str:
    if not (len(value) == 3 and value.isalpha()):
        raise HTTPException(404, f"'{value}' is not a three-letter country code")
    return value.upper()


def _day(value: str | None, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{what} '{value}' is not a date; write YYYY-MM-DD") from None


# The overview charts this many recent periods; older ones are summed up in a note.
RECENT = {"week": 52, "month": 36, "year": 60}


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, state: State, freq: str = "month") -> HTMLResponse:
    store = state.store
    freq = freq if freq in FREQS else "month"
    series = quad_series(store, freq)
    older = series[: -RECENT[freq]]
    series = series[-RECENT[freq] :]
    chart = stacked_chart(
        [p.period for p in series],
        [p.counts for p in series],
        freq,
        f"Events per {freq} by quad class",
        [p.goldstein_mean for p in series],
    )
    return _render(
        request,
        "overview.html",
        counts=store.counts(),
        chart=chart,
        freq=freq,
        freqs=FREQS,
        shown=len(series),
        older=sum(p.events for p in older),
        older_until=series[0].period if older else None,
        dyads=top_dyads(store, 12),
        latest=list(store.events(EventQuery(limit=15))),
    )


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request,
    state: State,
    a: str,
    b: str,
    event_type: Annotated[str | None, Query(alias="type")] = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: Annotated[str | None, Query()] = None,
    freq: str = "month",
) -> HTMLResponse:
    a, b = _code(a), _code(b)
    if freq not in FREQS:
        freq = "month"
    start, end = _day(since, "since"), _day(until, "until")
    try:
        floor = float(min_confidence) if min_confidence else None
    except ValueError:
        raise HTTPException(422, f"min confidence '{min_confidence}' is not a number") from None
    rows = timeline(state.store, a, b, freq, start, end)
    periods = sorted({r.period for r in rows})
    merged: dict[date, list[int]] = {p: [0, 0, 0, 0] for p in periods}
    gold: dict[date, float] = dict.fromkeys(periods, 0.0)
    for r in rows:
        for q in range(4):
            merged[r.period][q] += r.counts[q]
        gold[r.period] += r.goldstein
    older = 0
    if start is None and len(periods) > RECENT[freq]:  # a historical event far back
        older = sum(sum(merged[p]) for p in periods[: -RECENT[freq]])
        periods = periods[-RECENT[freq] :]
    counts = [(c[0], c[1], c[2], c[3]) for c in (merged[p] for p in periods)]
    means = [gold[p] / sum(c) if sum(c) else None for p, c in zip(periods, counts, strict=True)]
    chart = stacked_chart(
        periods, counts, freq, f"{a} and {b}: cooperation and conflict per {freq}", means
    )
    query = EventQuery(
        dyad=(a, b),
        event_type=event_type or None,
        since=start,
        until=end,
        min_confidence=floor,
        limit=200,
    )
    return _render(
        request,
        "dyad.html",
        a=a,
        b=b,
        chart=chart,
        older=older,
        shown=len(periods),
        first_shown=periods[0] if periods else None,
        events=list(state.store.events(query)),
        total=state.store.count_events(query),
        filters={
            "type": event_type or "",
            "since": since or "",
            "until": until or "",
            "min_confidence": min_confidence or "",
            "freq": freq,
        },
        types=dyad_types(state.store, a, b),
        freqs=FREQS,
    )


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event(request: Request, state: State, event_id: str) -> HTMLResponse:
    record = state.store.event(event_id)
    if record is None:
        raise HTTPException(404, f"no event with id '{event_id}'")
    place = record.get("location") or {}
    maps = []
    if place.get("lat") is not None and place.get("lon") is not None:
        label = place.get("name") or ""
        others = place_points(state.store)
        maps = [
            map_plot(place["lat"], place["lon"], label, others=others),
            map_plot(place["lat"], place["lon"], label, span=16.0, others=others),
        ]
    return _render(request, "event.html", e=record, place=place, maps=maps)


@router.get("/actor/{code}", response_class=HTMLResponse)
def actor(request: Request, state: State, code: str) -> HTMLResponse:
    code = code.upper()
    query = EventQuery(actor=code, limit=100)
    total = state.store.count_events(query)
    names = actor_rows(state.store, code)
    if not names and not total:
        raise HTTPException(404, f"no actor with code '{code}' in the store")
    events = list(state.store.events(query))
    partners: dict[str, int] = {}
    for e in events:
        for side in ("source", "target"):
            other = e.get(side) or {}
            if other.get("code") and not other["code"].startswith(code):
                partners[other["code"]] = partners.get(other["code"], 0) + 1
    return _render(
        request,
        "actor.html",
        code=code,
        names=names,
        events=events,
        total=total,
        partners=sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))[:15],
    )


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, state: State, q: str = "") -> HTMLResponse:
    q = q.strip()[:200]
    found: dict[str, list[dict[str, Any]]] = {"actors": [], "countries": [], "events": []}
    if q:
        found = {
            "actors": search_actors(state.store, q),
            "countries": search_countries(state.store, q),
            "events": search_sentences(state.store, q),
        }
    return _render(request, "search.html", q=q, **found)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI document as a page (offline: no Swagger UI from a CDN)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {})
            fields = (body.get("schema") or {}).get("properties", {})
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": prm["name"],
                            "in": prm["in"],
                            "type": _schema_type(prm.get("schema", {})),
                            "required": bool(prm.get("required")),
                            "about": prm.get("description")
                            or prm.get("schema", {}).get("description", ""),
                        }
                        for prm in op.get("parameters", [])
                    ],
                    "body": [
                        {"name": k, "type": _schema_type(v), "about": v.get("description", "")}
                        for k, v in fields.items()
                    ],
                    "responses": [
                        (code, r.get("description", ""))
                        for code, r in sorted(op.get("responses", {}).items())
                    ],
                }
            )
    return _render(request, "api_docs.html", spec=spec, endpoints=endpoints)


def _schema_type(schema: dict[str, Any]) -> str:
    if "type" in schema:
        return str(schema["type"]) + (f" ({schema['format']})" if "format" in schema else "")
    kinds = [_schema_type(s) for s in schema.get("anyOf", [])]
    return " or ".join(k for k in kinds if k) or "any"
