"""Categories of sentences the coder must handle, with the shipped dictionaries (slow)."""

import pytest

from tacitus.models import Event

from .coded import codes, events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kurdish militants killed three Turkish soldiers in a roadside bombing on Tuesday.",
            "1833",
        ),
        ("Two Kenyan policemen were wounded by a car bomb in Mandera.", "1832"),
        ("Syrian forces killed ten villagers in an air strike near Idlib.", "195"),
        ("Russian troops killed four Ukrainian soldiers near Bakhmut.", "190"),
    ],
)
def test_violence_takes_the_code_of_its_means(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Georgian government denied reports that its troops had shelled Russian positions.",
            {"016"},
        ),
        (
            # the claim, and the deed claimed as its claimant's (CAMEO codes both)
            "A Turkish militant group claimed responsibility for an attack on Armenian troops.",
            {"015", "190"},
        ),
        (
            "Armenia declined to comment on reports of Azerbaijani troops attacking border posts.",
            {"011"},
        ),
        ("Russia denied that Russian troops attacked Georgian villages.", {"016"}),
        ("The Georgian foreign minister said Russian troops attacked the village.", {"190"}),
    ],
)
def test_specific_statements_are_kept_beside_the_events_they_are_about(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[str]
) -> None:
    assert codes(pipeline, text) == expected


