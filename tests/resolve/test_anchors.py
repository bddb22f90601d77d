from datetime import date

import pytest

from tacitus.resolve.anchors import anchored

ANCHOR = date(2024, 2, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a day earlier", (date(2024, 2, 21), "day")),
        ("the previous day", (date(2024, 2, 21), "day")),
        ("the next day", (date(2024, 2, 23), "day")),
        ("the day after", (date(2024, 2, 23), "day")),
        ("two days after the vote", (date(2024, 2, 24), "day")),
        ("3 weeks later", (date(2024, 3, 14), "week")),
        ("eight months after the victory", (date(2024, 10, 1), "month")),
        ("two years before", (date(2022, 1, 1), "year")),
        ("on Tuesday", None),
        ("in 2020", None),
    ],
)
def test_anchored(text: str, expected: tuple[date, str] | None) -> None:
    assert anchored(text, ANCHOR) == expected


@pytest.mark.slow
def test_events_dated_from_the_story_lead(mini_pipeline) -> None:  # type: ignore[no-untyped-def]
    from tacitus.pipeline import code_texts

    text = (
        "Armenia and Georgia signed a treaty on March 7. A day earlier, Russia condemned "
        "Armenia. On Wednesday Georgia thanked Turkey, two days after the signing."
    )
    (events,) = code_texts(mini_pipeline, [(text, date(2023, 3, 9))])
    dates = {e.cameo: e.date for e in events}
    assert dates["057"] == date(2023, 3, 7)
    assert dates["111"] == date(2023, 3, 6)  # "a day earlier" than the signing
    assert dates["051"] == date(2023, 3, 8)  # its own "Wednesday" wins
