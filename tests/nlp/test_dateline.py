import pytest

from tacitus.nlp.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place", "rest"),
    [
        ("VILNIUS, Feb 22 - Lithuania expelled a diplomat.", "Vilnius", "Lithuania expelled"),
        ("TBILISI, March 7 (Reuters) - The ministers met.", "Tbilisi", "The ministers met"),
        ("AKTOBE, Nov 14 – Kazakh police detained", "Aktobe", "Kazakh police"),
        ("NEW YORK (AP) — The council voted.", "New York", "The council voted"),
        ("PRISTINA/BELGRADE, Feb 26 (Wire) - Kosovo police", "Pristina/Belgrade", "Kosovo police"),
    ],
)
def test_datelines(text: str, place: str, rest: str) -> None:
    d = find_dateline(text)
    assert d is not None and d.place == place
    assert text[d.end :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    ["Turkey met Iran - and left.", "US forces - said", "The talks - held in Baku - ended."],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None
