"""The nearest other state's actor as the target of an event no role rule gave one."""

import pytest

from tacitus.coding.guess import GUESSED, nearest_other_state, tree_distance
from tacitus.config import Settings
from tacitus.models import Actor, ActorMention
from tacitus.pipeline import Pipeline

from .coded import events

pytestmark = pytest.mark.slow

REGRET = (
    "The Indonesian foreign minister expressed regret on Friday, days after the deaths of "
    "Malaysian fishermen."
)


def test_an_apology_without_a_target_takes_the_other_state_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in events(pipeline, REGRET) if e.cameo == "055"]
    assert event.source is not None and event.source.code == "IDNGOV"
    assert event.target is not None and event.target.country == "MYS"
    assert GUESSED in event.evidence.rule


def test_the_guess_costs_confidence_and_can_be_switched_off(nlp, pipeline) -> None:  # type: ignore[no-untyped-def]
    off = Pipeline(Settings().override("coding", guess_targets=False), nlp=nlp)
    (plain,) = [e for e in events(off, REGRET) if e.cameo == "055"]
    (guessed,) = [e for e in events(pipeline, REGRET) if e.cameo == "055"]
    assert plain.target is None and GUESSED not in plain.evidence.rule
    assert guessed.confidence < plain.confidence


def test_a_target_a_rule_found_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Japan condemned North Korea's missile launch, Germany said.")
    assert {(e.source.code, e.target.country) for e in found if e.source and e.target} >= {
        ("JPN", "PRK")
    }
    assert all(GUESSED not in e.evidence.rule for e in found)


def test_own_country_is_not_guessed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the only other actor is Kenya's own: no guess
    found = events(
        pipeline, "Kenya's president expressed regret after Kenyan police fired on a crowd."
    )
    assert all(GUESSED not in e.evidence.rule for e in found)


def _mention(doc, word: str, country: str) -> ActorMention:  # type: ignore[no-untyped-def]
    tok = next(t for t in doc if t.text == word)
    actor = Actor(word, word, country)
    return ActorMention(tok.idx, tok.idx + len(word), tok.i, actor, (tok.i, tok.i + 1))


def test_nearest_is_counted_in_the_tree_before_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Brazil criticised the vote, which Peru had backed, and thanked the envoy of Chile.")
    brazil, peru, chile = (
        _mention(doc, w, c) for w, c in [("Brazil", "BRA"), ("Peru", "PER"), ("Chile", "CHL")]
    )
    thanked = next(t for t in doc if t.text == "thanked")
    criticised = next(t for t in doc if t.text == "criticised")
    mentions = {m.head: [m] for m in (brazil, peru, chile)}
    # "thanked ... the envoy of Chile": Chile is in the verb's own phrase
    assert nearest_other_state(doc, thanked.i, [brazil], mentions) == chile
    # Peru is nearer "criticised" in the tree (through "vote") than Chile is
    assert tree_distance(criticised, doc[peru.head]) < tree_distance(criticised, doc[chile.head])
    assert nearest_other_state(doc, criticised.i, [brazil], mentions) == peru
    # the sources' own country is never guessed
    assert nearest_other_state(doc, criticised.i, [brazil, peru, chile], mentions) is None
