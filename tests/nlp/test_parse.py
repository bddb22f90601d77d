from dataclasses import replace
from datetime import date

import pytest

from tacitus.config import Settings
from tacitus.models import Article
from tacitus.nlp.parse import parse_sentences

pytestmark = pytest.mark.slow

TEXTS = [
    "Prime Minister Mark Carney met Chancellor Olaf Scholz in Berlin on Monday.",
    "The weather in Ottawa was mild on Tuesday afternoon.",
    "Chile and Peru signed a fisheries agreement on 3 May 2022.",
]


def test_entities_only_where_wanted_and_order_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    items = [(t, n) for n, t in enumerate(TEXTS)]
    parsed = list(
        parse_sentences(nlp, items, batch_size=2, needs_entities=lambda d: "met" in d.text)
    )
    assert [n for _, n in parsed] == [0, 1, 2]
    assert [d.text for d, _ in parsed] == TEXTS
    first, second, third = (d for d, _ in parsed)
    assert any(e.label_ == "PERSON" for e in first.ents)
    assert not second.ents and not third.ents  # not wanted: the recogniser did not run
    assert all(t.dep_ for t in third)  # ... but the parse did


def test_lazy_entities_give_the_same_events(nlp) -> None:  # type: ignore[no-untyped-def]
    from tacitus.pipeline import Pipeline

    text = (
        "TBILISI, March 7 - Georgian Defence Minister Juansher Burchuladze met his Armenian "
        "counterpart Suren Papikyan in Tbilisi on Tuesday. The weather was cold. "
        "Papikyan said Armenia would buy Georgian wheat. Protesters rallied in Yerevan on "
        "Wednesday against the government."
    )
    article = Article("a", text, date(2023, 3, 8))
    runs = []
    for lazy in (True, False):
        settings = Settings()
        settings = replace(settings, nlp=replace(settings.nlp, lazy_entities=lazy))
        result = next(iter(Pipeline(settings, nlp=nlp).code([article])))
        runs.append([e.to_dict() for e in getattr(result, "events", [])])
    assert runs[0] and runs[0] == runs[1]
