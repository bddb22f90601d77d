"""The dashboard in a real browser: Debian's Chromium driven by playwright, over a store with
the bundled sample corpus, on a 1366x768 viewport. Screenshots go to
test-artifacts/screenshots/ (git-ignored). `make test` installs chromium when missing."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tacitus.config import Settings
from tacitus.models import Article
from tacitus.run import ingest_inputs, sample_corpus
from tacitus.store import open_store

from ..api.data import EVIL, evidence
from ..store.factory import event

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(pipeline, tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    import uvicorn

    from tacitus.api import create_app

    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    store = open_store(str(tmp_path_factory.mktemp("browser") / "site.db"))
    report = ingest_inputs([str(sample_corpus())], pipeline, store)
    assert report.articles > 20 and not report.rejected
    evil = replace(
        event("evil", 1, "ARM", "AZE", "111", date(2022, 5, 3)),
        event_type="DISAPPROVE",
        quad_class=3,
        evidence=evidence(EVIL, "condemned", "Armenia", "Azerbaijan", "Tuesday"),
    )
    store.save(
        Article("evil", EVIL, date(2022, 5, 4), "<b>x</b>", "javascript:alert(3)"), [evil], 1, "t"
    )
    app = create_app(Settings(), store=store, pipeline=pipeline)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    store.engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    pg = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # Content-Security-Policy violations are reported on the console as errors.
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    outside: list[str] = []

    def only_loopback(route: Any) -> None:
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    pg.route("**/*", only_loopback)
    pg.dialogs, pg.errors, pg.outside = dialogs, errors, outside
    yield pg
    assert not dialogs, f"a script ran: {dialogs}"
    assert not errors, errors
    assert not outside, f"the page asked for the network: {outside}"
    context.close()


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def fits_the_laptop(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1366, f"horizontal scrolling at 1366px ({width}px wide)"


def test_overview_to_dyad_to_event(server, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    assert page.title().startswith("Overview")
    assert page.locator("figure.chart svg rect").count() > 5
    fits_the_laptop(page)
    shot(page, "1-overview")

    page.locator("table.dyads a").first.click()
    page.wait_for_url("**/dyad/**")
    assert page.locator("figure.chart svg rect").count() >= 1
    assert page.locator("table.events tbody tr").count() >= 1
    fits_the_laptop(page)
    shot(page, "2-dyad")

    page.locator("table.events td.sentence a").first.click()
    page.wait_for_url("**/event/**")
    evidence_box = page.locator("section[aria-labelledby=h-evidence] blockquote.evidence")
    assert evidence_box.locator("mark.hl-trigger").count() == 1
    assert evidence_box.locator("mark.hl-source, mark.hl-target").count() >= 1
    trigger = evidence_box.locator("mark.hl-trigger").inner_text()
    assert trigger.split("trigger")[0].strip()  # a real word of the sentence is marked
    assert page.locator("ol.mentions li").count() >= 1
    fits_the_laptop(page)
    shot(page, "3-event")

    page.locator("dl.facts a.code").first.click()
    page.wait_for_url("**/actor/**")
    assert page.locator("table.events tbody tr").count() >= 1
    shot(page, "4-actor")


def test_event_with_a_place_draws_the_map(server, page) -> None:  # type: ignore[no-untyped-def]
    import httpx

    events = httpx.get(server + "/api/events", params={"limit": 500}).json()["events"]
    located = next(e for e in events if (e.get("location") or {}).get("lat") is not None)
    page.goto(f"{server}/event/{located['id']}")
    assert page.locator("figure.map svg circle.pin").count() == 2
    assert page.locator("figure.map svg line.grat").count() > 10
    shot(page, "5-event-map")


def test_keyboard_skip_link_and_search(server, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.locator("#q").focus()
    page.keyboard.type("Philippines")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Philippines")
    assert page.locator("a.code", has_text="PHL").count() >= 1
    assert page.locator("table.events tbody tr").count() >= 1
    fits_the_laptop(page)
    shot(page, "6-search")


def test_article_markup_stays_text(server, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/event/evil-1")
    box = page.locator("section[aria-labelledby=h-evidence] blockquote.evidence")
    assert '<script>alert("x")</script>' in box.inner_text()
    assert box.locator("script, img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert box.locator("mark.hl-trigger").inner_text().startswith("condemned")
    shot(page, "7-markup-inert")


def test_api_docs_page_is_offline(server, page) -> None:  # type: ignore[no-untyped-def]
    """/api/docs is drawn from the OpenAPI document by the server (no Swagger UI CDN)."""
    page.goto(server + "/api/docs")
    assert page.locator("section.endpoint").count() >= 8
    assert page.locator("h2", has_text="POST /api/articles").count() == 1
    fits_the_laptop(page)
    shot(page, "8-api-docs")
