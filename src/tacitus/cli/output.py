"""Formatting events for the terminal and for files."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "jsonl", "csv", "json")
CSV_COLUMNS = (
    "id",
    "article_id",
    "date",
    "date_precision",
    "date_source",
    "event_type",
    "mode",
    "cameo",
    "goldstein",
    "quad_class",
    "source_code",
    "source_name",
    "target_code",
    "target_name",
    "reciprocal",
    "negated",
    "modality",
    "location",
    "confidence",
    "sentence",
    "rule",
)


def flat(record: dict[str, Any]) -> dict[str, Any]:
    src, tgt = record.get("source") or {}, record.get("target") or {}
    loc = record.get("location") or {}
    ev = record.get("evidence") or {}
    return {
        **{k: record.get(k) for k in CSV_COLUMNS if k in record},
        "source_code": src.get("code"),
        "source_name": src.get("name"),
        "target_code": tgt.get("code"),
        "target_name": tgt.get("name"),
        "location": loc.get("name"),
        "sentence": ev.get("sentence"),
        "rule": ev.get("rule"),
    }


def render(records: Iterable[dict[str, Any]], fmt: str, console: Console) -> None:
    rows = list(records)
    if fmt == "jsonl":
        for r in rows:
            console.file.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "json":
        console.file.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow(flat(r))
        console.file.write(buf.getvalue())
    else:
        table = Table(show_lines=False, header_style="bold")
        for col in (
            "date",
            "type",
            "cameo",
            "source",
            "target",
            "mod",
            "conf",
            "trigger / sentence",
        ):
            table.add_column(col, overflow="fold")
        for r in rows:
            f = flat(r)
            marks = []
            if r.get("reciprocal"):
                marks.append("↔")
            if r.get("negated"):
                marks.append("not")
            if r.get("modality") != "asserted":
                marks.append(str(r.get("modality")))
            date = f"{r.get('date') or ''}" + ("*" if r.get("date_source") == "publication" else "")
            sentence = f.get("sentence") or ""
            table.add_row(
                date,
                r.get("event_type") or "-",
                r.get("cameo"),
                f.get("source_code") or "-",
                f.get("target_code") or "-",
                " ".join(marks),
                f"{r.get('confidence', 0):.2f}",
                sentence[:160],
            )
        console.print(table)
        console.print(f"{len(rows)} event(s); * = dated by publication date")


def render_rows(rows: list[dict[str, Any]], fmt: str, console: Console) -> None:
    """Plain rows (timelines, counts) as a table, CSV or JSON Lines."""
    if fmt == "jsonl":
        for r in rows:
            console.file.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        console.file.write(buf.getvalue())
        return
    table = Table(header_style="bold")
    for col in columns:
        table.add_column(col.replace("_", " "), justify="right" if col != "direction" else "left")
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r.values()))
    console.print(table)
    console.print(f"{len(rows)} row(s)")
