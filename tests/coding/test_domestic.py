"""Domestic events: sides without a country take it from the place or the other side."""

from dataclasses import replace

from tacitus.coding.domestic import domestic_sides
from tacitus.models import Actor


def actor(country: str | None, *sectors: str) -> Actor:
    return Actor("x", "x", country, tuple(sectors), "group")


def test_an_unnamed_doer_of_force_is_of_the_place() -> None:
    sides = domestic_sides(None, actor("GEO", "MED"), "17", "GEO")
    assert sides.source is not None and sides.source.country == "GEO"
    assert domestic_sides(None, actor("GEO", "MED"), "11", "GEO").source is None
    assert domestic_sides(None, actor("GEO"), "18", None).source is None
    assert domestic_sides(None, actor("GEO"), "18", "IGO").source is None


def test_an_event_in_the_actors_own_country_bears_on_it() -> None:
    sides = domestic_sides(actor("KAZ", "GOV"), None, "13", "KAZ")
    assert sides.target is not None and sides.target.code == "KAZ"
    assert domestic_sides(actor("KAZ", "GOV"), None, "13", "RUS").target is None
    assert domestic_sides(actor("KAZ", "GOV"), None, "01", "KAZ").target is None
    assert domestic_sides(actor("KAZ", "MIL"), None, "19", "KAZ").target is None


def test_an_unplaced_side_facing_a_country_is_of_that_country() -> None:
    sides = domestic_sides(actor(None, "REF"), actor("RUS", "GOV"), "14", None)
    assert sides.source is not None and sides.source.code == "RUSREF"
    sides = domestic_sides(actor(None, "CVL"), actor("NGA", "GOV"), "10", None)
    assert sides.source is not None and sides.source.code == "NGACVL"
    sides = domestic_sides(actor(None, "REB"), actor("CHN", "BUS"), "18", None)
    assert sides.source is not None and sides.source.country is None
    assert (
        domestic_sides(actor(None, "REF"), actor("RUS", "GOV"), "14", "TUR").source.country is None
    )  # type: ignore[union-attr]
    assert domestic_sides(actor(None, "CVL"), actor("IGO"), "14", None).source.country is None  # type: ignore[union-attr]
    assert domestic_sides(actor(None, "CVL"), actor("RUS"), "04", None).source.country is None  # type: ignore[union-attr]


def test_force_used_in_another_country_bears_on_it() -> None:
    sides = domestic_sides(actor("ISR", "MIL"), None, "19", "PSE")
    assert sides.target is not None and sides.target.code == "PSE"
    assert domestic_sides(actor("ISR", "MIL"), None, "05", "PSE").target is None
    assert domestic_sides(actor("IGO"), None, "19", "PSE").target is None


def test_an_unnamed_doer_of_a_release_or_disarmament_is_of_the_place() -> None:
    sides = domestic_sides(None, actor(None, "REB"), "08", "GEO")
    assert sides.source is not None and sides.source.code == "GEO"
    assert sides.target is not None and sides.target.code == "GEOREB"


def test_unnamed_victims_are_of_the_place_not_the_attackers_country() -> None:
    sides = domestic_sides(actor("PSE", "UAF"), actor("PSE", "CVL"), "19", "ISR", True)
    assert sides.target is not None and sides.target.code == "ISRCVL"
    sides = domestic_sides(actor("PSE", "UAF"), actor("PSE", "CVL"), "19", "ISR", False)
    assert sides.target is not None and sides.target.code == "PSECVL"


def test_people_force_is_used_on_are_of_the_place() -> None:
    sides = domestic_sides(actor("AFG", "COP"), actor(None, "OPP"), "17", "AFG")
    assert sides.target is not None and sides.target.code == "AFGOPP"
    sides = domestic_sides(actor("USA", "MIL"), actor(None, "REB"), "19", "IRQ")
    assert sides.target is not None and sides.target.code == "IRQREB"
    assert (
        domestic_sides(actor("USA", "GOV"), actor(None, "CVL"), "04", "FRA").target.country is None
    )  # type: ignore[union-attr]
    assert (
        domestic_sides(actor("AFG", "COP"), actor(None, "OPP"), "17", "IGO").target.country is None
    )  # type: ignore[union-attr]


