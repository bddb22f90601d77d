"""Source, target, reciprocity and modality from the dependency parse (mini dictionaries)."""

from datetime import date

import pytest

from tacitus.models import Event
from tacitus.pipeline import code_texts

pytestmark = pytest.mark.slow
PUB = date(2021, 10, 26)


def events(pipe, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    (out,) = code_texts(pipe, [(text, PUB)])
    return out


def triples(evs: list[Event]) -> set[tuple[str, str, str, bool]]:
    return {
        (
            e.source.code if e.source else "-",
            e.target.code if e.target else "-",
            e.cameo,
            e.reciprocal,
        )
        for e in evs
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey and Azerbaijan met in Baku.", {("TUR", "AZE", "040", True)}),
        ("Azerbaijani troops fired on Armenian positions.", {("AZEMIL", "ARM", "190", False)}),
        ("Armenia was attacked by Azerbaijani troops.", {("AZEMIL", "ARM", "190", False)}),
        (
            "Turkey and Georgia met Armenia.",
            {("TUR", "ARM", "040", True), ("GEO", "ARM", "040", True)},
        ),
        ("Russia condemned Georgia.", {("RUSGOV" if False else "RUS", "GEO", "111", False)}),
        ("Armenia received aid from Russia.", {("RUS", "ARM", "070", False)}),
        (
            "Talks between Armenia and Azerbaijan resumed.",
            {("ARM", "AZE", "040", True)},
        ),
        (
            "Turkey held talks with Georgia.",
            {("TUR", "GEO", "040", True)},
        ),
        ("The police detained protesters.", {("---COP", "---OPPCVL", "173", False)}),
        ("Protesters protested.", {("---OPPCVL", "-", "140", False)}),
    ],
)
def test_roles(mini_pipeline, text: str, expected: set[tuple[str, str, str, bool]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(events(mini_pipeline, text)) == expected


def test_refused_to_meet_is_a_rejection_not_a_meeting(mini_pipeline) -> None:  # type: ignore[no-untyped-def]
    assert {e.cameo for e in events(mini_pipeline, "Armenia refused to meet Azerbaijan.")} == {
        "1246"
    }


def test_negation_and_future(mini_pipeline) -> None:  # type: ignore[no-untyped-def]
    (neg,) = events(mini_pipeline, "Turkey did not sign the treaty with Georgia.")
    assert neg.negated and neg.cameo == "057"
    (fut,) = events(mini_pipeline, "Turkey will meet Georgia next month.")
    assert fut.modality == "intended" and fut.date == date(2021, 11, 1)
    (hyp,) = events(mini_pipeline, "If Russia attacks Georgia, Turkey would respond.")
    assert hyp.modality == "hypothetical"


def test_reported_speech_keeps_the_real_actor(mini_pipeline) -> None:  # type: ignore[no-untyped-def]
    evs = events(mini_pipeline, "Armenia said Azerbaijani troops attacked Armenian positions.")
    assert triples(evs) == {("AZEMIL", "ARM", "190", False)}


def test_date_from_clause_and_reporting_verb(mini_pipeline) -> None:  # type: ignore[no-untyped-def]
    (e,) = events(mini_pipeline, "Turkey met Georgia, the ministry reported on October 25.")
    assert (e.date, e.date_source) == (date(2021, 10, 25), "text")
    (h,) = events(mini_pipeline, "Turkey met Georgia in 1992.")
    assert (h.date, h.date_precision, h.modality) == (date(1992, 1, 1), "year", "historical")


def test_evidence_offsets_point_into_the_article(mini_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Intro sentence here. Azerbaijani troops fired on Armenian positions on Tuesday."
    (e,) = events(mini_pipeline, text)
    s, t = e.evidence.trigger
    assert text[s:t] == "fired"
    assert e.evidence.source_span and text[slice(*e.evidence.source_span)] == "Azerbaijani troops"
    assert e.evidence.date_span and text[slice(*e.evidence.date_span)].endswith("Tuesday")
    assert e.evidence.sentence_index == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force the police or troops use on protesters is repression of dissent (175)
        ("Police opened fire on protesters in Lagos, killing two people.", "175"),
        ("Soldiers shot at demonstrators outside the governor's office in Yangon.", "175"),
        # ... not when they fight an armed side, nor in a clash of two sides
        ("Police opened fire on gunmen in the centre of Lagos.", "190"),
        ("Riot police and protesters clashed in the centre of Lagos.", "190"),
        # force on nobody named, in a sentence where protesters act, is used on them
        (
            "Demonstrators blocked the main highway into La Paz on Friday, and soldiers fired "
            "live rounds, wounding a dozen people.",
            "175",
        ),
        ("Bolivian police opened fire in El Alto on Friday, killing two men.", "190"),
    ],
)
def test_state_force_on_protesters_is_repression(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from .coded import codes

    found = codes(pipeline, text)
    assert expected in found
    assert not found & {"180", "190"} - {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # removing people by the thousand is a mass expulsion (201), as "thousands of" is
        ("The Dominican Republic deported more than 30,000 Haitians in a single month.", "201"),
        ("Thailand will deport 5,000 Cambodian migrants a week.", "201"),
        # a few dozen stay a deportation
        ("Malaysia deported 40 Indonesian workers on Monday.", "174"),
    ],
)
def test_deporting_thousands_is_a_mass_expulsion(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    from .coded import codes

    found = codes(pipeline, text)
    assert expected in found
    assert not found & {"174", "201"} - {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian foreign minister said he was not optimistic about a quick deal.",
        "The Qatari premier said he was not confident that Israel would accept the plan.",
    ],
)
def test_optimism_denied_is_pessimism(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    from .coded import codes

    assert "012" in codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial or an expression of sympathy in a coordinated clause of another actor is an
        # event of its own, not a statement beside the sentence's other event
        (
            "Kinshasa accused Kigali of backing the rebels, but Rwanda's government denied the "
            "charge.",
            ("RWAGOV", "CODGOV", "016"),
        ),
        (
            "Poland closed its border crossings with Belarus on Monday, and Lithuania expressed "
            "sympathy for the victims.",
            ("LTU", "LTUCVL", "018"),
        ),
    ],
)
def test_statement_in_a_conjunct_of_its_own(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    from .coded import dyads

    assert expected in dyads(pipeline, text)


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "Chinese President Xi Jinping received Brazilian President Lula at the Great Hall "
            "of the People on Tuesday.",
            "CHN",
            "BRA",
        ),
        (
            "Vladimir Putin was greeted by Kim Jong Un at Pyongyang airport on Wednesday.",
            "PRK",
            "RUS",
        ),
    ],
)
def test_a_received_guest_visits_the_host(pipeline, text: str, host: str, guest: str) -> None:  # type: ignore[no-untyped-def]
    found = {
        (e.source.country, e.target.country, e.cameo)
        for e in events(pipeline, text)
        if e.source and e.target
    }
    assert (host, guest, "043") in found
    assert (guest, host, "042") in found


def test_a_host_of_the_same_country_is_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan president received the Kenyan ambassador at State House."
    assert not any(e.cameo == "042" for e in events(pipeline, text))


def test_a_visit_told_by_the_sentence_is_not_added_again(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Vietnamese party chief To Lam received the visiting Cambodian Prime Minister "
        "Hun Manet in Hanoi on Friday."
    )
    assert sum(e.cameo == "042" for e in events(pipeline, text)) == 1


def test_a_visit_told_aside_does_not_stand_for_the_guests_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vladimir Putin was greeted by Kim Jong Un at Pyongyang airport on Wednesday, the "
        "first visit by a Russian leader to North Korea in 24 years."
    )
    found = {
        (e.source.country, e.target.country, e.cameo)
        for e in events(pipeline, text)
        if e.source and e.target
    }
    assert ("RUS", "PRK", "042") in found
