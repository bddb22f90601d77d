from datetime import date
from pathlib import Path

import pytest

from tacitus.errors import EvaluationError
from tacitus.evaluate import GoldEvent, GoldRecord, load_gold, score
from tacitus.models import Actor, Event, Evidence


def ev(
    src: str | None,
    tgt: str | None,
    code: str,
    *,
    recip: bool = False,
    negated: bool = False,
    plover: str | None = "CONSULT",
) -> Event:
    def actor(c: str | None) -> Actor | None:
        return Actor(c or "", c or "", c) if c else None

    return Event(
        id=f"{src}{tgt}{code}",
        article_id="a",
        date=date(2020, 1, 1),
        date_precision="day",
        date_source="text",
        event_type=plover,
        mode=None,
        contexts=(),
        cameo=code,
        goldstein=1.0,
        quad_class=1,
        source=actor(src),
        target=actor(tgt),
        reciprocal=recip,
        negated=negated,
        modality="asserted",
        location=None,
        confidence=0.9,
        evidence=Evidence(0, "", (0, 1), None, None, None, "test"),
        coder="t",
    )


def gold(*events: tuple[str | None, str | None, str], noevents: bool = False) -> GoldRecord:
    return GoldRecord(
        "r",
        "text",
        None,
        tuple(
            GoldEvent(s, t, c, None, {"source": s, "target": t, "code": c}) for s, t, c in events
        ),
        noevents,
    )


def test_dyad_root_match_and_full_code() -> None:
    rep = score([gold(("USA", "CHN", "042"))], {"r": [ev("USA", "CHN", "040")]})
    assert rep.levels["dyad+root"].f1 == 1.0
    assert rep.levels["dyad+code"].f1 == 0.0
    assert rep.levels["root"].f1 == 1.0


def test_wrong_direction_does_not_match_unless_reciprocal() -> None:
    g = [gold(("USA", "CHN", "040"))]
    assert score(g, {"r": [ev("CHN", "USA", "040")]}).levels["dyad+root"].f1 == 0.0
    assert score(g, {"r": [ev("CHN", "USA", "040", recip=True)]}).levels["dyad+root"].f1 == 1.0


def test_reciprocal_prediction_matches_both_gold_directions_and_counts_once() -> None:
    rep = score(
        [gold(("HUN", "ROU", "030"), ("ROU", "HUN", "030"))],
        {"r": [ev("HUN", "ROU", "030", recip=True)]},
    )
    s = rep.levels["dyad+root"]
    assert (s.recall, s.precision) == (1.0, 1.0)


def test_unknown_gold_actor_matches_anything() -> None:
    rep = score([gold((None, None, "010"))], {"r": [ev("FRA", None, "010")]})
    assert rep.levels["dyad+root"].f1 == 1.0


def test_each_gold_matches_at_most_one_prediction() -> None:
    rep = score([gold(("USA", "CHN", "040"))], {"r": [ev("USA", "CHN", "040")] * 2})
    s = rep.levels["dyad+root"]
    assert s.recall == 1.0 and s.precision == 0.5
    assert len(rep.extras) == 1 and not rep.misses


def test_negated_predictions_are_not_scored_and_noevents_rate() -> None:
    rep = score([gold(noevents=True)], {"r": [ev("USA", "CHN", "057", negated=True)]})
    assert rep.noevents_clean == 1 and rep.levels["dyad+root"].pred == 0


def test_per_root_and_misses() -> None:
    rep = score([gold(("USA", "CHN", "190"))], {"r": [ev("USA", "CHN", "111")]})
    assert rep.per_root["19"].recall == 0.0
    assert rep.per_root["11"].pred == 1
    assert rep.misses[0]["gold"]["code"] == "190"


def test_load_gold_errors(tmp_path: Path) -> None:
    f = tmp_path / "g.jsonl"
    f.write_text('{"text": "x", "events": []}\n{"events": []}\n')
    with pytest.raises(EvaluationError, match=":2:"):
        load_gold(f)


def test_gold_country_from_code() -> None:
    f_events = [{"source": "USAGOV", "target": "---", "code": "042"}]
    import json

    path = Path(__file__).parent / "_tmp_gold.jsonl"
    try:
        path.write_text(json.dumps({"id": 1, "text": "t", "events": f_events}) + "\n")
        (rec,) = load_gold(path)
        assert (rec.events[0].source, rec.events[0].target) == ("USA", None)
    finally:
        path.unlink()


def test_reliability_table_counts_matches_per_confidence_bin() -> None:
    low = ev("USA", "CHN", "190")
    high = ev("USA", "CHN", "040")
    object.__setattr__(low, "confidence", 0.55)
    object.__setattr__(high, "confidence", 0.85)
    rep = score([gold(("USA", "CHN", "040"))], {"r": [low, high]}).to_dict()
    assert rep["calibration"] == [
        {"confidence": "0.5-0.6", "predicted": 1, "correct": 0, "precision": 0.0},
        {"confidence": "0.8-0.9", "predicted": 1, "correct": 1, "precision": 1.0},
    ]


@pytest.mark.parametrize(
    ("gold_type", "pred_type", "mode", "matches"),
    [
        ("CONSULT", "CONSULT", None, True),
        ("DEMAND", "REQUEST", None, True),
        ("FIGHT", "ASSAULT", None, True),
        ("DISAPPROVE", "ACCUSE", "allege", True),
        ("DISAPPROVE", "ACCUSE", "investigate", False),
        ("INVESTIGATE", "ACCUSE", "investigate", True),
        ("INVESTIGATE", "ACCUSE", "allege", False),
        ("DEMAND", "THREATEN", None, False),
    ],
)
def test_plover_types_of_earlier_drafts_are_read_as_2021_types(
    gold_type: str, pred_type: str, mode: str | None, matches: bool
) -> None:
    from dataclasses import replace

    record = GoldRecord(
        "r",
        "text",
        None,
        (GoldEvent("USA", "CHN", "100", gold_type, {"code": "100"}),),
        False,
    )
    pred = replace(ev("USA", "CHN", "100", plover=pred_type), mode=mode)
    rep = score([record], {"r": [pred]})
    assert rep.levels["plover"].tp_gold == int(matches)


def test_plover_type_level_ignores_the_actors_and_plover_level_does_not() -> None:
    record = GoldRecord(
        "r",
        "text",
        None,
        (GoldEvent("USA", "CHN", "040", "CONSULT", {"code": "040"}),),
        False,
    )
    wrong_dyad = ev("RUS", "CHN", "040")
    rep = score([record], {"r": [wrong_dyad]})
    assert rep.levels["plover-type"].tp_gold == 1
    assert rep.levels["plover"].tp_gold == 0
    other_type = ev("USA", "CHN", "190", plover="ASSAULT")
    rep = score([record], {"r": [other_type]})
    assert rep.levels["plover-type"].tp_gold == 0
