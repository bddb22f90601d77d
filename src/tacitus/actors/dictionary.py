"""The actor dictionaries: countries, named actors and role words, with one name index.

Files (format in docs/dictionaries.md) are read from the package's data/actors/ folder and then
from any extra files or folders named in the settings; later entries win for the same name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path

import ahocorasick

from tacitus.errors import DictionaryError
from tacitus.tables import Row, read_rows

SECTORS = frozenset(
    """GOV MIL COP JUD LEG SPY REB OPP PTY UAF PRE BUS CRM CVL EDU ELI JRN MED LAB HLH REF REL
    AGR ENV HRI DEV IGO NGO""".split()
)
NONSTATE = frozenset({"IGO", "NGO", "IMG", "MNC"})
NAMED_KINDS = frozenset({"igo", "ngo", "group", "seat", "territory", "media", "company", "party"})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,7}$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of one dictionary record.

    `role` says how the name was listed: name, adjective, people, capital (countries.tsv),
    named (named.tsv), agent (agents.tsv), person (people.tsv, one entry per office term) or
    region (the place gazetteer's regions.tsv)."""

    surface: str
    role: str
    country: str | None
    sectors: tuple[str, ...]
    kind: str
    canonical: str
    code: str | None
    case_sensitive: bool
    origin: str  # file:line, for explanations
    start: date | None = None  # office term of a person entry
    end: date | None = None
    office: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entry: Entry


def _plurals(phrase: str) -> list[str]:
    """English plural forms of a role phrase's last word (minister -> ministers)."""
    words = phrase.split(" ")
    last = words[-1]
    forms: list[str] = []
    if last.endswith("man"):
        forms.append(last[:-3] + "men")
    elif last.endswith("person"):
        forms += [last + "s", last[:-6] + "people"]
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        forms.append(last[:-1] + "ies")
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        forms.append(last + "es")
    else:
        forms.append(last + "s")
    return [" ".join([*words[:-1], f]) for f in forms]


class ActorDictionary:
    """All actor names, indexed for matching in text with Aho-Corasick."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.by_name: dict[str, list[Entry]] = {}
        for entry in entries:
            key = entry.surface.lower()
            bucket = self.by_name.setdefault(key, [])
            # A later file's entry for the same name and role replaces the earlier one.
            if entry.role != "person":
                bucket[:] = [e for e in bucket if e.role != entry.role or e.kind != entry.kind]
            bucket.append(entry)
        self.people: dict[str, list[Entry]] = {}
        for bucket in self.by_name.values():
            for e in bucket:
                if e.role == "person" and e.surface == e.canonical:
                    self.people.setdefault(e.canonical, []).append(e)
        for terms in self.people.values():
            terms.sort(key=lambda t: (PRIORITY.get(t.office or "", 9), t.start or date.min))
        # The words of every form of a listed person's name ("ilham", "aliyev"): a bare
        # surname after another first name is someone else.
        self.person_words: dict[str, set[str]] = {}
        for bucket in self.by_name.values():
            for e in bucket:
                if e.role == "person":
                    words = self.person_words.setdefault(e.canonical, set())
                    words.update(e.surface.lower().split())
        self.country_names: dict[str, str] = {}
        for bucket in self.by_name.values():
            for e in bucket:
                if e.role == "name" and e.country and e.country not in self.country_names:
                    self.country_names[e.country] = e.canonical
        self._automaton = ahocorasick.Automaton()
        for key in self.by_name:
            self._automaton.add_word(key, key)
        self._automaton.make_automaton()

    def __len__(self) -> int:
        return sum(len(b) for b in self.by_name.values())

    def person_at(self, name: str, when: date | None) -> Entry | None:
        """The office a listed person held at a date: the term in force, else a copy of the
        last finished term marked ELI (a former office holder), else the first future term
        with no sector (not yet in office). `name` is the person's canonical name."""
        terms = self.people.get(name, [])
        if not terms:
            return None
        if when is None:
            return terms[-1]
        current = [t for t in terms if _in_term(t, when)]
        if current:
            return current[0]
        past = [t for t in terms if t.end is not None and t.end < when]
        if past:
            last = max(past, key=lambda t: t.end or date.min)
            return replace(last, sectors=("ELI",), office=f"former {last.office}")
        first = min(terms, key=lambda t: t.start or date.min)
        return replace(first, sectors=(), office=None)

    def lookup(self, name: str) -> list[Entry]:
        return self.by_name.get(name.lower(), [])

    def find(self, text: str) -> list[Match]:
        """Non-overlapping dictionary matches at word boundaries, longest leftmost first."""
        lower = text.lower()
        found: list[Match] = []
        for end_index, key in self._automaton.iter(lower):
            end = end_index + 1
            start = end - len(key)
            if start > 0 and lower[start - 1].isalnum():
                continue
            if end < len(lower) and lower[end].isalnum():
                continue
            surface = text[start:end]
            entries = [e for e in self.by_name[key] if not e.case_sensitive or e.surface == surface]
            if entries:
                found.extend(Match(start, end, e) for e in entries)
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        result: list[Match] = []
        taken_end = -1
        taken_span: tuple[int, int] | None = None
        for m in found:
            if taken_span and (m.start, m.end) == taken_span:
                result.append(m)  # the same name with several meanings: keep all
                continue
            if m.start < taken_end:
                continue
            result.append(m)
            taken_end = m.end
            taken_span = (m.start, m.end)
        return result


