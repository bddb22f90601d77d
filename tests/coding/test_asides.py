"""Political words that report no event of the story's time (coding/asides.py): an
obituary's career summary, opinion poll figures, commentators' analysis and forecasts, and
gatherings to remember; the events of the same shapes that are events stay."""

from datetime import date

import pytest

from tacitus.models import Event
from tacitus.pipeline import Pipeline

from .coded import all_events, skip_reasons

PUB = date(2024, 5, 6)


def coded(pipe: Pipeline, text: str) -> list[Event]:
    return all_events(pipe, text, PUB)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # an obituary: what the dead did in their life
        "Jimmy Carter, the former president who brokered the Camp David accords between Egypt "
        "and Israel, died at his home in Georgia on Sunday aged 100.",
        "The former prime minister, who signed the peace treaty with Jordan in 1994, has died "
        "at the age of 86, his family said.",
        # opinion figures
        "A YouGov survey found that 62 percent of Britons oppose sending troops to Ukraine.",
        "More than half of Germans support sanctions on Russia, according to a poll published "
        "on Sunday.",
        "An Angus Reid poll showed that most Canadians back the boycott of American goods.",
        # commentators' analysis and forecasts
        "Economists at the Vienna Institute argue that the embargo has hurt Tehran more than "
        "expected.",
        "Analysts at the Carnegie Endowment warn that a conflict over Taiwan would disrupt "
        "global trade.",
        # gatherings to remember
        "Several hundred people gathered in Normandy to remember the sacrifice of the liberators.",
        "Thousands of people gathered in Warsaw to commemorate the victims of the uprising.",
    ],
)
def test_no_event(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a death that is news, with no obituary's age: the deed stays
        ("Police said the gunman who attacked the mosque died after a shootout.", "18"),
        # analysts passing on a fact, and commentators as targets
        ("Analysts said Russian forces captured the village of Krasnohorivka on Monday.", "19"),
        ("Economists at the central bank were arrested on Monday.", "17"),
        # a gathering with a demand is a protest
        ("Protesters gathered outside parliament to demand the minister's resignation.", "14"),
        ("Protesters gathered in Nairobi to mark the anniversary of the deadly protests.", "14"),
    ],
)
def test_event_kept(pipeline: Pipeline, text: str, root: str) -> None:
    assert root in {e.cameo[:2] for e in coded(pipeline, text)}


@pytest.mark.slow
def test_explain_names_the_class(pipeline: Pipeline) -> None:
    text = "A YouGov survey found that 62 percent of Britons oppose sending troops to Ukraine."
    reasons = skip_reasons(pipeline, text, PUB)
    assert any(r.startswith("not political: opinion figures") for r in reasons), reasons
