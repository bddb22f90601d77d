"""Scoring against gold event files (the rule in shared/eval/README.md).

A predicted event matches a gold event when the CAMEO root is equal and the source and target
countries are equal where the gold gives them (`---` or null matches anything). A reciprocal
prediction stands for both directions (it may match the gold event of each direction and counts
once for precision). Each gold event matches at most one prediction direction. Scores are given
at the levels "dyad+root", "dyad+code", "root", "plover" (PLOVER type + dyad, where the gold
names a type), "plover-type" (PLOVER type, actors ignored: the type accuracy) and per root.
Gold files written with the pre-2021 PLOVER types are read through `PLOVER_RENAMED` (DEMAND is
now REQUEST, FIGHT is ASSAULT, DISAPPROVE and INVESTIGATE are ACCUSE modes), so the type level
compares events, not vocabulary versions. Negated events are
predictions that something did not happen and are not scored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.errors import EvaluationError
from tacitus.ingest.readers import parse_date
from tacitus.models import Article, Event
from tacitus.pipeline import ArticleResult, Pipeline

LEVELS = ("dyad+root", "dyad+code", "root", "plover", "plover-type")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str | None  # country part of the gold code, None when not given
    target: str | None
    code: str
    plover: str | None
    raw: dict[str, Any]


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    date: str | None
    events: tuple[GoldEvent, ...]
    noevents: bool


@dataclass(slots=True)
class Score:
    tp_gold: int = 0
    gold: int = 0
    tp_pred: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.gold,
            "predicted": self.pred,
            "matched_gold": self.tp_gold,
            "matched_predicted": self.tp_pred,
        }


@dataclass(slots=True)
class EvalReport:
    records: int = 0
    levels: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in LEVELS})
    per_root: dict[str, Score] = field(default_factory=dict)
    noevents_total: int = 0
    noevents_clean: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    # confidence bin -> [predictions, matched at dyad+root]
    calibration: dict[str, list[int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "levels": {k: v.to_dict() for k, v in self.levels.items()},
            "per_root": {k: v.to_dict() for k, v in sorted(self.per_root.items())},
            "noevents": {
                "records": self.noevents_total,
                "without_events": self.noevents_clean,
                "rate": round(self.noevents_clean / self.noevents_total, 4)
                if self.noevents_total
                else None,
            },
            "calibration": [
                {
                    "confidence": k,
                    "predicted": n,
                    "correct": ok,
                    "precision": round(ok / n, 4) if n else None,
                }
                for k, (n, ok) in sorted(self.calibration.items())
            ],
            "misses": self.misses,
            "extras": self.extras,
        }


def _country(code: Any) -> str | None:
    if not code or not isinstance(code, str) or code.startswith("---"):
        return None
    return code[:3].upper()


def load_gold(path: Path) -> list[GoldRecord]:
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read the gold file ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            events = tuple(
                GoldEvent(
                    _country(e.get("source")),
                    _country(e.get("target")),
                    str(e["code"]),
                    e.get("plover"),
                    e,
                )
                for e in row.get("events", [])
            )
            records.append(
                GoldRecord(
                    str(row.get("id", number)),
                    str(row["text"]),
                    row.get("date"),
                    events,
                    bool(row.get("noevents")),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvaluationError(
                f"{path}:{number}: not a gold record ({exc}); each line needs 'text' and "
                "'events' [{source, target, code}]"
            ) from None
    return records


def _dyad(gold: GoldEvent, src: str | None, tgt: str | None) -> bool:
    return (gold.source is None or gold.source == src) and (
        gold.target is None or gold.target == tgt
    )


# Types of the earlier PLOVER drafts (used by the PLOVER gold standard records) -> the 2021 type
# Tacitus emits, and the mode the 2021 type must carry (None: any mode). The 2021 manual folded
# INVESTIGATE into ACCUSE (mode investigate), DISAPPROVE into ACCUSE, FIGHT into ASSAULT and
# renamed DEMAND to REQUEST.
PLOVER_RENAMED: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "FIGHT": ("ASSAULT", None),
    "DISAPPROVE": ("ACCUSE", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
}


def _same_plover(gold: str | None, e: Event) -> bool:
    if gold is None:
        return False
    if gold == e.event_type:
        return True
    renamed, mode = PLOVER_RENAMED.get(gold, (None, None))
    if renamed is None or renamed != e.event_type:
        return False
    if gold == "DISAPPROVE":
        return e.mode != "investigate"
    return mode is None or e.mode == mode


Matcher = Callable[[GoldEvent, Event, str | None, str | None], bool]
MATCHERS: dict[str, Matcher] = {
    "dyad+root": lambda g, e, s, t: g.code[:2] == e.cameo[:2] and _dyad(g, s, t),
    "dyad+code": lambda g, e, s, t: g.code == e.cameo and _dyad(g, s, t),
    "root": lambda g, e, s, t: g.code[:2] == e.cameo[:2],
    "plover": lambda g, e, s, t: _same_plover(g.plover, e) and _dyad(g, s, t),
    "plover-type": lambda g, e, s, t: _same_plover(g.plover, e),
}


def _directions(e: Event) -> list[tuple[str | None, str | None]]:
    s = e.source.country if e.source else None
    t = e.target.country if e.target else None
    return [(s, t), (t, s)] if e.reciprocal and e.target else [(s, t)]


def match(
    golds: Iterable[GoldEvent], preds: list[Event], level: str
) -> tuple[list[GoldEvent], set[int]]:
    """Greedy one-to-one matching; returns the gold events left unmatched and the indexes of
    predictions that matched at least once."""
    used: set[tuple[int, int]] = set()
    matched: set[int] = set()
    missed = []
    test = MATCHERS[level]
    for g in golds:
        hit = None
        for i, e in enumerate(preds):
            for d, (s, t) in enumerate(_directions(e)):
                if (i, d) not in used and test(g, e, s, t):
                    hit = (i, d)
                    break
            if hit:
                break
        if hit:
            used.add(hit)
            matched.add(hit[0])
        else:
            missed.append(g)
    return missed, matched


def _summary(e: Event) -> dict[str, Any]:
    return {
        "source": e.source.code if e.source else None,
        "target": e.target.code if e.target else None,
        "cameo": e.cameo,
        "reciprocal": e.reciprocal,
        "rule": e.evidence.rule,
    }


def score(records: list[GoldRecord], predictions: dict[str, list[Event]]) -> EvalReport:
    report = EvalReport(records=len(records))
    for rec in records:
        preds = [e for e in predictions.get(rec.id, []) if not e.negated]
        if rec.noevents:
            report.noevents_total += 1
            report.noevents_clean += not preds
        for level in LEVELS:
            typed = level.startswith("plover")
            golds = [g for g in rec.events if not typed or g.plover]
            scored_preds = [e for e in preds if e.event_type] if typed else preds
            if typed and not golds:
                continue
            missed, matched = match(golds, scored_preds, level)
            sc = report.levels[level]
            sc.gold += len(golds)
            sc.tp_gold += len(golds) - len(missed)
            sc.pred += len(scored_preds)
            sc.tp_pred += len(matched)
            if level == "dyad+root":
                for g in golds:
                    root_score = report.per_root.setdefault(g.code[:2], Score())
                    root_score.gold += 1
                    root_score.tp_gold += g not in missed
                for i, e in enumerate(preds):
                    root_score = report.per_root.setdefault(e.cameo[:2], Score())
                    root_score.pred += 1
                    root_score.tp_pred += i in matched
                for i, e in enumerate(preds):
                    cell = report.calibration.setdefault(_bin(e.confidence), [0, 0])
                    cell[0] += 1
                    cell[1] += i in matched
                report.misses.extend(
                    {
                        "id": rec.id,
                        "text": rec.text,
                        "gold": g.raw,
                        "predicted": [_summary(e) for e in preds],
                    }
                    for g in missed
                )
                report.extras.extend(
                    {"id": rec.id, "text": rec.text, "predicted": _summary(e)}
                    for i, e in enumerate(preds)
                    if i not in matched
                )
    return report


CALIBRATION_BINS = (0.5, 0.6, 0.7, 0.8, 0.9)


def _bin(confidence: float) -> str:
    low = max((b for b in CALIBRATION_BINS if confidence >= b), default=0.0)
    high = next((b for b in CALIBRATION_BINS if b > low), 1.0)
    return f"{low:.1f}-{high:.1f}"


def evaluate(path: Path, pipeline: Pipeline) -> EvalReport:
    records = load_gold(path)
    articles = [Article(id=r.id, text=r.text, published=parse_date(r.date)) for r in records]
    predictions: dict[str, list[Event]] = {}
    for result in pipeline.code(articles):
        if isinstance(result, ArticleResult):
            predictions[result.article.id] = result.events
    return score(records, predictions)
