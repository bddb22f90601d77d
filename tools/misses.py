"""List the gold events an evaluation missed, by why they were missed.

    tacitus evaluate tests/coding/data/news_dev4.jsonl --json > nd4.json
    python tools/misses.py nd4.json [more.json ...] [--kind root|nopred|other]

`root`: the coder found the gold event's actors (same source and target countries) but gave
them another CAMEO root ("dyad ok, root wrong"), listed with the predicted codes and rules.
`nopred`: the record has no predicted event at all ("no pred in record").
`other`: the record has predicted events, none with the gold's root or dyad (a second or third
event of the sentence missed); the sentence is coded again with a trace to say what became of
it: a candidate with the gold's root and dyad kept out of the main line, a candidate with the
dyad only, or no candidate and the reasons `tacitus explain` gives for each trigger.

Development aid for the dev sets only: never run it on tests/accuracy/heldout/.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from tacitus.evaluate import _country


def _same_dyad(gold: dict[str, Any], source: str | None, target: str | None) -> bool:
    src, tgt = _country(gold.get("source")), _country(gold.get("target"))
    return (src is None or src == _country(source)) and (tgt is None or tgt == _country(target))


def root_lines(report: dict[str, Any], kind: str) -> list[str]:
    lines = []
    for miss in report["misses"]:
        gold, preds = miss["gold"], miss["predicted"]
        head = f"{miss['id']}\tgold {gold['source']}->{gold['target']} {gold['code']}"
        if kind == "nopred" and not preds:
            lines += [head, f"    {miss['text']}"]
        elif kind == "root":
            same = [p for p in preds if _same_dyad(gold, p["source"], p["target"])]
            if same and not any(p["cameo"][:2] == gold["code"][:2] for p in same):
                lines.append(head)
                lines += [
                    f"    pred {p['cameo']} {p['source']}->{p['target']} {p['rule']}" for p in same
                ]
                lines.append(f"    {miss['text']}")
    return lines


def _other_preds_only(miss: dict[str, Any]) -> bool:
    preds, gold = miss["predicted"], miss["gold"]
    return bool(preds) and not any(
        p["cameo"][:2] == gold["code"][:2] or _same_dyad(gold, p["source"], p["target"])
        for p in preds
    )


def other_lines(reports: list[dict[str, Any]]) -> list[str]:
    from tacitus.cli import _settings
    from tacitus.models import Article
    from tacitus.pipeline import ArticleResult, Pipeline

    pipeline = Pipeline(_settings(None, nlp={"prefilter": False}))
    classes: Counter[str] = Counter()
    lines = []
    for report in reports:
        for miss in filter(_other_preds_only, report["misses"]):
            gold = miss["gold"]
            kind, detail = "no candidate", ""
            article = Article(miss["id"], miss["text"], date(2024, 5, 1))
            for result in pipeline.code([article], trace=True):
                if not isinstance(result, ArticleResult):
                    continue
                for trace in result.traces:
                    doc = trace.sentence.doc
                    same = [
                        c
                        for c in trace.candidates
                        if _same_dyad(
                            gold,
                            c.source.actor.country if c.source else None,
                            c.target.actor.country if c.target else None,
                        )
                    ]
                    rooted = [c for c in same if c.cameo[:2] == gold["code"][:2]]
                    if rooted:
                        c = rooted[0]
                        kind = "candidate kept out of the main line" if not c.main else "dropped"
                        detail = f"'{doc[c.trigger].text}' ({doc[c.anchor].dep_})"
                    elif same:
                        kind, detail = "candidate with the dyad, root wrong", same[0].cameo
                    else:
                        detail = "; ".join(f"{s.word}: {s.reason}" for s in trace.skipped)
            classes[kind] += 1
            lines.append(
                f"{miss['id']:10} {gold['source']}->{gold['target']} {gold['code']:5} | {kind} | "
                f"{detail} | {miss['text'][:140]}"
            )
    return lines + [f"{n:4}  {kind}" for kind, n in classes.most_common()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path, help="`evaluate --json` outputs")
    parser.add_argument("--kind", choices=("root", "nopred", "other"), default="root")
    args = parser.parse_args()
    reports = {p: json.loads(p.read_text(encoding="utf-8")) for p in args.reports}
    if args.kind == "other":
        print("\n".join(other_lines(list(reports.values()))))
        return
    for path, report in reports.items():
        for line in root_lines(report, args.kind):
            print(f"{path.stem}\t{line}" if not line.startswith("    ") else line)


if __name__ == "__main__":
    main()
