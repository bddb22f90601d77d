"""The nearest other state's actor as the target of an event no role rule gave one."""

import pytest

from tacitus.coding.guess import GUESSED, GUESSED_HOME, nearest_other_state, tree_distance
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


def test_with_no_other_state_named_the_event_is_domestic(pipeline) -> None:  # type: ignore[no-untyped-def]
    (event,) = events(pipeline, "Colombia's president promised an investigation into the massacre.")
    assert event.source is not None and event.source.code == "COLGOV"
    assert event.target is not None and event.target.country == "COL"
    assert GUESSED_HOME in event.evidence.rule and GUESSED not in event.evidence.rule


def test_another_state_named_is_preferred_to_the_home_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in events(pipeline, REGRET) if e.cameo == "055"]
    assert GUESSED_HOME not in event.evidence.rule


def test_the_place_of_the_event_comes_before_the_home_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Hebron names the other side (PSE), though no other state's actor is named
    (event,) = events(pipeline, "Israeli tanks fired shells at targets in Hebron.")
    assert event.target is not None and event.target.country == "PSE"
    assert GUESSED_HOME not in event.evidence.rule


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


def test_a_statement_to_nobody_is_dropped_and_explained(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import skip_reasons

    text = (
        "Turkey's tourism ministry announced that the number of foreign visitors reached 26 "
        "million, with Russia first."
    )
    assert not events(pipeline, text)
    assert "a statement addressed to nobody" in skip_reasons(pipeline, text)
