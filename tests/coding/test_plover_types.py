"""PLOVER types of coded events: a trigger pattern's own type where the 2021 ontology files its
verb elsewhere than its CAMEO code's row (`plover=TYPE/mode`), and the rules that pick codes
whose type the ontology fixes. Every sentence here is written for the test; none comes from an
evaluation set."""

from pathlib import Path

import pytest

from tacitus.coding.dictionary import PloverOverride, load_cameo, load_triggers
from tacitus.errors import DictionaryError

from .coded import events


def _load(tmp_path: Path, line: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "t.txt"
    path.write_text("# header\n" + line, encoding="utf-8")
    return load_triggers([str(path)], shipped=False)


def test_override_is_read_with_flags(tmp_path: Path) -> None:
    t = _load(tmp_path, "verb\tresign\t0831\tnotarget plover=RETREAT/resign\n")
    (pattern,) = t.for_token("verb", "resign")
    assert pattern.flags == frozenset({"notarget"})
    assert pattern.plover == PloverOverride("RETREAT", "resign")
    cameo = load_cameo()
    # the pattern's own code takes the override, with the code's contexts
    assert pattern.plover_type(cameo["0831"]) == ("RETREAT", "resign", cameo["0831"].contexts)
    # a family code made from the pattern ("will resign": 0341) keeps the table's type
    assert pattern.plover_type(cameo["0341"])[0] == "AGREE"


def test_override_without_mode(tmp_path: Path) -> None:
    t = _load(tmp_path, "verb\tpay +compensation\t080\tplover=RETREAT\n")
    (pattern,) = t.for_token("verb", "pay")
    assert pattern.plover == PloverOverride("RETREAT", None)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("verb\tresign\t0831\tplover=RETIRE\n", "not a PLOVER type"),
        ("verb\tresign\t0831\tplover=retreat\n", "not a PLOVER type"),
        ("verb\tresign\t0831\tplover=RETREAT/quit\n", "not a mode of RETREAT"),
        ("verb\tsay\t010\tplover=AGREE\n", "no PLOVER events"),
        ("verb\turge\t020\tplover=REQUEST\n", "no PLOVER events"),
        ("verb\tresign\t0831\tplover=CONCEDE\n", "repeats what CAMEO 0831 gives"),
        ("verb\tresign\t0831\tplover=RETREAT plover=CONCEDE/x\n", "at most one"),
        ("verb\tresign\t0831\tplover:RETREAT\n", "plover=TYPE/mode"),
    ],
)
def test_bad_override_reports_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    with pytest.raises(DictionaryError) as err:
        _load(tmp_path, line)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{tmp_path / 't.txt'}:2:")


def test_mode_of_the_cameo_table_is_accepted(tmp_path: Path) -> None:
    # "return" is not a mode the ontology lists for RETREAT, but the table's 0842 row uses it
    t = _load(tmp_path, "verb\thand back +property\t080\tplover=RETREAT/return\n")
    assert t.for_token("verb", "hand")[0].plover == PloverOverride("RETREAT", "return")


def test_shipped_overrides() -> None:
    t = load_triggers()
    resign = [p for p in t.for_token("verb", "resign") if not p.particles]
    assert resign[0].plover == PloverOverride("RETREAT", "resign")
    assert t.cameo["163"].plover == "SANCTION"  # embargoes and sanctions (ontology.md)
    assert t.cameo["0813"].plover == "CONCEDE"


