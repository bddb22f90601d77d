"""Human-readable explanations: how a sentence was coded, and evaluation reports."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from tacitus.models import Article
from tacitus.pipeline import SentenceTrace


def print_trace(console: Console, trace: SentenceTrace, article: Article) -> None:
    doc = trace.sentence.doc
    console.rule(f"sentence {trace.sentence.index}", style="dim")
    console.print(doc.text, highlight=False)
    parse = " ".join(f"{t.text}/{t.pos_}/{t.dep_}>{t.head.i}" for t in doc)
    console.print(f"[dim]parse:[/dim] {parse}", highlight=False)
    if trace.mentions:
        for head, group in trace.mentions.items():
            for m in group:
                console.print(
                    f"[cyan]actor[/cyan] {article.text[m.start : m.end]!r} "
                    f"(head '{doc[head].text}') -> "
                    f"{m.actor.code} {m.actor.name!r} [{m.actor.kind}]",
                    highlight=False,
                )
    else:
        console.print("[yellow]no actor mention found[/yellow]")
    for c in trace.candidates:
        console.print(
            f"[green]event[/green] '{doc[c.trigger].text}' rule {c.rule} from {c.pattern.origin}: "
            f"{c.source.actor.code if c.source else '-'} -> "
            f"{c.target.actor.code if c.target else '-'} CAMEO {c.cameo} "
            f"conf {c.confidence} {c.modality}{' negated' if c.negated else ''}",
            highlight=False,
        )
    for s in trace.skipped:
        console.print(f"[red]no event[/red] '{s.word}': {s.reason}", highlight=False)
    if not trace.candidates and not trace.skipped:
        console.print("[yellow]no trigger word matched a pattern[/yellow]")


def _score_table(title: str, key: str, scores: dict[str, Any], digits: int) -> Table:
    table = Table(title=title, header_style="bold")
    for col in (key, "precision", "recall", "F1", "gold", "predicted"):
        table.add_column(col)
    for name, s in scores.items():
        table.add_row(
            name,
            *(f"{s[k]:.{digits}f}" for k in ("precision", "recall", "f1")),
            str(s["gold"]),
            str(s["predicted"]),
        )
    return table


def print_evaluation(console: Console, data: dict[str, Any], show: int) -> None:
    console.print(_score_table(f"{data['records']} records", "level", data["levels"], 3))
    console.print(_score_table("per CAMEO root (dyad+root)", "root", data["per_root"], 2))
    calibration = Table(title="reliability (dyad+root)", header_style="bold")
    for col in ("confidence", "predicted", "correct", "precision"):
        calibration.add_column(col)
    for row in data["calibration"]:
        precision = row["precision"]
        calibration.add_row(
            row["confidence"],
            str(row["predicted"]),
            str(row["correct"]),
            "-" if precision is None else f"{precision:.2f}",
        )
    console.print(calibration)
    ne = data["noevents"]
    if ne["records"]:
        console.print(f"noevents records without events: {ne['without_events']}/{ne['records']}")
    if show:
        console.print(f"[bold]misses[/bold] ({len(data['misses'])}, first {show}):")
        for m in data["misses"][:show]:
            console.print(f"  {m['id']}: gold {m['gold']} | {m['text'][:150]}", highlight=False)
        console.print(f"[bold]extras[/bold] ({len(data['extras'])}, first {show}):")
        for x in data["extras"][:show]:
            console.print(f"  {x['id']}: {x['predicted']} | {x['text'][:150]}", highlight=False)
