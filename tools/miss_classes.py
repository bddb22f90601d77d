"""List the gold events an evaluation missed for a wrong event type or a missing trigger.

    tacitus evaluate tests/coding/data/news_dev4.jsonl --json > nd4.json
    python tools/miss_classes.py nd4.json [more.json ...] [--kind root|nopred]

`root`: the coder found the gold event's actors (same source and target countries) but gave
them another CAMEO root ("dyad ok, root wrong"), listed with the predicted codes and rules.
`nopred`: the record has no predicted event at all ("no pred in record").
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def _country(code: str | None) -> str | None:
    if not code or code.startswith("---"):
        return None
    return code[:3].upper()


def _same_dyad(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    src, tgt = _country(gold.get("source")), _country(gold.get("target"))
    return (src is None or src == _country(pred.get("source"))) and (
        tgt is None or tgt == _country(pred.get("target"))
    )


def miss_lines(report: dict[str, Any], kind: str) -> list[str]:
    lines = []
    for miss in report["misses"]:
        gold, preds = miss["gold"], miss["predicted"]
        head = f"{miss['id']}\tgold {gold['source']}->{gold['target']} {gold['code']}"
        if kind == "nopred" and not preds:
            lines += [head, f"    {miss['text']}"]
        elif kind == "root":
            same = [p for p in preds if _same_dyad(gold, p)]
            if same and not any(p["cameo"][:2] == gold["code"][:2] for p in same):
                lines.append(head)
                lines += [
                    f"    pred {p['cameo']} {p['source']}->{p['target']} {p['rule']}" for p in same
                ]
                lines.append(f"    {miss['text']}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path, help="`evaluate --json` outputs")
    parser.add_argument("--kind", choices=("root", "nopred"), default="root")
    args = parser.parse_args()
    for path in args.reports:
        report = json.loads(path.read_text(encoding="utf-8"))
        for line in miss_lines(report, args.kind):
            print(f"{path.stem}\t{line}" if not line.startswith("    ") else line)


if __name__ == "__main__":
    main()
