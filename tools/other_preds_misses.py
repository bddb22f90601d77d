"""List the "other preds only" misses of `tacitus evaluate --json` reports: gold events of records
that do have predicted events, none with the gold's CAMEO root or dyad (a second or third event
of the sentence missed). For each, what the coder made of the sentence: a candidate with the
gold's root and dyad kept out of the main line, a candidate with the dyad only, or no candidate
and the reasons `tacitus explain` gives for each trigger that gave none.

    PYTHONPATH=src python tools/other_preds_misses.py REPORT.json [REPORT.json ...]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from typing import Any


def _country(code: str | None) -> str | None:
    return None if not code or code.startswith("---") else code[:3].upper()


def _dyad(gold: dict[str, Any], source: str | None, target: str | None) -> bool:
    g_src, g_tgt = _country(gold["source"]), _country(gold["target"])
    return (g_src is None or g_src == source) and (g_tgt is None or g_tgt == target)


def _other_preds_only(miss: dict[str, Any]) -> bool:
    preds, gold = miss["predicted"], miss["gold"]
    if not preds:
        return False
    return not any(
        p["cameo"][:2] == gold["code"][:2]
        or _dyad(gold, _country(p["source"]), _country(p["target"]))
        for p in preds
    )


def main(paths: list[str]) -> None:
    from tacitus.cli import _settings
    from tacitus.models import Article
    from tacitus.pipeline import ArticleResult, Pipeline

    pipeline = Pipeline(_settings(None, nlp={"prefilter": False}))
    classes: Counter[str] = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            report = json.load(handle)
        for miss in filter(_other_preds_only, report["misses"]):
            gold = miss["gold"]
            kind, detail = "no candidate", ""
            article = Article(miss["id"], miss["text"], date(2024, 5, 1))
            for result in pipeline.code([article], trace=True):
                if not isinstance(result, ArticleResult):
                    continue
                for trace in result.traces:
                    doc = trace.sentence.doc
                    sides = [
                        (
                            c,
                            c.source.actor.country if c.source else None,
                            c.target.actor.country if c.target else None,
                        )
                        for c in trace.candidates
                    ]
                    same = [c for c, s, t in sides if _dyad(gold, s, t)]
                    rooted = [c for c in same if c.cameo[:2] == gold["code"][:2]]
                    if rooted:
                        c = rooted[0]
                        kind = "candidate kept out of the main line" if not c.main else "dropped"
                        detail = f"'{doc[c.trigger].text}' ({doc[c.anchor].dep_})"
                    elif same:
                        c = same[0]
                        kind, detail = "candidate with the dyad, root wrong", c.cameo
                    else:
                        detail = "; ".join(f"{s.word}: {s.reason}" for s in trace.skipped)
            classes[kind] += 1
            print(
                f"{miss['id']:10} {gold['source']}->{gold['target']} {gold['code']:5} | {kind} | "
                f"{detail} | {miss['text'][:140]}"
            )
    for kind, n in classes.most_common():
        print(f"{n:4}  {kind}")


if __name__ == "__main__":
    main(sys.argv[1:])
