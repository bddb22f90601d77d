"""The hand-written actor suite (tests/actors/data/actor_cases.jsonl; spaCy parse: slow)."""

import pytest

from tacitus.config import Settings
from tacitus.pipeline import Pipeline

from .cases import load_cases, score_actors

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def every_sentence(nlp):  # type: ignore[no-untyped-def]
    settings = Settings().override("nlp", prefilter=False).override("resolve", locations=False)
    return Pipeline(settings, nlp=nlp)


def test_suite_is_large_and_well_formed() -> None:
    cases = load_cases()
    assert len(cases) >= 300
    assert len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        assert c["phrase"] in c["text"], c["id"]


def test_actor_suite_scores(every_sentence) -> None:  # type: ignore[no-untyped-def]
    score = score_actors(every_sentence)
    assert score.country_rate >= 0.97, (score.summary(), score.failures)
    assert score.sector_rate >= 0.90, (score.summary(), score.failures)
