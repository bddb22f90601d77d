"""Classes of event-type errors on unseen wire text: the CAMEO root a verb takes from who uses
force, announced boycotts, acts told in "after ...ing" clauses, events named by the object of
a frame noun, orders to one's own forces (slow, shipped dictionaries). Every sentence here is
written for the test; none comes from an evaluation set."""

import pytest

from .coded import codes, dyads, events

pytestmark = pytest.mark.slow


def _has_root(pipeline, text: str, expected: str, absent: str | None) -> None:  # type: ignore[no-untyped-def]
    """The sentence gives an event of the expected root and none of the absent one."""
    roots = {c[:2] for c in codes(pipeline, text)}
    assert expected[:2] in roots
    assert absent is None or absent[:2] not in roots


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # 180: force used by people without military organisation (CAMEO 180's own note)
        ("Gunmen killed nine farmers near the town of Bama on Saturday.", "180", "190"),
        ("Armed gangs attacked a bus carrying traders in northern Haiti.", "180", "190"),
        ("Police in Lagos opened fire on villagers on Monday, killing two.", "180", "190"),
        # an army, rebels, or a clash between two sides keep conventional force
        ("Malian soldiers killed nine farmers near the town of Bama on Saturday.", "190", "180"),
        ("Rebels attacked an army base in eastern Chad.", "190", "180"),
        ("Police opened fire on rebels who had stormed the town hall.", "190", "180"),
    ],
)
def test_who_uses_force(pipeline, text: str, expected: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    _has_root(pipeline, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a boycott its actors announce is the boycott (CAMEO's own example of 1431)
        ("The Bolivian opposition said it will boycott the presidential runoff.", "14", "13"),
        (
            "Zambia's main opposition party said it would boycott the elections in August.",
            "14",
            "13",
        ),
        # a threat to boycott stays a threat
        ("The Bolivian opposition threatened to boycott the presidential runoff.", "13", "14"),
    ],
)
def test_announced_boycott(pipeline, text: str, expected: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    _has_root(pipeline, text, expected, absent)


def test_announced_boycott_is_a_threat_in_plover(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Bolivian opposition said it will boycott the presidential runoff."
    assert {e.event_type for e in events(pipeline, text) if e.cameo[:2] == "14"} == {"THREATEN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "after"/"before" ...ing clause tells an act of its own
        (
            "Islamist fighters killed hundreds of villagers in the province after seizing "
            "the town of Djibo from the army.",
            {"202", "192"},
        ),
        (
            "The Kenyan president met Ugandan officials before signing a trade agreement "
            "with Tanzania.",
            {"040", "057"},
        ),
    ],
)
def test_sequenced_acts(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= codes(pipeline, text)


def test_while_doing_is_the_same_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "while bombing" tells how the killing was done, not a second event
    assert len(codes(pipeline, "Israel killed 20 people while bombing a school in Gaza.")) == 1


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the event named by the "of" object of a frame noun under a light verb
        (
            "Iranian authorities launched a campaign of arrests against Kurdish activists.",
            "17",
            None,
        ),
        (
            "The Ethiopian army waged a campaign of air strikes on rebel positions in Amhara.",
            "19",
            None,
        ),
        # an order naming the act ordered is the act (a light verb)
        (
            "President Erdogan ordered air strikes on Kurdish militant positions in northern Iraq.",
            "19",
            "10",
        ),
        ("The Sudanese army chief ordered an immediate ceasefire in Khartoum.", "08", "10"),
        (
            "The Georgian interior minister ordered a crackdown on opposition protesters.",
            "17",
            "10",
        ),
    ],
)
def test_events_named_by_objects(pipeline, text: str, expected: str, absent: str | None) -> None:  # type: ignore[no-untyped-def]
    _has_root(pipeline, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a command to one's own forces is the act commanded
        ("Ukraine's army chief ordered his troops to pull out of the town of Bakhmut.", "08", "10"),
        # a command to another state is a demand
        ("The UN Security Council ordered Israel to withdraw its troops from Lebanon.", "10", "08"),
        # police officers of one state arriving in another come to protect (074)
        (
            "A first contingent of 300 Kenyan police officers arrived in Haiti on Tuesday.",
            "07",
            "04",
        ),
        # a single police chief visits
        ("Kenya's police chief arrived in Haiti on Tuesday.", "04", "07"),
    ],
)
def test_forces_sent_or_commanded(pipeline, text: str, expected: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    _has_root(pipeline, text, expected, absent)


@pytest.mark.parametrize(
    "text",
    [
        # what a third side forecasts another will do has not happened
        "Analysts expect Beijing to retaliate against the new American tariffs.",
        "Diplomats predicted that Israel would strike Iranian nuclear sites within weeks.",
        "Traders bet the Nigerian government would have to loosen its grip on the naira.",
        # a market's demand asks nothing of anyone
        "Nickel rose in London on signs of recovering demand from steelmakers in China.",
    ],
)
def test_no_event(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one's own plan is an intention
        ("Iran expects to sign a new trade agreement with Russia next month.", "03"),
        # growing demands for something are demands
        (
            "Opposition parties in Serbia renewed their growing demands for the government "
            "to resign.",
            "10",
        ),
    ],
)
def test_still_events(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in {c[:2] for c in codes(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # violence done by protesters is a riot (145)
        (
            "Rioters set fire to shops and government buildings in the Kenyan town of Kisumu.",
            "14",
            "17",
        ),
        (
            "Protesters attacked the offices of the state electricity company in Conakry.",
            "14",
            "18",
        ),
        # the same deeds by gangs are not a protest
        ("Armed gangs set fire to houses in the Haitian town of Mirebalais.", "17", "14"),
    ],
)
def test_riots(pipeline, text: str, expected: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    _has_root(pipeline, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a telephone call with the Kenyan president, he offered help.", True),
        ("In a call with the Kenyan president, he offered help.", True),
        ("The opposition renewed its calls for a ceasefire.", False),
    ],
)
def test_a_phone_call_is_no_appeal(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    # "call" as a conversation has no content clause of an appeal
    from tacitus.coding.extract import _conversation

    call = next(t for t in nlp(text) if t.lemma_ == "call")
    assert _conversation(call) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan is considering imposing new sanctions on Russian banks.",
        "The Kenyan government is weighing sending more troops to Somalia.",
    ],
)
def test_an_option_weighed_is_not_taken(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # the weighing is the event (014), not the act weighed
    assert {c[:2] for c in codes(pipeline, text)} == {"01"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the deed named in a charge is alleged, not done
        (
            "Georgian police detained the mayor of Batumi on charges of bribery and aiding "
            "an armed group.",
            "07",
        ),
        ("Kenyan police arrested two activists on charges of attacking a police station.", "18"),
        # "step up" is no "step down"
        ("Ecuador urged Colombia to step up its fight against drug trafficking gangs.", "0241"),
    ],
)
def test_not_this_event(pipeline, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.startswith(absent) for c in codes(pipeline, text))


