"""Sentences holding several events: the clauses beside the main one that tell events of their
own (slow, shipped dictionaries). Every sentence here is written for the test; none comes from
an evaluation set."""

import pytest

from .coded import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time clause the parser hangs on the last noun as a relative clause
        (
            "Cuba released 50 prisoners, among them the dissident artist Jose Ferrer, hours "
            "after Miguel Diaz-Canel received Vatican envoy Pietro Parolin in Havana.",
            {("CUBGOV", "VATGOVREL", "043")},
        ),
        # a relative clause with its own subject on a deed set off after the clause telling it:
        # the deed's author is the target
        (
            "Hungary blocked the European Union's new sanctions package, a move Poland "
            "condemned as sabotage.",
            {("POL", "HUN", "111")},
        ),
        (
            "Niger expelled the French ambassador on Monday, a decision Germany criticised.",
            {("DEU", "NER", "111")},
        ),
        # "with" and a participle with a subject of its own
        (
            "Serbia expelled two Croatian diplomats on Monday, with Croatia condemning the "
            "decision.",
            {("HRV", "SRB", "111")},
        ),
        # the mediator of talks or an accord named in an adjunct mediates between the parties
        (
            "Armenia and Azerbaijan signed a peace deal in Washington after talks brokered by "
            "the United States.",
            {("USA", "ARM", "045"), ("USA", "AZE", "045")},
        ),
        (
            "Ethiopia and Eritrea exchanged prisoners under an agreement mediated by Qatar.",
            {("QAT", "ETH", "045"), ("QAT", "ERI", "045")},
        ),
        # a deed named after "after" or "following" is an event of its own
        (
            "Ethiopia recalled its ambassador to Asmara after Eritrean air strikes in northern "
            "Ethiopia.",
            {("ERI", "ETH", "195")},
        ),
        (
            "Somalia summoned Kenya's ambassador following Kenyan drone strikes in Somalia's "
            "Gedo region.",
            {("KENMIL", "SOM", "195")},
        ),
        # a trailing participle after a verb of saying: the speaker's act
        (
            "The government has concluded that the militia committed genocide in Darfur, the "
            "foreign minister said, announcing sanctions on its commander Ali Kushayb.",
            {("SDNGOV", "SDNMIL", "163")},  # unplaced, both are of Darfur's country
        ),
        # an "as" clause whose subject is another party, acting on someone
        (
            "Lithuania moved 5,000 soldiers to its border with Belarus as Russian and "
            "Belarusian forces began joint military exercises.",
            {("LTU", "BLR", "154"), ("RUSMIL", "BLRMIL", "062")},
        ),
        # a consequence told in a "with" clause answers the main clause's doers
        (
            "Russia and Belarus began large naval drills in the Baltic on Monday, with the "
            "exercises prompting Finland to deploy troops along its border.",
            {("FIN", "RUS", "154"), ("FIN", "BLR", "154")},
        ),
        # force told in a relative clause is a reported deed of its own
        (
            "Kenya protested the air strike by Somali forces that killed four Kenyan soldiers "
            "near the border.",
            {("SOMMIL", "KENMIL", "190")},
        ),
        # a trailing participle telling another party's reaction to the main clause's doer
        (
            "Serbia's president met Vladimir Putin in Moscow, drawing condemnation from Ukraine.",
            {("SRBGOV", "RUSGOV", "040"), ("UKR", "SRBGOV", "111")},
        ),
        # what a gerund after "after" reports is on the line of the verb it is told with
        (
            "The European Union froze the assets of three Sudanese commanders after concluding "
            "that the Rapid Support Forces had massacred civilians in Darfur.",
            {("SDNREB", "SDNCVL", "202")},
        ),
        # an accord its parties signed, named in an adjunct of the main clause
        (
            "Under the peace accord signed in Luanda on Friday by Angola and the UNITA rebels, "
            "the two sides will hold elections next year.",
            {("AGO", "AGOPTYREB", "057")},
        ),
        # the deed someone is judged for is done by the one judged
        (
            "Ukraine condemned Serbia for supplying weapons to Russia.",
            {("UKR", "SRB", "111"), ("SRB", "RUS", "072")},
        ),
        (
            "Poland criticised Hungary's prime minister for travelling to Moscow for talks with "
            "Vladimir Putin.",
            {("HUNGOV", "RUSGOV", "042")},
        ),
        # the act a response is made by
        (
            "Estonia expelled a Russian diplomat on Monday, and Moscow responded by expelling "
            "two Estonian diplomats.",
            {("EST", "RUSGOV", "161"), ("RUSGOV", "ESTGOV", "161")},
        ),
    ],
)
def test_event_beside_the_main_one(
    pipeline, text: str, expected: set[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert expected <= dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        # talks in the subject phrase stay the event; the mediator does not displace them
        (
            "Talks between Iran and the United States, mediated by Oman, ended in Rome on "
            "Saturday.",
            ("IRN", "USA", "046"),
            None,
        ),
        # a deed noun that is the object of a "with" clause's verb is its topic, not an event
        (
            "Russia vetoed the resolution, with Britain calling the veto a disgrace.",
            ("RUS", "*", "129"),
            ("GBR", "*", "129"),
        ),
        # an "as" clause of another party acting on nobody stays background
        (
            "Israel struck targets in Gaza on Saturday as the Arab League met in Cairo to "
            "discuss the war.",
            ("ISR", "PSE", "190"),
            ("IGO", "-", "040"),
        ),
    ],
)
def test_background_stays_background(pipeline, text: str, kept, absent) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, text)

    def has(want: tuple[str, str, str] | None) -> bool:  # "*": any actor on that side
        return want is not None and any(
            all(w in {"*", g} for w, g in zip(want, got, strict=True)) for got in found
        )

    assert has(kept)
    assert not has(absent)


def test_force_in_an_as_clause_of_another_party_is_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the appeal names no Sudanese party; the bombing is still Sudan's act of its own
    text = (
        "Chad's president appealed for food aid as Sudanese warplanes bombed Chadian border "
        "villages."
    )
    found = dyads(pipeline, text)
    assert any(src.startswith("SDN") and code.startswith("19") for src, _, code in found), found


def test_a_visit_in_an_as_clause_of_another_party_is_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Georgia closed its border with Armenia as the Turkish president arrived in Baku."
    found = dyads(pipeline, text)
    assert any(src.startswith("TUR") and code == "042" for src, _, code in found), found
