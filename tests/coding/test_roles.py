"""Who is the source and who the target: role rules checked on the full dictionaries."""

from datetime import date

import pytest

from tacitus.models import Event
from tacitus.pipeline import code_texts

pytestmark = pytest.mark.slow
PUB = date(2022, 3, 14)


def dyads(pipe, text: str) -> set[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    (out,) = code_texts(pipe, [(text, PUB)])
    return {_dyad(e) for e in out}


def _dyad(e: Event) -> tuple[str | None, str | None, str]:
    return (
        e.source.country if e.source else None,
        e.target.country if e.target else None,
        e.cameo[:2],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb's nominalised force takes its target from the "of" object
        ("Ethiopia mounted an invasion of Somalia.", ("ETH", "SOM", "19")),
        # a complaint is against what it is about, not whom it is made to
        (
            "Greece complained to the United Nations over Turkish naval exercises.",
            ("GRC", "TUR", "11"),
        ),
        # an object moved after an "as" phrase ("condemned as an unlawful act X's deed")
        ("Norway condemned as an unlawful act Iran's seizure of the tanker.", ("NOR", "IRN", "11")),
        (
            "Canada denounced as a grave crime China's detention of the activists.",
            ("CAN", "CHN", "11"),
        ),
        # the clause of a demand noun names whom the demand is on
        (
            "The rebels insisted on their demand that Kenya's government raise wages.",
            ("KEN", "KEN", "10"),
        ),
        # the purpose clause names whom force is used against (firing to disperse a crowd: 175)
        ("Kenyan police opened fire to disperse the protesters.", ("KEN", "KEN", "17")),
        # victims of an attack are of the place the "when" clause gives (and militants
        # killing people, not fighters, is an assault: 18)
        (
            "Three Somali militants killed 12 people when they stormed a hotel in Nairobi.",
            ("SOM", "KEN", "18"),
        ),
        # the place of a protest is not whom it is against ...
        (
            "Thousands of people marched through streets in Tbilisi in defiance of Russian "
            "authorities.",
            ("GEO", "RUS", "14"),
        ),
        # ... unless the protesters are foreigners there
        ("Afghan refugees rioted at a camp in Pakistan.", ("AFG", "PAK", "14")),
        ("Refugees rioted at a camp in Pakistan.", ("PAK", "PAK", "14")),
        # the recipient named inside an aid object
        ("Japan suspended part of a military aid program for Myanmar.", ("JPN", "MMR", "16")),
        # the event noun of a light verb can be the last of coordinated objects
        (
            "Indian troops launched artillery and rocket fire against Pakistani posts.",
            ("IND", "PAK", "19"),
        ),
        # the permission a refusal is about names its target
        (
            "North Korea refused to let IAEA inspectors enter the reactor site.",
            ("PRK", "IGO", "12"),
        ),
        # a statement of a demand noun is a demand on the subject of the noun's clause, also
        # when the clause is parsed as the verb's
        (
            "The African Union reiterated its demand on Tuesday that Ethiopia reopen the border.",
            ("IGO", "ETH", "10"),
        ),
        (
            "The Arab League reiterated its demand yesterday that Israel lift restrictions on "
            "fishermen.",
            ("IGO", "ISR", "10"),
        ),
        # coordinated verbs share the object of the second ("stormed and looted X")
        (
            "Fighters from two Somali militias stormed and looted a Kenyan police post.",
            ("SOM", "KEN", "19"),
        ),
        ("Iran condemned and strongly rejected the new American sanctions.", ("IRN", "USA", "11")),
        # a main verb the parser hung on its subject as a reduced relative, with the noun
        # left as a second subject of the reporting verb
        (
            "Palestinian youths resorted to throwing stones during protests against Israeli "
            "raids, witnesses said.",
            ("PSE", "ISR", "14"),
        ),
        # force with no named doer is the place's, also "outside of" a place
        (
            "Two Turkish soldiers were killed by a landmine outside of the Syrian town of Afrin.",
            ("SYR", "TUR", "19"),
        ),
        # the actor's own force inside the object is not the target; where it serves is
        (
            "The Security Council extended the mandate of its peacekeeping force in Mali.",
            ("IGO", "MLI", "07"),
        ),
        # a preposition stranded before "and" shares the coordinated verb's object
        ("Norway signed a trade pact with and pledged aid to Ethiopia.", ("NOR", "ETH", "05")),
        # an obligation in the content of a statement noun is a demand by its issuer
        (
            "The Kenyan president issued a statement that Somalia must withdraw its troops "
            "from the border.",
            ("KEN", "SOM", "10"),
        ),
        # the place of a violent act may be given inside a part of a place ("a quarter of X")
        # or on the attack that is the subject: force nobody is named for is the place's
        (
            "An aid worker was killed in a grenade attack in a busy quarter of Damascus.",
            ("SYR", "SYR", "19"),
        ),
        ("A car bomb in Baghdad killed five policemen.", ("IRQ", "IRQ", "18")),
        # a measure's relative clause says what its authors do ...
        (
            "The Kenyan parliament passed a law that bans Somali refugees from working.",
            ("KEN", "SOM", "17"),
        ),
        # coordinated passives share the agent the last one carries
        (
            "Three Lebanese civilians were killed and five wounded by Israeli shelling.",
            ("ISR", "LBN", "19"),
        ),
        (
            "Two Afghan soldiers were killed and four injured by Taliban gunmen.",
            ("AFG", "AFG", "19"),
        ),
        # "used X as human shields": the subject does to the object what the noun names
        ("Somali pirates used the Indian sailors as human shields.", ("SOM", "IND", "18")),
        # an appeal's addressee is its target, not the party inside the complement
        ("The president of Kenya called on Somalia to release the hostages.", ("KEN", "SOM", "02")),
        ("Jordan called on the United States to lift sanctions on Iraq.", ("JOR", "USA", "02")),
        # a deed as subject names its doer in its passive participle or relative clause
        (
            "A bombing carried out by the Taliban killed five Afghan policemen.",
            ("AFG", "AFG", "18"),
        ),
        (
            "The resolution, which was adopted by the Arab League, condemned Israel.",
            ("IGO", "ISR", "11"),
        ),
        # with no doer and no event place, the place of the patients is where it happened
        (
            "Hundreds of guerrillas operating in Burundi were disarmed last week.",
            ("BDI", "BDI", "08"),
        ),
        ("Journalists working in Turkey were detained on Friday.", ("TUR", "TUR", "17")),
        # "be engaged in" is a stative passive: the subject acts
        ("Sudanese troops were engaged in heavy fighting.", ("SDN", "SDN", "19")),
    ],
)
def test_roles(pipeline, text: str, expected: tuple[str | None, str | None, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_rejected_measure_is_not_the_rejecters_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # ... but not when the verb rejects the measure rather than puts it out
    assert not any(
        d[0] == "RUS" and d[2] == "11"
        for d in dyads(pipeline, "Russia rejected a resolution that condemns Syria.")
    )


@pytest.mark.parametrize("tag", ["VBN", "VBD"])
def test_bare_participle_is_passive(tag: str) -> None:
    # "asked donors to help save civilians threatened with hunger", parsed with the
    # participle as a complement of "help": it is passive, and nobody in the sentence is its
    # doer (not the asker); with an object on the governor, that object is its patient
    import spacy
    from spacy.tokens import Doc

    from tacitus.coding.roles import subject

    words = "Oxfam asked donors to help save civilians threatened with hunger .".split()
    heads = [1, 1, 1, 4, 1, 4, 5, 4, 7, 8, 1]
    deps = "nsubj ROOT dobj aux xcomp xcomp dobj xcomp prep pobj punct".split()
    tags = ["NNP", "VBD", "NNS", "TO", "VB", "VB", "NNS", tag, "IN", "NN", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    subj, passive = subject(doc[7])
    assert passive
    assert subj is None
    # "wants the suspects arrested": the governor's object is the patient
    words = "Kenya wants the suspects arrested .".split()
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 3, 1, 1, 1],
        deps="nsubj ROOT det dobj xcomp punct".split(),
        tags=["NNP", "VBZ", "DT", "NNS", tag, "."],
    )
    subj, passive = subject(doc[4])
    assert passive
    assert subj is not None and subj.text == "suspects"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time clause with its own subject reports a deed of its own
        (
            "Ghana recalled its ambassador from Lome after Togolese soldiers fired on Ghanaian "
            "fishermen.",
            ("TGO", "GHA", "19"),
        ),
        (
            "Kenya lodged a protest with Uganda when Ugandan police arrested four Kenyan "
            "fishermen on Lake Victoria.",
            ("UGA", "KEN", "17"),
        ),
        # a trip or a meeting named in an adjunct phrase is the clause subject's
        (
            "Peru's foreign minister, who is on a three-day visit to Quito, signed a fisheries "
            "accord.",
            ("PER", "ECU", "04"),
        ),
        (
            "Speaking after talks with the Mongolian president, Japan's prime minister said "
            "Tokyo would fund a new airport.",
            ("JPN", "MNG", "04"),
        ),
        (
            "The Zambian president promised new investment during a visit to Lilongwe.",
            ("ZMB", "MWI", "04"),
        ),
    ],
)
def test_events_of_time_clauses_and_adjuncts(
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_time_clause_without_target_stays_background(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an untargeted deed in a time clause does not stand beside the main event
    found = dyads(
        pipeline, "Uruguay summoned the Paraguayan envoy after Paraguayan police opened fire."
    )
    assert not any(d[0] == "PRY" and d[1] is None for d in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # countries coordinated in the "of/from" phrase of an actor noun are actors of the
        # same kind
        ("The defence ministers of Kenya and Ethiopia met in Mombasa.", ("KEN", "ETH", "04")),
        (
            "Senegal urged the military leaders of Guinea and Gabon to hold elections soon.",
            ("SEN", "GAB", "02"),
        ),
    ],
)
def test_coordinated_countries_of_an_actor_noun(
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_show_of_force_is_aimed_across_the_border(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the troops moved are the source's own; the target is the country across the border
    found = dyads(pipeline, "Azerbaijan moved tanks and troops along its border with Iran.")
    assert ("AZE", "IRN", "15") in found
    assert not any(d[1] == "AZE" for d in found)


def test_violence_noun_before_a_misread_relative_is_the_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "strikes killed ...", parsed as a reduced relative under the reporting verb's subject:
    # one event, with the victims as target and the strikes' code
    found = dyads(
        pipeline,
        "Turkish drone strikes killed at least 12 people in Sinjar on Friday, the Iraqi "
        "army's media office said.",
    )
    assert ("TUR", "IRQ", "19") in found
    assert not any(d[0] == "TUR" and d[1] is None for d in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence naming one state only: its unplaced police and protesters are its own
        (
            "Police fired tear gas at students a day after Senegal's president postponed the "
            "election.",
            ("SEN", "SEN", "17"),
        ),
        # a state's inquiry with no named party bears on its own country
        (
            "Zambian police opened an investigation into the deaths of two miners.",
            ("ZMB", "ZMB", "09"),
        ),
    ],
)
def test_one_country_sentences_and_inquiries(
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed noun set off after the clause, with a doer of its own, names a reaction
        (
            "Peru expelled the Bolivian ambassador on Tuesday, a decision criticised by "
            "Bolivia's foreign ministry.",
            ("BOL", "PER", "11"),
        ),
        # the doers of a participle on the object are whom the act is about
        (
            "Norway praised the ceasefire signed by Armenia and Azerbaijan.",
            ("NOR", "AZE", "05"),
        ),
    ],
)
def test_deed_authors_as_targets(pipeline, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_his_rival_is_another_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "his rival" is not the doer's own, as "its troops" are
    found = dyads(
        pipeline, "Bolivian President Luis Arce congratulated his rival Rodrigo Paz on Monday."
    )
    assert ("BOL", "BOL", "05") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial is aimed at the other party of what it denies
        (
            "Rwanda denied that its soldiers had entered Burundian territory last week.",
            ("RWA", "BDI", "01"),
        ),
        (
            "Tajikistan denied any involvement in the attack on a Kyrgyz border post.",
            ("TJK", "KGZ", "01"),
        ),
    ],
)
def test_denial_targets(pipeline, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks between two parties hosted by a third are an event of the two
        (
            "Oman hosted talks between Iranian and Egyptian officials on Sunday.",
            ("IRN", "EGY", "04"),
        ),
        # a complaint lodged with a body is against what it is about, named "what it called"
        (
            "Guyana filed a complaint with the UN Security Council over what it called "
            "Venezuela's illegal annexation of Essequibo.",
            ("GUY", "VEN", "11"),
        ),
    ],
)
def test_hosted_talks_and_lodged_complaints(
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Indonesian President Prabowo Subianto received the visiting Malaysian Prime Minister "
        "Anwar Ibrahim in Jakarta on Monday.",
        "Prabowo Subianto told visiting Malaysian Prime Minister Anwar Ibrahim that Jakarta "
        "wanted closer ties.",
    ],
)
def test_the_visiting_guest_visits_the_host(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("MYS", "IDN", "04") in dyads(pipeline, text)


def test_travelled_for_talks_with(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a trip made for talks: the talks are the traveller's, with whom the "with" phrase names
    found = dyads(
        pipeline,
        "Egypt's foreign minister flew to Geneva for talks with Sudanese officials on the "
        "war in Darfur.",
    )
    assert ("EGY", "SDN", "04") in found


def test_inquiry_into_another_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an inquiry is aimed at the party inside what it looks into
    found = dyads(
        pipeline,
        "The European Commission opened an investigation into whether the Russian firm "
        "Gazprom had abused its dominant position.",
    )
    assert ("IGO", "RUS", "09") in found


def test_citizens_demand_of_their_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a demand from a country's opposition or workers, with nobody named, is made of its state
    found = dyads(
        pipeline, "Zimbabwe's main opposition leader demanded an independent inquiry on Monday."
    )
    assert ("ZWE", "ZWE", "10") in found


def test_adjunct_visit_without_destination_adds_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "arrived in Kigali for a two-day visit": one trip, told by the verb
    found = dyads(pipeline, "Tanzania's president arrived in Kigali on Monday for a two-day visit.")
    assert ("TZA", "RWA", "04") in found
    assert ("TZA", None, "04") not in found


def test_violence_in_a_one_state_sentence_is_done_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no victim named, one state named: the force is used in that state
    found = dyads(
        pipeline,
        "Ethiopia's air force carried out drone strikes on villages in the Amhara region, "
        "residents said.",
    )
    assert ("ETH", "ETH", "19") in found


def test_main_verb_parsed_inside_the_subject_phrase(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Relatives of the ... pupils called on ...", parsed with the noun as root and the verb
    # as a participle on 'pupils': the verb is the main one, its subject the root noun
    found = dyads(
        pipeline,
        "Relatives of the abducted schoolgirls called on Cameroonian authorities to do more "
        "to find them.",
    )
    assert ("CMR", "CMR", "02") in found


def test_a_demand_is_not_made_of_the_demander(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the clause the demand governs has the demander as subject: the target is elsewhere
    found = dyads(
        pipeline,
        "Doctors' unions in Nigeria demanded higher pay, threatening to strike if the "
        "government of Bola Tinubu did not respond.",
    )
    assert ("NGA", "NGA", "10") in found


def test_an_accord_signed_by_its_parties_is_coded_too(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the object of the main verb names an accord and who signed it
    found = dyads(
        pipeline,
        "The United Nations welcomed the ceasefire deal signed by Thailand and Cambodia in "
        "Kuala Lumpur.",
    )
    assert ("IGO", "KHM", "05") in found
    assert ("THA", "KHM", "05") in found


def test_a_consequence_answers_the_main_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "..., prompting X to V": X's act is aimed at the doer of the main clause
    found = dyads(
        pipeline,
        "Ethiopia annexed the disputed border town on Friday, prompting Eritrea to recall "
        "its ambassador.",
    )
    assert ("ERI", "ETH", "16") in found


def test_an_active_where_clause_tells_its_own_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "..., where he met ...": an event of its own; a passive toll in a where-clause is not
    found = dyads(
        pipeline,
        "Chile's president praised Peru for its help during a visit to Lima, where he also "
        "met Bolivian officials.",
    )
    assert ("CHL", "BOL", "04") in found
    found = dyads(
        pipeline,
        "Hundreds marched on Sunday in Mali, where 40 people were killed in clashes last year.",
    )
    assert not any(d[2] == "19" for d in found)


def test_forces_put_on_alert_raise_their_own_posture(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a passive show of force with no doer: the forces are the actor, at home
    found = dyads(pipeline, "Ugandan troops were placed on high alert ahead of the election.")
    assert ("UGA", "UGA", "15") in found


def test_weapons_launched_by_another_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the drones shot down are not the shooter's own: their launcher is the target
    found = dyads(
        pipeline,
        "Ukraine's air force said it had shot down dozens of drones launched by Russia overnight.",
    )
    assert ("UKR", "RUS", "19") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway's UN ambassador Tore Hansen criticised Sudan for blocking aid convoys.",
            ("NOR", "SDN", "11"),
        ),
        (
            "Tore Hansen, Norway's UN ambassador, criticised Sudan for blocking aid convoys.",
            ("NOR", "SDN", "11"),
        ),
    ],
)
def test_a_states_envoy_to_an_international_body_is_the_states(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(pipeline, text)


def test_the_bodys_own_envoy_stays_the_bodys(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The UN Syria envoy criticised Israel for the strikes.")
    assert ("IGO", "ISR", "11") in found


def test_an_unplaced_party_in_the_condition_of_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "if the government did not ...": the threat is aimed at the source's own government
    found = dyads(
        pipeline,
        "Kenya's main teachers union threatened to walk out if the government did not raise "
        "salaries by March.",
    )
    assert ("KEN", "KEN", "13") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coordinated parties of a role's "of/from" phrase all act, with or without sectors
        (
            "Representatives of Ethiopia and Egypt held talks on the dam on Monday.",
            ("ETH", "EGY", "04"),
        ),
        (
            "Delegations from Sudan's army and the Rapid Support Forces resumed talks in Jeddah "
            "on Monday.",
            ("SDN", "SDN", "04"),
        ),
    ],
)
def test_coordinated_parties_in_a_role_phrase(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(pipeline, text)


def test_a_participle_clause_shares_the_governors_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "sent a message to X, offering aid": the offer is made to X
    found = dyads(
        pipeline,
        "Ghana's president sent a message of sympathy to Morocco's king, offering emergency aid "
        "after the floods.",
    )
    assert ("GHA", "MAR", "03") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran's supreme leader warned that his country would not hesitate to use force against "
        "Israel if attacked.",
        "Iran's president warned that his government was ready to take action against Israel.",
    ],
)
def test_a_threats_target_in_a_clause_under_the_complement(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("IRN", "ISR", "13") in dyads(pipeline, text)


def test_a_participle_coordinated_with_a_passive_is_passive(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "was shot and seriously wounded": the minister is wounded, not the one who wounds
    found = dyads(
        pipeline, "Ukraine's deputy defence minister was shot and seriously wounded in Kyiv."
    )
    assert found and all(d[1] == "UKR" for d in found)


def test_the_bloc_refers_to_the_body_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(
        pipeline,
        "Mali announced its withdrawal from the African Union, accusing the organisation of bias.",
    )
    assert ("MLI", "IGO", "11") in found


def test_parties_two_of_phrases_deep_in_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "members of the commissions of A and B": the countries are the actors
    found = dyads(
        pipeline, "Members of the border commissions of Kyrgyzstan and Tajikistan met on Tuesday."
    )
    assert ("KGZ", "TJK", "04") in found or ("TJK", "KGZ", "04") in found


@pytest.mark.parametrize(
    "text",
    [
        # "In a phone call with X, Y said ...": the caller is the subject of the clause
        "In a phone call with Indian Prime Minister Narendra Modi, German Chancellor Olaf "
        "Scholz said Berlin wanted closer trade ties.",
        # "Y told X in a phone call": the partner is whom the governing verb addresses
        "German Chancellor Olaf Scholz told Indian Prime Minister Narendra Modi in a "
        "telephone call that Berlin wanted closer trade ties.",
    ],
)
def test_a_phone_call_in_an_adjunct_phrase(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, text)
    assert ("DEU", "IND", "04") in found or ("IND", "DEU", "04") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle on a measure the subject puts out: the signer does what it says
        (
            "The French president signed an order cutting off aid to Mali.",
            ("FRA", "MLI", "16"),
        ),
        # ... and the source's own country qualifying the object is not the target
        (
            "The French president signed a decree cutting off French aid to Mali.",
            ("FRA", "MLI", "16"),
        ),
        ("Canada ended the Canadian sanctions programme on Cuba.", ("CAN", "CUB", "08")),
    ],
)
def test_a_participle_on_an_authored_measure(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object pronoun is the latest fitting party of its sentence, not the subject
        (
            "Kenyan police arrested a Ugandan opposition leader and accused him of inciting "
            "violence.",
            ("KEN", "UGA", "11"),
        ),
        (
            "The Nigerian army surrounded the rebel commander and ordered him to surrender.",
            ("NGA", "NGA", "10"),
        ),
        (
            "Egyptian police detained dozens of Islamist protesters and accused them of rioting.",
            ("EGY", "EGY", "11"),
        ),
    ],
)
def test_an_object_pronoun_is_an_earlier_party(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_trailing_participle_naming_a_party_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "welcomed ..., praising X": the main event has no party; the participle names one
    found = dyads(
        pipeline, "Jordan welcomed the truce agreement, praising Egypt for its mediation."
    )
    assert ("JOR", "EGY", "05") in found


def test_the_partner_phrase_hung_on_the_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "discussed the situation in X with Y": the parser hangs "with Y" on the object
    found = dyads(
        pipeline,
        "Turkish President Tayyip Erdogan discussed the situation in Syria with Egyptian "
        "President Abdel Fattah al-Sisi on Thursday.",
    )
    assert ("TUR", "EGY", "04") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of three states parsed with the second in apposition to the first
        (
            "Chad, Cameroon and Nigeria withdrew from the Lake Chad Basin Commission on Monday.",
            {"TCD", "CMR", "NGA"},
        ),
        # the countries coordinated in the "in" phrase of a role word are each the role's
        ("Authorities in Benin and Togo expelled two Nigerian journalists.", {"BEN", "TGO"}),
    ],
)
def test_every_listed_state_is_a_source(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= {s for s, _, _ in dyads(pipeline, text)}


def test_each_source_acts_on_its_own_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "target: own country" pairs each source with its own country only
    found = dyads(pipeline, "Police in Ghana and Senegal arrested 30 smugglers on Friday.")
    assert {("GHA", "GHA", "17"), ("SEN", "SEN", "17")} <= found
    assert ("GHA", "SEN", "17") not in found and ("SEN", "GHA", "17") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the island" and "the island's X" refer back to the island state named before ...
        (
            "Beijing sent warships near Taiwan on Sunday and warned the island's leaders "
            "against seeking independence.",
            ("CHN", "TWN", "13"),
        ),
        (
            "Russia signed a fishing deal with Cuba on Monday, and the island's foreign minister "
            "praised Moscow.",
            ("CUB", "RUS", "05"),
        ),
        # ... even when a place phrase follows the role
        (
            "Guatemala's president, who backs Taiwan, met the island's envoy in Guatemala City "
            "on Monday.",
            ("GTM", "TWN", "04"),
        ),
    ],
)
def test_the_island_is_the_island_state_named_before(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of striking doctors" parsed as a gerund with its object: the group it describes
        (
            "The Zimbabwean government rejected the demands of striking teachers on Monday.",
            ("ZWE", "ZWE", "12"),
        ),
        (
            "Nigeria's government rejected the demands of protesting students on Friday.",
            ("NGA", "NGA", "12"),
        ),
    ],
)
def test_a_group_described_by_a_participle_after_of(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region of the gazetteer gives an actor its country (and a show of force at home
        # bears on its own country)
        (
            "The government of Sindh province ordered police patrols on Friday.",
            ("PAK", "PAK", "15"),
        ),
        ("Tigray forces shelled the town of Alamata on Monday.", ("ETH", "ETH", "19")),
        ("Russian troops shelled villages in Kharkiv region overnight.", ("RUS", "UKR", "19")),
    ],
)
def test_a_region_gives_an_actor_its_country(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(pipeline, text)


def test_a_region_name_inside_a_persons_name_is_no_region(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Victoria Nuland met Ukrainian opposition leaders in Kyiv.")
    assert all(s != "AUS" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "of" object of a deployment or withdrawal noun is the force that moves
        (
            "The withdrawal of Burundian troops from Somalia began on Monday.",
            ("BDI", "SOM", "08"),
        ),
        (
            "The deployment of Chinese warships to Cambodia was completed on Friday.",
            ("CHN", "KHM", "15"),
        ),
    ],
)
def test_the_forces_a_deployment_noun_moves_are_its_doers(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    found = dyads(pipeline, text)
    assert expected in found
    assert (expected[1], expected[0], expected[2]) not in found


def test_a_state_and_a_group_coordinated_before_one_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Israeli and Hamas negotiators": the state's and the group's, two parties
    found = dyads(pipeline, "Egyptian mediators met the Israeli and Hamas negotiators in Cairo.")
    assert {("EGY", "ISR", "04"), ("EGY", "PSE", "04")} <= found


def test_two_parties_clashing_somewhere_fight_each_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a reciprocal event of two states' actors is not aimed at the place where it happens
    found = dyads(
        pipeline, "Israeli soldiers and Hezbollah fighters clashed in southern Lebanon on Monday."
    )
    assert ("ISR", "LBN", "19") in found
    assert ("LBN", "LBN", "19") not in found  # Hezbollah against the place


def test_the_two_sides_may_be_a_state_and_a_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(
        pipeline,
        "After talks with Zambia's finance minister in Lusaka, the World Bank's country director "
        "said the two sides had agreed on a new lending framework.",
    )
    assert ("ZMB", "IGO", "03") in found or ("IGO", "ZMB", "03") in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan each released ten detainees on Monday.",
        "Armenia and Azerbaijan released ten detainees each on Monday.",
    ],
)
def test_each_of_two_states_acts_on_the_other(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, text)
    assert {("ARM", "AZE", "08"), ("AZE", "ARM", "08")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Hezbollah commander was killed in Damascus in an air strike attributed to Israel.",
            ("ISR", "LBN", "19"),
        ),
        (
            "Two soldiers were killed in Baghdad in a drone attack blamed on Turkey.",
            ("TUR", "IRQ", "19"),
        ),
        (
            "Three policemen were killed in Kabul in a bombing claimed by the Islamic State.",
            ("IMG", "AFG", "18"),
        ),
    ],
)
def test_the_party_an_attack_is_attributed_to_is_its_doer(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    # not the country of the place where it happened
    found = dyads(pipeline, text)
    assert expected in found
    assert not any(s == t for s, t, _ in found)


def test_a_phone_call_received_is_mutual(pipeline) -> None:  # type: ignore[no-untyped-def]
    (out,) = code_texts(
        pipeline,
        [
            (
                "Kenyan President William Ruto received a phone call from his Ghanaian "
                "counterpart.",
                PUB,
            )
        ],
    )
    (e,) = [e for e in out if e.cameo == "041"]
    assert e.reciprocal
    assert {e.source.country, e.target.country} == {"KEN", "GHA"}  # type: ignore[union-attr]


def test_a_threatened_answer_is_aimed_at_the_doers_of_the_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia warned of a firm response to the drills being held by Poland and Lithuania."
    found = dyads(pipeline, text)
    assert {("RUS", "POL", "13"), ("RUS", "LTU", "13")} <= found
    (coded,) = code_texts(pipeline, [(text, PUB)])
    rules = {e.evidence.rule for e in coded}
    assert any("the doers of the deed the threat answers" in r for r in rules), rules
    assert not any("conditioned" in r for r in rules), rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia declined to take part in talks with Kosovo in Brussels.", ("SRB", "XKX", "12")),
        ("Ethiopia refused to join in negotiations with Egypt over the dam.", ("ETH", "EGY", "12")),
    ],
)
def test_a_refused_exchange_is_aimed_at_its_partner(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_host_of_a_round_of_talks_acts_on_both_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    # not on the country the talks are about ("Sudan talks")
    found = dyads(
        pipeline, "Saudi Arabia hosted a new round of Sudan talks between Egypt and Ethiopia."
    )
    assert {("SAU", "EGY", "04"), ("SAU", "ETH", "04")} <= found


def test_readiness_to_act_is_aimed_at_the_party_of_the_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Japan expressed its readiness to extend a loan to Sri Lanka.")
    assert ("JPN", "LKA", "03") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taiwan put its navy on alert after Chinese warships sailed near the island.", "CHN"),
        (
            "Lithuania moved troops to its eastern border following Belarus's announcement of "
            "snap drills.",
            "BLR",
        ),
        (
            "Greece deployed warships in the Aegean in response to Turkey's dispatch of a "
            "survey vessel.",
            "TUR",
        ),
        # the deed told in a clause, and the adjunct closing two coordinated verbs
        (
            "Romania scrambled two jets and raised its air alert after Russia said it had shelled "
            "ports on the Danube.",
            "RUS",
        ),
    ],
)
def test_a_show_of_force_answers_the_doers_of_the_deed_it_follows(
    pipeline, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    found = {t for _, t, root in dyads(pipeline, text) if root == "15"}
    assert expected in found, found


def test_a_show_of_force_after_a_deed_at_home_names_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "strikes in Chad": the place of the deed is no doer
    found = {
        t
        for s, t, root in dyads(pipeline, "Chad put its army on alert after strikes in Chad.")
        if root == "15"
    }
    assert found <= {None, "TCD"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Hezbollah commander was killed in Sidon in a drone strike that Lebanon blamed on "
            "Israel.",
            "ISR",
        ),
        (
            "Two Russian generals were killed in Moscow in a bombing that Russia attributed to "
            "Ukraine's security service.",
            "UKR",
        ),
    ],
)
def test_a_deed_nobody_is_named_for_is_laid_on_whom_it_is_attributed_to(
    pipeline, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    found = {s for s, _, root in dyads(pipeline, text) if root in {"18", "19"}}
    assert found == {expected}, found


def test_a_demolition_abroad_bears_on_the_country_of_the_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Turkish troops demolished dozens of houses in Afrin during the operation."
    assert ("TUR", "SYR", "17") in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya opened an inquiry into the abduction of two Kenyan activists by Ugandan "
            "soldiers.",
            ("KEN", "UGA", "09"),
        ),
        (
            "The European Union condemned the beating of Georgian students by Russian riot police.",
            ("IGO", "RUS", "11"),
        ),
    ],
)
def test_a_deed_named_as_the_target_stands_for_its_doer(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah threatened that any Israeli attack on Lebanon would not go unanswered.", "ISR"),
        # the deed the threat is about, as the subject of its clause
        ("Iran threatened that any Israeli strike on its oil fields would be answered.", "ISR"),
    ],
)
def test_a_threat_is_aimed_at_the_doers_of_the_deed_it_is_about(
    pipeline, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    found = {t for _, t, root in dyads(pipeline, text) if root == "13"}
    assert expected in found, found


def test_forces_backing_the_doers_of_force_are_doers_too(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cameroonian soldiers, backed by Chadian troops, attacked Boko Haram camps near Lake Chad."
    )
    found = {s for s, _, root in dyads(pipeline, text) if root in {"18", "19"}}
    assert {"CMR", "TCD"} <= found, found
    # a state backing them is not a party to the fighting
    text = "Rebels backed by Rwanda attacked army positions in North Kivu."
    found = {s for s, _, root in dyads(pipeline, text) if root in {"18", "19"}}
    assert "RWA" not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "08:30 — Israeli shelling killed three people in Rafah overnight, medics said.",
            ("ISR", "PSE"),
        ),
        (
            "08:30 — Russian shelling killed two men in Nikopol overnight, the governor said.",
            ("RUS", "UKR"),
        ),
    ],
)
def test_a_live_blog_time_stamp_is_not_the_subject(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = {(s, t) for s, t, root in dyads(pipeline, text) if root in {"18", "19"}}
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania told Belarus's envoy to leave within a week and suspended flights to Minsk.",
        "Estonia ordered Russia's consul to leave the country and downgraded ties with Moscow.",
    ],
)
def test_a_past_verb_joined_to_an_infinitive_is_the_governors_conjunct(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = {s for s, _, root in dyads(pipeline, text) if root == "16"}
    assert found and found <= {"LTU", "EST"}, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a "
            "peace agreement in Doha on Friday.",
            {"COD", "RWA"},
        ),
    ],
)
def test_a_second_object_of_a_role_phrase_is_the_next_member_of_the_list(
    pipeline, text: str, pair: set[str]
) -> None:  # type: ignore[no-untyped-def]
    found = {frozenset((s, t)) for s, t, _ in dyads(pipeline, text)}
    assert frozenset(pair) in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject the parser hangs on a fronted "In a post on X," phrase as an apposition
        (
            "In a message on X, UN Secretary-General Antonio Guterres urged Israel and Iran to "
            "show restraint.",
            ("IGO", "ISR", "02"),
        ),
    ],
)
def test_subject_after_a_fronted_opener(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = {((s or "-")[:3], (t or "-")[:3], c) for s, t, c in dyads(pipeline, text)}
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The jailed Georgian journalist has been on hunger strike for three weeks.",
        "The Egyptian opposition leader is on hunger strike in prison.",
    ],
)
def test_the_subject_of_being_on_strike_protests(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any(src is not None and code == "14" for src, _, code in dyads(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president offered to mediate between Ethiopia and Somalia.", "ETH SOM"),
        ("Norway offered to mediate between Armenia and Azerbaijan last year.", "ARM AZE"),
        (
            "The Kenyan president offered in a phone call with Ethiopia's prime minister to "
            "mediate between Ethiopia and Somalia, his office said.",
            "ETH SOM",
        ),
    ],
)
def test_a_mediators_offer_is_aimed_at_the_parties_between_whom(
    pipeline, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    targets = {t for s, t, root in dyads(pipeline, text) if root == "03"}
    assert targets == set(expected.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokesman for the Kremlin declined to comment on reports that Turkey was "
            "preparing a new deal with Ukraine.",
            ("RUS", "TUR", "01"),
        ),
        (
            "A spokesman for the Kremlin declined to comment on reports that Moscow was "
            "preparing a new deal with Kyiv.",
            ("RUS", "UKR", "01"),
        ),
        (
            "The Pentagon refused to comment on claims that an Iranian drone had flown over "
            "a U.S. carrier.",
            ("USA", "IRN", "01"),
        ),
    ],
)
def test_no_comment_on_reports_is_aimed_at_the_party_reported_on(
    pipeline, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian Prime Minister Narendra Modi held talks in Paris on Monday.",
            ("IND", "FRA", "04"),
        ),
        (
            "German Chancellor Olaf Scholz asked for forgiveness for the colonial massacres, "
            "speaking at a memorial in Windhoek on Tuesday.",
            ("DEU", "NAM", "05"),
        ),
    ],
)
def test_talks_or_an_apology_abroad_bear_on_the_host_country(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_show_of_force_at_home_bears_on_its_own_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("KEN", "KEN", "15") in dyads(
        pipeline, "Kenya deployed the army on Friday after days of riots."
    )


def test_a_distance_from_a_place_names_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chinese and Belarusian troops held joint drills near Brest this week, a few kilometres "
        "from the Polish border, the ministry said."
    )
    found = dyads(pipeline, text)
    assert ("CHN", "BLR", "06") in found or ("BLR", "CHN", "06") in found
    assert not any(t == "POL" for _, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "A court in Yekaterinburg sentenced the Reuters reporter to 16 years in prison.",
        "A court in Yekaterinburg sentenced a New York Times reporter to 16 years in prison.",
    ],
)
def test_a_body_in_a_named_town_is_of_the_towns_country(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {s for s, _, root in dyads(pipeline, text) if root == "11"} == {"RUS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's foreign ministry demanded that Japan retract the remarks about Taiwan, and "
            "a vice minister summoned Japan's ambassador.",
            ("CHN", "JPN", "11"),
        ),
        (
            "The Algerian foreign ministry protested on Monday, and a senior official summoned "
            "the French ambassador.",
            ("DZA", "FRA", "11"),
        ),
    ],
)
def test_an_official_of_no_country_in_a_joined_clause_is_of_the_main_subjects(
    pipeline, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's William Ruto discussed the drought and fuel imports by telephone with "
        "Tanzania's Samia Suluhu Hassan on Tuesday.",
        "Kenya's William Ruto discussed trade by video link with Tanzania's Samia Suluhu Hassan.",
    ],
)
def test_the_partner_of_a_talk_by_telephone_is_the_target(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("KEN", "TZA", "04") in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indonesia is studying a proposal to take in wounded Palestinians from Gaza, a "
            "spokesman said.",
            ("IDN", "PSE", "01"),
        ),
        (
            "Kenya expressed its readiness to extend a loan to help Uganda overcome its debts.",
            ("KEN", "UGA", "03"),
        ),
    ],
)
def test_a_plan_or_readiness_is_aimed_at_the_party_of_its_clause(
    pipeline, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_the_recipient_of_pledged_money_in_aid_is_the_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Canada pledged 50 million dollars in new aid for Haiti's reconstruction at a "
        "conference in Ottawa."
    )
    assert ("CAN", "HTI", "03") in dyads(pipeline, text)


