"""The confidence score: which kinds of evidence raise or lower it."""

from tacitus.coding.dictionary import Pattern
from tacitus.coding.extract import _Trigger
from tacitus.coding.modality import event_confidence as _confidence
from tacitus.models import Actor, ActorMention


def pattern(specificity: int) -> Pattern:
    objects = tuple(frozenset({f"w{i}"}) for i in range(specificity))
    return Pattern("verb", "meet", (), objects, (), (), (), "040", frozenset(), "x:1", "meet")


def mention(country: str | None) -> ActorMention:
    return ActorMention(0, 1, 0, Actor("X", country or "", country), (0, 1))


T = _Trigger(0, 0, pattern(1), "verb")
BOTH = (mention("RUS"), mention("GEO"))


def test_placed_actors_and_specific_patterns_score_high() -> None:
    assert _confidence(T, *BOTH, []) > 0.8
    assert _confidence(_Trigger(0, 0, pattern(0), "verb"), *BOTH, []) < _confidence(T, *BOTH, [])
    assert _confidence(T, mention("RUS"), None, []) < _confidence(T, *BOTH, [])


def test_weaker_evidence_lowers_confidence() -> None:
    high = _confidence(T, *BOTH, [])
    assert _confidence(T, *BOTH, [], main=False) <= 0.8 < high
    assert _confidence(T, *BOTH, [], modality="hypothetical") < high
    assert _confidence(T, *BOTH, [], reciprocal=True) < high
    assert _confidence(T, *BOTH, [], triggers=3) < high
    assert _confidence(T, *BOTH, ["SYR people: country of the source"]) < high
