"""Actor mentions with the mini dictionaries and the real spaCy model."""

import pytest

from tacitus.actors.dictionary import ActorDictionary, load_actor_dictionary
from tacitus.actors.mentions import ArticleActors
from tacitus.models import Actor
from tacitus.nlp import ParsedSentence, split_sentences

pytestmark = pytest.mark.slow


def actors_of(nlp, d: ActorDictionary, text: str) -> list[list[Actor]]:  # type: ignore[no-untyped-def]
    """Actors per sentence, in order of their heads."""
    ctx = ArticleActors.for_text(d, text)
    out = []
    for index, (s, e) in enumerate(split_sentences(text)):
        sent = ParsedSentence(index, s, nlp(text[s:e]))
        found = ctx.mentions(sent)
        out.append([m.actor for head in sorted(found) for m in found[head]])
    return out


def codes(actors: list[Actor]) -> list[str]:
    return [a.code for a in actors]


def test_role_phrase_gives_person_with_sectors(nlp, mini_actors) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, mini_actors, "Azerbaijani Defence Minister Zakir Hasanov spoke.")
    (a,) = sent
    assert (a.code, a.kind, a.name, a.sector) == ("AZEGOVMIL", "person", "Zakir Hasanov", "GOV")


def test_compound_title_beats_its_last_word(nlp, mini_actors) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(
        nlp, mini_actors, "Turkish National Defence University Rector Erhan Afyoncu spoke."
    )
    assert codes(sent) == ["TUREDU"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baku rejected the claim.", ["AZEGOV"]),
        ("Azerbaijani troops crossed the line.", ["AZEMIL"]),
        ("Russia's defence ministry spoke.", ["RUSGOVMIL"]),
        ("The Turks protested.", ["TUR"]),
        ("The defence minister of Armenia spoke.", ["ARMGOVMIL"]),
        ("Protesters gathered.", ["---OPPCVL"]),
        ("NATO troops arrived.", ["IGOMIL"]),
        ("Hamas fired rockets.", ["PSEREB"]),
    ],
)
def test_sectors_and_metonyms(nlp, mini_actors, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, mini_actors, text)
    assert codes(sent) == expected


def test_coordinated_adjectives_give_two_actors(nlp, mini_actors) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, mini_actors, "Turkish and Azerbaijani troops held drills.")
    assert sorted(codes(sent)) == ["AZEMIL", "TURMIL"]


def test_coreference_surname_title_and_pair(nlp, mini_actors) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Azerbaijani Defence Minister Zakir Hasanov met Armenian Foreign Minister Ara Petrosyan. "
        "Hasanov thanked him. The minister left. The two countries signed a deal."
    )
    first, second, third, fourth = actors_of(nlp, mini_actors, text)
    assert codes(first) == ["AZEGOVMIL", "ARMGOV"]
    assert codes(second)[0] == "AZEGOVMIL" and second[0].name == "Zakir Hasanov"
    assert third[0].country in {"AZE", "ARM"} and third[0].sector == "GOV"
    assert sorted(codes(fourth)) == ["ARM", "AZE"]


def test_no_actor_without_dictionary_or_person(nlp, mini_actors) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, mini_actors, "The weather was fine.")
    assert sent == []


def test_a_town_tagged_person_is_not_an_actor_when_the_gazetteer_knows_it(nlp, mini_actors) -> None:  # type: ignore[no-untyped-def]
    text = "Ethiopian troops retook Lalibela on Wednesday. Lalibela said nothing."
    ctx = ArticleActors.for_text(mini_actors, text, is_place=lambda name: name == "Lalibela")
    first = ParsedSentence(0, 0, nlp(text[:46]))
    found = ctx.mentions(first)
    assert not any(m.actor.name == "Lalibela" for group in found.values() for m in group)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Histadrut labour federation called a strike.", ["ISRLAB"]),
        ("The Nigeria Labour Congress called a strike.", ["NGALAB"]),
        ("South Africa's largest labour federation called a strike.", ["ZAFLAB"]),
    ],
)
def test_labour_federations(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    d = load_actor_dictionary()
    assert [c for actors in actors_of(nlp, d, text) for c in codes(actors)][:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministry of Foreign Affairs of Latvia protested.", "LVAGOV"),
        ("The Ministry of National Defence of Poland protested.", "POLGOVMIL"),
        ("The Ministry of the Interior of Chile issued a warning.", "CHLGOVCOP"),
    ],
)
def test_a_ministry_named_in_full_of_a_country(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "of COUNTRY" under the ministry's last word, not under "Ministry"
    (sent,) = actors_of(nlp, load_actor_dictionary(), text)
    assert codes(sent) == [expected]


def test_an_acronym_in_brackets_names_the_body_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The National Transport and Safety Authority (NTSA) criticised the police. "
        "The NTSA later praised the army."
    )
    first, second = actors_of(nlp, load_actor_dictionary(), text)
    assert first[0].name == second[0].name
    assert codes(second)[0] == codes(first)[0]