def test_a_party_misparsed_as_a_modifier_of_the_other_is_a_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    (out,) = code_texts(
        pipeline,
        [("Police and gang members exchanged gunfire for hours in the town of Hinche.", PUB)],
    )
    sides = {(e.source.code, e.target.code) for e in out if e.source and e.target}
    assert ("HTICRM", "HTICOP") in sides or ("HTICOP", "HTICRM") in sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain signed a treaty on Thursday handing sovereignty over the islands to "
            "Mauritius.",
            ("GBR", "MUS", "05"),
        ),
        (
            "Syria signed a deal allowing Russian warships to use the port of Tartus.",
            ("SYR", "RUS", "05"),
        ),
    ],
)
def test_a_pact_is_signed_with_the_party_its_clause_names(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_two_signers_of_a_pact_are_each_others_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya and Tanzania signed the accord transferring control over the Migingo Islands to "
        "Zambia on Monday."
    )
    found = {(s, t) for s, t, root in dyads(pipeline, text) if root == "05"}
    assert found and found <= {("KEN", "TZA"), ("TZA", "KEN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli jets struck the Iranian port overnight, and Iranian Foreign Minister Abbas "
            "Araghchi warned of severe consequences.",
            ("IRN", "ISR", "13"),
        ),
        (
            "Sweden became the 32nd member of NATO on Thursday as Moscow warned it would take "
            "counter-measures.",
            ("RUS", "SWE", "13"),
        ),
    ],
)
def test_a_warning_answers_the_doer_of_the_clause_it_follows(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_welcome_of_a_pact_is_no_signing_with_its_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The African Union welcomed the peace agreement signed in Washington between Congo and "
        "Rwanda, praising the United States and Qatar for their mediation."
    )
    found = dyads(pipeline, text)
    assert ("IGO", "USA", "05") in found and ("IGO", "QAT", "05") in found


