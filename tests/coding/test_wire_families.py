"""Wire-news event classes whose family depends on more than the verb: announced mobilisation,
mass killings, airdrops, weapons announced, little prospect (slow, shipped dictionaries).
Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from .coded import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 154: a mobilisation announced for the future is the decision, not a threat (138)
        ("The Chilean army said it would call up 40,000 reservists next month.", "154"),
        ("Peru will deploy troops to the border with Ecuador.", "154"),
        # 202: killing hundreds of non-combatants is a mass killing
        ("Rebels killed hundreds of villagers in northern Nigeria on Friday.", "202"),
        ("Gunmen killed at least 300 civilians in Mali.", "202"),
        ("Hundreds of villagers were killed by rebels in Burkina Faso.", "202"),
        # 073: aid dropped from aircraft
        ("Jordanian military aircraft dropped food parcels over northern Gaza on Tuesday.", "073"),
        # 072: weapons announced for a country
        ("Canada announced 500 million dollars in weapons for Ukraine on Monday.", "072"),
        # 012: little prospect of something is pessimism
        ("The Kenyan foreign minister said he saw little prospect of a ceasefire in Sudan.", "012"),
    ],
)
def test_family_classes(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a threat to mobilise, or a mobilisation under a condition, stays a threat
        ("Peru threatened to deploy troops to the border with Ecuador.", "154"),
        ("Peru said it would deploy troops to the border if Ecuador attacked.", "154"),
        # combatants, or a small number, are no mass killing
        ("Rebels killed hundreds of soldiers in Mali.", "202"),
        ("Gunmen killed 26 civilians in Mali.", "202"),
        # bombs dropped are an attack, not aid
        ("Chinese military aircraft dropped bombs over the village.", "073"),
        ("The Kenyan foreign minister said he saw good prospects for a ceasefire in Sudan.", "012"),
    ],
)
def test_family_counter_cases(pipeline, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in codes(pipeline, text)


def test_threat_to_mobilise_is_138(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "138" in codes(pipeline, "Peru threatened to deploy troops to the border with Ecuador.")