def test_step_down_is_still_a_resignation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "0241" in codes(pipeline, "The opposition urged President Tinubu to step down.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what one takes part in is told in the clause of "take part" or "participate":
        # refused (12x), intended (03x), not an event of its own (04x)
        (
            "Georgia refused to take part in negotiations with Russia over Abkhazia.",
            {("GEO", "RUS", "125")},
        ),
        (
            "Serbia said it would be willing to take part in talks with Kosovo.",
            {("SRB", "XKX", "036")},
        ),
        ("Tunisia will participate in a summit with Libyan leaders.", {("TUN", "LBYGOV", "036")}),
        # the round of talks agreed is the talks agreed, not talks held beside the agreement
        ("Kenya agreed to hold a second round of talks with Somalia.", {("KEN", "SOM", "036")}),
    ],
)
def test_taking_part_is_in_the_clause_of_take(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A court in Madrid sentenced a former Spanish minister to six years in prison for fraud.",
        "A Kenyan court sentenced the opposition senator to life in prison.",
    ],
)
def test_a_sentence_is_a_verdict(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    # a court's sentence is its finding of guilt (116), not an arrest (173)
    roots = codes(pipeline, text)
    assert "116" in roots
    assert "173" not in roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills told by a light verb with no kind named: a show of force by armed forces,
        # joint when two states' forces hold them
        ("China's army began drills near Taiwan on Monday.", "150"),
        ("The Chinese navy held the Iron Sword exercise near Taiwan on Friday.", "150"),
        ("US, Philippine troops begin Cobra Gold drills in northern Luzon", "062"),
    ],
)
def test_drills_of_armed_forces(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Schools in Tokyo held earthquake drills on Monday.",
        "The Japanese government held a disaster exercise in Osaka.",
        # a statement about nobody is news, not an event
        "Kenya's trade ministry announced that tea exports rose 4 percent in March.",
        "The Nigerian government announced new fuel subsidies on Monday.",
        # time named with no infinitive of what it is for is no deadline
        "The French president gave a speech in Berlin last week.",
    ],
)
def test_no_event_of_drills_or_news(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == set()


def test_a_claimed_deed_of_a_thing_is_done_in_the_only_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the bombing of a hotel": the deed names what it hit, in the one state named
    assert ("SOMREB", "SOM", "183") in dyads(
        pipeline, "Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # time given to do something is a deadline: an ultimatum (139)
        (
            "The African Union gave Mali's junta 30 days to hold elections or face sanctions.",
            ("IGO", "MLIGOVMIL", "139"),
        ),
        (
            "The Sahel alliance gave Chad's military council one month to release the "
            "detained officers or face expulsion.",
            ("TCDMIL", "TCDGOVMIL", "139"),
        ),
        # a company placed under state management is property taken (1711)
        (
            "Russia placed the local unit of Finnish company Fortum under temporary state "
            "management.",
            ("RUS", "FINBUS", "1711"),
        ),
    ],
)
def test_deadlines_and_takeovers(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # a named place or a military building taken is territory occupied (192), not an
        # arrest (173) or property confiscated (1711)
        "Houthi fighters captured Marib on Friday.",
        "Rebels in Myanmar seized the headquarters of the army's northeastern command.",
    ],
)
def test_places_taken_are_occupied(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    roots = codes(pipeline, text)
    assert "192" in roots
    assert not roots & {"173", "1711"}
