"""The Jinja2 environment (autoescape on) and the helpers templates use."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from tacitus.api.queries import country_name
from tacitus.web.charts import QUAD_NAMES
from tacitus.web.highlight import pieces


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are rendered as links (no javascript: or data: URLs from articles)."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def path_part(value: object) -> str:
    return quote(str(value), safe="")


def query(params: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def quad_name(quad: int | None) -> str:
    return QUAD_NAMES[quad - 1] if quad and 1 <= quad <= 4 else "unknown"


# Defence in depth behind autoescaping: pages may load only this server's CSS and nothing
# else — no scripts at all, no inline styles, no frames, forms only back to this server.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class Renderer:
    def __init__(self, folder: Path) -> None:
        self.env = Environment(
            loader=FileSystemLoader(str(folder)),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            country=country_name,
            safe_url=safe_url,
            part=path_part,
            quad=quad_name,
        )
        self.env.globals.update(pieces=pieces, query=query)

    def page(
        self, request: Request, name: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        html = self.env.get_template(name).render(
            path=request.url.path, q=context.pop("q", ""), **context
        )
        return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)
