from pathlib import Path

import pytest

from tacitus.errors import DictionaryError
from tacitus.resolve.gazetteer import Gazetteer, Place, load_gazetteer, normalize


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Diyarbakır", "diyarbakir"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("The Hague", "hague"),
        ("St. Petersburg", "saint petersburg"),
        ("Khan  Younis", "khan younis"),
        ("Port-au-Prince", "port au prince"),
    ],
)
def test_normalize(name: str, key: str) -> None:
    assert normalize(name) == key


def test_primary_names_beat_alternates() -> None:
    gaz = Gazetteer()
    gaz.add(
        Place("Hong Kong", "HKG", "city", 22.3, 114.2, 1, 7_000_000), ["Hong Kong"], ["Victoria"]
    )
    assert [p.country for p in gaz.lookup("Victoria")] == ["HKG"]
    gaz.add(Place("Victoria", "CAN", "city", 48.4, -123.4, 2, 90_000), ["Victoria"])
    assert [p.country for p in gaz.lookup("victoria")] == ["CAN"]


def test_extra_places_file(tmp_path: Path) -> None:
    extra = tmp_path / "places.tsv"
    extra.write_text("Bardhere; Baardheere\tSOM\tcity\t2.34\t42.28\t40000\n", encoding="utf-8")
    gaz = load_gazetteer(tmp_path / "cache", [str(extra)])
    (place,) = [p for p in gaz.lookup("Bardhere") if p.country == "SOM"]
    assert (place.kind, place.lat) == ("city", 2.34)
    bad = tmp_path / "bad.tsv"
    bad.write_text("X\tSomalia\tcity\t1\t2\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad\.tsv:1"):
        load_gazetteer(tmp_path / "cache", [str(bad)])


@pytest.mark.slow
def test_package_gazetteer_knows_towns_regions_and_countries(tmp_path: Path) -> None:
    gaz = load_gazetteer(tmp_path)
    assert any(p.country == "AZE" and p.kind == "city" for p in gaz.lookup("Shusha"))
    assert {p.country for p in gaz.lookup("Tripoli") if p.kind == "city"} >= {"LBY", "LBN"}
    assert any(p.kind == "country" and p.country == "GEO" for p in gaz.lookup("Georgia"))
    assert any(p.kind == "region" and p.country == "USA" for p in gaz.lookup("Georgia"))
    assert any(p.kind == "region" and p.country == "UKR" for p in gaz.lookup("Donetsk"))
    assert load_gazetteer(tmp_path).lookup("Kiev")[0].name == "Kyiv"  # from the cache
