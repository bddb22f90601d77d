"""Evidence sentences cut into plain and marked pieces, for templates to render escaped.

Nothing here builds HTML: a template writes each piece's text through autoescaping and wraps
marked pieces in <mark>, so article text can never become markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# When spans overlap, the first kind in this order keeps its mark.
KINDS = ("trigger", "source", "target", "date")


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    kind: str | None = None  # trigger | source | target | date, None for plain text
    label: str | None = None  # what the mark says: "source AZEGOV", "date 2023-03-07 (day)"


def _span(value: Any, size: int, offset: int) -> tuple[int, int] | None:
    """A span clipped to the sentence. Spans are article offsets (the sentence starts at
    `offset`); spans already smaller than the offset are taken as sentence offsets."""
    if not value or len(value) != 2:
        return None
    start, end = int(value[0]), int(value[1])
    if offset and start >= offset:
        start, end = start - offset, end - offset
    start, end = max(0, start), min(size, end)
    return (start, end) if start < end else None


def pieces(record: dict[str, Any]) -> list[Piece]:
    """The evidence sentence of an event record, with its trigger, actors and date marked."""
    evidence = record.get("evidence") or {}
    sentence: str = evidence.get("sentence") or ""
    size = len(sentence)
    offset = int(evidence.get("sentence_start") or 0)
    src, tgt = record.get("source") or {}, record.get("target") or {}
    date_label = f"date {record.get('date') or '?'} ({record.get('date_precision') or '?'})"
    wanted = {
        "trigger": (evidence.get("trigger"), f"trigger · CAMEO {record.get('cameo', '')}"),
        "source": (evidence.get("source_span"), f"source · {src.get('code', '?')}"),
        "target": (evidence.get("target_span"), f"target · {tgt.get('code', '?')}"),
        "date": (evidence.get("date_span"), date_label),
    }
    chosen: list[tuple[int, int, str, str]] = []
    for kind in KINDS:
        value, label = wanted[kind]
        span = _span(value, size, offset)
        if span is None:
            continue
        if any(span[0] < end and start < span[1] for start, end, _, _ in chosen):
            continue
        chosen.append((span[0], span[1], kind, label))
    chosen.sort()
    out: list[Piece] = []
    at = 0
    for start, end, kind, label in chosen:
        if start > at:
            out.append(Piece(sentence[at:start]))
        out.append(Piece(sentence[start:end], kind, label))
        at = end
    if at < size:
        out.append(Piece(sentence[at:]))
    return out
