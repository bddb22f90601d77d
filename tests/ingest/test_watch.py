"""`tacitus watch`: feeds over loopback HTTP with conditional requests, folders, restarts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tacitus.config import Settings
from tacitus.errors import TacitusError
from tacitus.ingest.watch import Watcher, parse_every
from tacitus.store import Store, open_store

PAGE = """<html><head><title>{title}</title></head><body><nav>Home | World</nav>
<article><h1>{title}</h1><p>{text}</p><p>The talks lasted three hours, officials said.</p>
</article><footer>Copyright</footer></body></html>"""
ENTRY = """<item><title>{title}</title><link>{base}/{slug}.html</link><guid>{base}/{slug}</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>{title}</description></item>"""
STORIES = {
    "a1": (
        "Ministers meet in Ankara",
        "Turkish Foreign Minister Hakan Fidan met Azerbaijani Foreign Minister Jeyhun Bayramov in "
        "Ankara on Tuesday to discuss transport links.",
    ),
    "a2": (
        "Protest in Tbilisi",
        "Thousands of Georgian opposition supporters protested outside parliament in Tbilisi on "
        "Monday against the government.",
    ),
    "a3": (
        "Aid to Armenia",
        "The European Union pledged humanitarian aid to Armenia on Tuesday, the commission said.",
    ),
}


class Site:
    """A tiny news site: a feed whose entries can be added, and the article pages."""

    def __init__(self) -> None:
        self.slugs = ["a1", "a2"]
        self.requests: list[tuple[str, str | None]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, self.headers.get("If-None-Match")))
                if self.path == "/feed.xml":
                    etag = '"v' + str(len(site.slugs)) + '"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.end_headers()
                        return
                    body = site.feed().encode()
                    self.send_response(200)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Type", "application/rss+xml")
                elif self.path.endswith(".html") and self.path[1:-5] in STORIES:
                    title, text = STORIES[self.path[1:-5]]
                    body = PAGE.format(title=title, text=text).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                else:
                    body = b"not found"
                    self.send_response(404)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def feed(self) -> str:
        items = "".join(
            ENTRY.format(title=STORIES[s][0], base=self.base, slug=s) for s in self.slugs
        )
        head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
        return f"{head}{items}</channel></rss>"

    def pages_fetched(self) -> list[str]:
        return [p for p, _ in self.requests if p.endswith(".html")]


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.server.shutdown()
    s.server.server_close()


def test_parse_every() -> None:
    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("2") == 2
    with pytest.raises(TacitusError, match="not an interval"):
        parse_every("soon")


@pytest.mark.slow
def test_feed_polls_are_conditional_incremental_and_resume(
    pipeline: Any, site: Site, tmp_path: Path
) -> None:
    db = str(tmp_path / "w.db")
    store = open_store(db)
    watcher = Watcher(Settings(), pipeline, store)
    feed = site.base + "/feed.xml"

    first = watcher.poll([feed])
    assert first.new_items == 2 and first.run.articles == 2 and not first.run.rejected
    assert sorted(site.pages_fetched()) == ["/a1.html", "/a2.html"]
    stored = {e["source"]["code"][:3] for e in store.events() if e["source"]}
    assert {"TUR", "GEO"} <= stored or {"AZE", "GEO"} <= stored

    second = watcher.poll([feed])  # unchanged: a 304, nothing fetched
    assert second.unchanged == 1 and second.new_items == 0
    assert site.requests[-1] == ("/feed.xml", '"v2"')

    site.slugs.append("a3")  # a new entry: only its page is fetched
    third = watcher.poll([feed])
    assert third.new_items == 1 and site.pages_fetched()[-1] == "/a3.html"
    assert len(site.pages_fetched()) == 3

    # A restarted watcher (new objects, same store) codes nothing again.
    store.engine.dispose()
    again = Watcher(Settings(), pipeline, open_store(db)).poll([feed])
    assert again.new_items == 0 and again.run.articles == 0
    assert len(site.pages_fetched()) == 3


@pytest.mark.slow
def test_a_folder_stands_in_for_a_feed(pipeline: Any, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "one.txt").write_text(STORIES["a2"][1])
    store = open_store(str(tmp_path / "f.db"))
    watcher = Watcher(Settings(), pipeline, store)
    polls: list[int] = []
    watcher.watch([str(inbox)], 0.0, polls=2, on_poll=lambda r: polls.append(r.new_items))
    assert polls == [1, 0]
    (inbox / "two.txt").write_text(STORIES["a3"][1])
    assert watcher.poll([str(inbox)]).new_items == 1
    assert store.counts()["articles"] == 2


def test_bad_sources_are_rejected_not_fatal(store: Store, tmp_path: Path) -> None:
    def refuse(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        return 500, {}, b""

    watcher = Watcher(Settings(), pipeline=None, store=store, fetch=refuse)  # type: ignore[arg-type]
    report = watcher.poll(["http://127.0.0.1:9/feed.xml", str(tmp_path / "missing")])
    reasons = sorted(r.reason for r in report.run.rejected)
    assert reasons == ["no such file, folder or http(s) feed", "the feed answered HTTP 500"]