def triples(evs: list[Event]) -> set[tuple[str, str, str]]:
    return {
        (e.source.code if e.source else "-", e.target.code if e.target else "-", e.cameo)
        for e in evs
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # measures and force used in a country bear on that country
        ("Serbia lifted a night curfew in Kosovo on Sunday.", {("SRB", "XKX", "0813")}),
        ("Israel has strengthened its forces in Lebanon.", {("ISR", "LBN", "154")}),
        # the actor's own forces are not the target of a mobilisation; at home, its country is
        ("Turkey mobilized its troops.", {("TUR", "TUR", "154")}),
        ("Russia deployed troops to Belarus.", {("RUS", "BLR", "154")}),
        # the doer's own forces or envoy are not the target; the place they leave is
        ("Nigeria withdrew its peacekeeping force from Chad.", {("NGA", "TCD", "1661")}),
        ("Russia withdrew its troops from Georgia.", {("RUS", "GEO", "0874")}),
        ("Georgia recalled its ambassador from Moscow.", {("GEO", "RUS", "161")}),
        # an attitude pattern with a complement: the party of the complement's action
        (
            "The Turkish parliament agreed to lift sanctions on Armenia.",
            {("TURLEG", "ARM", "0354")},
        ),
        ("Russia urged Georgia to release the Armenian prisoners.", {("RUS", "GEO", "0253")}),
        # "up to N" parsed as a particle and a 'to' phrase
        (
            "Afghan rebels kidnapped up to 16 Russian engineers.",
            {("AFGREB", "RUS", "181")},
        ),
    ],
)
def test_targets(pipeline, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert {
        (s, t[:3] if t != "-" else t, c) for s, t, c in triples(events(pipeline, text))
    } == expected


def test_stative_participle_subject_is_the_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    evs = events(pipeline, "Vietnam is committed to opening up its economy.")
    assert [(e.source.code if e.source else None) for e in evs] == ["VNM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the callers are not named: Georgia, the one other state named, is the guessed target
        ("Russia rejected calls for Georgia to withdraw its troops.", {("RUS", "GEO", "1246")}),
        (
            "The UN reiterated its demand that Israel ease restrictions on Palestinian workers.",
            {("IGO", "ISR", "1051")},
        ),
        (
            "Turkey issued a warning that it would attack Syrian Kurdish fighters.",
            {("TUR", "SYR", "138")},
        ),
    ],
)
def test_action_in_the_clause_of_an_attitude_noun_is_what_the_attitude_is_about(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    got = {(s, t[:3] if t != "-" else t, c) for s, t, c in triples(events(pipeline, text))}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia will not release the Russian soldiers.", {("GEO", "RUS", "1243")}),
        ("Russia will not meet Ukrainian negotiators.", {("RUS", "UKR", "125")}),
        (
            "Armenia said it would not accept more refugees from Azerbaijan.",
            {("ARM", "AZE", "1223")},
        ),
    ],
)
def test_a_cooperative_action_the_actor_will_not_take_is_a_refusal(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    got = {(s, t[:3] if t != "-" else t, c) for s, t, c in triples(events(pipeline, text))}
    assert got == expected


def test_a_past_negated_attack_is_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert events(pipeline, "Russia did not attack Georgia.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah declared a unilateral cease-fire on Wednesday.", "0871"),
        ("Armenia and Azerbaijan agreed to a cease-fire.", "0356"),
        ("Armenia and Azerbaijan agreed to a ceasefire.", "0356"),
    ],
)
def test_hyphenated_words_match_patterns(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Armenian foreign minister said he was optimistic about the talks.",
            {("ARMGOV", "ARM", "013")},  # no other state named: domestic (coding/guess.py)
        ),
        ("Russia is skeptical of the Turkish proposal.", {("RUS", "TUR", "012")}),
        ("Israel is opposed to the French plan.", {("ISR", "FRA", "110")}),
    ],
)
def test_predicate_adjectives(pipeline, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(events(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Georgian president declared that Russia must end its occupation of Abkhazia.",
            {("GEOGOV", "RUS", "1056")},
        ),
        ("Turkey stressed that Armenia should open the border.", {("TUR", "ARM", "1051")}),
        (
            "Kazakhstan said that Russia must be ready to negotiate with Ukraine.",
            {("KAZ", "RUS", "106")},
        ),
        (
            "Egypt said Israel should be prepared to withdraw from the border.",
            {("EGY", "ISR", "1056")},
        ),
    ],
)
def test_statement_putting_an_obligation_on_another_actor_is_a_demand(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(events(pipeline, text)) == expected


def test_frame_noun_takes_the_event_of_its_modifier(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Qatar launched a mediation effort between Russia and Ukraine."
    assert triples(events(pipeline, text)) == {("QAT", "RUS", "045"), ("QAT", "UKR", "045")}


def test_violent_event_as_doer_keeps_the_victims(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no named doer: force used in a country is coded with that country as the source
    text = "A car bomb killed five Iraqi policemen in Baghdad."
    assert triples(events(pipeline, text)) == {("IRQ", "IRQCOP", "1832")}


def test_light_verb_with_a_misread_lemma(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of Georgian students staged mass demonstrations in Tbilisi."
    assert codes(pipeline, text) == {"141"}


def test_protest_takes_the_purpose_of_its_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Students held a hunger strike to demand the resignation of the Georgian president."
    assert triples(events(pipeline, text)) == {("GEOEDU", "GEOGOV", "1421")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conditional conflict action is a threat
        (
            "The EU may halt mediation between Armenia and Azerbaijan if the fighting continues.",
            "135",
        ),
        (
            "Nigeria will withdraw its peacekeepers from Chad unless the rebels accept a truce.",
            "136",
        ),
        # an intention passed on through a phase verb, or an infinitive parsed as advcl
        # (armed forces getting ready to attack show a force posture, 150: test_plover_types)
        ("The Armenian army is prepared to resume shelling Azerbaijani positions.", "138"),
        ("Kurdish rebels have sworn to fight the Turkish army.", "138"),
    ],
)
def test_intended_and_conditional_conflict_is_a_threat(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Georgian president declined to resign.", {("GEOGOV", "GEO", "1231")}),
        ("Armenia lifted the state of emergency.", {("ARM", "ARM", "0814")}),
    ],
)
def test_domestic_measures_bear_on_the_own_country(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(events(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy announced a suspension of air links with Serbia.", {("ITA", "SRB", "160")}),
        ("The French minister cancelled a planned visit to Haiti.", {("FRAGOV", "HTI", "161")}),
        ("Turkey handed over medicine to the Syrian Red Crescent.", {("TUR", "NGOHLH", "073")}),
        ("Iran has been sharing expertise with Syria.", {("IRN", "SYR", "060")}),
        (
            "The Latvian government cancelled restrictions on opposition newspapers.",
            {("LVAGOV", "LVAMED", "081")},  # the newspapers (the head's role word)
        ),
    ],
)
def test_dictionary_families(pipeline, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(events(pipeline, text)) == expected


def test_participle_of_an_issued_document_has_the_author_as_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Armenian intellectuals published a statement urging Azerbaijan to free the prisoners."
    assert triples(events(pipeline, text)) == {("ARM", "AZE", "0253")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Syrian government is responsible for the massacre of civilians in Homs.",
            {("SYRGOV", "SYRCVL", "202")},
        ),
        (
            "The Armenian army is guilty of violating the ceasefire with Azerbaijan.",
            {("ARMMIL", "AZE", "196")},
        ),
    ],
)
def test_responsible_and_guilty_name_the_doer(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(events(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops arrived in Belarus on Monday.", {("RUSMIL", "BLR", "154")}),
        ("Turkish peacekeepers arrived in Kosovo.", {("TURMIL", "XKX", "074")}),
        ("The Turkish defence minister arrived in Baku.", {("TURGOVMIL", "AZEGOV", "042")}),
    ],
)
def test_armed_forces_arriving_are_deployed_not_visiting(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(events(pipeline, text)) == expected


def test_group_nouns_pass_to_their_of_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Iran received a team of inspectors from the IAEA."
    assert triples(events(pipeline, text)) == {("IRN", "IGO", "0862")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two journalists were arrested in Tbilisi on Friday.", {("GEO", "GEOMED", "173")}),
        ("President Tokayev threatened to impose a curfew in Almaty.", {("KAZGOV", "KAZ", "1323")}),
        ("Israeli tanks fired shells at targets in Hebron.", {("ISR", "PSE", "194")}),
        ("Russian troops killed ten civilians near Bakhmut.", {("RUSMIL", "UKRCVL", "190")}),
        ("Hundreds of rebels were disarmed in Georgia last month.", {("GEO", "GEOREB", "0873")}),
        (
            "A judge opened a corruption investigation against two Armenian ministers.",
            {("ARMJUD", "ARMGOV", "091")},
        ),
    ],
)
def test_domestic_events_have_the_country_on_both_sides(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(events(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leaders of the opposition bloc condemned the Georgian government.",
            {("GEOOPPPTY", "GEOGOV", "111")},
        ),
        ("Leaders of Hamas condemned the Israeli government.", {("PSEREB", "ISRGOV", "111")}),
        ("The leader of Russia met the Chinese president.", {("RUSGOV", "CHNGOV", "040")}),
        (
            "Islamic fundamentalists condemned the Egyptian government.",
            {("EGYREL", "EGYGOV", "111")},
        ),
        ("Soviet troops attacked Afghan villages.", {("RUSMIL", "AFG", "190")}),
        ("The former Soviet republics condemned the Russian government.", set()),
        ("Post-Soviet states condemned the Russian government.", set()),
    ],
)
def test_generic_partitive_roles_take_the_role_of_their_group(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(events(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgian police prevented a rally by opposition supporters in Batumi.",
            {("GEOCOP", "GEO", "1721")},
        ),
        ("The government blocked the opposition march in Minsk.", {("BLRGOV", "BLR", "1721")}),
    ],
)
def test_preventing_a_protest_restricts_political_freedoms(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(events(pipeline, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UNHCR will provide food aid to refugees fleeing the fighting in Sudan.",
            {("IGOREF", "SDNREF", "0333")},
        ),
        ("Turkey attacked refugees fleeing Syria.", {("TUR", "SYRREF", "190")}),
    ],
)
def test_refugees_are_of_the_country_they_flee(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(events(pipeline, text)) == expected


def test_drills_of_two_states_are_joint_exercises(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Turkish and Azerbaijani warships began naval drills in the Caspian Sea."
    (event,) = events(pipeline, text)
    assert (event.cameo, event.reciprocal) == ("062", True)
    text = "Russian troops began military exercises near the border."
    # one state named: its own forces' drills, at home (coding/guess.py)
    assert triples(events(pipeline, text)) == {("RUSMIL", "RUS", "150")}
