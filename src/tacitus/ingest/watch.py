"""`tacitus watch`: poll feeds (or folders) and code what is new, incrementally.

A source is an RSS/Atom feed URL, a local feed file, a folder or an article file.

- Feed URLs are fetched with conditional requests (If-None-Match / If-Modified-Since from the
  ETag and Last-Modified the feed last answered with): an unchanged feed costs one 304. Each new
  entry's page is fetched and its main text extracted (trafilatura); when the page cannot be
  fetched, the entry's own summary is coded instead.
- A folder stands in for a feed: files not seen before (by path, size and modification time)
  are read with the usual readers; a local feed file is read entry by entry.

What was taken is recorded in the store (`feeds`, `feed_items`), so a restarted watcher goes on
where it stopped without coding anything twice; articles are stored by the same path as `tacitus
ingest` (copy check, merge, one transaction per article). Only http and https URLs are fetched,
with a timeout and the `[ingest] max_bytes` size limit.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from tacitus.config import Settings
from tacitus.errors import IngestError, TacitusError
from tacitus.ingest.readers import _make, _read_html, decode, read_path
from tacitus.models import Article, Rejected, RunReport
from tacitus.pipeline import Pipeline
from tacitus.run import store_articles
from tacitus.store import Store

DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> float:
    """'90', '30s', '15m', '1h' -> seconds."""
    m = DURATION.match(value)
    if not m or float(m.group(1)) <= 0:
        raise TacitusError(f"'{value}' is not an interval; write e.g. 30s, 15m or 1h")
    return float(m.group(1)) * UNITS[m.group(2)]


@dataclass(slots=True)
class PollReport:
    """What one poll of all sources did."""

    sources: int = 0
    unchanged: int = 0  # feeds that answered 304
    new_items: int = 0
    run: RunReport = field(default_factory=RunReport)


@dataclass(frozen=True, slots=True)
class Item:
    """An entry or file of a source; `load` reads (or fetches) it, only when it is new."""

    key: str  # stable id of the entry or file within its source
    load: Callable[[], Iterable[Article | Rejected]]


def item_key(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:40]


class Watcher:
    """Polls sources into a store. `fetch` is injectable for tests (httpx by default)."""

    def __init__(
        self,
        settings: Settings,
        pipeline: Pipeline,
        store: Store,
        fetch: Callable[[str, dict[str, str]], tuple[int, dict[str, str], bytes]] | None = None,
    ) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.store = store
        self.fetch = fetch or self._http_get

    # -- fetching ---------------------------------------------------------------------------

    def _http_get(self, url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        import httpx

        if not url.startswith(("http://", "https://")):
            raise IngestError(url, "only http and https URLs are fetched")
        limit = self.settings.ingest.max_bytes
        cfg = self.settings.watch
        try:
            with (
                httpx.Client(
                    timeout=cfg.timeout_s,
                    follow_redirects=True,
                    max_redirects=5,
                    headers={"User-Agent": cfg.user_agent},
                ) as client,
                client.stream("GET", url, headers=headers) as response,
            ):
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > limit:
                        raise IngestError(url, f"response over [ingest] max_bytes ({limit:,})")
                return response.status_code, dict(response.headers), bytes(body)
        except httpx.HTTPError as exc:
            raise IngestError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from None

    # -- sources ----------------------------------------------------------------------------

    def poll(self, sources: Iterable[str]) -> PollReport:
        """Poll every source once, code and store what is new."""
        out = PollReport()
        run_id = self.store.start_run("watch")
        try:
            for source in sources:
                out.sources += 1
                try:
                    items = list(self._items(source, out))
                except IngestError as exc:
                    out.run.rejected.append(Rejected(source, "ingest", exc.reason))
                    self.store.set_feed_state(source, None, None, f"error: {exc.reason}")
                    continue
                seen = self.store.seen_items(source, (i.key for i in items))
                for item in items:
                    if item.key in seen:
                        continue
                    out.new_items += 1
                    ids = store_articles(item.load(), self.pipeline, self.store, out.run)
                    self.store.mark_seen(source, item.key, ids[0] if ids else None)
        finally:
            self.store.finish_run(run_id, out.run)
        return out

    def _items(self, source: str, out: PollReport) -> Iterator[Item]:
        if source.startswith(("http://", "https://")):
            yield from self._feed_items(source, out)
            return
        path = Path(source).expanduser()
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            files = [path]
        else:
            raise IngestError(source, "no such file, folder or http(s) feed")
        for file in files:
            stat = file.stat()
            if file.suffix.lower() in (".rss", ".atom", ".xml"):
                text = decode(file.read_bytes(), str(file))
                yield from self._entries(text, str(file))
            else:
                key = item_key(file, stat.st_size, stat.st_mtime_ns)
                yield Item(key, partial(read_path, file, self.settings.ingest))
        self.store.set_feed_state(source, None, None, f"ok: {len(files)} file(s)")

    def _feed_items(self, url: str, out: PollReport) -> Iterator[Item]:
        etag, modified = self.store.feed_state(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        status, answer, body = self.fetch(url, headers)
        lower = {k.lower(): v for k, v in answer.items()}
        if status == 304:
            out.unchanged += 1
            self.store.set_feed_state(url, etag, modified, "304 not modified")
            return
        if status >= 400:
            raise IngestError(url, f"the feed answered HTTP {status}")
        text = decode(body, url)
        items = list(self._entries(text, url))
        self.store.set_feed_state(
            url, lower.get("etag"), lower.get("last-modified"), f"{status}: {len(items)} entries"
        )
        yield from items

    def _entries(self, text: str, origin: str) -> Iterator[Item]:
        import feedparser

        feed = feedparser.parse(text)
        if not feed.entries:
            raise IngestError(origin, "no entries found in the feed (is it RSS or Atom?)")
        site = feed.feed.get("title")
        cap = self.settings.watch.max_items_per_poll
        for n, entry in enumerate(feed.entries[:cap], start=1):
            key_source = entry.get("id") or entry.get("link") or entry.get("title") or str(n)
            key = item_key(key_source)
            yield Item(key, partial(self._entry_articles, entry, key, origin, site))

    def _entry_articles(
        self, entry: Any, key: str, origin: str, site: str | None
    ) -> list[Article | Rejected]:
        return [self._entry_article(entry, key, origin, site)]

    def _entry_article(
        self, entry: Any, key: str, origin: str, site: str | None
    ) -> Article | Rejected:
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(stamp[0], stamp[1], stamp[2]) if stamp else None
        link = entry.get("link") or ""
        max_chars = self.settings.ingest.max_chars
        if link.startswith(("http://", "https://")) and self.settings.watch.fetch_pages:
            try:
                status, _, body = self.fetch(link, {})
                if status < 400:
                    page = _read_html(decode(body, link), link, published, max_chars)
                    return _with(page, id=key[:16], url=link, source=page.source or site)
            except IngestError:
                pass  # fall back to the entry's own text
        content = entry.get("content") or []
        text = content[0].get("value") if content else entry.get("summary", "")
        if text and "<" in text:
            import trafilatura

            text = trafilatura.extract(text) or re.sub(r"<[^>]+>", " ", text)
        try:
            return _make(
                "\n\n".join(p for p in [entry.get("title", ""), text or ""] if p),
                origin=link or origin,
                published=published,
                id=key[:16],
                source=site,
                url=link or None,
                title=entry.get("title"),
                max_chars=max_chars,
            )
        except IngestError as exc:
            return Rejected(link or origin, "ingest", exc.reason)

    def watch(
        self,
        sources: list[str],
        every_s: float,
        polls: int | None = None,
        on_poll: Callable[[PollReport], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Poll every `every_s` seconds, `polls` times (forever when None)."""
        n = 0
        while polls is None or n < polls:
            started = time.monotonic()
            report = self.poll(sources)
            n += 1
            if on_poll is not None:
                on_poll(report)
            if polls is not None and n >= polls:
                return
            sleep(max(0.0, every_s - (time.monotonic() - started)))


def _with(article: Article, **changes: Any) -> Article:
    from dataclasses import replace

    return replace(article, **{k: v for k, v in changes.items() if v is not None})
