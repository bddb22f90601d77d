"""Turn input paths into Articles, one format reader per kind of file."""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from tacitus.config import IngestSettings
from tacitus.errors import IngestError
from tacitus.models import Article, Rejected

HEADER = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})(?:\s+By\s+(?P<source>.+?))?\s*$", re.IGNORECASE
)
BYLINE = re.compile(r"^\s*By\s+\S.{0,80}$")
SUFFIXES_TEXT = {".txt", ".text", ".md", ".markdown", ""}
SUFFIXES_HTML = {".html", ".htm", ".xhtml"}
SUFFIXES_FEED = {".rss", ".atom", ".xml"}


def article_id(text: str) -> str:
    """Content hash of the article text (whitespace-normalised)."""
    norm = " ".join(text.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def parse_date(value: Any) -> date | None:
    """A publication date from JSON/YAML values: 'YYYY-MM-DD', 'YYYYMMDD', ISO datetimes."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _make(
    text: str,
    *,
    origin: str,
    published: date | None = None,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    max_chars: int = 200_000,
) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise IngestError(origin, "no article text (empty after removing headers and markup)")
    if "\x00" in text:
        raise IngestError(origin, "text contains NUL bytes; this looks like a binary file")
    if len(text) > max_chars:
        cut = text.rfind("\n", 0, max_chars)
        text = text[: cut if cut > max_chars // 2 else max_chars]
    return Article(
        id=str(id) if id else article_id(text),
        text=text,
        published=published,
        source=source or None,
        url=url or None,
        title=title or None,
        origin=origin,
    )


def read_text_article(
    raw: str, origin: str, published: date | None = None, max_chars: int = 200_000
) -> Article:
    """A plain-text article: optional YAML front matter or a ` date YYYY-MM-DD By Source` line,
    then an optional `By Reporter` byline, then paragraphs."""
    meta: dict[str, Any] = {}
    body = raw.lstrip("\ufeff")
    if body.startswith("---"):
        end = body.find("\n---", 3)
        if end > 0:
            try:
                loaded = yaml.safe_load(body[3:end])
            except yaml.YAMLError as exc:
                raise IngestError(origin, f"front matter is not valid YAML ({exc})") from None
            if isinstance(loaded, dict):
                meta = loaded
            body = body[end + 4 :]
    lines = body.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and (m := HEADER.match(lines[0])):
        meta.setdefault("date", m.group("date"))
        if m.group("source"):
            meta.setdefault("source", m.group("source"))
        lines.pop(0)
        while lines and not lines[0].strip():
            lines.pop(0)
    if lines and BYLINE.match(lines[0]) and len(lines) > 1:
        lines.pop(0)
    return _make(
        "\n".join(lines),
        origin=origin,
        published=published or parse_date(meta.get("date") or meta.get("published")),
        id=meta.get("id"),
        source=meta.get("source"),
        url=meta.get("url"),
        title=meta.get("title"),
        max_chars=max_chars,
    )


def _from_record(record: Any, origin: str, published: date | None, max_chars: int) -> Article:
    if not isinstance(record, dict):
        raise IngestError(origin, "expected a JSON object with a 'text' or 'body' field")
    text = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(origin, "JSON article has no 'text' or 'body' string")
    return _make(
        text,
        origin=origin,
        published=published or parse_date(record.get("date") or record.get("published")),
        id=record.get("id"),
        source=record.get("source") if isinstance(record.get("source"), str) else None,
        url=record.get("url"),
        title=record.get("title"),
        max_chars=max_chars,
    )


def _read_json(
    raw: str, origin: str, published: date | None, max_chars: int
) -> Iterator[Article | Rejected]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise IngestError(origin, f"invalid JSON at line {exc.lineno} ({exc.msg})") from None
    except RecursionError:
        raise IngestError(origin, "JSON nested too deeply") from None
    records = data if isinstance(data, list) else [data]
    for n, record in enumerate(records, start=1):
        where = f"{origin}[{n}]" if isinstance(data, list) else origin
        try:
            yield _from_record(record, where, published, max_chars)
        except IngestError as exc:
            yield Rejected(where, "ingest", exc.reason)


def _read_jsonl(
    raw: str, origin: str, published: date | None, max_chars: int
) -> Iterator[Article | Rejected]:
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            record = json.loads(line)
            yield _from_record(record, where, published, max_chars)
        except json.JSONDecodeError as exc:
            yield Rejected(
                where, "ingest", f"invalid JSON ({exc.msg}); each line must be one object"
            )
        except RecursionError:
            yield Rejected(where, "ingest", "JSON nested too deeply")
        except IngestError as exc:
            yield Rejected(where, "ingest", exc.reason)


def _read_html(raw: str, origin: str, published: date | None, max_chars: int) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if doc is None:
        raise IngestError(origin, "no main text found in the HTML page")
    text = getattr(doc, "text", None) or ""
    title = getattr(doc, "title", None)
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest  # the headline repeats the title; keep it as the title only
    when = published or parse_date(getattr(doc, "date", None))
    return _make(
        text,
        origin=origin,
        published=when,
        source=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None),
        title=getattr(doc, "title", None),
        max_chars=max_chars,
    )


def _read_feed(
    raw: str, origin: str, published: date | None, max_chars: int
) -> Iterator[Article | Rejected]:
    import feedparser

    feed = feedparser.parse(raw)
    if not feed.entries:
        raise IngestError(origin, "no entries found in the feed (is it RSS or Atom?)")
    for n, entry in enumerate(feed.entries, start=1):
        where = f"{origin}#{n}"
        content = entry.get("content") or []
        text = content[0].get("value") if content else entry.get("summary", "")
        if text and "<" in text:
            import trafilatura

            text = trafilatura.extract(text) or re.sub(r"<[^>]+>", " ", text)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        when = published or (date(stamp[0], stamp[1], stamp[2]) if stamp else None)
        try:
            yield _make(
                "\n\n".join(p for p in [entry.get("title", ""), text or ""] if p),
                origin=where,
                published=when,
                id=entry.get("id"),
                source=feed.feed.get("title"),
                url=entry.get("link"),
                title=entry.get("title"),
                max_chars=max_chars,
            )
        except IngestError as exc:
            yield Rejected(where, "ingest", exc.reason)


def decode(data: bytes, origin: str, fallback: str = "cp1252") -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else the `fallback`
    encoding (Windows-1252 by default: old newswire archives) when the bytes decode cleanly
    into text under it; anything else is an error saying how to convert the file."""
    if not data.strip():
        raise IngestError(origin, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(origin, "starts with a UTF-16 mark but is not UTF-16") from None
    if b"\x00" in data[:4096]:
        raise IngestError(origin, "binary data (NUL bytes); give text, JSON, HTML or a feed")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        position = exc.start
    if fallback:
        try:
            text = data.decode(fallback)
        except (UnicodeDecodeError, LookupError):
            text = ""
        controls = sum(1 for ch in text[:20_000] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if text and controls <= len(text[:20_000]) // 1000:
            return text
    raise IngestError(
        origin,
        f"not valid UTF-8 (byte {position}); convert it, e.g. iconv -f cp1252 -t utf-8",
    )


def _kind(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    head = text.lstrip()[:500].lower()
    if suffix == ".jsonl" or suffix == ".ndjson":
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in SUFFIXES_HTML:
        return "html"
    is_feed = "<rss" in head or "<feed" in head
    if suffix in SUFFIXES_FEED or (head.startswith("<?xml") and is_feed):
        return "feed"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if "<rss" in head or "<feed" in head:
        return "feed"
    return "text"


def read_path(
    path: Path, settings: IngestSettings | None = None, published: date | None = None
) -> Iterator[Article | Rejected]:
    """Articles in one file (any supported format, optionally gzip-compressed)."""
    cfg = settings or IngestSettings()
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > cfg.max_bytes:
            raise IngestError(
                origin,
                f"file is {size:,} bytes, over the limit of {cfg.max_bytes:,}"
                " (raise [ingest] max_bytes or split the file)",
            )
        data = path.read_bytes()
        name = path.name
        if name.endswith(".gz"):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                raise IngestError(origin, f"not a valid gzip file ({exc})") from None
            if len(data) > cfg.max_bytes:
                raise IngestError(origin, "decompressed size over [ingest] max_bytes")
            name = name[:-3]
        text = decode(data, origin, cfg.fallback_encoding)
        if not text.strip():
            raise IngestError(origin, "empty file")
        kind = _kind(name, text)
        found = 0
        if kind == "json":
            items: Iterable[Article | Rejected] = _read_json(text, origin, published, cfg.max_chars)
        elif kind == "jsonl":
            items = _read_jsonl(text, origin, published, cfg.max_chars)
        elif kind == "feed":
            items = _read_feed(text, origin, published, cfg.max_chars)
        elif kind == "html":
            items = [_read_html(text, origin, published, cfg.max_chars)]
        else:
            items = [read_text_article(text, origin, published, cfg.max_chars)]
        for item in items:
            found += 1
            yield item
        if not found:
            raise IngestError(origin, f"no articles found in this {kind} file")
    except IngestError as exc:
        yield Rejected(exc.path, "ingest", exc.reason)
    except OSError as exc:
        yield Rejected(origin, "ingest", f"cannot read file ({exc.strerror})")


def expand(inputs: Iterable[str]) -> Iterator[Path | Rejected]:
    """Files named by paths, directories (recursively, sorted) and glob patterns."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            yield from files
        elif path.is_file():
            yield path
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield Rejected(item, "ingest", "the pattern matches no file")
            yield from (Path(m) for m in matches if Path(m).is_file())
        else:
            yield Rejected(item, "ingest", "no such file or directory")


def read_inputs(
    inputs: Iterable[str],
    settings: IngestSettings | None = None,
    published: date | None = None,
) -> Iterator[Article | Rejected]:
    """Every article in the inputs, in order; bad inputs come out as Rejected."""
    for path in expand(inputs):
        if isinstance(path, Rejected):
            yield path
        else:
            yield from read_path(path, settings, published)
