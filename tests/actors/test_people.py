"""People with dated offices: coded as of the event date."""

from datetime import date
from pathlib import Path

import pytest

from tacitus.actors.dictionary import load_actor_dictionary
from tacitus.errors import DictionaryError

PEOPLE = """\
# NAMES\tCOUNTRY\tSECTORS\tROLE\tSTART\tEND
Anna Example; Example\tARM\tGOV\tprime minister\t2010-01-01\t2014-06-30
Anna Example; Example\tARM\tGOV\tpresident\t2014-07-01\t2020-12
Ben Sample\tGEO\tGOV MIL\tdefence minister\t2019\t
"""


@pytest.fixture()
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.tsv"
    path.write_text(PEOPLE, encoding="utf-8")
    return path


def test_office_as_of_a_date(people: Path) -> None:
    d = load_actor_dictionary([str(people)], shipped=False)
    before = d.person_at("Anna Example", date(2005, 1, 1))
    pm = d.person_at("Anna Example", date(2012, 5, 1))
    president = d.person_at("Anna Example", date(2016, 5, 1))
    former = d.person_at("Anna Example", date(2022, 1, 1))
    assert before is not None and (before.country, before.sectors) == ("ARM", ())
    assert pm is not None and (pm.office, pm.sectors) == ("prime minister", ("GOV",))
    assert president is not None and president.office == "president"
    assert former is not None and (former.sectors, former.office) == (("ELI",), "former president")
    current = d.person_at("Ben Sample", date(2026, 1, 1))
    assert current is not None and current.sectors == ("GOV", "MIL")


def test_month_end_dates(people: Path) -> None:
    d = load_actor_dictionary([str(people)], shipped=False)
    last_day = d.person_at("Anna Example", date(2020, 12, 31))
    assert last_day is not None and last_day.office == "president"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("X\tARM\tGOV\tpresident\t2020-13-01\t\n", "not a valid date"),
        ("X\tARM\tGOV\tpresident\t2020\t2019\n", "ends before it starts"),
        ("X\tArmenia\tGOV\tpresident\t2020\t\n", "ISO3"),
        ("X\tARM\tBOSS\tpresident\t2020\t\n", "unknown sector"),
    ],
)
def test_bad_people_lines(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "people.tsv"
    path.write_text(line, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_actor_dictionary([str(path)], shipped=False)


@pytest.mark.slow
def test_the_same_name_coded_differently_at_two_dates(mini_pipeline, people: Path) -> None:  # type: ignore[no-untyped-def]
    from tacitus.config import Settings
    from tacitus.models import Article
    from tacitus.pipeline import ArticleResult, Pipeline

    actors = load_actor_dictionary([str(people), *map(str, _mini(mini_pipeline))], shipped=False)
    pipe = Pipeline(
        Settings(), nlp=mini_pipeline.nlp, actors=actors, triggers=mini_pipeline.triggers
    )
    codes = []
    for when in (date(2012, 3, 1), date(2023, 3, 1)):
        (result,) = pipe.code([Article("a", "Anna Example met Turkey on Monday.", when)])
        assert isinstance(result, ArticleResult)
        codes.append(result.events[0].source.code if result.events[0].source else None)
    assert codes == ["ARMGOV", "ARMELI"]


def _mini(pipeline):  # type: ignore[no-untyped-def]
    """The mini dictionary files behind the mini pipeline's actors."""
    origins = {e.origin.rsplit(":", 1)[0] for b in pipeline.actors.by_name.values() for e in b}
    return sorted(Path(o) for o in origins)
