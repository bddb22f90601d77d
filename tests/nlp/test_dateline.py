from datetime import date

import pytest

from tacitus.models import Article
from tacitus.nlp.dateline import dated_by_dateline, find_dateline


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


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("MOSCOW, Oct. 25, 2021 (AP) — The ministry said.", date(2021, 10, 25)),
        (
            "TBILISI, March 7 (Reuters) - The ministers met. On March 5, 2024, they agreed.",
            date(2024, 3, 7),
        ),
        ("KYIV, Jan 2 - Drones struck. The attacks began on Dec. 30, 2022.", date(2023, 1, 2)),
        ("Yerevan, 12 May (AFP) - Talks that opened in May 2018 ended.", date(2018, 5, 12)),
        ("TBILISI, March 7 (Reuters) - The ministers met.", None),  # no year anywhere
        ("TBILISI, March 7 (Reuters) - Talks in March 2019 and March 2021 failed.", None),  # two
        ("TBILISI, March 7 (Reuters) - Maybe 2020 was the worst year.", None),  # not a month
        ("KYIV, Feb 30, 2022 - Officials said.", None),
        ("NEW YORK (AP) — The council voted in March 2020.", None),  # no date in the dateline
    ],
)
def test_dateline_publication_date(text: str, published: date | None) -> None:
    assert dated_by_dateline(Article("a", text)).published == published


def test_a_given_publication_date_wins() -> None:
    article = Article("a", "MOSCOW, Oct. 25, 2021 (AP) — The ministry said.", date(2021, 10, 26))
    assert dated_by_dateline(article) is article


def test_dateline_year() -> None:
    found = find_dateline("MOSCOW, Oct. 25, 2021 (AP) — The ministry said.")
    assert found is not None and (found.place, found.date, found.year) == (
        "Moscow",
        "Oct. 25",
        2021,
    )
    assert found.agency == "AP"
