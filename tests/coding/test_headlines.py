"""Headline lists of doers, withdrawals from organisations and missions, and named people shot
by nobody named (slow, shipped dictionaries). Every sentence here is written for the test;
none comes from an evaluation set."""

import pytest

from .coded import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # comma-coordinated doers of a headline all act
        ("Canada, Australia, Britain formally recognise Palestinian state", ("GBR", "PSE", "054")),
        ("France, Germany, Italy condemn Iranian missile strike", ("ITA", "IRNMIL", "111")),
        ("Kenya, Ethiopia sign security pact", ("KEN", "ETH", "057")),
        ("Putin, Erdogan meet in Sochi", ("RUSGOV", "TURGOV", "040")),
        ("Ethiopia, Eritrea restore diplomatic ties", ("ETH", "ERI", "050")),
        # a state leaving an organisation reduces relations (161), not a military retreat
        ("Gabon announced its withdrawal from OPEC on Friday.", ("GAB", "IGOBUS", "161")),
        (
            "Burkina Faso withdrew its recognition of the Sahrawi Arab Democratic Republic.",
            ("BFA", "ESHPRE", "161"),
        ),
        # a peacekeeping mission leaving a country withdraws peacekeepers (1661)
        ("MINUSMA completed its withdrawal from Mali in December.", ("IGOMIL", "MLI", "1661")),
        # a named figure shot by nobody named: assassination (186) or attempt (185), by the
        # place's country as for other force with no doer named
        (
            "Opposition leader Carlos Mendez was shot dead outside his home in Caracas on Sunday.",
            ("VEN", "VEN", "186"),
        ),
        (
            "Mayor Juan Ortiz was shot twice in the chest in Guadalajara and survived.",
            ("MEX", "MEX", "185"),
        ),
        # ... or by an assailant who is no state's forces
        (
            "Opposition leader Carlos Mendez was shot dead by a right-wing extremist in Caracas.",
            ("VENREB", "VEN", "186"),
        ),
    ],
)
def test_headline_withdrawal_shooting(pipeline, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an apposition naming the same country, or a time adjunct, is no list of doers
        ("Moscow, the Russian capital, condemned the strike.", ("RUS", "RUSGOV", "111")),
        # armed forces leaving ground still retreat militarily
        ("Israeli troops withdrew from the Gaza town of Khan Younis.", ("ISRMIL", "PSE", "161")),
        # state forces shooting protesters are no assassins
        ("Soldiers shot at protesters in Bamako.", ("MLIMIL", "MLIOPPCVL", "186")),
        ("Police shot dead the drug lord Pablo Escobar in Medellin.", ("COLCOP", "COL", "186")),
    ],
)
def test_not_lists_retreats_or_assassinations(
    pipeline, text: str, absent: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert absent not in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deed a claim of responsibility is for is an event of its claimant (with a target)
        (
            "Houthi rebels claimed responsibility for a drone attack on a Saudi oil facility.",
            ("YEMREB", "SAU", "195"),
        ),
        # the claim is aimed at whom the claimed deed is
        (
            "The Pakistani Taliban claimed responsibility for an attack on an army convoy in "
            "North Waziristan.",  # the region makes the convoy Pakistan's army
            ("PAKREB", "PAKMIL", "015"),
        ),
        # a call between two leaders in a time phrase is theirs, not the main clause subject's
        (
            "Following a telephone conversation between President Joe Biden and President "
            "Vladimir Putin, Washington said it would send a delegation to Geneva.",
            ("USAGOV", "RUSGOV", "041"),
        ),
        # readouts: aid dispatched, positions noted as close
        ("Turkey dispatched a shipment of medicine to Syria on Tuesday.", ("TUR", "SYR", "073")),
        (
            "The foreign ministers of Kazakhstan and Uzbekistan noted the similarity of their "
            "approaches to reform of the UN Security Council.",
            ("KAZGOV", "UZBGOV", "019"),
        ),
    ],
)
def test_nominal_events_and_readouts(pipeline, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun subject of a quote put before its attribution stands for the speaker
        (
            '"We condemn the attack on our embassy," Kenya\'s foreign ministry said.',
            ("KENGOV", "111"),
        ),
        ('"It will retaliate against any aggression," the Iranian army said.', ("IRNMIL", "138")),
    ],
)
def test_quote_before_its_speaker(pipeline, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in {(s, c) for s, _, c in dyads(pipeline, text)}


def test_headline_as_clause_is_an_event_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Cuba frees 20 dissidents as Spanish envoy visits Havana"
    assert ("ESPGOV", "CUBGOV", "042") in dyads(pipeline, text)
    # in the past tense of body text the "as" clause stays background
    past = "Iran seized a tanker as the US Navy patrolled the Strait of Hormuz."
    assert not any(c == "150" for _, _, c in dyads(pipeline, past))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless headline whose root noun is a verb agreeing with the noun in front
        ("EU pledges EUR 2 billion for Jordan", ("IGO", "JOR", "0331")),
        ("Farmers protest in Paris against new EU rules", ("FRAAGR", "IGO", "140")),
        # a crowd named by its size protests as the place's civilians
        ("Thousands march in Tbilisi against Georgian government", ("GEOCVL", "GEOGOV", "141")),
        # the -s word between a name and the root is the verb, the root its object
        ("Germany pledges aid to Ukraine", ("DEU", "UKR", "033")),
        ("Japan pledges support for Philippines", ("JPN", "PHL", "032")),
    ],
)
def test_headline_verbs_read_as_nouns(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_a_noun_with_a_determiner_stays_a_noun(nlp, pipeline) -> None:  # type: ignore[no-untyped-def]
    from tacitus.coding.headlines import verbs_read_as_nouns
    from tacitus.nlp.mirror import Names, mirror

    text = "The march in Belgrade against the government"
    doc = mirror(nlp(text), text, Names(nlp.vocab.strings))
    verbs_read_as_nouns(doc, pipeline.triggers)
    assert not any(t.pos_ == "VERB" for t in doc)
