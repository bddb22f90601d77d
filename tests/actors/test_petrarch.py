from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.actors.dictionary import load_actor_dictionary
from tacitus.actors.petrarch import import_petrarch
from tacitus.cli import app

ACTORS = """\
<!-- a test dictionary -->
FREEDONIA [FRE]
+FREEDONIAN
FREEDONIAN_ARMY [FREMIL] # comment
RUFUS_FIREFLY  # dated codes on the next lines
\t[FRE <950601]
\t[FREGOV 950601 - 990815]
\t[FREELI >990816]
NOBODY [---]
"""
AGENTS = """\
!PERSON! = MAN, MEN
FOREIGN_MINISTER [~GOV] # a note
POLICE!PERSON! [~COP]
RIOT_SQUAD {RIOT_SQUADS} [~COPXYZ]
"""


@pytest.fixture()
def converted(tmp_path: Path) -> Path:
    (tmp_path / "test.actors.txt").write_text(ACTORS)
    (tmp_path / "test.agents.txt").write_text(AGENTS)
    out = tmp_path / "out"
    import_petrarch([tmp_path / "test.actors.txt", tmp_path / "test.agents.txt"], out)
    return out


def test_actors_synonyms_and_dated_codes(converted: Path) -> None:
    d = load_actor_dictionary([str(converted)], shipped=False)
    assert d.lookup("Freedonian")[0].country == "FRE"
    assert d.lookup("Freedonian Army")[0].sectors == ("MIL",)
    before = d.person_at("Rufus Firefly", date(1990, 1, 1))
    during = d.person_at("Rufus Firefly", date(1996, 1, 1))
    after = d.person_at("Rufus Firefly", date(2005, 1, 1))
    assert before is not None and before.sectors == ()
    assert during is not None and during.sectors == ("GOV",)
    assert after is not None and after.sectors == ("ELI",)
    assert not d.lookup("Nobody")


def test_agents_with_macros_and_unknown_chunks(converted: Path) -> None:
    d = load_actor_dictionary([str(converted)], shipped=False)
    assert d.lookup("foreign minister")[0].kind == "person"
    assert d.lookup("policeman")[0].sectors == ("COP",)
    assert d.lookup("riot squad")[0].sectors == ("COP",)


@pytest.mark.usefixtures("shared")
def test_cli_converts_the_petrarch_validation_dictionaries(shared: Path, tmp_path: Path) -> None:
    folder = shared / "eval" / "petrarch"
    out = tmp_path / "petr"
    result = CliRunner().invoke(
        app,
        [
            "dict",
            "import-petrarch",
            str(folder / "PETR.Validate.actors.txt"),
            str(folder / "PETR.Validate.agents.txt"),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    d = load_actor_dictionary([str(out)], shipped=False)
    assert d.lookup("Hamas")[0].country == "PSE"
    gollum = d.person_at("Gollum", date(1997, 1, 1))
    assert gollum is not None and (gollum.country, gollum.sectors) == ("HOB", ("GOV",))
    assert d.lookup("foreign minister")
