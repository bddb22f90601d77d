"""Event classes common in wire-news body sentences, with the shipped dictionaries (slow).
Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from .coded import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 055: asking forgiveness is an apology
        ("The Belgian king asked Congo for forgiveness.", "055"),
        ("Japan's prime minister sought forgiveness from South Korea for wartime abuses.", "055"),
        # 163: sanctions adopted or announced are sanctions imposed
        ("Canada adopted a new package of sanctions against Belarus on Friday.", "163"),
        ("The United States announced new sanctions on Iranian oil exports.", "163"),
        # 0863: trucks of aid let in
        ("Egypt allowed forty trucks of food aid into Gaza on Sunday.", "0863"),
        ("Turkey allowed dozens of trucks into the Syrian province of Idlib.", "0863"),
    ],
)
def test_wire_event_classes(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Belgian king asked Congo for help with the inquiry.",
        "The Canadian parliament adopted a new budget on Friday.",
        "The Egyptian ministry announced new rules for taxi drivers.",
    ],
)
def test_wire_event_counter_cases(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = codes(pipeline, text)
    assert not found & {"055", "163", "0863"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greek foreign minister was optimistic that Turkey would agree to resume talks.",
            ("GRCGOV", "TUR", "013"),
        ),
        (
            "The Armenian prime minister said he was hopeful that a treaty with Azerbaijan could"
            " be signed within months.",
            ("ARMGOV", "AZE", "013"),
        ),
        (
            "The Kenyan foreign minister was pessimistic that Somalia would sign the border deal.",
            ("KENGOV", "SOM", "012"),
        ),
    ],
)
def test_outlook_on_a_prospect_is_the_event(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in dyads(pipeline, text)


def test_outlook_on_a_fact_reports_the_fact(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a statement about what has happened codes what happened, not the speaker's mood
    found = codes(
        pipeline, "The Greek minister was confident that Turkey had violated its airspace."
    )
    assert "013" not in found


def test_an_adverbial_clause_is_not_what_a_threat_is_about(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "after talks broke down" is when, not what: the threat is to resume the strike (133)
    text = (
        "The Zambian miners' union threatened to resume its strike after talks with the"
        " mining ministry broke down."
    )
    found = codes(pipeline, text)
    assert "133" in found
    assert "1313" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ghanaian teachers' union threatened to strike over unpaid salaries.", "133"),
        ("The Houthis threatened to strike Israeli ships in the Red Sea.", "1384"),
    ],
)
def test_a_threatened_strike_by_workers_is_a_walkout(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a verb in "re" that does not mean "again" is not its stem's event
        ("Iraq refines most of its crude oil at the Baiji plant, Iraqi officials said.", "1", None),
        # with "re" meaning again it is: "reimposed" is imposing again
        ("Israel reimposed the blockade on Gaza on Monday.", None, "191"),
    ],
)
def test_re_prefix_means_again_only_for_some_verbs(  # type: ignore[no-untyped-def]
    pipeline, text: str, absent: str | None, present: str | None
) -> None:
    got = codes(pipeline, text)
    if absent is not None:
        assert not any(code.startswith(absent) for code in got), got
    if present is not None:
        assert present in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 073: relief and rescuers flown to a country
        (
            "Japan flew rescue teams and tents to Turkey after the earthquake.",
            ("JPN", "TUR", "073"),
        ),
        ("Egypt flew food and medicine to Sudan.", ("EGY", "SDN", "073")),
        # 057: a partnership or alliance signed is an agreement signed
        ("Kenya and Ethiopia signed a security partnership on Monday.", ("KEN", "ETH", "057")),
        ("Mali and Niger signed a defence alliance last week.", ("MLI", "NER", "057")),
    ],
)
def test_relief_flown_and_partnerships_signed(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = {(s[:3], t[:3], c) for s, t, c in dyads(pipeline, text)}
    assert expected in got, got


def test_flying_to_a_place_is_still_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "073" not in codes(pipeline, "The Japanese foreign minister flew to Turkey on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 192: forces moving or rolling into ground take it
        ("Turkish forces moved into northern Syria on Monday.", ("TUR", "SYR", "192")),
        ("Russian tanks rolled into Georgia in August.", ("RUS", "GEO", "192")),
    ],
)
def test_forces_moving_into_ground(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = {(s[:3], t[:3], c) for s, t, c in dyads(pipeline, text)}
    assert expected in got, got


def test_people_moving_into_a_house_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not codes(pipeline, "The Turkish family moved into a new house in Ankara.")


def test_joint_landings_are_a_joint_exercise(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Japanese and American marines carried out joint amphibious landings on Okinawa."
    got = {(s[:3], t[:3], c) for s, t, c in dyads(pipeline, text)}
    assert ("JPN", "USA", "062") in got, got
    assert not codes(pipeline, "The Egyptian airliner made an emergency landing in Cairo.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ceasefire agreed to take effect at once is declared (0871) ...
        ("Armenia and Azerbaijan agreed to an immediate ceasefire on Sunday.", "0871"),
        ("Chad and Sudan agreed on a full and unconditional truce.", "0871"),
        # ... one agreed for later is an intent (0356)
        ("Armenia and Azerbaijan agreed to a ceasefire starting next week.", "0356"),
    ],
)
def test_ceasefire_agreed_now_or_later(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


def test_remaining_on_hunger_strike(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Jailed Bahraini activist Abdulhadi al-Khawaja remains on hunger strike."
    assert "142" in codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # 163: tariffs ordered, or an extra tariff, are sanctions imposed
        "The US president ordered an extra 25 percent tariff on Brazilian goods.",
        "The American president ordered new tariffs on Chinese steel on Friday.",
    ],
)
def test_tariffs_ordered(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "163" in codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 016: "dismissed as absurd reports that ...": the accusation is the 'as' phrase
        (
            "The Kremlin dismissed as absurd reports that its agents had poisoned the defector.",
            "016",
        ),
        ("Tehran rejected as baseless claims that it had armed the rebels in Yemen.", "016"),
        # 161: ordering diplomats out is expelling them
        ("Mali ordered the French ambassador to leave the country within 72 hours.", "161"),
        ("Bolivia ordered the Chilean consul out of the country on Monday.", "161"),
        # 175: crowd-control rounds fired
        ("Riot police in Santiago fired rubber bullets at the Chilean students.", "175"),
        # 181: people seized are abducted
        ("Gunmen seized 20 passengers from a bus in northern Nigeria.", "181"),
        ("Bandits seized dozens of villagers in Zamfara state in Nigeria.", "181"),
        # 2041: a named choking agent
        ("Syrian troops used phosgene against the rebels in Ghouta.", "2041"),
        # ordering peacekeepers or aid agencies to leave is expelling them (1661, 1663)
        ("Mali ordered the UN peacekeepers to leave the country by the end of the year.", "1661"),
        ("Niger ordered three foreign aid agencies to leave the Diffa region.", "1663"),
        # mutilation is an assault; a palace taken by fighters is ground occupied
        ("Rebels hacked off the hands of villagers in the east of the country.", "182"),
        ("Rebel fighters seized the presidential palace in Bangui on Sunday.", "192"),
        # hijackers and cults are actors (agents.tsv): their deeds are events
        ("Hijackers seized a Kenya Airways plane after it took off from Nairobi.", "181"),
        ("Members of a doomsday cult released sarin gas in the Osaka metro.", "2041"),
        # 194/195: munitions slamming into a place; "slammed the decision" stays 111
        ("Russian missiles slammed into an apartment block in Kharkiv on Saturday.", "195"),
        ("Serb shells slammed into a crowded market in Sarajevo.", "194"),
        ("The Greek opposition slammed the government's budget.", "111"),
    ],
)
def test_codebook_vocabulary(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Mali ordered the French journalist to leave the country.", "161"),
        ("Police in Lagos seized weapons from the gang.", "181"),
        ("The Kremlin dismissed the proposal as absurd.", "016"),
    ],
)
def test_codebook_vocabulary_counter_cases(pipeline, text: str, unexpected: str) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1243: putting off a release of captives is declining to release them for now
        ("Hezbollah said it would postpone the release of the Israeli soldiers.", "1243"),
        ("Israel delayed the release of Palestinian prisoners on Saturday.", "1243"),
        # 061: energy pumped or flowing to another country
        ("Algeria began pumping natural gas to Italy through a new pipeline.", "061"),
        ("Russian gas resumed flowing to Hungary through the TurkStream pipeline.", "061"),
    ],
)
def test_releases_put_off_and_energy_flows(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


def test_a_vote_delayed_is_no_refusal_to_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "1243" not in codes(pipeline, "The Israeli parliament delayed the vote on the budget.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party proposing talks with another intends to meet (036); a third party proposing
        # talks between others appeals to them to meet (026)
        ("The Armenian premier proposed direct talks with Azerbaijan in Vienna.", "036"),
        ("The Iranian president requested a meeting with the Saudi crown prince.", "036"),
        ("Norway proposed talks between Colombia and the rebels.", "026"),
    ],
)
def test_proposed_talks_with_or_between(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = codes(pipeline, text)
    assert expected in found
    assert not found & {"026", "036"} - {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 154: forces ordered to a place are deployed
        ("Moscow ordered two battalions to the Finnish border.", "154"),
        # 191: halting entry into a territory restricts movement
        ("Egypt stopped the entry of aid trucks into Gaza on Monday.", "191"),
        # 160: revoking an agreement, as terminating one
        ("Niger revoked the military agreement with the United States.", "160"),
    ],
)
def test_forces_ordered_entry_halted_agreements_revoked(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


def test_troops_ordered_to_withdraw_are_not_deployed(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "154" not in codes(
        pipeline, "The Kremlin ordered its troops to withdraw from the border."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chad ended its defence cooperation agreement with France on Thursday.",
        "Burkina Faso terminated its military agreement with France.",
    ],
)
def test_an_agreement_ended_with_a_partner(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("TCD" if text.startswith("Chad") else "BFA", "FRA", "160") in {
        (s[:3], t[:3], c) for s, t, c in dyads(pipeline, text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 150: missiles fired into the sea are a show of force ...
        ("North Korea fired two ballistic missiles into the sea off its east coast.", "150"),
        ("Pyongyang launched a cruise missile into waters off the peninsula.", "150"),
        # ... rockets fired into a country are an attack
        ("Hezbollah fired rockets into northern Israel on Monday.", "194"),
    ],
)
def test_missiles_fired_into_the_sea(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = codes(pipeline, text)
    assert expected in found
    assert not found & {"150", "194"} - {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 161: embassy staff expelled are diplomats expelled
        ("Algeria expelled 12 French embassy employees on Monday.", "161"),
        # 063: cartel figures sent to another state for trial
        ("Mexico sent 29 alleged drug cartel figures to the United States on Thursday.", "063"),
    ],
)
def test_embassy_staff_expelled_and_cartel_figures_sent(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


def test_officials_sent_abroad_are_no_judicial_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "063" not in codes(
        pipeline, "Mexico sent 29 officials to the United States on Thursday."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # assuring someone one will act is a promise (03): the that-clause the parser hangs
        # on the addressee is the verb's complement
        (
            "The Ghanaian president assured his Nigerian counterpart that Ghana would back"
            " the bid.",
            "032",
        ),
        (
            "The Japanese premier assured the Philippine president that Japan would help"
            " rebuild the port.",
            "033",
        ),
        # a reassurance about a state of things stays an optimistic comment
        ("The Egyptian minister assured parliament that the economy was recovering.", "013"),
    ],
)
def test_assurances_of_future_acts(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The UN Human Rights Council set up a fact-finding mission on Libya.",
        "The UN Human Rights Council voted to establish an independent fact-finding mission on"
        " Myanmar.",
    ],
)
def test_a_fact_finding_mission_set_up_is_an_investigation(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "090" in codes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia gave the Russian president a red-carpet welcome in Ulaanbaatar.",
        "Serbia accorded the Chinese president a lavish welcome in Belgrade.",
    ],
)
def test_a_welcome_given_is_hosting_a_visit(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "043" in codes(pipeline, text)


def test_fans_welcoming_a_team_host_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "043" not in codes(pipeline, "The fans gave the team a warm welcome at the airport.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 161: an embassy's work suspended is a cut in diplomatic relations
        ("Lithuania suspended the operations of its embassy in Kyiv.", "161"),
        # 162: a pause in aid ordered
        ("The White House ordered a pause in aid to Colombia.", "162"),
    ],
)
def test_embassy_work_suspended_and_aid_paused(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in codes(pipeline, text)
