"""Domestic events: the countries of the sides an event names only partly.

CAMEO codes an event inside one country with that country on both sides ("police arrested
protesters in Tbilisi": GEO -> GEO). Once the event's place is resolved, a side the text
leaves without a country is filled in from the place or from the other side:

- a doer nobody names ("was arrested in Tbilisi", "a car bomb in Baghdad killed ...")
  of force used in a country is that country (its authorities, or its insurgents);
- an event with no target whose actor acts in its own country ("threatened to impose a curfew
  in Almaty") bears on that country;
- a visit, meeting or talks, or an apology, made abroad with nobody else named ("held talks in
  Paris", "asked for forgiveness at a memorial in Windhoek") bears on the host country;
- a claim of responsibility for a deed with no one named ("claimed the attack on a concert
  hall outside Moscow") bears on the country where the deed was;
- a state's show of force with no target and no place abroad ("Kenya deployed the army",
  "ordered a partial mobilisation", "raised its terror alert") is a posture at home: it bears
  on its own country;
- a deployment or force used in another country ("tanks fired at targets in Hebron") with no
  named target bears on that country;
- people with no country on whom force is used in a country ("police arrested ten
  protesters in Kandahar") are of that country;
- people with no country who demand from, accuse, threaten or protest against a country's
  actors ("students protested against the Georgian president") are taken to be of that
  country.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tacitus.models import Actor

NONSTATE = frozenset({"IGO", "NGO", "IMG", "MNC"})
# Force used in a country by a doer nobody names: the country's own (arrests, attacks, fighting).
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Statements, meetings and shows of force name no one they bear on, and violence needs a
# named victim: no target is inferred for them.
NO_TARGET_ROOTS = frozenset({"01", "04", "15", "18", "19", "20"})
# Visits, meetings and talks (04) and apologies (055) abroad with one side named: the host's.
HOSTED_ROOT = "04"
APOLOGY = "055"
# A claim of responsibility (015): aimed at the country where the claimed deed was.
CLAIM = "015"
# Force postures (alerts, mobilisations, deployments; not exercises, 150, shown to others):
# with no one named and no place abroad, a state's own country.
POSTURES = ("151", "152", "153", "154")
# Deployments and force used in another country bear on that country.
ABROAD_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# Events whose unnamed doer is the place's country: force used, and yielding (releases,
# disarmament: "guerrillas were demobilized in X").
DOERLESS_ROOTS = FORCE_ROOTS | {"08"}
# The note of a source put in for a deed nobody is named for: the place's country.
PLACE_DOER = "source: the place's country (no doer named)"
# Occupying territory (CAMEO 192): whose territory it is, is the place's country.
OCCUPY = "192"
# Violence whose unplaced victims are of the place where it happens.
VICTIM_ROOTS = frozenset({"18", "19", "20"})
# Events in which an unplaced side facing a country's actors is taken to be of that country.
FACING_ROOTS = frozenset({"09", "10", "11", "12", "13", "14", "17"})


@dataclass(frozen=True)
class Sides:
    """Source and target of an event, with notes saying what was inferred."""

    source: Actor | None
    target: Actor | None
    notes: tuple[str, ...] = ()


def _country(country: str) -> Actor:
    return Actor("", country, country, (), "group")


def _state(country: str | None) -> bool:
    return country is not None and country not in NONSTATE


def _abroad(source: Actor | None, place: str | None) -> bool:
    """Does a state's actor act in another state?"""
    return (
        source is not None and _state(place) and _state(source.country) and source.country != place
    )


def domestic_sides(
    source: Actor | None,
    target: Actor | None,
    root: str,
    place: str | None,
    target_home: bool = False,
    code: str = "",
) -> Sides:
    """Fill in the country of a side left without one, from the event's place country
    (`place`, ISO3 or None) and the other side. `root` is the two-digit CAMEO root;
    `target_home` says the target's country was only inferred from the source's; `code` is
    the full CAMEO code."""
    notes: list[str] = []
    if target is None and source is not None and code.startswith(OCCUPY) and _state(place):
        # "rebels captured the centre of Goma": territory taken is its country's, at home too
        assert place is not None
        target = _country(place)
        notes.append("target: the country whose territory is taken")
    if (
        target_home
        and target is not None
        and root in VICTIM_ROOTS
        and _state(place)
        and target.country != place
    ):
        # "bombers killed 23 people in Haifa": unnamed victims are of the place, not the
        # attackers' country
        target = replace(target, country=place)
        notes.append("target: victims of the place's country")
    elif (
        target_home
        and source is not None
        and target is not None
        and root in ABROAD_ROOTS
        and _state(place)
        and _state(source.country)
        and target.country == source.country != place
        and not target.text  # the source's own country put in for a target nobody names
    ):
        # "troops demolished homes in the Jenin camp": coercion and force used in another
        # country bear on it, not on the doer's own
        target = replace(target, country=place)
        notes.append("target: force used in another country bears on it")
    if (
        source is not None
        and target is not None
        and target.country is None
        and root in DOERLESS_ROOTS
        and _state(place)
    ):
        # "police arrested ten protesters in Kandahar": people a force acts on where it
        # happens are of that country
        target = replace(target, country=place)
        notes.append("target: of the place's country")
    if source is None and target is not None and root in DOERLESS_ROOTS and _state(place):
        assert place is not None
        source = _country(place)
        notes.append(PLACE_DOER)
        if target.country is None:
            target = replace(target, country=place)  # "guerrillas in X were disarmed"
    if (
        target is None
        and source is not None
        and root not in NO_TARGET_ROOTS
        and _state(place)
        and source.country == place
    ):
        assert place is not None
        target = _country(place)
        notes.append("target: a domestic event bears on its country")
    if (
        target is None
        and (root == HOSTED_ROOT or code.startswith(APOLOGY))
        and _abroad(source, place)
    ):
        assert place is not None
        target = _country(place)
        notes.append("target: the host country of a visit or talks abroad")
    if target is None and source is not None and code.startswith(CLAIM) and _state(place):
        assert place is not None
        target = _country(place)
        notes.append("target: the country where the claimed deed was")
    if (
        target is None
        and source is not None
        and code.startswith(POSTURES)
        and _state(source.country)
        and (place is None or place == source.country)
    ):
        assert source.country is not None
        target = _country(source.country)
        notes.append("target: a show of force at home bears on its own country")
    if target is None and root in ABROAD_ROOTS and _abroad(source, place):
        assert place is not None
        target = _country(place)
        notes.append("target: force used in another country bears on it")
    if (
        source is not None
        and target is not None
        and source.country is None
        and root in FACING_ROOTS
        and _state(target.country)
        and (place is None or place == target.country)
    ):
        source = replace(source, country=target.country)
        notes.append("source: of the country it faces")
    return Sides(source, target, tuple(notes))
