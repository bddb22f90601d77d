"""People learned from role phrases: the registry, and its use across articles (slow part
parses with spaCy)."""

from datetime import date
from pathlib import Path

import pytest

from tacitus.actors.dictionary import load_actor_dictionary
from tacitus.actors.learned import LearnedActor, LearnedActors
from tacitus.config import Settings
from tacitus.errors import TacitusError
from tacitus.models import Actor, Article
from tacitus.pipeline import ArticleResult, Pipeline


def person(name: str, country: str = "GEO", status: str = "pending") -> LearnedActor:
    return LearnedActor(
        name, country, ("GOV", "MIL"), "defence minister", date(2024, 1, 1), "a1", "...", status
    )


def test_add_reports_new_names_only() -> None:
    reg = LearnedActors()
    assert reg.add(person("Levan Gelashvili"))
    assert not reg.add(person("Levan  Gelashvili", "ARM"))  # same name, other spacing
    assert len(reg) == 1 and next(iter(reg)).country == "GEO"


def test_lookup_by_full_name_or_surname() -> None:
    reg = LearnedActors([person("Levan Gelashvili")])
    assert reg.lookup("Levan Gelashvili") is not None
    assert reg.lookup("gelashvili") is not None
    assert reg.lookup("Gelashvili's") is not None
    assert reg.lookup("Nino Gelashvili") is None  # another full name
    assert reg.lookup("Levan") is None


def test_ambiguous_surname_resolves_to_nothing() -> None:
    reg = LearnedActors([person("Levan Gelashvili"), person("Nino Gelashvili", "ARM")])
    assert reg.lookup("Gelashvili") is None
    found = reg.lookup("Nino Gelashvili")
    assert found is not None and found.country == "ARM"


def test_rejected_entries_are_kept_but_not_used() -> None:
    reg = LearnedActors([person("Levan Gelashvili", status="rejected")])
    assert len(reg) == 1
    assert reg.lookup("Levan Gelashvili") is None and reg.lookup("Gelashvili") is None
    assert not reg.knows("Gelashvili")
    assert not reg.add(person("Levan Gelashvili"))  # a rejection is not undone by text
    # a rejected namesake does not make a surname ambiguous
    reg.add(person("Nino Gelashvili", "ARM"))
    found = reg.lookup("Gelashvili")
    assert found is not None and found.name == "Nino Gelashvili"


def test_load_replaces_status() -> None:
    reg = LearnedActors([person("Levan Gelashvili")])
    reg.load([person("Levan Gelashvili", status="accepted")])
    found = reg.lookup("Gelashvili")
    assert len(reg) == 1 and found is not None and found.status == "accepted"


def test_bad_status_is_an_error() -> None:
    with pytest.raises(TacitusError, match="pending, accepted, rejected"):
        person("Levan Gelashvili", status="maybe")


# -- across articles (spaCy) ------------------------------------------------------------

FIRST = "Georgian Defence Minister Levan Gelashvili met the Armenian foreign minister in Yerevan."
LATER = "Gelashvili condemned the attack on Armenia."


def actor_named(result: ArticleResult, text: str) -> Actor | None:
    """The actor of the mention whose text ends with `text`."""
    for trace in result.traces:
        for group in trace.mentions.values():
            for m in group:
                if m.actor.text == text or m.actor.text.endswith(" " + text):
                    return m.actor
    return None


def code_one(pipe: Pipeline, article_id: str, text: str) -> ArticleResult:
    (res,) = pipe.code([Article(article_id, text, date(2024, 3, 1))], trace=True)
    assert isinstance(res, ArticleResult)
    return res


@pytest.fixture()
def fresh(nlp, mini_actors, mini_triggers):  # type: ignore[no-untyped-def]
    def make(learned: LearnedActors | None = None, actors=mini_actors) -> Pipeline:  # type: ignore[no-untyped-def]
        return Pipeline(
            Settings().override("resolve", locations=False),
            nlp=nlp,
            actors=actors,
            triggers=mini_triggers,
            learned=learned,
        )

    return make


@pytest.mark.slow
def test_role_phrase_teaches_a_later_article(fresh) -> None:  # type: ignore[no-untyped-def]
    pipe = fresh()
    first = code_one(pipe, "a1", FIRST)
    (learned,) = first.learned
    assert (learned.name, learned.country, learned.sectors) == (
        "Levan Gelashvili",
        "GEO",
        ("GOV", "MIL"),
    )
    assert (learned.role, learned.article_id, learned.first_seen) == (
        "defence minister",
        "a1",
        date(2024, 3, 1),
    )
    later = code_one(pipe, "a2", LATER)
    assert later.learned == []
    found = actor_named(later, "Gelashvili")
    assert found is not None and found.code == "GEOGOVMIL"
    assert later.events and later.events[0].source is not None
    assert later.events[0].source.code == "GEOGOVMIL"
    full = code_one(pipe, "a3", "Levan Gelashvili met Armenian diplomats.")
    found = actor_named(full, "Levan Gelashvili")
    assert found is not None and found.code == "GEOGOVMIL"


@pytest.mark.slow
def test_a_fresh_pipeline_forgets_what_a_run_learned(fresh) -> None:  # type: ignore[no-untyped-def]
    pipe = fresh()
    code_one(pipe, "a1", FIRST)
    again = pipe.fresh()
    assert again.nlp is pipe.nlp and again.actors is pipe.actors  # loaded once
    found = actor_named(code_one(again, "a2", LATER), "Gelashvili")
    assert found is None or found.country is None
    found = actor_named(code_one(pipe, "a2", LATER), "Gelashvili")
    assert found is not None and found.code == "GEOGOVMIL"


@pytest.mark.slow
def test_unknown_surname_stays_unknown_without_learning(fresh) -> None:  # type: ignore[no-untyped-def]
    later = code_one(fresh(), "a2", LATER)
    found = actor_named(later, "Gelashvili")
    assert found is None or found.country is None


@pytest.mark.slow
def test_rejected_learned_actor_is_not_used(fresh) -> None:  # type: ignore[no-untyped-def]
    pipe = fresh(LearnedActors([person("Levan Gelashvili", status="rejected")]))
    assert code_one(pipe, "a1", FIRST).learned == []  # not learned again
    found = actor_named(code_one(pipe, "a2", LATER), "Gelashvili")
    assert found is None or found.country is None


@pytest.mark.slow
def test_curated_names_are_never_overridden(fresh, mini_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = tmp_path / "people.tsv"
    people.write_text(
        "Zakir Hasanov; Hasanov\tAZE\tGOV MIL\tdefence minister\t2013-10-22\t\n", encoding="utf-8"
    )
    paths = [str(mini_files[k]) for k in ("countries", "named", "agents")] + [str(people)]
    actors = load_actor_dictionary(paths, shipped=False)
    registry = LearnedActors([person("Zakir Hasanov", "GEO", "accepted")])
    pipe = fresh(registry, actors)
    first = code_one(pipe, "a1", "Georgian Defence Minister Zakir Hasanov met Armenian diplomats.")
    assert first.learned == []
    for res in (first, code_one(pipe, "a2", "Hasanov condemned the attack on Armenia.")):
        found = actor_named(res, "Hasanov")
        assert found is not None and found.country == "AZE", found
