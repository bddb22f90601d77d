"""What the shipped actor dictionaries cover: counts of organisations, armed groups and role
phrases, dated office holders of the focus countries since 2000, and a current head of state or
government for every state. Known gaps are listed here with their reason."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tacitus.actors.dictionary import (
    ActorDictionary,
    Entry,
    dictionary_files,
    load_actor_dictionary,
)

AS_OF = date(2026, 11, 1)  # the "as of" date of people.tsv
SINCE = date(2000, 1, 1)
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
FOCUS = [*G20, *"AZE ARM GEO IRN UKR KAZ KGZ TJK TKM UZB".split()]
HEADS = {"president", "acting president", "interim president", "king", "queen", "head of state"}
OFFICES = {
    "state": HEADS
    | {
        "president of the confederation",
        "supreme leader",
        "chairman of the presidential council",
        "state president",
        "emperor",
    },
    "government": {
        "prime minister",
        "premier",
        "chancellor",
        "state minister",
        "caretaker prime minister",
        "acting prime minister",
        "interim prime minister",
        "acting chancellor",
    }
    | HEADS,  # in presidential systems the president heads the government
    "foreign": {
        "foreign minister",
        "foreign secretary",
        "secretary of state",
        "acting foreign minister",
    },
    "defence": {
        "defence minister",
        "secretary of defense",
        "defence secretary",
        "secretary of national defence",
        "acting defence minister",
        "acting secretary of defense",
        "director-general of the defence agency",
    },
    "interior": {
        "interior minister",
        "home affairs minister",
        "home secretary",
        "interior secretary",
        "home minister",
        "minister of public security",
        "secretary of homeland security",
        "acting secretary of homeland security",
        "public safety minister",
        "solicitor general",
        "justice minister",
        "public security minister",
        "justice and public security minister",
    },
}
NOT_FILLED = "names or dates not certain enough from public knowledge; add from an official list"
# (country, office) -> why the dictionary has no holder for part of 2000-now
KNOWN_GAPS = {
    ("AUS", "state"): "the King is head of state (GBR line); governors-general from 2019 only",
    ("CAN", "state"): "the King is head of state (GBR line); governors-general from 2021 only",
    ("SAU", "government"): "the King was also prime minister until 2022 (king lines)",
    ("AUS", "interior"): "no interior-security portfolio before Home Affairs (2017)",
    ("JPN", "interior"): "police answer to the National Public Safety Commission, not a minister",
    ("ARM", "interior"): "no interior ministry before 2023 (the police was a state agency)",
    ("USA", "interior"): "no homeland security department before 2003",
    ("KOR", "interior"): NOT_FILLED,
    ("KOR", "defence"): "acting ministers after the December 2024 martial law",
    ("CHN", "defence"): "vacant between Li Shangfu's removal and Dong Jun (2023)",
    ("IRN", "interior"): "acting minister in 2008",
    ("ARM", "foreign"): "acting minister in 2021",
    ("JPN", "defence"): NOT_FILLED,
    ("ARG", "interior"): NOT_FILLED,
    ("BRA", "interior"): NOT_FILLED,
    ("KAZ", "defence"): NOT_FILLED,
    ("KAZ", "interior"): NOT_FILLED,
    ("KGZ", "foreign"): NOT_FILLED,
    ("KGZ", "defence"): NOT_FILLED,
    ("KGZ", "interior"): NOT_FILLED,
    ("TJK", "interior"): NOT_FILLED,
    ("TKM", "foreign"): NOT_FILLED,
    ("TKM", "defence"): NOT_FILLED,
    ("TKM", "interior"): NOT_FILLED,
    ("UZB", "foreign"): NOT_FILLED,
    ("UZB", "interior"): NOT_FILLED,
}
# States whose current head the dictionary does not know.
NO_CURRENT_HEAD = {
    "COL": "president elected in 2026: not known when people.tsv was written",
    "CRI": "president elected in 2026: not known when people.tsv was written",
    "HND": "president elected in 2025-26: not known when people.tsv was written",
    "SMR": "captains regent change every six months",
}
HEAD_WORDS = (
    "president",
    "king",
    "queen",
    "prime minister",
    "premier",
    "sultan",
    "emir",
    "prince",
    "pope",
    "leader",
    "chairman",
    "head of",
    "chancellor",
    "taoiseach",
    "governor-general",
    "governor general",
)


@pytest.fixture(scope="module")
def shipped() -> ActorDictionary:
    return load_actor_dictionary()


def _terms(d: ActorDictionary) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for terms in d.people.values():
        for t in terms:
            out.setdefault(t.country or "", []).append(t)
    return out


def _named(d: ActorDictionary) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for bucket in d.by_name.values():
        for e in bucket:
            if e.role == "named" and e.code:
                out.setdefault(e.code, []).append(e)
    return out


def gaps(terms: list[Entry], offices: set[str]) -> list[tuple[date, date]]:
    """Stretches of 2000-AS_OF longer than 45 days with no holder of any of `offices`."""
    spans = sorted(
        (t.start or date.min, t.end or AS_OF) for t in terms if (t.office or "") in offices
    )
    found, covered = [], SINCE
    for start, end in spans:
        if start > covered + timedelta(days=45):
            found.append((covered, start))
        covered = max(covered, end)
    if covered < AS_OF:
        found.append((covered, AS_OF))
    return found


def test_organisations_and_groups(shipped: ActorDictionary) -> None:
    named = _named(shipped)
    igos = [c for c, es in named.items() if es[0].country == "IGO" and es[0].kind == "igo"]
    ngos = [c for c, es in named.items() if es[0].country == "NGO"]
    armed = [
        c
        for c, es in named.items()
        if es[0].kind == "group" and {"REB", "UAF"} & set(es[0].sectors)
    ]
    assert len(igos) >= 150
    assert len(ngos) >= 60
    assert len(armed) >= 150
    for code in armed:
        entries = named[code]
        assert entries[0].country, code
        assert len({e.surface.lower() for e in entries}) >= 2, f"{code} has no alias"


def test_role_phrases(shipped: ActorDictionary) -> None:
    agents = {e.canonical for b in shipped.by_name.values() for e in b if e.role == "agent"}
    assert len(agents) >= 300


@pytest.mark.parametrize("country", FOCUS)
def test_office_holders_since_2000(shipped: ActorDictionary, country: str) -> None:
    terms = _terms(shipped).get(country, [])
    missing = {
        office: found
        for office, names in OFFICES.items()
        if (found := gaps(terms, names)) and (country, office) not in KNOWN_GAPS
    }
    assert not missing, f"{country}: no office holder listed for {missing}"


def test_every_state_has_a_current_head(shipped: ActorDictionary) -> None:
    path = next(p for p, kind in dictionary_files() if kind == "countries.tsv")
    states, on = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            on = "member" in line or "observer" in line
        elif on and line and not line.startswith("#"):
            states.append(line.split("\t")[0])
    assert len(states) >= 195
    terms = _terms(shipped)
    headless = [
        c
        for c in states
        if not any(
            (t.start is None or t.start <= AS_OF)
            and (t.end is None or t.end >= AS_OF)
            and "GOV" in t.sectors
            and any(w in (t.office or "") for w in HEAD_WORDS)
            and "opposition" not in (t.office or "")
            for t in terms.get(c, [])
        )
    ]
    assert sorted(headless) == sorted(NO_CURRENT_HEAD)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Le Monde", "FRA"), ("Haaretz", "ISR"), ("Kommersant", "RUS"), ("Yomiuri Shimbun", "JPN")],
)
def test_national_newspapers_are_media_of_their_country(
    shipped: ActorDictionary, name: str, country: str
) -> None:
    (entry,) = {(e.country, e.sectors[0]) for e in shipped.lookup(name) if e.role == "named"}
    assert entry == (country, "MED")
