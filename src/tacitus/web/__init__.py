"""The dashboard: server-rendered pages (Jinja2, autoescaped) with SVG charts drawn here, and
the package's own CSS — no CDN, works offline."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from tacitus.web.render import Renderer

HERE = Path(str(resources.files("tacitus.web")))


def mount_dashboard(app: FastAPI) -> None:
    """Add the pages and /static to the app; the template environment lives on app.state."""
    from tacitus.web.pages import router

    app.state.renderer = Renderer(HERE / "templates")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    renderer: Renderer = request.app.state.renderer
    return renderer.page(
        request, "error.html", {"status": status, "message": message}, status=status
    )


__all__ = ["error_page", "mount_dashboard"]
