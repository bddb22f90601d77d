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
