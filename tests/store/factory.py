"""Hand-made events and articles for the store tests, and a store snapshot to compare."""

from datetime import date
from typing import Any

from sqlalchemy import create_engine, func, select

from tacitus.models import Actor, Article, Event, Evidence, Location
from tacitus.store import engine_url
from tacitus.store import schema as S

STORY = (
    "Azerbaijani Defence Minister Zakir Hasanov met Turkish National Defence University Rector "
    "Erhan Afyoncu in Baku on Monday to discuss military education, the ministry said. The two "
    "sides reviewed cooperation between their academies, exchanges of cadets and instructors, "
    "and plans for joint courses next year. Hasanov said the alliance between the two countries "
    "was growing stronger, and Afyoncu invited Azerbaijani officers to study in Istanbul."
)


def article(aid: str, source: str, text: str = STORY, day: date = date(2021, 10, 26)) -> Article:
    return Article(aid, text, day, source, url=f"https://{source.lower()}.example/{aid}")


def event(
    article: str,
    n: int,
    src: str,
    tgt: str | None,
    code: str = "040",
    day: date | None = date(2021, 10, 25),
    negated: bool = False,
    conf: float = 0.8,
    precision: str = "day",
    reciprocal: bool = False,
    modality: str = "asserted",
    place: Location | None = None,
) -> Event:
    """`src`/`tgt` are actor codes: country then sectors ("AZEGOV")."""
    return Event(
        id=f"{article}-{n}",
        article_id=article,
        date=day,
        date_precision=precision if day else "none",
        date_source="text",
        event_type=TYPES.get(code[:2]),
        mode=None,
        contexts=("military",),
        cameo=code,
        goldstein=1.0 if code.startswith("04") else -10.0,
        quad_class=1 if code.startswith("04") else 4,
        source=_actor(src),
        target=_actor(tgt) if tgt else None,
        reciprocal=reciprocal,
        negated=negated,
        modality=modality,
        location=place,
        confidence=conf,
        evidence=Evidence(n, f"sentence {n}", (0, 3), (4, 7), None, None, "r"),
        coder="t",
    )


TYPES = {"04": "CONSULT", "19": "ASSAULT", "18": "ASSAULT"}


def _actor(code: str) -> Actor:
    sectors = tuple(code[i : i + 3] for i in range(3, len(code), 3))
    return Actor(code, code, code[:3], sectors)


def snapshot(url: str) -> dict[str, Any]:
    """Everything that describes the stored data (not when it was stored)."""
    engine = create_engine(engine_url(url))
    with engine.connect() as conn:
        snap = {
            "articles": sorted(
                conn.execute(
                    select(S.articles.c.id, S.articles.c.content_hash, S.articles.c.duplicate_of)
                ).all()
            ),
            "mentions": sorted(conn.execute(select(S.mentions.c.id, S.mentions.c.event_id)).all()),
            "events": sorted(conn.execute(select(S.events.c.id, S.events.c.record)).all()),
            "keys": conn.execute(select(func.count()).select_from(S.article_keys)).scalar(),
        }
    engine.dispose()
    return snap