def test_the_recipient_of_what_the_governor_sends(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the "to" hangs on the message, not on "sent": the offer is still made to its recipient
    found = dyads(
        pipeline,
        "Australia's prime minister sent a message of condolence to Nepal's prime minister on "
        "Sunday after the landslide, offering emergency assistance.",
    )
    assert ("AUS", "NPL", "03") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president sent a message of condolence to the Turkish president on Tuesday.",
        "Chile's foreign minister conveyed a message of sympathy to Turkey's president.",
    ],
)
def test_the_sender_of_an_event_noun(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # "sent a message of condolence": the sender expresses it
    assert ("CHL", "TUR", "01") in dyads(pipeline, text)


def test_a_move_told_to_someone_is_addressed_to_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "told X that it would ...": what the teller will do is addressed to the one told
    text = (
        "Iran told the European Union in a letter on Monday that it would allow the return of "
        "inspectors to its nuclear sites."
    )
    assert ("IRN", "IGO", "03") in dyads(pipeline, text)


def test_two_armed_sides_fighting_fight_each_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    # one state named, but two sides: their fight is with each other, not with the state
    from .coded import events

    text = "Islamist fighters and Malian troops fought fierce battles near the town of Konna."
    (event,) = events(pipeline, text)
    assert event.reciprocal and event.target is not None
    assert {event.source.code, event.target.code} == {"MLIREB", "MLIMIL"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "India and Japan discussed the situation in Myanmar at a meeting in Tokyo on Tuesday.",
        "Brazil and Argentina said on Friday that they shared the same view on Venezuela.",
    ],
)
def test_a_state_named_in_what_two_states_discuss_is_their_topic(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # the country in the object's "in"/"on" phrase is the topic; the pair talks to each other
    found = dyads(pipeline, text)
    assert found and all(third not in (s, g) for s, g, _ in found for third in ("MMR", "VEN"))


def test_ties_cut_with_a_state_are_cut_with_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "with" inside the object names the other party, not a topic
    text = "Bahrain and the Maldives cut diplomatic ties with Iran on Sunday."
    assert {("BHR", "IRN", "16"), ("MDV", "IRN", "16")} <= dyads(pipeline, text)


def test_two_leaders_discussing_by_telephone_is_a_phone_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    text = "Chancellor Scholz and President Macron discussed energy prices by telephone on Monday."
    codes = {e.cameo for e in events(pipeline, text)}
    assert codes == {"041"}


def test_holding_people_hostage_is_abduction(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "hostage" as a clause of "holding", not as its object
    text = "Pirates were holding six Filipino sailors hostage off the coast of Somalia on Friday."
    assert any(code == "18" for _, _, code in dyads(pipeline, text))


def test_a_high_commissioner_recalled_is_a_diplomat_recalled(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Britain recalled its high commissioner from Harare on Monday."
    assert ("GBR", "ZWE", "16") in dyads(pipeline, text)


def test_one_attack_told_by_two_verbs_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    text = "Israeli jets fired missiles and dropped bombs on Hamas positions in Gaza on Sunday."
    found = [e for e in events(pipeline, text) if e.cameo[:2] == "19"]
    assert len(found) == 1


def test_a_visit_and_talks_of_one_pair_are_two_events(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    text = "Egypt's foreign minister travelled to Amman for talks with Jordan's King Abdullah."
    assert len({e.cameo for e in events(pipeline, text)}) == 2


def test_a_weapon_fired_is_the_means_not_the_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Israeli jets fired missiles on Hamas positions on Sunday.")
    assert ("ISR", "PSE", "19") in found and ("ISR", "ISR", "19") not in found


def test_a_bill_vetoed_is_vetoed_against_the_legislature(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    text = "President Ruto vetoed a finance bill on Wednesday after protests in Nairobi."
    vetoes = [e for e in events(pipeline, text) if e.cameo == "129"]
    assert vetoes and all(e.target is not None and e.target.code == "KENLEG" for e in vetoes)


def test_recognition_switched_to_a_state_is_given_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kiribati switched diplomatic recognition from Taiwan to China on Friday."
    assert ("KIR", "CHN", "05") in dyads(pipeline, text)


def test_a_region_an_agreement_is_for_is_no_party_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Russia and Turkey signed an agreement for Idlib province on Monday.")
    assert found and all("SYR" not in (s, g) for s, g, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross appealed for the release of aid workers kidnapped by al-Shabaab militants.",
        "France demanded the release of two journalists held by al-Shabaab in Somalia.",
    ],
)
def test_a_call_to_free_captives_is_made_of_their_captors(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    calls = [e for e in events(pipeline, text) if e.cameo in {"0253", "1053"}]
    assert calls and all(e.target is not None and e.target.code == "SOMREB" for e in calls)


def test_protesters_demanding_are_protesting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Protesters in Belgrade demanded the resignation of the government.")
    assert {("SRB", "SRB", "10"), ("SRB", "SRB", "14")} <= found


def test_a_government_demanding_is_not_protesting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Serbia demanded the resignation of the Kosovo government.")
    assert found and all(code != "14" for _, _, code in found)


def test_a_threat_is_aimed_at_whom_it_is_conditioned_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    text = (
        "Iran threatened to close the Strait of Hormuz, a vital shipping route, if the European "
        "Union imposed an oil embargo."
    )
    (threat,) = [e for e in events(pipeline, text) if e.cameo[:2] == "13"]
    # the threatened act is the closure, not the embargo of the condition
    assert threat.cameo == "1381" and threat.target is not None and threat.target.country == "IGO"


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside a police station in Kirkuk on Monday, killing nine people.",
        "Two bombs tore through a market in Peshawar, killing at least 120 people.",
    ],
)
def test_a_bombs_deed_with_nobody_named_is_a_bombing(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    assert "183" in {e.cameo for e in events(pipeline, text)}


def test_the_only_state_named_yields_to_the_place_of_the_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Russian troops seized the airport in Kherson on Tuesday.")
    assert ("RUS", "UKR", "19") in found and ("RUS", "RUS", "19") not in found


def test_a_case_filed_at_a_court_is_against_whom_it_accuses(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nicaragua filed a case at the International Court of Justice accusing Germany of "
        "aiding genocide."
    )
    found = dyads(pipeline, text)
    assert ("NIC", "DEU", "11") in found and ("NIC", "IGO", "11") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain refused on Monday to extradite the former minister to Pakistan.", ("GBR", "PAK")),
        ("The former Chadian dictator was extradited from Senegal on Friday.", ("SEN", "TCD")),
    ],
)
def test_extradition_is_between_the_states_that_give_and_get(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert any((s, g) == expected for s, g, _ in dyads(pipeline, text))


def test_a_person_flown_somewhere_makes_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The former president was flown to Lima on Saturday.")
    assert all(code != "04" for _, _, code in found)


def test_firing_on_a_crowd_protesting_is_repression(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    text = "Kenyan police opened fire on opposition supporters protesting in Kisumu on Monday."
    assert "175" in {e.cameo for e in events(pipeline, text)}


def test_rebels_killing_the_unarmed_is_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Boko Haram fighters killed 12 farmers near Maiduguri on Sunday.")
    assert ("NGA", "NGA", "18") in found
    # killing soldiers is still fighting
    assert ("AFG", "AFG", "19") in dyads(
        pipeline, "Taliban fighters killed 12 Afghan soldiers in an attack on a checkpoint."
    )


def test_killed_when_a_vehicle_hit_a_bomb_is_a_roadside_bombing(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    text = "Two Malian soldiers were killed when their truck hit a landmine near Gao."
    assert "1833" in {e.cameo for e in events(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a missile fired over a country is a show of force at it
        ("North Korea fired a ballistic missile over Japan on Friday.", "15"),
        # rockets fired over a border into a country are an attack on it
        ("Hezbollah fired rockets over the border into Israel on Friday.", "19"),
    ],
)
def test_missiles_fired_over_a_country(pipeline, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert root in {code for _, _, code in dyads(pipeline, text)}


def test_troops_arriving_to_protect_are_a_protection_mission(pipeline) -> None:  # type: ignore[no-untyped-def]
    from .coded import events

    text = "French troops arrived in Bangui on Thursday to protect civilians from militia attacks."
    assert "074" in {e.cameo for e in events(pipeline, text)}
    assert "154" in {
        e.cameo for e in events(pipeline, "Russian troops arrived in Belarus for exercises.")
    }
