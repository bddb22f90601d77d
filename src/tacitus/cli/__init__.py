"""The `tacitus` command: a thin shell over the library (tacitus.run and friends)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from tacitus.cli.output import FORMATS, render
from tacitus.config import Settings, load_settings
from tacitus.errors import TacitusError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Tacitus: political event data from news — who did what to whom, when and where.",
)
dict_app = typer.Typer(no_args_is_help=True, help="List and validate dictionaries.")
app.add_typer(dict_app, name="dict")
actors_app = typer.Typer(no_args_is_help=True, help="Actors learned from text, for review.")
app.add_typer(actors_app, name="actors")

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="TOML settings file (or TACITUS_CONFIG).")
]
DbOpt = Annotated[
    str | None, typer.Option("--db", help="Store: path, sqlite:///path or postgresql://...")
]
FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help=f"Output format: {'|'.join(FORMATS)}.")
]


def _console(err: bool = False) -> Console:
    return Console(stderr=err, soft_wrap=False, width=None if sys.stdout.isatty() else 200)


def _settings(config: Path | None, **sections: dict[str, Any]) -> Settings:
    settings = load_settings(config)
    for section, values in sections.items():
        values = {k: v for k, v in values.items() if v is not None}
        if values:
            settings = settings.override(section, **values)
    return settings


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; write YYYY-MM-DD") from None


def _dyad(value: str) -> tuple[str, str]:
    from tacitus.store import parse_dyad

    try:
        return parse_dyad(value)
    except TacitusError as exc:
        raise typer.BadParameter(str(exc)) from None


def _fail(exc: TacitusError) -> None:
    _console(err=True).print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
    raise typer.Exit(2)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")


def _report_rejected(report: Any) -> None:
    if report.rejected:
        err = _console(err=True)
        for r in report.rejected:
            err.print(
                f"[yellow]rejected[/yellow] {escape(r.item)} ({r.stage}): {escape(r.reason)}",
                highlight=False,
            )


@app.command()
def code(
    files: Annotated[list[str], typer.Argument(help="Files, directories or glob patterns.")],
    fmt: FormatOpt = "table",
    published: Annotated[
        str | None, typer.Option("--date", help="Publication date YYYY-MM-DD for all inputs.")
    ] = None,
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", help="Drop events below this confidence.")
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show how each sentence was coded.")
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Code articles and print their events (exit status 1 if any input was rejected)."""
    from tacitus.cli.explain import print_trace
    from tacitus.models import RunReport
    from tacitus.pipeline import Pipeline
    from tacitus.run import code_inputs

    _check_format(fmt)
    try:
        settings = _settings(config, coding={"min_confidence": min_confidence})
        pipeline = Pipeline(settings)
        report = RunReport()
        results = list(code_inputs(files, pipeline, _date(published), report, trace=explain))
    except TacitusError as exc:
        _fail(exc)
        return
    console = _console()
    if explain:
        for result in results:
            for trace in result.traces:
                print_trace(console, trace, result.article)
    render((e.to_dict() for r in results for e in r.events), fmt, console)
    _report_rejected(report)
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def explain(
    sentence: Annotated[str, typer.Argument(help="The sentence or short text to explain.")],
    published: Annotated[str | None, typer.Option("--date", help="Publication date.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Show the parse, actors, triggers and rules for a sentence, and why candidates failed."""
    from tacitus.cli.explain import print_trace
    from tacitus.ingest.readers import article_id
    from tacitus.models import Article
    from tacitus.pipeline import ArticleResult, Pipeline

    try:
        settings = _settings(config, nlp={"prefilter": False})
        pipeline = Pipeline(settings)
        article = Article(article_id(sentence), sentence, _date(published))
        results = list(pipeline.code([article], trace=True))
    except TacitusError as exc:
        _fail(exc)
        return
    console = _console()
    for result in results:
        if isinstance(result, ArticleResult):
            for sentence, reason in result.discarded:
                console.print(f"[yellow]not coded[/yellow] {sentence!r}: {reason}", highlight=False)
            for trace in result.traces:
                print_trace(console, trace, article)
            render((e.to_dict() for e in result.events), "table", console)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or glob patterns.")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option("--date", help="Publication date.")] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", help="Code on a local Dask cluster with N worker processes."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Code on a running Dask cluster: tcp://host:8786."),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Code articles and store their events (idempotent: stored articles are skipped)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tacitus.run import ingest_inputs, pipeline_for
    from tacitus.store import open_store

    if workers is not None and workers < 1:
        raise typer.BadParameter("--workers must be at least 1")
    try:
        settings = _settings(config, store={"db": db}, cluster={"scheduler": scheduler})
        store = open_store(settings.store.db, settings.dedup)
        with Progress(
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[ev]} events, {task.fields[rate]} articles/s"),
            TimeElapsedColumn(),
            console=_console(err=True),
            transient=True,
        ) as bar:
            task = bar.add_task("ingest", total=None, ev=0, rate="-")

            def show(articles: int, events: int) -> None:
                elapsed = bar.tasks[0].elapsed or 0.0
                rate = f"{articles / elapsed:.1f}" if elapsed > 0 else "-"
                bar.update(task, completed=articles, ev=events, rate=rate)

            if workers is not None or settings.cluster.scheduler:
                from tacitus.cluster import ingest_on_cluster

                report = ingest_on_cluster(
                    paths,
                    settings,
                    store,
                    _date(published),
                    workers=workers,
                    scheduler=settings.cluster.scheduler or None,
                    progress=show,
                )
            else:
                counts = [0, 0]

                def tick(result: Any) -> None:
                    counts[0] += 1
                    counts[1] += len(getattr(result, "events", []))
                    show(counts[0], counts[1])

                pipeline = pipeline_for(settings, store)
                report = ingest_inputs(paths, pipeline, store, _date(published), progress=tick)
    except TacitusError as exc:
        _fail(exc)
        return
    counts_now = store.counts()
    _console().print(
        f"coded {report.articles} article(s) into {report.events} mention(s); "
        f"{report.skipped} already stored, {report.copies} near-copies linked, "
        f"{len(report.rejected)} rejected. The store holds {counts_now['articles']} articles, "
        f"{counts_now['mentions']} mentions merged into {counts_now['events']} events."
    )
    _report_rejected(report)
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def watch(
    sources: Annotated[
        list[str], typer.Argument(help="RSS/Atom feed URLs, feed files, folders or files.")
    ],
    every: Annotated[
        str | None, typer.Option("--every", help="Poll interval: 30s, 15m, 1h.")
    ] = None,
    polls: Annotated[
        int | None, typer.Option("--polls", help="Stop after this many polls.")
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit.")] = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Poll feeds (conditional requests) or folders and code and store what is new."""
    from tacitus.ingest.watch import PollReport, Watcher, parse_every
    from tacitus.run import pipeline_for
    from tacitus.store import open_store

    console = _console(err=True)

    def said(report: PollReport) -> None:
        r = report.run
        console.print(
            f"polled {report.sources} source(s): {report.new_items} new item(s), "
            f"{report.unchanged} unchanged feed(s); coded {r.articles} article(s) into "
            f"{r.events} mention(s), {r.copies} copies, {len(r.rejected)} rejected",
            highlight=False,
        )
        _report_rejected(r)

    try:
        settings = _settings(config, store={"db": db}, watch={"every": every})
        seconds = parse_every(settings.watch.every)
        store = open_store(settings.store.db, settings.dedup)
        watcher = Watcher(settings, pipeline_for(settings, store), store)
        watcher.watch(sources, seconds, 1 if once else polls, on_poll=said)
    except TacitusError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        console.print("stopped; the next run goes on from here")


@app.command()
def events(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, either side.")] = None,
    country: Annotated[str | None, typer.Option(help="Country code, either side.")] = None,
    dyad: Annotated[
        str | None, typer.Option(help="Two countries, either direction: AZE-TUR.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Source code prefix.")] = None,
    target: Annotated[str | None, typer.Option(help="Target code prefix.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix.")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Until date YYYY-MM-DD.")] = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 100,
    fmt: FormatOpt = "table",
    config: ConfigOpt = None,
) -> None:
    """Query stored events."""
    from tacitus.store import EventQuery, open_store

    _check_format(fmt)
    pair = _dyad(dyad) if dyad else None
    try:
        settings = _settings(config, store={"db": db})
        store = open_store(settings.store.db, settings.dedup)
        query = EventQuery(
            actor=actor,
            country=country,
            dyad=pair,
            source=source,
            target=target,
            event_type=event_type,
            cameo=cameo,
            since=_date(since),
            until=_date(until),
            min_confidence=min_confidence,
            limit=limit,
        )
        render(store.events(query), fmt, _console())
    except TacitusError as exc:
        _fail(exc)


@app.command()
def timeline(
    a: Annotated[str, typer.Argument(help="First country code (AZE).")],
    b: Annotated[str, typer.Argument(help="Second country code (TUR).")],
    freq: Annotated[str, typer.Option("--freq", help="week|month|year")] = "month",
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Until date YYYY-MM-DD.")] = None,
    plot: Annotated[
        Path | None, typer.Option("--plot", help="Also draw the series into a .png or .svg file.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table|csv|jsonl")] = "table",
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """A dyad's events per period by quad class, with Goldstein sum and mean, both ways."""
    from tacitus.store import open_store
    from tacitus.store.timeline import plot_timeline
    from tacitus.store.timeline import timeline as dyad_timeline

    if fmt not in ("table", "csv", "jsonl"):
        raise typer.BadParameter(f"unknown format '{fmt}'; use table, csv or jsonl")
    try:
        settings = _settings(config, store={"db": db})
        store = open_store(settings.store.db, settings.dedup)
        rows = dyad_timeline(store, a, b, freq, _date(since), _date(until))
        if plot is not None:
            plot_timeline(rows, plot, f"{a.upper()} and {b.upper()}: events per {freq}")
    except TacitusError as exc:
        _fail(exc)
        return
    from tacitus.cli.output import render_rows

    render_rows([r.to_dict() for r in rows], fmt, _console())
    if plot is not None:
        _console(err=True).print(f"drew {plot}")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt|icews|plover|csv|parquet")],
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    db: DbOpt = None,
    country: Annotated[str | None, typer.Option(help="Only events with this country.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad: AZE-TUR.")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Until date YYYY-MM-DD.")] = None,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence")] = None,
    config: ConfigOpt = None,
) -> None:
    """Write stored events as GDELT (events + mentions), ICEWS, PLOVER JSONL, CSV or Parquet."""
    from tacitus.store import EventQuery, open_store
    from tacitus.store.export import export as run_export

    try:
        settings = _settings(config, store={"db": db})
        store = open_store(settings.store.db, settings.dedup)
        query = EventQuery(
            country=country,
            dyad=_dyad(dyad) if dyad else None,
            since=_date(since),
            until=_date(until),
            min_confidence=min_confidence,
            limit=None,
        )
        done = run_export(store, fmt, out, query)
    except TacitusError as exc:
        _fail(exc)
        return
    _console().print(f"wrote {done.rows} event(s) as {fmt}: {', '.join(map(str, done.files))}")


@app.command()
def check(
    repair: Annotated[
        bool, typer.Option("--repair", help="Recompute events from their mentions.")
    ] = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Check the store's integrity (exit status 1 when a problem is found)."""
    from tacitus.store import open_store

    try:
        settings = _settings(config, store={"db": db})
        store = open_store(settings.store.db, settings.dedup)
        if repair:
            n = store.repair()
            _console(err=True).print(f"recomputed {n} event(s) from their mentions")
        problems = store.check()
        counts = store.counts()
    except TacitusError as exc:
        _fail(exc)
        return
    console = _console()
    for problem in problems:
        console.print(f"[red]problem[/red] {problem}", highlight=False)
    console.print(
        f"{counts['articles']} articles ({counts['copies']} copies), {counts['mentions']} "
        f"mentions, {counts['events']} events: "
        + ("consistent" if not problems else f"{len(problems)} problem(s); try --repair")
    )
    if problems:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines file.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a machine-readable report.")
    ] = False,
    show: Annotated[int, typer.Option("--show", help="How many misses and extras to list.")] = 20,
    config: ConfigOpt = None,
) -> None:
    """Precision, recall and F1 against gold events (shared/eval/README.md rule)."""
    from tacitus.evaluate import evaluate as run_evaluation
    from tacitus.pipeline import Pipeline

    try:
        report = run_evaluation(gold, Pipeline(_settings(config)))
    except TacitusError as exc:
        _fail(exc)
        return
    data = report.to_dict()
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    from tacitus.cli.explain import print_evaluation

    print_evaluation(_console(), data, show)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="SQLite file to create.")] = "tacitus-demo.db",
    config: ConfigOpt = None,
) -> None:
    """Code the bundled sample corpus into a SQLite file and print what was found."""
    from collections import Counter

    from tacitus.run import ingest_inputs, pipeline_for, sample_corpus
    from tacitus.store import EventQuery, open_store

    console = _console()
    try:
        settings = _settings(config, store={"db": db})
        store = open_store(settings.store.db, settings.dedup)
        corpus = sample_corpus()
        console.print(f"Coding the sample corpus in {corpus} into {settings.store.db} ...")
        report = ingest_inputs([str(corpus)], pipeline_for(settings, store), store, command="demo")
        stored = list(store.events(EventQuery(limit=None)))
    except TacitusError as exc:
        _fail(exc)
        return
    counts = store.counts()
    console.print(
        f"{report.articles} new article(s) coded this run, {len(report.rejected)} rejected; "
        f"the store holds {counts['articles']} articles and {counts['events']} events."
    )
    by_type = Counter(e.get("event_type") or f"CAMEO {e['cameo'][:2]}" for e in stored)
    console.print("Events by type: " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()))
    render(stored[:40], "table", console)
    console.print(f"Query them: tacitus events --db {settings.store.db} --dyad ARM-AZE")
    _report_rejected(report)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[
        str | None, typer.Option(help="Address to bind (default [api] host, 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default [api] port, 8000).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Serve the HTTP API (/api, docs at /api/docs) and the dashboard (/) over the store."""
    import logging

    import uvicorn

    from tacitus.api import create_app

    try:
        settings = _settings(config, store={"db": db}, api={"host": host, "port": port})
        app = create_app(settings)
    except TacitusError as exc:
        _fail(exc)
        return
    api = settings.api
    writes = "enabled (bearer token)" if app.state.tacitus.token else "off (read-only)"
    _console(err=True).print(
        f"serving {settings.store.db} at http://{api.host}:{api.port}/ "
        f"(API docs /api/docs; writes {writes})",
        highlight=False,
    )
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    uvicorn.run(app, host=api.host, port=api.port, log_level="info")


@dict_app.command("validate")
def dict_validate(config: ConfigOpt = None) -> None:
    """Load every dictionary (shipped and extra) and report the first error with file:line."""
    from tacitus.actors.dictionary import load_actor_dictionary
    from tacitus.coding.dictionary import load_triggers

    try:
        settings = _settings(config)
        actors = load_actor_dictionary(settings.actors.extra)
        triggers = load_triggers(settings.coding.extra)
    except TacitusError as exc:
        _fail(exc)
        return
    codes = {p.cameo for ps in triggers.patterns.values() for p in ps}
    _console().print(
        f"ok: {len(actors)} actor names, {len(triggers)} trigger patterns covering "
        f"{len(codes)} CAMEO codes, {len(triggers.light)} light verbs"
    )


@dict_app.command("import-petrarch")
def dict_import_petrarch(
    files: Annotated[list[Path], typer.Argument(help="PETRARCH *actors* and *agents* files.")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the TSV files into.")],
) -> None:
    """Convert PETRARCH/TABARI dictionaries into named.tsv, people.tsv and agents.tsv."""
    from tacitus.actors.petrarch import import_petrarch

    try:
        report = import_petrarch(files, out)
    except TacitusError as exc:
        _fail(exc)
        return
    console = _console()
    console.print(
        f"wrote {len(report.named)} named actors, {len(report.people)} dated terms and "
        f"{len(report.agents)} agent phrases into {out}; use them with [actors] extra = "
        f'["{out}"]'
    )
    for line in report.skipped:
        console.print(f"[yellow]note[/yellow] {line}", highlight=False)


@dict_app.command("list")
def dict_list(config: ConfigOpt = None) -> None:
    """List the dictionary files in use with their entry counts."""
    from tacitus.actors.dictionary import dictionary_files
    from tacitus.tables import read_rows

    try:
        settings = _settings(config)
        console = _console()
        for path, kind in dictionary_files(settings.actors.extra):
            console.print(f"{kind:15} {sum(1 for _ in read_rows(path, 1, 9)):6d}  {path}")
        from importlib import resources

        shipped = Path(str(resources.files("tacitus").joinpath("data/coding/triggers.txt")))
        for path in [shipped, *map(Path, settings.coding.extra)]:
            console.print(f"{'triggers':15} {sum(1 for _ in read_rows(path, 1, 9)):6d}  {path}")
    except TacitusError as exc:
        _fail(exc)


@actors_app.command("learned")
def actors_learned(
    status: Annotated[
        str | None, typer.Option("--status", help="Only pending, accepted or rejected ones.")
    ] = None,
    accept: Annotated[
        list[str] | None, typer.Option("--accept", help="Accept a learned name (repeatable).")
    ] = None,
    reject: Annotated[
        list[str] | None, typer.Option("--reject", help="Reject a learned name (repeatable).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table|csv|jsonl")] = "table",
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List people learned from role phrases ("X, Georgia's defence minister"); accept or
    reject them. Pending and accepted ones resolve later mentions; rejected ones never do."""
    from tacitus.cli.output import render_rows
    from tacitus.store import open_store

    try:
        settings = _settings(config, store={"db": db})
        store = open_store(settings.store.db, settings.dedup)
        err = _console(err=True)
        for names, verdict in ((accept or [], "accepted"), (reject or [], "rejected")):
            for name in names:
                if store.review_learned(name, verdict):
                    err.print(f"{verdict} {name}", highlight=False)
                else:
                    err.print(f"[yellow]no learned actor named[/yellow] {name}", highlight=False)
        rows = [
            {
                "name": a.name,
                "code": (a.country or "---") + "".join(a.sectors),
                "role": a.role,
                "status": a.status,
                "first_seen": a.first_seen.isoformat() if a.first_seen else None,
                "article": a.article_id,
                "sentence": a.sentence[:160],
            }
            for a in store.learned(status)
        ]
    except TacitusError as exc:
        _fail(exc)
        return
    if fmt not in ("table", "csv", "jsonl"):
        raise typer.BadParameter(f"unknown format '{fmt}'; use table, csv or jsonl")
    render_rows(rows, fmt, _console())


def main() -> None:
    app()
