"""Hostile and broken inputs, generated here: each gets a clear per-input error or a sensible
result, the good articles of the same batch are all stored, and memory stays bounded."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tacitus.store import open_store

pytestmark = pytest.mark.slow

GOOD = {
    "good-1.txt": "date 2024-03-06\n\nTurkish Foreign Minister Hakan Fidan met Azerbaijani "
    "Foreign Minister Jeyhun Bayramov in Ankara on Tuesday.",
    "good-2.json": json.dumps(
        {
            "id": "g2",
            "published": "2024-05-02",
            "text": "Georgian police arrested dozens of protesters in Tbilisi on Wednesday.",
        }
    ),
}


def write_corpus(folder: Path) -> dict[str, str]:
    """Bad inputs and what the run must say about each (a fragment of the reason, or "" for
    inputs that must be coded without complaint)."""
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, reason: str) -> None:
        (folder / name).write_bytes(data)
        expect[name] = reason

    put("empty.txt", b"", "empty file")
    put("blank.txt", b"  \n\n \t ", "empty file")
    put("binary.bin", bytes(range(256)) * 64, "binary data")
    put("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "binary data")
    put(
        "cp1252.txt",
        "Georgia\u2019s president criticised Russia on Monday \u2013 caf\u00e9 owners protested in "
        "Tbilisi.".encode("cp1252"),
        "",
    )
    put(
        "utf16.txt",
        "Turkish troops attacked Kurdish militants in northern Iraq on Sunday.".encode("utf-16"),
        "",
    )
    put("huge-line.txt", b"word " * 10_000_000, "does not look like English")  # 50 MB
    put("too-big.txt", b"x" * 50_000_001, "over the limit")
    put("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply")
    put("deep-object.json", b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "nested too deeply")
    put("truncated.json", b'{"id": "t1", "text": "Russia and Ukraine held talks', "invalid JSON")
    put(
        "truncated.jsonl",
        b'{"id": "j1", "text": "Russia and Ukraine held talks in Istanbul on Tuesday."}\n'
        b'{"id": "j2", "text": "Iran',
        "invalid JSON",
    )
    put("wrong-shape.json", b'[1, "two", {"no_text": true}]', "has no 'text' or 'body'")
    put(
        "no-text.html",
        b"<html><head><script>var a=1;</script></head><body></body></html>",
        "no main text",
    )
    put(
        "broken.rss",
        b'<?xml version="1.0"?><rss><channel><title>T</title><item><title>Iran and Iraq signed '
        b"an agreement in Baghdad</title><description>Iran and Iraq signed an agreement in "
        b"Baghdad on Monday.</description></item><item><title></title></item><item><description>"
        b"<![CDATA[<p>unterminated</channel>",
        "no article text",
    )
    put(
        "french.txt",
        "Le pr\u00e9sident fran\u00e7ais a rencontr\u00e9 le chancelier allemand \u00e0 Berlin "
        "lundi pour discuter de la guerre en Ukraine et des sanctions.".encode(),
        "does not look like English",
    )
    put(
        "russian.txt",
        "Путин встретился с Эрдоганом в Сочи в понедельник и обсудил войну.".encode(),
        "does not look like English",
    )
    long_sentence = (
        "Armenian and Azerbaijani " + " and ".join(["officials met"] * 2500) + " in Brussels."
    )
    put("long-sentence.txt", long_sentence.encode(), "")  # 5,000+ tokens in one sentence
    return expect


def test_bad_inputs_are_rejected_clearly_and_good_ones_stored(tmp_path: Path) -> None:
    expect = write_corpus(tmp_path / "in")
    db = str(tmp_path / "bad.db")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tacitus.cli import main; main()",
            "ingest",
            str(tmp_path / "in"),
            "--db",
            db,
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert run.returncode == 1, run.stderr  # some inputs were rejected; nothing crashed
    assert "Traceback" not in run.stderr
    rejected = [line for line in run.stderr.splitlines() if line.startswith("rejected ")]
    for name, reason in expect.items():
        lines = [line for line in rejected if f"/{name}" in line]
        if reason:
            assert any(reason in line for line in lines), (name, lines)
        else:
            assert not lines, (name, lines)
    store = open_store(db)
    stored = {Path(a).name for a in _origins(store)}
    assert {"good-1.txt", "good-2.json", "cp1252.txt", "utf16.txt", "long-sentence.txt"} <= stored
    assert store.check() == []
    assert peak_mb < 1500, f"peak memory {peak_mb:.0f} MB"


def _origins(store):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from tacitus.store import schema as S

    with store.engine.connect() as conn:
        return [
            o.split("#")[0].split(":")[0]
            for o in conn.execute(select(S.articles.c.origin)).scalars()
            if o
        ]
