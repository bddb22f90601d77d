"""Scoring actor resolution against tests/actors/data/actor_cases.jsonl.

Each case is a sentence (or two) written for the suite, a publication date, a phrase in the text
and the actor it should resolve to: `country` (ISO3, IGO/NGO/IMG, null when unknown, or a list
for phrases that stand for several countries, "the two countries") and `sectors` (primary
first). `at` picks the phrase's occurrence (0 = first, -1 = last; coreference cases point at the
later mention). Every sentence of the case is parsed (no pre-filter) and the actor mention
covering the phrase is taken: the one whose head word lies inside the phrase, else the one
overlapping it most.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tacitus.models import Actor, ActorMention, Article
from tacitus.pipeline import ArticleResult, Pipeline

DATA = Path(__file__).with_name("data") / "actor_cases.jsonl"


@dataclass
class ActorScore:
    cases: int = 0
    countries_right: int = 0
    sectors_right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [cases, both right]
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def country_rate(self) -> float:
        return self.countries_right / self.cases

    @property
    def sector_rate(self) -> float:
        return self.sectors_right / self.cases

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {ok}/{n}" for k, (n, ok) in sorted(self.by_kind.items()))
        return (
            f"{self.cases} cases: country {self.country_rate:.3f}, "
            f"sectors {self.sector_rate:.3f} ({kinds})"
        )


def load_cases(path: Path = DATA) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def phrase_span(text: str, phrase: str, at: int = 0) -> tuple[int, int]:
    spans = [
        (m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)
    ]
    if not spans:
        raise ValueError(f"phrase {phrase!r} not in {text!r}")
    return spans[at]


def covering(
    groups: list[list[ActorMention]], head_chars: list[int], span: tuple[int, int]
) -> list[Actor]:
    """The actors of the mention that covers the phrase span."""
    best: tuple[int, int, int] | None = None
    chosen: list[Actor] = []
    for group, head_char in zip(groups, head_chars, strict=True):
        m = group[0]
        overlap = min(m.end, span[1]) - max(m.start, span[0])
        if overlap <= 0:
            continue
        inside = span[0] <= head_char < span[1]
        rank = (int(inside), overlap, -(m.end - m.start))
        if best is None or rank > best:
            best, chosen = rank, [x.actor for x in group]
    return chosen


def _sectors_match(got: tuple[str, ...], want: list[str]) -> bool:
    if not want:
        return not got
    return bool(got) and got[0] == want[0] and set(got) == set(want)


def judge(actors: list[Actor], case: dict[str, Any]) -> tuple[bool, bool]:
    """(country right, sectors right) for the actors found for one case."""
    if not actors:
        return False, False
    want = case["country"]
    wanted = set(want) if isinstance(want, list) else {want}
    country_ok = {a.country for a in actors} == wanted
    sectors_ok = all(_sectors_match(a.sectors, case["sectors"]) for a in actors)
    return country_ok, sectors_ok


def resolve_cases(
    pipeline: Pipeline, cases: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], list[Actor]]]:
    """Code each case as its own article and take the actors found for its phrase."""
    articles = [Article(c["id"], c["text"], date.fromisoformat(c["date"])) for c in cases]
    out = []
    for case, res in zip(cases, pipeline.code(articles, trace=True), strict=True):
        assert isinstance(res, ArticleResult), res
        groups: list[list[ActorMention]] = []
        heads: list[int] = []
        for trace in res.traces:
            for head, group in trace.mentions.items():
                groups.append(group)
                heads.append(trace.sentence.char(head))
        span = phrase_span(case["text"], case["phrase"], case.get("at", 0))
        out.append((case, covering(groups, heads, span)))
    return out


def score_actors(pipeline: Pipeline, path: Path = DATA) -> ActorScore:
    """`pipeline` should parse every sentence (settings: nlp.prefilter = false)."""
    score = ActorScore()
    for case, actors in resolve_cases(pipeline, load_cases(path)):
        country_ok, sectors_ok = judge(actors, case)
        score.cases += 1
        score.countries_right += country_ok
        score.sectors_right += sectors_ok
        tally = score.by_kind.setdefault(case["kind"], [0, 0])
        tally[0] += 1
        tally[1] += country_ok and sectors_ok
        if not (country_ok and sectors_ok):
            score.failures.append(
                {
                    "id": case["id"],
                    "phrase": case["phrase"],
                    "want": (case["country"], case["sectors"]),
                    "got": [(a.country, list(a.sectors), a.text) for a in actors],
                }
            )
    return score
