"""Exports: column sets of GDELT, ICEWS, PLOVER; CSV and typed Parquet."""

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from tacitus.errors import TacitusError
from tacitus.models import Location
from tacitus.store import Store
from tacitus.store.export import (
    GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    ICEWS_COLUMNS,
    export,
    gdelt_id,
    plover,
    read_plover,
)

from .factory import article, event

BAKU = Location("Baku", "AZE", "Baku", 40.38, 49.89, 587084, "city")


@pytest.fixture
def filled(store: Store) -> Store:
    store.save(
        article("e1", "Alpha"),
        [
            event("e1", 1, "AZEGOVMIL", "TUREDU", place=BAKU),
            event("e1", 2, "ARMMIL", "AZEMIL", "190", date(2020, 9, 27)),
            event("e1", 3, "RUSGOV", None, "010"),  # a statement: no PLOVER type
        ],
        5,
        "t",
    )
    other = article("e2", "Beta", text="Another report of the Baku meeting, in other words.")
    store.save(other, [event("e2", 1, "AZEGOV", "TUR", conf=0.7)], 1, "t")
    return store


def rows(path: Path, sep: str) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=sep))


def test_gdelt_events_and_mentions(filled: Store, tmp_path: Path) -> None:
    done = export(filled, "gdelt", tmp_path / "out.export.CSV")
    events_file, mentions_file = done.files
    assert mentions_file.name == "out.export.mentions.CSV"
    events = rows(events_file, "\t")
    assert done.rows == len(events) == 3 and len(GDELT_EVENT_COLUMNS) == 61
    assert all(len(r) == 61 for r in events)
    meeting = next(r for r in events if r[26] == "040")
    col = dict(zip(GDELT_EVENT_COLUMNS, meeting, strict=True))
    assert col["Day"] == "20211025" and col["MonthYear"] == "202110" and col["Year"] == "2021"
    assert col["Actor1Code"] == "AZEGOVMIL" and col["Actor1Type1Code"] == "GOV"
    assert col["Actor2CountryCode"] == "TUR" and col["Actor2Type1Code"] == "EDU"
    assert (col["NumMentions"], col["NumSources"], col["NumArticles"]) == ("2", "2", "2")
    assert col["ActionGeo_CountryCode"] == "AJ"  # FIPS, not ISO: Azerbaijan is AJ
    assert col["ActionGeo_Type"] == "4" and col["ActionGeo_FeatureID"] == "587084"
    assert float(col["ActionGeo_Lat"]) == pytest.approx(40.38)
    ids = {gdelt_id(e["id"]) for e in filled.events()}
    assert int(col["GlobalEventID"]) in ids
    mentions = rows(mentions_file, "\t")
    assert len(mentions) == 4 and all(len(r) == len(GDELT_MENTION_COLUMNS) == 16 for r in mentions)
    assert {r[0] for r in mentions} == {r[0] for r in events}
    assert {r[4] for r in mentions} == {"Alpha", "Beta"}


def test_icews_has_twenty_named_columns(filled: Store, tmp_path: Path) -> None:
    export(filled, "icews", tmp_path / "icews.tsv")
    header, *body = rows(tmp_path / "icews.tsv", "\t")
    assert tuple(header) == ICEWS_COLUMNS and len(header) == 20
    assert all(len(r) == 20 for r in body) and len(body) == 3
    meeting = next(dict(zip(header, r, strict=True)) for r in body if r[6] == "040")
    assert meeting["Source Country"] == "Azerbaijan" and meeting["City"] == "Baku"
    assert meeting["Source Sectors"] == "Government,Military"
    assert meeting["Event Text"] == "Consult"


def test_plover_round_trip(filled: Store, tmp_path: Path) -> None:
    done = export(filled, "plover", tmp_path / "events.jsonl")
    back = list(read_plover(tmp_path / "events.jsonl"))
    expected = [plover(r) for r in filled.events() if r["event_type"]]
    assert done.rows == 2 and back == json.loads(json.dumps(expected))
    keys = "id date actor recipient event mode context event_loc text text_info cite_info coder"
    assert {*keys.split(), "version"} == set(back[0])
    meeting = next(r for r in back if r["event"] == "CONSULT")
    assert meeting["cite_info"]["sources"] == 2 and meeting["event_loc"]["name"] == "Baku"


def test_csv_and_parquet(filled: Store, tmp_path: Path) -> None:
    export(filled, "csv", tmp_path / "e.csv")
    header, *body = rows(tmp_path / "e.csv", ",")
    assert "source_code" in header and len(body) == 3
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    export(filled, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 3
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("contexts").type == pa.list_(pa.string())
    assert sorted(table.column("mentions").to_pylist()) == [1, 1, 2]


def test_empty_store_and_unknown_format(store: Store, tmp_path: Path) -> None:
    assert export(store, "parquet", tmp_path / "none.parquet").rows == 0
    with pytest.raises(TacitusError, match="unknown export format"):
        export(store, "xml", tmp_path / "x.xml")