def test_the_own_country_put_in_for_a_target_gives_way_to_the_place_abroad() -> None:
    own = Actor("", "ARM", "ARM", (), "group")  # the source's own country, nobody named
    sides = domestic_sides(
        actor("AZE", "MIL"), replace(own, name="AZE", country="AZE"), "17", "ARM", True
    )
    assert sides.target is not None and sides.target.country == "ARM"
    # at home, or a named group of the source's country, it stays
    assert (
        domestic_sides(
            actor("AZE", "MIL"), replace(own, name="AZE", country="AZE"), "17", "AZE", True
        ).target.country
        == "AZE"
    )  # type: ignore[union-attr]
    assert (
        domestic_sides(actor("AZE", "MIL"), actor("AZE", "MED"), "17", "ARM", True).target.country
        == "AZE"
    )  # type: ignore[union-attr]
    # statements bear on no place
    assert (
        domestic_sides(
            actor("AZE", "GOV"), replace(own, name="AZE", country="AZE"), "12", "ARM", True
        ).target.country
        == "AZE"
    )  # type: ignore[union-attr]


def test_territory_taken_is_the_place_country_s_even_at_home() -> None:
    sides = domestic_sides(actor("MLI", "REB"), None, "19", "MLI", code="192")
    assert sides.target is not None and sides.target.code == "MLI"
    sides = domestic_sides(actor("RUS", "MIL"), None, "19", "UKR", code="192")
    assert sides.target is not None and sides.target.code == "UKR"
    # other force at home names no target; nor does a taking with no place
    assert domestic_sides(actor("MLI", "REB"), None, "19", "MLI", code="190").target is None
    assert domestic_sides(actor("MLI", "REB"), None, "19", None, code="192").target is None


def test_a_show_of_force_at_home_bears_on_its_own_country() -> None:
    # "Kenya deployed the army", "Peru put its police on alert in Lima"
    sides = domestic_sides(actor("KEN"), None, "15", None, code="154")
    assert sides.target is not None and sides.target.code == "KEN"
    sides = domestic_sides(actor("PER", "GOV"), None, "15", "PER", code="153")
    assert sides.target is not None and sides.target.code == "PER"
    # abroad it bears on the place; a body of no state, exercises, or force used at home,
    # name none
    sides = domestic_sides(actor("RUS", "MIL"), None, "15", "BLR", code="154")
    assert sides.target is not None and sides.target.code == "BLR"
    assert domestic_sides(actor("IGO"), None, "15", None, code="154").target is None
    assert domestic_sides(actor("RUS", "MIL"), None, "15", None, code="150").target is None
    assert domestic_sides(actor("KEN", "MIL"), None, "19", None, code="190").target is None


def test_talks_or_an_apology_abroad_bear_on_the_host_country() -> None:
    # "Modi held talks in Paris", "asked for forgiveness at a memorial in Windhoek"
    sides = domestic_sides(actor("IND", "GOV"), None, "04", "FRA", code="046")
    assert sides.target is not None and sides.target.code == "FRA"
    sides = domestic_sides(actor("DEU", "GOV"), None, "05", "NAM", code="055")
    assert sides.target is not None and sides.target.code == "NAM"
    # at home, by a body of no state, or other cooperation abroad: no target
    assert domestic_sides(actor("IND", "GOV"), None, "04", "IND", code="046").target is None
    assert domestic_sides(actor("IGO"), None, "04", "FRA", code="040").target is None
    assert domestic_sides(actor("DEU", "GOV"), None, "05", "NAM", code="051").target is None


def test_a_claim_of_responsibility_bears_on_the_country_of_the_deed() -> None:
    sides = domestic_sides(actor("IMG", "REB"), None, "01", "RUS", code="015")
    assert sides.target is not None and sides.target.code == "RUS"
    # other statements bear on no place
    assert domestic_sides(actor("IMG", "REB"), None, "01", "RUS", code="010").target is None
