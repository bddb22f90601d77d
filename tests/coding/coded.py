"""Code one sentence with a pipeline, for the coding tests (events asserted, not negated)."""

from datetime import date

from tacitus.models import Event
from tacitus.pipeline import code_texts

PUB = date(2021, 10, 26)


def events(pipe, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    (out,) = code_texts(pipe, [(text, PUB)])
    return [e for e in out if not e.negated]


def codes(pipe, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.cameo for e in events(pipe, text)}


def dyads(pipe, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(source code, target code, CAMEO) of each event; "-" for a missing side."""
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
        for e in events(pipe, text)
    }


def all_events(pipe, text: str, published: date = PUB) -> list[Event]:  # type: ignore[no-untyped-def]
    """Every event of one sentence, negated ones too (a no-event test counts them all)."""
    (out,) = code_texts(pipe, [(text, published)])
    return list(out)


def skip_reasons(pipe, text: str, published: date = PUB) -> list[str]:  # type: ignore[no-untyped-def]
    """Why each candidate of a sentence gave no event, as `explain` shows it."""
    from tacitus.models import Article

    (result,) = pipe.code([Article("explained", text, published)], trace=True)
    return [s.reason for t in result.traces for s in t.skipped]
