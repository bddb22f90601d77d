"""Fuzzing (hypothesis, bounded): ingest and coding never crash or hang on arbitrary input.
Every input becomes Articles or Rejected records; every article becomes a result."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.config import IngestSettings
from tacitus.ingest.readers import read_path
from tacitus.models import Article, Rejected
from tacitus.nlp.dateline import find_dateline
from tacitus.nlp.sentences import split_sentences

BOUNDED = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NAMES = st.sampled_from(["a.txt", "a.json", "a.jsonl", "a.html", "a.rss", "a", "a.xml", "a.md"])
NEWSY = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400
) | st.sampled_from(
    [
        "date 2024-01-01 By Wire\n\nArmenia and Azerbaijan held talks in Brussels on Monday.",
        "TBILISI, March 7 (Reuters) - Georgian police detained protesters.",
        '{"text": "Iran and Iraq signed a deal.", "published": "2024-13-45"}',
        "<html><body><p>Turkish troops shelled positions.</p></body></html>",
        "<rss><channel><item><title>x</title></item></channel></rss>",
    ]
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "body", "id", "published", "date", "title", "x"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def read_all(path: Path) -> list[Article | Rejected]:
    items = list(read_path(path, IngestSettings(max_bytes=200_000, max_chars=5_000)))
    assert items and all(isinstance(i, Article | Rejected) for i in items)
    for item in items:
        if isinstance(item, Article):
            assert item.text.strip() and "\x00" not in item.text
    return items


@BOUNDED
@given(data=st.binary(max_size=3000), name=NAMES)
def test_any_bytes_are_read_or_rejected(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    read_all(path)


@BOUNDED
@given(text=NEWSY, name=NAMES)
def test_any_text_is_read_or_rejected(tmp_path: Path, text: str, name: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    read_all(path)


@BOUNDED
@given(record=JSONISH, lines=st.booleans())
def test_any_json_shape_is_read_or_rejected(tmp_path: Path, record: Any, lines: bool) -> None:
    path = tmp_path / ("a.jsonl" if lines else "a.json")
    body = json.dumps(record)
    path.write_text(body + "\n" + body if lines else body, encoding="utf-8")
    read_all(path)


@BOUNDED
@given(text=st.text(max_size=2000))
def test_sentence_spans_are_inside_the_text(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        last = end
    find_dateline(text)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(
        st.sampled_from(
            [
                "Armenia",
                "Azerbaijan's",
                "Defence Minister",
                "Zakir Hasanov",
                "met",
                "attacked",
                "did not sign",
                "the two countries",
                "on Monday",
                "in Tbilisi",
                "said",
                "He",
                "sanctions",
                "refused to meet",
                "will visit",
                "near the border",
                ",",
                ".",
                "and",
                "a memorandum",
                "2021",
                "last week",
                "protesters",
                "NATO",
                "\n\n",
                "(",
                ")",
            ]
        ),
        max_size=60,
    ).map(" ".join)
    | st.text(max_size=300),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)) | st.none(),
)
def test_coding_any_text_gives_a_result(pipeline: Any, text: str, day: date | None) -> None:
    from tacitus.pipeline import ArticleResult

    (result,) = list(pipeline.code([Article("f", text or ".", day)]))
    if isinstance(result, ArticleResult):
        for event in result.events:
            assert event.cameo and 0.0 <= event.confidence <= 1.0
            record = event.to_dict()
            json.dumps(record)
            ev = event.evidence
            start, end = (x - ev.sentence_start for x in ev.trigger)  # article offsets
            assert 0 <= start < end <= len(ev.sentence)
            assert text[ev.trigger[0] : ev.trigger[1]] == ev.sentence[start:end]
    else:
        assert isinstance(result, Rejected) and result.reason