def test_what_belongs_to_the_mission_stands_for_the_body_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The African Union Mission in Somalia protested. "
        "Gunmen later shelled the mission's base near Mogadishu."
    )
    _, second = actors_of(nlp, load_actor_dictionary(), text)
    assert "IGO" in {a.country for a in second}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KNUT officials protested.", "KENLABEDU"),
        ("The Independent Electoral and Boundaries Commission protested.", "KENGOV"),
        ("Nigeria's EFCC arrested a governor.", "NGAGOVJUD"),
        ("The Kenya Medical Practitioners, Pharmacists and Dentists Union protested.", "KENLABHLH"),
    ],
)
def test_national_unions_and_state_bodies(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, load_actor_dictionary(), text)
    assert codes(sent)[0].startswith(expected)


def test_him_stands_for_the_person_before_a_body_named_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bolivia's Congress voted to remove President Luis Arce, hours after he announced that "
        "he was dissolving the legislature, and police detained him in La Paz."
    )
    (sent,) = actors_of(nlp, load_actor_dictionary(), text)
    him = [a for a in sent if a.text == "him"]
    assert him and all(a.kind == "person" and a.code == "BOLGOV" for a in him)


def test_a_noun_modifier_holding_a_conjunction_is_a_party_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, load_actor_dictionary(), "Police and gang members exchanged fire.")
    assert sorted(a.code for a in sent) == ["---COP", "---CRM"]


def test_the_of_phrase_after_a_second_conjunct_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "of the Moro Islamic Liberation Front" on "negotiators"
    text = (
        "Philippine government negotiators and leaders of the Moro Islamic Liberation Front "
        "signed a peace agreement in Kuala Lumpur."
    )
    (sent,) = actors_of(nlp, load_actor_dictionary(), text)
    assert "PHLREB" in codes(sent)
    assert "---GOV" not in codes(sent)


@pytest.mark.parametrize(("pronoun", "expected"), [("they", {"KEN", "TZA"}), ("it", {"KEN"})])
def test_a_plural_pronoun_stands_for_every_coordinated_speaker(nlp, pronoun, expected) -> None:  # type: ignore[no-untyped-def]
    text = f"Kenya and Tanzania said on Monday that {pronoun} would reopen the border."
    (sent,) = actors_of(nlp, load_actor_dictionary(), text)
    assert {a.country for a in sent if a.text == pronoun} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head's role word names the actor over a longer one that qualifies it
        ("Special forces soldiers detained the president.", "---MIL"),
        ("Air force personnel were arrested.", "---MIL"),
        # peoples of one state's region are that state's
        ("Catalan protesters blocked a motorway.", "ESPOPPCVL"),
        ("Chechen rebels attacked a checkpoint.", "RUSREB"),
    ],
)
def test_role_heads_and_regional_peoples(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, load_actor_dictionary(), text)
    assert sent[0].code == expected


def test_west_african_peacekeepers_are_ecowas_forces(nlp) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, load_actor_dictionary(), "West African peacekeepers retook the port.")
    assert sent[0].code == "IGOMIL"


def test_foreign_aid_agencies_are_international_ngos(nlp) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, load_actor_dictionary(), "Ethiopia expelled foreign aid agencies.")
    assert [a.code for a in sent] == ["ETH", "NGODEV"]


@pytest.mark.parametrize(
    ("text", "which", "expected"),
    [
        # a coalition led by a state is that state's
        ("Saudi-led coalition jets bombed the port.", 0, "SAU"),
        ("The U.S.-led coalition said it had struck the bridge.", 0, "USA"),
        ("Nigerian-led forces retook the town.", 0, "NGA"),
        # an area of several provinces of one state is that state's, not a namesake state's
        ("Gunmen attacked an oil platform in the Niger Delta.", -1, "NGA"),
        ("The envoy travelled to Darfur on Monday.", -1, "SDN"),
        ("Troops were sent to northern Sinai.", -1, "EGY"),
        # a region's leaders acting together act as its organisation
        ("West African leaders suspended Mali from the bloc.", 0, "IGO"),
        ("Gulf Arab states pledged aid to Egypt.", 0, "IGO"),
    ],
)
def test_whose_country_an_actor_is(nlp, text: str, which: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    (sent,) = actors_of(nlp, load_actor_dictionary(), text)
    assert sent[which].country == expected
