"""The records that travel between pipeline stages.

    Article ──nlp──> (spaCy Doc) ──actors──> ActorMention ──coding──> Candidate
            ──resolve──> Event

All are frozen, slotted dataclasses; JSON shapes are produced by `to_dict` methods so the
CLI, the store and the API share one serialisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as ingested. `id` is a content hash unless the input gave one."""

    id: str
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = "en"
    origin: str | None = None  # file path or URL it was read from


@dataclass(frozen=True, slots=True)
class Actor:
    """Who: a resolved actor. `country` is ISO3, IGO/NGO/IMG/MNC, or None when unknown."""

    text: str
    name: str
    country: str | None
    sectors: tuple[str, ...] = ()
    kind: str = "country"  # country | person | group | igo | ngo | seat | territory | media
    org: str | None = None  # named-actor code (NATO, HAMAS) when the actor is one
    person: str | None = None  # canonical name of a listed person (people.tsv), for dating
    role: str | None = None  # office held, when known ("defence minister")

    @property
    def sector(self) -> str | None:
        return self.sectors[0] if self.sectors else None

    @property
    def code(self) -> str:
        return (self.country or "---") + "".join(self.sectors)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "sectors": list(self.sectors),
            "code": self.code,
            "kind": self.kind,
            "role": self.role,
        }


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in the text: its character span and head token index in the Doc."""

    start: int
    end: int
    head: int  # token index of the mention's head in the Doc
    actor: Actor
    tokens: tuple[int, int] = (0, 0)  # token span [first, last+1)


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str = "city"  # city | region | country

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence_index: int
    sentence: str
    trigger: Span
    source_span: Span | None
    target_span: Span | None
    date_span: Span | None
    rule: str
    sentence_start: int = 0  # offset of the sentence in the article; spans are article offsets

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "trigger": list(self.trigger),
            "source_span": list(self.source_span) if self.source_span else None,
            "target_span": list(self.target_span) if self.target_span else None,
            "date_span": list(self.date_span) if self.date_span else None,
            "rule": self.rule,
            "sentence_start": self.sentence_start,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event, as in the brief's event record."""

    id: str
    article_id: str
    date: date | None
    date_precision: str
    date_source: str  # text | publication | none
    event_type: str | None
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    source: Actor | None
    target: Actor | None
    reciprocal: bool
    negated: bool
    modality: str  # asserted | intended | hypothetical | historical
    location: Location | None
    confidence: float
    evidence: Evidence
    coder: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "reciprocal": self.reciprocal,
            "negated": self.negated,
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "evidence": self.evidence.to_dict(),
            "coder": self.coder,
        }


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input or article that could not be processed, and why."""

    item: str  # article id or input path
    stage: str  # ingest | nlp | actors | coding | resolve | store
    reason: str


@dataclass(slots=True)
class RunReport:
    """Counts of one run. Mutable while the run accumulates, returned at the end."""

    articles: int = 0
    sentences: int = 0
    parsed_sentences: int = 0
    events: int = 0
    skipped: int = 0  # already stored with the same text
    copies: int = 0  # near-duplicates of stored articles, linked and not coded
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected
