"""Library entry points that the CLI, the API and the dashboard share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path

from tacitus.actors.learned import LearnedActors
from tacitus.config import Settings
from tacitus.dedup import Fingerprint
from tacitus.ingest import read_inputs
from tacitus.models import Article, Event, Rejected, RunReport
from tacitus.pipeline import CODER, ArticleResult, Pipeline
from tacitus.store import Store

Progress = Callable[[ArticleResult | Rejected], None]


def _articles(items: Iterable[Article | Rejected], report: RunReport) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Rejected):
            report.rejected.append(item)
        else:
            yield item


def code_inputs(
    inputs: Iterable[str],
    pipeline: Pipeline,
    published: date | None = None,
    report: RunReport | None = None,
    trace: bool = False,
) -> Iterator[ArticleResult]:
    """Code files/directories/globs; rejected inputs and articles are added to `report`."""
    report = report if report is not None else RunReport()
    items = read_inputs(inputs, pipeline.settings.ingest, published)
    for result in pipeline.code(_articles(items, report), report, trace=trace):
        if isinstance(result, ArticleResult):
            yield result


def ingest_inputs(
    inputs: Iterable[str],
    pipeline: Pipeline,
    store: Store,
    published: date | None = None,
    progress: Progress | None = None,
    command: str = "ingest",
) -> RunReport:
    """Code and store files, directories and globs as one run (see `store_articles`)."""
    report = RunReport()
    run_id = store.start_run(command)
    items = read_inputs(inputs, pipeline.settings.ingest, published)
    try:
        store_articles(items, pipeline, store, report, progress)
    finally:
        store.finish_run(run_id, report)
    return report


def store_articles(
    items: Iterable[Article | Rejected],
    pipeline: Pipeline,
    store: Store,
    report: RunReport,
    progress: Progress | None = None,
) -> list[str]:
    """Code and store articles; returns the ids stored (or linked as copies). Idempotent:
    articles stored with the same text are skipped, and near-copies of stored articles are
    linked to their original without being coded."""
    prints: dict[str, Fingerprint | None] = {}
    stored: list[str] = []

    def fresh() -> Iterator[Article]:
        for article in _articles(items, report):
            if store.has_article(article):
                report.skipped += 1
                continue
            fp = store.fingerprint(article)
            if fp is not None and store.copy_of(article, fp):
                store.save(article, [], 0, CODER, fp)
                report.copies += 1
                stored.append(article.id)
                continue
            prints[article.id] = fp
            yield article

    for result in pipeline.code(fresh(), report):
        if isinstance(result, ArticleResult):
            fp = prints.pop(result.article.id, None)
            saved = store.save(
                result.article, result.events, result.sentences, CODER, fp, result.learned
            )
            stored.append(result.article.id)
            if saved.duplicate_of:
                report.copies += 1
        if progress is not None:
            progress(result)
    return stored


def code_articles(articles: Iterable[Article], pipeline: Pipeline) -> list[Event]:
    return [e for r in pipeline.code(articles) if isinstance(r, ArticleResult) for e in r.events]


def sample_corpus() -> Path:
    """The folder of the bundled sample articles."""
    return Path(str(resources.files("tacitus").joinpath("data/corpus")))


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    return Pipeline(settings or Settings())


def pipeline_for(settings: Settings, store: Store) -> Pipeline:
    """A pipeline that knows the people the store has learned from earlier articles."""
    return Pipeline(settings, learned=LearnedActors(store.learned()))
