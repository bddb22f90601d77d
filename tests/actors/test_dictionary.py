from pathlib import Path

import pytest

from tacitus.actors.dictionary import ActorDictionary, load_actor_dictionary
from tacitus.errors import DictionaryError


def names(d: ActorDictionary, text: str) -> list[tuple[str, str, str | None]]:
    return [(text[m.start : m.end], m.entry.role, m.entry.country) for m in d.find(text)]


def test_names_adjectives_people_capitals(mini_actors: ActorDictionary) -> None:
    found = names(mini_actors, "Azerbaijani troops, the Turks and Baku; Armenia's army.")
    assert ("Azerbaijani", "adjective", "AZE") in found
    assert ("Turks", "people", "TUR") in found
    assert ("Baku", "capital", "AZE") in found
    assert ("Armenia", "name", "ARM") in found
    assert ("army", "agent", None) in found


def test_capital_carries_government_sector(mini_actors: ActorDictionary) -> None:
    (baku,) = mini_actors.lookup("Baku")
    assert baku.sectors == ("GOV",)


def test_longest_match_wins(mini_actors: ActorDictionary) -> None:
    found = names(mini_actors, "the Turkish National Defence University Rector")
    assert ("National Defence University Rector", "agent", None) in found
    assert ("Rector", "agent", None) not in found


def test_word_boundaries_and_acronym_case(mini_actors: ActorDictionary) -> None:
    assert names(mini_actors, "Georgians") == [("Georgians", "people", "GEO")]
    assert names(mini_actors, "Georgianism") == []
    assert names(mini_actors, "the nato summit") == []
    assert names(mini_actors, "the NATO summit") == [("NATO", "named", "IGO")]
    assert names(mini_actors, "let us go") == []  # "US" is case-sensitive


def test_agent_plurals_are_derived(mini_actors: ActorDictionary) -> None:
    assert [r for _, r, _ in names(mini_actors, "the ministers and presidents")] == [
        "agent",
        "agent",
    ]


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("countries.tsv", "az\tAzerbaijan\n", "three-letter"),
        ("countries.tsv", "AZE\tAzerbaijan\nAZE\tAzerbaijan\n", "listed twice"),
        ("countries.tsv", "AZE Azerbaijan Azerbaijani\n", "TAB"),
        ("named.tsv", "NATO\tXX\t-\tigo\tNATO\n", "ISO3"),
        ("named.tsv", "NATO\tIGO\tFOO\tigo\tNATO\n", "unknown sector"),
        ("named.tsv", "NATO\tIGO\t-\tclub\tNATO\n", "unknown kind"),
        ("agents.tsv", "minister\tGOV\tsomeone\n", "person"),
        ("agents.tsv", "minister\t-\tperson\n", "at least one sector"),
    ],
)
def test_validation_errors_name_file_and_line(
    tmp_path: Path, filename: str, content: str, message: str
) -> None:
    path = tmp_path / filename
    path.write_text("# comment\n\n" + content, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_actor_dictionary([str(path)], shipped=False)
    assert message in str(err.value)
    assert f"{path}:" in str(err.value)
    assert err.value.line >= 3


def test_extra_files_override_shipped_names(tmp_path: Path, mini_files: dict[str, Path]) -> None:
    extra = tmp_path / "my_countries.tsv"
    extra.write_text("XKX\tKosovo\tKosovar\tKosovars\tPristina\n", encoding="utf-8")
    d = load_actor_dictionary([str(mini_files["countries"]), str(extra)], shipped=False)
    assert d.lookup("Pristina")[0].country == "XKX"


def test_shipped_dictionaries_load() -> None:
    d = load_actor_dictionary()
    assert len(d) > 2000
    assert d.lookup("Azerbaijani")[0].country == "AZE"
    assert any(e.country == "IGO" for e in d.lookup("NATO"))


def test_regions_give_their_country_unless_the_name_is_taken() -> None:
    from tacitus.actors.dictionary import region_entries

    regions = {e.surface: e for e in region_entries({"georgia"})}
    assert regions["Sindh"].country == "PAK" and regions["Sindh"].role == "region"
    assert regions["Tigray"].country == "ETH"
    assert regions["Sindh"].case_sensitive  # "central", "western" are no regions
    assert "Georgia" not in regions  # a name the actor dictionaries know already
    assert "Punjab" not in regions  # India's and Pakistan's