def _sectors(row: Row, index: int) -> tuple[str, ...]:
    value = row.cols[index] if index < len(row.cols) else "-"
    if value in {"", "-"}:
        return ()
    codes = tuple(value.split())
    for code in codes:
        if code not in SECTORS:
            raise row.error(f"unknown sector code '{code}'; use one of {' '.join(sorted(SECTORS))}")
    return codes


def _case_sensitive(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(ACRONYM.match(name)) and all(c.isupper() for c in letters) and len(letters) <= 6


def _countries(path: Path) -> Iterator[Entry]:
    seen: set[str] = set()
    for row in read_rows(path, 2, 5):
        iso3 = row.cols[0]
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise row.error(f"'{iso3}' is not a three-letter upper-case ISO 3166 code")
        if iso3 in seen:
            raise row.error(f"{iso3} is listed twice; merge the two lines")
        seen.add(iso3)
        names = row.items(1)
        if not names:
            raise row.error("no country name in column 2")
        where = f"{row.path}:{row.line}"
        for index, role in ((1, "name"), (2, "adjective"), (3, "people"), (4, "capital")):
            for surface in row.items(index):
                sectors = ("GOV",) if role == "capital" else ()
                yield Entry(
                    surface,
                    role,
                    iso3,
                    sectors,
                    "country",
                    names[0],
                    None,
                    _case_sensitive(surface),
                    where,
                )


def _named(path: Path) -> Iterator[Entry]:
    for row in read_rows(path, 5, 5):
        code, country, _, kind, _ = row.cols
        if not re.fullmatch(r"[A-Z0-9_]{2,16}", code):
            raise row.error(f"'{code}' is not a valid code (2-16 upper-case letters or digits)")
        if not (re.fullmatch(r"[A-Z]{3}", country) or country in NONSTATE):
            raise row.error(f"'{country}' is neither an ISO3 code nor one of {sorted(NONSTATE)}")
        if kind not in NAMED_KINDS:
            raise row.error(f"unknown kind '{kind}'; use one of {', '.join(sorted(NAMED_KINDS))}")
        names = row.items(4)
        if not names:
            raise row.error("no name in column 5")
        sectors = _sectors(row, 2)
        where = f"{row.path}:{row.line}"
        for surface in names:
            yield Entry(
                surface,
                "named",
                country,
                sectors,
                kind,
                names[0],
                code,
                _case_sensitive(surface),
                where,
            )


def _agents(path: Path) -> Iterator[Entry]:
    for row in read_rows(path, 3, 3):
        phrase, _, kind = row.cols
        if kind not in {"person", "group"}:
            raise row.error(f"kind must be 'person' or 'group', not '{kind}'")
        sectors = _sectors(row, 1)
        if not sectors:
            raise row.error("an agent needs at least one sector code")
        where = f"{row.path}:{row.line}"
        base = phrase.lower()
        forms = [base, *(_plurals(base) if kind == "person" or not base.endswith("s") else [])]
        for surface in dict.fromkeys(forms):
            yield Entry(surface, "agent", None, sectors, kind, base, None, False, where)


# When a person held several offices at once, the first of these names the code.
PRIORITY = {
    "president": 0,
    "king": 0,
    "queen": 0,
    "emir": 0,
    "supreme leader": 0,
    "prime minister": 1,
    "chancellor": 1,
    "premier": 1,
}


def _in_term(t: Entry, when: date) -> bool:
    return (t.start is None or t.start <= when) and (t.end is None or when <= t.end)


def _date(row: Row, index: int, end: bool) -> date | None:
    value = row.cols[index] if index < len(row.cols) else ""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        raise row.error(f"'{value}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return date(year, int(month or 1), int(day))
        if month:
            first = date(year, int(month), 1)
            if not end:
                return first
            nxt = date(year + (first.month == 12), first.month % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError:
        raise row.error(f"'{value}' is not a valid date") from None


def _people(path: Path) -> Iterator[Entry]:
    for row in read_rows(path, 5, 6):
        names = row.items(0)
        if not names:
            raise row.error("no name in column 1")
        country = row.cols[1]
        if not (re.fullmatch(r"[A-Z]{3}", country) or country in NONSTATE):
            raise row.error(f"'{country}' is neither an ISO3 code nor one of {sorted(NONSTATE)}")
        sectors = _sectors(row, 2)
        start, end = _date(row, 4, False), _date(row, 5, True)
        if start and end and end < start:
            raise row.error("the term ends before it starts")
        where = f"{row.path}:{row.line}"
        for surface in names:
            yield Entry(
                surface,
                "person",
                country,
                sectors,
                "person",
                names[0],
                None,
                False,
                where,
                start,
                end,
                row.cols[3].lower() or None,
            )


READERS = {
    "countries.tsv": _countries,
    "named.tsv": _named,
    "agents.tsv": _agents,
    "people.tsv": _people,
}


def _files(folder: Path) -> Iterator[tuple[Path, str]]:
    for name in READERS:
        path = folder / name
        if path.is_file():
            yield path, name


def dictionary_files(extra: Iterable[str] = (), shipped: bool = True) -> list[tuple[Path, str]]:
    """The shipped dictionary files (unless `shipped` is False), then the extra ones."""
    folder = Path(str(resources.files("tacitus").joinpath("data/actors")))
    files = list(_files(folder)) if shipped else []
    for item in extra:
        path = Path(item)
        if path.is_dir():
            files.extend(_files(path))
        elif path.is_file() and path.name in READERS:
            files.append((path, path.name))
        elif path.is_file():
            stem = next((k for k in READERS if path.name.endswith(k.split(".")[0] + ".tsv")), None)
            if stem is None:
                raise DictionaryError(
                    path,
                    0,
                    "cannot tell the file's kind: name it *countries.tsv, *named.tsv, *people.tsv "
                    "or *agents.tsv",
                )
            files.append((path, stem))
        else:
            raise DictionaryError(path, 0, "extra actor dictionary not found")
    return files


def _regions(path: Path) -> Iterator[Entry]:
    """Regions of the place gazetteer (data/places/regions.tsv: NAMES COUNTRY CAPITAL) as
    modifiers that give an actor its country ("Sindh police", "the government of Tigray").
    Matched only as written (capitalised), so "central" or "western" are not regions."""
    for row in read_rows(path, 2, 3):
        iso3 = row.cols[1]
        names = row.items(0)
        where = f"{row.path}:{row.line}"
        for surface in names:
            if surface[:1].isupper() and len(surface) >= 4:
                yield Entry(surface, "region", iso3, (), "country", names[0], None, True, where)


# Region names the gazetteer gives to one state that also name a region of another (India's
# and Pakistan's Punjab, Pakistan's and Iran's Balochistan, Spain's and Central Europe's
# Galicia, Russia's and Finland's Karelia, Indonesia's Papua and Papua New Guinea): no country
# for an actor.
SHARED_REGION_NAMES = frozenset("punjab balochistan baluchistan galicia karelia papua".split())


def region_entries(known: set[str]) -> list[Entry]:
    """The shipped regions whose names are neither actor names already (a country, capital,
    body or person: "Georgia", "Washington") nor given to regions of two countries."""
    path = Path(str(resources.files("tacitus").joinpath("data/places/regions.tsv")))
    found = list(_regions(path))
    countries: dict[str, set[str | None]] = {}
    for e in found:
        countries.setdefault(e.surface.lower(), set()).add(e.country)
    return [
        e
        for e in found
        if e.surface.lower() not in known | SHARED_REGION_NAMES
        and len(countries[e.surface.lower()]) == 1
    ]


def load_actor_dictionary(extra: Iterable[str] = (), *, shipped: bool = True) -> ActorDictionary:
    entries: list[Entry] = []
    for path, kind in dictionary_files(extra, shipped):
        entries.extend(READERS[kind](path))
    if shipped:
        entries.extend(region_entries({e.surface.lower() for e in entries}))
    return ActorDictionary(entries)
