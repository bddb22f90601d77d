"""Shared fixtures. Small dictionaries are written by hand here; the spaCy model is loaded once
per session (tests that need it are marked slow)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tacitus.actors.dictionary import ActorDictionary, load_actor_dictionary
from tacitus.coding.dictionary import TriggerDictionary, load_triggers
from tacitus.config import Settings
from tacitus.store import Store, engine_url, open_store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

MINI_COUNTRIES = """\
AZE\tAzerbaijan\tAzerbaijani; Azeri\tAzerbaijanis\tBaku
TUR\tTurkey; Türkiye\tTurkish\tTurks\tAnkara
GEO\tGeorgia\tGeorgian\tGeorgians\tTbilisi
ARM\tArmenia\tArmenian\tArmenians\tYerevan
RUS\tRussia\tRussian\tRussians\tMoscow
USA\tUnited States; U.S.; US\tAmerican; U.S.\tAmericans\tWashington
"""
MINI_NAMED = """\
NATO\tIGO\t-\tigo\tNATO; North Atlantic Treaty Organization
HAMAS\tPSE\tREB\tgroup\tHamas
"""
MINI_AGENTS = """\
minister\tGOV\tperson
defence minister\tGOV MIL\tperson
foreign minister\tGOV\tperson
ministry\tGOV\tgroup
defence ministry\tGOV MIL\tgroup
national defence university rector\tEDU\tperson
rector\tEDU\tperson
troops\tMIL\tgroup
army\tMIL\tgroup
police\tCOP\tgroup
protesters\tOPP CVL\tgroup
rebels\tREB\tgroup
president\tGOV\tperson
diplomat\tGOV\tperson
"""
MINI_TRIGGERS = """\
verb\tmeet\t040\trecip
verb\tdiscuss\t040\trecip
verb\tsign +{agreement|treaty|memorandum|plan}\t057\trecip
verb\tsign\t057\trecip
verb\tthank\t051
verb\tfire on\t190
verb\tattack\t190
verb\tcondemn\t111
verb\tagree\t030\trecip
verb\treject\t120
verb\trefuse >{meet}\t1246
verb\tdetain\t173
verb\tprotest\t140\tnotarget
verb\treceive +{aid} from\t070\tswap
verb\tgive\t070
noun\twar\t190\trecip
noun\ttalk\t040\trecip
noun\texercise ~{joint}\t062\trecip
noun\tattack\t190
light\thold\t-
"""


def write_mini(folder: Path) -> dict[str, Path]:
    files = {
        "countries": folder / "countries.tsv",
        "named": folder / "named.tsv",
        "agents": folder / "agents.tsv",
        "triggers": folder / "triggers.txt",
    }
    files["countries"].write_text(MINI_COUNTRIES, encoding="utf-8")
    files["named"].write_text(MINI_NAMED, encoding="utf-8")
    files["agents"].write_text(MINI_AGENTS, encoding="utf-8")
    files["triggers"].write_text(MINI_TRIGGERS, encoding="utf-8")
    return files


@pytest.fixture(scope="session")
def mini_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_mini(tmp_path_factory.mktemp("mini"))


@pytest.fixture(scope="session")
def mini_actors(mini_files: dict[str, Path]) -> ActorDictionary:
    paths = [str(mini_files[k]) for k in ("countries", "named", "agents")]
    return load_actor_dictionary(paths, shipped=False)


@pytest.fixture(scope="session")
def mini_triggers(mini_files: dict[str, Path]) -> TriggerDictionary:
    return load_triggers([str(mini_files["triggers"])], shipped=False)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from tacitus.nlp import load_model

    return load_model(Settings().nlp)


@pytest.fixture(scope="session")
def pipeline(nlp):  # type: ignore[no-untyped-def]
    """The full pipeline with the shipped dictionaries."""
    from tacitus.pipeline import Pipeline

    return Pipeline(Settings(), nlp=nlp)


@pytest.fixture(scope="session")
def mini_pipeline(nlp, mini_actors, mini_triggers):  # type: ignore[no-untyped-def]
    from tacitus.pipeline import Pipeline

    return Pipeline(Settings(), nlp=nlp, actors=mini_actors, triggers=mini_triggers)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture()
def pg_url() -> str:
    url = os.environ.get("TACITUS_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server (run through `make test`)")
    return url


# -- stores: SQLite and the PostgreSQL server `make test` starts, emptied per test --------


def drop_all(url: str) -> None:
    engine = create_engine(engine_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "t.db")
        return
    url = request.getfixturevalue("pg_url")
    drop_all(url)
    yield url
    drop_all(url)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    st = open_store(db_url)
    yield st
    st.engine.dispose()