def _typed(pipe, text: str) -> set[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return {(e.event_type, e.mode, e.cameo) for e in events(pipe, text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # resigning is RETREAT/resign (CAMEO 0831 stays)
        ("The Moldovan prime minister resigned on Friday.", ("RETREAT", "resign", "0831")),
        (
            "The Kyrgyz interior minister stepped down after the riots.",
            ("RETREAT", "resign", "0831"),
        ),
        ("The Armenian defence minister tendered his resignation.", ("RETREAT", "resign", "0831")),
        # a promise to resign is an intent (AGREE), as the family code's row says
        ("The Georgian prime minister will resign next week.", ("AGREE", None, "0341")),
        # handing over power is still a concession
        ("The Kyrgyz president handed over power to the speaker.", ("CONCEDE", None, "0831")),
        # failing to agree is a rejection of a settlement, not a material sanction
        (
            "Serbia and Kosovo failed to reach an agreement on the license plates.",
            ("REJECT", "meet", "164"),
        ),
        # breaking off talks stays SANCTION
        (
            "Azerbaijan broke off the talks with Armenia.",
            ("SANCTION", "withdraw", "164"),
        ),
        # sanctions and embargoes are SANCTION (ontology.md), not COERCE
        ("Canada imposed sanctions on Belarus.", ("SANCTION", None, "163")),
        # compensation paid is a material concession
        ("Japan paid compensation to Korean forced labourers.", ("RETREAT", None, "080")),
    ],
)
def test_plover_type_of_pattern(pipeline, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _typed(pipeline, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cameo", "event_type"),
    [
        # refugees seeking refuge in a country demand shelter there (1033); asylum requests
        # stay appeals (0233, no PLOVER type)
        ("Thousands of Afghan refugees sought refuge in Iran.", "1033", "REQUEST"),
        # a complaint stated in words is a criticism
        (
            "Human Rights Watch protested that Uzbek police were beating Karakalpak activists.",
            "111",
            "ACCUSE",
        ),
        # rallying others to support someone is 053; mobilizing troops stays 154
        ("Armenia mobilized its diaspora to support the Karabakh Armenians.", "053", "SUPPORT"),
        ("Russia mobilized troops to support the offensive.", "154", "MOBILIZE"),
        # a consensus or an understanding to act is an intent to act
        (
            "Russia and Georgia reached an understanding to withdraw troops from the border.",
            "0356",
            "AGREE",
        ),
        # armed forces getting ready to attack show a force posture; saying one is ready
        # to strike is a threat
        ("The Azerbaijani army prepared to resume shelling Armenian positions.", "150", "MOBILIZE"),
        ("Turkish troops are preparing to attack Kurdish militants in Syria.", "150", "MOBILIZE"),
        ("Iran is prepared to strike Israel.", "138", "THREATEN"),
        # a planted mine going off is a placed explosive device
        ("A landmine explosion in Kandahar killed three Afghan soldiers.", "1833", "ASSAULT"),
        # a speaker putting an obligation on another actor demands, pattern or not
        (
            "The Red Cross said Russian forces must ensure the safety of civilians.",
            "100",
            "REQUEST",
        ),
        # peacekeepers taken out of a country are withdrawn
        ("Ninety UN peacekeepers were shipped out of southern Lebanon.", "1661", "SANCTION"),
    ],
)
def test_codes_whose_type_the_ontology_fixes(
    pipeline, text: str, cameo: str, event_type: str
) -> None:  # type: ignore[no-untyped-def]
    found = {(e.cameo, e.event_type) for e in events(pipeline, text)}
    assert (cameo, event_type) in found


@pytest.mark.slow
def test_saying_oneself_must_act_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not events(pipeline, "Azerbaijan said it must protect its citizens.")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        # aid stopped in a country's capital is that country's
        ("UN officials suspended food deliveries in Sanaa on Monday.", "IGO", "YEM", "1623"),
        # "to five officers holed up in ...": the parser makes the officers the subject of
        # the participle; the preposition keeps its object
        (
            "Turkey granted political asylum to three Syrian officers holed up in its embassy.",
            "TUR",
            "SYR",
            "075",
        ),
        # the head's role word names the actor: a party, described as Islamist (an announced
        # boycott is the boycott, 1431)
        ("The Islamist party said it will boycott the elections in Algeria.", None, None, "1431"),
        # the Sierra Leone war's rebels are a known armed group
        ("The Revolutionary United Front released 50 peacekeepers.", "SLE", None, "0841"),
    ],
)
def test_actors_found(
    pipeline, text: str, source: str | None, target: str | None, cameo: str
) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, text)
    assert any(
        e.cameo == cameo
        and e.source is not None
        and (source is None or e.source.country == source)
        and (target is None or (e.target is not None and e.target.country == target))
        for e in found
    ), [(e.cameo, e.source, e.target) for e in found]
