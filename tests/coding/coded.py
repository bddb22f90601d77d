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
