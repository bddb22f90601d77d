"""The pre-filter only skips sentences that cannot give an event: on the bundled corpus, coding
with and without it gives the same events (one target may be named differently when a skipped
sentence held the person an "author of the deed" rule looks back for; its code is the same)."""

from dataclasses import replace

import pytest

from tacitus.config import Settings
from tacitus.ingest import read_inputs
from tacitus.models import Article, RunReport
from tacitus.pipeline import Pipeline
from tacitus.run import sample_corpus

pytestmark = pytest.mark.slow


def _coded(pipeline: Pipeline, articles: list[Article]) -> tuple[dict[str, list[tuple]], int]:  # type: ignore[type-arg]
    report = RunReport()
    out = {}
    for result in pipeline.code(articles, report):
        events = getattr(result, "events", [])
        out[result.article.id] = [  # type: ignore[union-attr]
            (e.cameo, e.source and e.source.code, e.target and e.target.code, e.date, e.modality)
            for e in events
        ]
    return out, report.parsed_sentences


def test_prefilter_skips_only_sentences_without_events(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [a for a in read_inputs([str(sample_corpus())]) if isinstance(a, Article)]
    settings = Settings()
    off = replace(settings, nlp=replace(settings.nlp, prefilter=False))
    with_filter, parsed = _coded(Pipeline(settings, nlp=nlp), articles)
    without, parsed_all = _coded(Pipeline(off, nlp=nlp), articles)
    assert parsed < parsed_all * 0.95  # it does skip sentences
    assert with_filter == without
