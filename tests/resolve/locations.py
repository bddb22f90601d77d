"""Scoring event locations against tests/resolve/data/locations.jsonl."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tacitus.models import Article, Location
from tacitus.pipeline import ArticleResult, Pipeline
from tacitus.resolve.gazetteer import normalize
from tacitus.resolve.where import ArticlePlaces

DATA = Path(__file__).with_name("data") / "locations.jsonl"


@dataclass
class LocationScore:
    places: int = 0
    places_right: int = 0
    countries_right: int = 0
    nones: int = 0
    nones_right: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def place_rate(self) -> float:
        return self.places_right / self.places

    @property
    def country_rate(self) -> float:
        return self.countries_right / self.places

    @property
    def none_rate(self) -> float:
        return self.nones_right / self.nones


def same_name(a: str, b: str) -> bool:
    x, y = normalize(a), normalize(b)
    return x == y or x.startswith(y + " ") or y.startswith(x + " ")


def first_location(pipeline: Pipeline, res: ArticleResult) -> Location | None:
    """The location of the first sentence's first event (a background event of a relative
    clause, "the rebels, who seized Goma in 2012, signed ...", only when there is no other);
    when no event was coded there, the place of that sentence's main clause and its subject, as
    for an event (the geocoder is scored on every record)."""
    events = sorted(res.events, key=lambda e: e.evidence.sentence_index)
    if events:
        first = [
            e for e in events if e.evidence.sentence_index == events[0].evidence.sentence_index
        ]
        current = [e for e in first if e.modality != "historical"] or first
        return current[0].location
    for trace in res.traces:
        root = next((t for t in trace.sentence.doc if t.dep_ == "ROOT"), None)
        if root is None or not trace.mentions:
            continue
        if root.lemma_ in {"say", "report", "tell", "announce"}:  # "..., officials said"
            root = next((c for c in root.children if c.dep_ == "ccomp"), root)
        countries = {m.actor.country for g in trace.mentions.values() for m in g if m.actor.country}
        places = ArticlePlaces(pipeline.gazetteer, res.dateline, countries)
        subject = next((c.i for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return places.locate(trace.sentence, root.i, root.i, set(), subject)
    return None


def score_locations(pipeline: Pipeline, path: Path = DATA) -> LocationScore:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    articles = [Article(r["id"], r["text"], date.fromisoformat(r["date"])) for r in rows]
    result = LocationScore()
    for row, res in zip(rows, pipeline.code(articles, trace=True), strict=True):
        assert isinstance(res, ArticleResult)
        got = first_location(pipeline, res)
        want = row["expected"]
        if want is None:
            result.nones += 1
            result.nones_right += got is None
            if got is not None:
                result.failures.append({"id": row["id"], "want": None, "got": got.to_dict()})
            continue
        result.places += 1
        ok_country = got is not None and got.country == want["country"]
        ok_place = ok_country and got is not None and same_name(got.name, want["name"])
        result.countries_right += ok_country
        result.places_right += ok_place
        if not ok_place:
            result.failures.append(
                {
                    "id": row["id"],
                    "want": want,
                    "got": got.to_dict() if got else None,
                    "events": len(res.events),
                    "text": row["text"][:120],
                }
            )
    return result
