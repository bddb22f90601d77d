"""Where an event happened: the place attached to its clause ("met in Tbilisi", "during a
visit to Shusha", "an attack on a convoy near Kunduz"), else the article's dateline, else none.

Place names come from the parse (the object of a place preposition and its compound words),
not from NER labels, so towns that spaCy tags as PERSON are still found. Among places with
the same name the one in a country of the event's actors wins, then one in a country the
article names, then a capital, then the most populous.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Iterable
from typing import TYPE_CHECKING

from tacitus.models import Location
from tacitus.resolve.gazetteer import REGION_WORDS, Gazetteer, Place, normalize

if TYPE_CHECKING:
    from tacitus.nlp.mirror import Token
    from tacitus.nlp.parse import ParsedSentence

PLACE_PREPS = frozenset(
    """in at near outside inside around across throughout along into onto through within
    over""".split()
)
# "an assault on Khan Younis", "ashore on Lampedusa": a place after words of attack, advance and
# landing (not "talks on Gaza"), but never a country ("strikes on Iran" name the target).
ON_PREPS = frozenset({"on", "upon"})
ON_LEMMAS = frozenset(
    """attack assault strike airstrike raid offensive advance bombardment shelling bombing
    push ashore land march converge descend close""".split()
)
# Words that are never places, whatever the gazetteer holds ("on Monday", "in May").
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
# Clauses that describe an object and share the event's place: "shelled positions held by
# Kurdish forces near Manbij", "detained activists who had thrown paint ... in Florence".
OBJECT_CLAUSES = frozenset({"acl", "relcl"})
# "the town of Garissa", "the city of Marib", "the centre of Derna": the name is the "of" object.
CONTAINER_NOUNS = frozenset(
    """town city village capital port region province district area outskirts outskirt centre center
    suburb camp island state county enclave neighbourhood neighborhood municipality control
    streets""".split()
)
# Parts of a place named by their "of" object: "most of Goma", "the centre of Goma".
PART_NOUNS = frozenset(
    """most much part parts half rest centre center outskirts heart control""".split()
)
# "evacuated children from Shebekino", "fled from Kharkiv": where the event takes place
FROM_LEMMAS = frozenset(
    """evacuate flee withdraw rescue escape retreat depart set start march walk drive
    sail""".split()
)
RESIDENTS = frozenset({"resident", "inhabitant", "villager", "citizen", "people", "population"})
# Prepositions whose object is a place only after these triggers ("a visit to Shusha").
GOAL_PREPS = frozenset({"to"})
GOAL_LEMMAS = frozenset(
    """visit trip travel arrive go fly journey return deploy send dispatch march move
    come head""".split()
)
DIRECTIONS = frozenset(
    """north south east west northern southern eastern western northeastern northwestern
    southeastern southwestern central north-eastern north-western south-eastern
    south-western""".split()
)
NAME_DEPS = frozenset({"compound", "flat", "nmod"})
# Places named after their town: "the Jenin refugee camp", "Kabul airport".
FACILITY_NOUNS = frozenset(
    """camp airport airbase base prison jail hospital port harbour harbor market square station
    checkpoint crossing refinery plant mosque church cathedral parliament stadium""".split()
)
PRECISION = {"city": 0, "region": 1, "country": 2}
BORDERS = frozenset({"border", "frontier", "borderland", "boundary"})


def _name_variants(tok: Token, owners: bool = True) -> list[tuple[str, str | None]]:
    """(name, region word) candidates for the place a token heads: "Khan Younis",
    "the Donetsk region" -> ("Donetsk", "region"), "Democratic Republic of Congo"."""
    parts = [
        c
        for c in tok.lefts
        if (c.dep_ in NAME_DEPS and c.pos_ in {"PROPN", "NOUN"})
        or (c.dep_ == "poss" and c.pos_ == "PROPN" and c.i == tok.i - 2)  # "Cox's Bazar"
    ]
    parts = [c for c in parts if c.i >= tok.i - 4]
    words = [*parts, tok]
    variants: list[tuple[str, str | None]] = []
    if tok.lower_ in REGION_WORDS:
        # "Punjab state" (spaCy may call "Punjab" an adjective), "the Donetsk region"
        named = [c for c in tok.lefts if c.dep_ in NAME_DEPS | {"amod"} and c.text[:1].isupper()]
        if named:
            start = min(w.i for c in named for w in c.subtree)
            variants.append((tok.doc[start : named[-1].i + 1].text, tok.lower_))
    placed = any(p.dep_ == "prep" and p.lower_ in PLACE_PREPS for p in tok.children)
    if owners and (tok.lower_ in FACILITY_NOUNS or tok.lower_ in REGION_WORDS) and not placed:
        # "the Jenin refugee camp", "Kabul airport", "Nairobi's central business district";
        # not "Independence Square in Kyiv" (the place follows)
        owner = [
            c
            for c in tok.lefts
            if c.pos_ == "PROPN"
            and (c.dep_ == "poss" or (c.dep_ in NAME_DEPS and c.i == parts[0].i))
        ]
        if owner:
            name = owner[0]
            first_word = min((w.i for w in name.subtree if w.dep_ in NAME_DEPS), default=name.i)
            variants.append((tok.doc[min(first_word, name.i) : name.i + 1].text, None))
    proper = tok.pos_ == "PROPN" or (
        tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.i > 0 and not tok.is_sent_start
    )  # "near Sagaing" (unknown names may be tagged as common nouns)
    if not proper and not (parts and parts[0].pos_ == "PROPN"):
        return variants  # place names are proper nouns ("walked off the job" is no place)
    full = " ".join(w.text + ("'s" if w.dep_ == "poss" else "") for w in words)
    first = min(
        (w.i for w in tok.subtree if w.i <= tok.i and w.dep_ in NAME_DEPS | {"punct"}),
        default=tok.i,
    )
    span = tok.doc[first : tok.i + 1].text  # "Port-au-Prince", "North Darfur"
    longer = span != full and span[:1].isupper() and len(span) > len(full)
    if longer:
        variants.append((span, None))
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    tail = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if tail is not None and tail.pos_ == "PROPN":
        variants.append((f"{full} of {tail.text}", None))  # "Democratic Republic of Congo"
        if not parts:
            return variants  # "the University of Tehran" names no place called "University"
    variants.append((full, None))
    if span != full and span[:1].isupper() and not longer:
        variants.append((span, None))  # "Cox's Bazar" before "Bazar"
    return variants


def _contained(tok: Token) -> Token:
    """ "the town of Garissa" -> Garissa."""
    if tok.lemma_.lower() in CONTAINER_NOUNS:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        return obj
    return tok


# Words counting an object ("hundreds of civilians"), through whose "of" the object is named.
COUNT_WORDS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "scores"}
)


def _counted(node: Token) -> bool:
    """Is the token the "of" object of a count that is a direct object ("killed hundreds of
    civilians who ...")?"""
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    count = node.head.head
    return count.dep_ in {"dobj", "obj"} and (count.pos_ == "NUM" or count.lower_ in COUNT_WORDS)


def _places_under(tok: Token, depth: int = 5) -> Iterable[tuple[Token, bool]]:
    """(token, is a direct object) for the objects of place prepositions attached to a
    token, a few levels deeper through objects ("an attack on a convoy near Kunduz"), and the
    token's own direct objects ("shelled Kharkiv", "raided the town of Mora")."""
    frontier = [tok]
    for level in range(depth):
        deeper = []
        for node in frontier:
            for c in node.children:
                # "recaptured Bama": unknown names are often parsed as npadvmod
                if c.dep_ in {"dobj", "obj"} or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"):
                    if level == 0:
                        yield _contained(c), True
                    deeper.append(c)
                elif c.dep_ == "conj" and node.pos_ in {"NOUN", "PROPN"}:
                    deeper.append(c)  # "missionaries and their relatives in Haiti"
                elif (
                    level > 0
                    and c.dep_ in OBJECT_CLAUSES
                    and c.pos_ in {"VERB", "AUX"}
                    and (c.tag_ == "VBG" or node.dep_ in {"dobj", "obj"} or _counted(node))
                ):
                    # "shelled positions held by Kurdish forces near Manbij", "fired at
                    # students marching in Santiago"; not "the release of activists jailed
                    # in Minsk" (another event, told about a mere mention)
                    deeper.append(c)
                elif level > 1 and c.dep_ == "xcomp" and node.dep_ in OBJECT_CLAUSES:
                    # "killed civilians who had been ordered to dig trenches around Barsalogho"
                    deeper.append(c)
                elif c.dep_ == "advmod" and c.pos_ == "ADV":
                    deeper.append(c)  # "brought migrants ashore on Lampedusa"
            for prep in node.children:
                if prep.dep_ != "prep":
                    continue
                word = prep.lower_
                doer = node.head if node.dep_ in {"dobj", "obj"} else node
                goal = (
                    (word in GOAL_PREPS and node.lemma_.lower() in GOAL_LEMMAS)
                    or (word == "from" and doer.lemma_.lower() in FROM_LEMMAS)
                    or (  # "took control of Sudzha"
                        word == "of"
                        and any(
                            c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in CONTAINER_NOUNS
                            for c in node.children
                        )
                    )
                    or (  # "took control of most of Goma", "captured the centre of Goma"
                        word == "of" and level > 0 and node.lemma_.lower() in PART_NOUNS
                    )
                )
                for obj in prep.children:
                    if obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                        deeper.append(obj)  # "fired at students marching in Santiago"
                    if obj.dep_ != "pobj" or obj.lower_ in CALENDAR or obj.like_num:
                        continue
                    if word in PLACE_PREPS or goal:
                        yield _contained(obj), False
                    elif word in ON_PREPS and (
                        node.lemma_.lower() in ON_LEMMAS
                        or any(c.lemma_.lower() in ON_LEMMAS for c in node.children)
                        or obj.lemma_.lower() in CONTAINER_NOUNS
                    ):  # "brought migrants ashore on Lampedusa", "on the outskirts of Homs"
                        yield _contained(obj), True
                    deeper.append(obj)
        frontier = deeper


class _Later:
    """A set of country codes worked out on first use."""

    def __init__(self, make: Callable[[], set[str]]) -> None:
        self._make = make
        self._known: set[str] | None = None

    def __contains__(self, code: object) -> bool:
        if self._known is None:
            self._known = self._make()
        return code in self._known


def _score(place: Place, actors: set[str], article: Container[str]) -> float:
    score = math.log10(place.population + 10)
    if place.country in actors:
        score += 10
    elif place.country in article:
        score += 5
    if place.capital:
        score += 2
    return score


def choose(candidates: list[Place], actors: set[str], article: Container[str]) -> Place | None:
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    return max(candidates, key=lambda p: _score(p, actors, article))


def _qualifier(tok: Token, gaz: Gazetteer) -> set[str]:
    """Countries named right after a place ("Atlanta, Georgia", "Tripoli, Lebanon")."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in {"appos", "npadvmod", "conj"} and c.pos_ == "PROPN":
            for p in gaz.lookup(c.text):
                if p.kind in {"country", "region"}:
                    out.add(p.country)
    return out


def _within(tok: Token, gaz: Gazetteer) -> set[str]:
    """Countries of the country or region a place is said to lie in ("Komanda in Congo's
    Ituri province", "Tera, in western Niger")."""
    out: set[str] = set()
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ not in {"PROPN", "NOUN"}:
                continue
            names = [name for name, _ in _name_variants(obj, owners=False)]
            names += [c.text for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            for name in names:
                out |= {p.country for p in gaz.lookup(name) if p.kind in {"country", "region"}}
    return out


def to_location(place: Place, precision: str | None = None, name: str | None = None) -> Location:
    return Location(
        name=name or place.name,
        country=place.country,
        admin1=place.admin1,
        lat=place.lat,
        lon=place.lon,
        geonameid=place.geonameid,
        precision=precision or place.kind,
    )


def place_of(
    tok: Token,
    gaz: Gazetteer,
    actors: set[str],
    article: Container[str],
    object_: bool = False,
    owners: bool = True,
) -> Location | None:
    """The location a place-phrase token names, if the gazetteer knows it. A direct object
    names a place only as a city or region ("shelled Kharkiv"), never as a country ("accused
    Armenia": the country is the target, not the place). `owners`: also the town a facility
    is named after ("the Jenin refugee camp")."""
    qualifier = _qualifier(tok, gaz)
    within = _within(tok, gaz)
    for name, region_word in _name_variants(tok, owners):
        if name.lower() in DIRECTIONS:
            # "warned the West", "leaders of the South": a bare compass word is a bloc or a
            # part of a country, not the region some one country calls by it
            continue
        found = gaz.lookup(name)
        if (
            found
            and not gaz.spelled(name)
            and not any(p.country in actors or p.country in article for p in found)
        ):
            # "Komanda" loosely matches a Romanian "Comanda", "City Hall" an Indian
            # "Chityal": a name only spelled like a place counts in a country of the story
            continue
        if within and not any(p.country in within for p in found):
            # "in Komanda in Congo's Ituri province": a town of that name elsewhere is not it
            continue
        if qualifier:
            found = [p for p in found if p.country in qualifier] or found
        if region_word:
            regions = [p for p in found if p.kind == "region"]
            cities = [p for p in found if p.kind == "city"]
            best = choose(regions or cities, actors, article)
            if best is not None:
                return to_location(best, "region", (regions and best.name) or name)
            continue
        if not found:
            continue
        countries = [p for p in found if p.kind == "country"]
        if countries:
            if object_:
                return None
            # "in southern Guyana": a part of the country, at region precision
            part = any(c.dep_ == "amod" and c.lower_ in DIRECTIONS for c in tok.lefts)
            country = choose(countries, actors, article) or countries[0]
            return to_location(country, "region" if part else "country")
        best = choose(found, actors, article)
        if best is not None:
            # a name found under another spelling keeps the article's ("Derna", "Gondar")
            surface = name if normalize(best.name) != normalize(name) else None
            return to_location(best, name=surface)
    return None


def event_location(
    sent: ParsedSentence,
    trigger: int,
    anchor: int,
    gaz: Gazetteer,
    actors: set[str],
    article: set[str],
    source_head: int | None = None,
    regions: Callable[[], set[str]] | None = None,
) -> Location | None:
    """The place of the event's own clause, or None. The source's own place phrase counts
    too ("police in Kisumu fired tear gas"). `regions`: gives the countries of regions the sentence
    names (the caller may keep them per sentence); asked only when the clause names a place."""
    doc = sent.doc
    holders = [doc[anchor]] if anchor == trigger else [doc[trigger], doc[anchor]]
    noun = doc[trigger]
    if anchor == trigger and (noun.pos_ in {"NOUN", "PROPN"} or noun.dep_ in {"nsubj", "csubj"}):
        # "came under rocket fire at their camp in Kidal": the verb the event noun completes
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ == "VERB" and noun.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}:
            holders.append(verb)
    clause = doc[anchor]
    if clause.dep_ in {"advcl", "xcomp", "conj"} and clause.head.pos_ == "VERB":
        holders.append(clause.head)  # "drove tractors onto roads in Bavaria to protest"
    holders += [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    # "used tear gas to disperse supporters in Mombasa": the purpose shares the place
    holders += [
        c
        for c in clause.children
        if c.dep_ in {"xcomp", "advcl"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    # "asked for forgiveness, speaking at a memorial in Windhoek": a participle of the same
    # occasion (no subject or conjunction of its own) shares the place, after the clause's own
    holders += [
        c
        for c in clause.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and not any(a.dep_ in {"mark", "nsubj", "nsubjpass"} for a in c.children)
    ]
    # worked out only when two places of the same name must be told apart
    context = _Later(lambda: article | (regions() if regions else _sentence_regions(sent, gaz)))

    border: Token | None = None
    # names first; the towns facilities are named after only when the clause names no place
    # ("gathered at Independence Square in Kyiv" is Kyiv)
    for owners in (False, True):
        for holder in holders:
            objects = list(_places_under(holder))
            for k, (obj, object_) in enumerate(objects):
                found = place_of(obj, gaz, actors, context, object_, owners)
                if found is not None:
                    return _narrowed(found, objects[k + 1 :], gaz, actors, context)
                if border is None and not object_ and obj.lemma_.lower() in BORDERS:
                    border = obj
    if source_head is not None and 0 <= source_head < len(doc):
        head = doc[source_head]
        for obj, object_ in _places_under(head, depth=1):
            if not object_:
                found = place_of(obj, gaz, actors, context)
                if found is not None:
                    return found
        if head.lemma_.lower() in RESIDENTS:  # "residents of Narva protested"
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        found = place_of(obj, gaz, actors, context)
                        if found is not None and found.precision != "country":
                            return found
    if clause.dep_ in {"advcl", "conj"} and clause.head.pos_ == "VERB":
        # "Police in Portland declared a riot after protesters set fire to ...": the main
        # clause's subject places the whole sentence, unless the event's actors are elsewhere
        # ("diplomats in Brussels agreed on sanctions after Russia attacked Ukraine")
        for subject in clause.head.children:
            if subject.dep_ in {"nsubj", "nsubjpass"} and subject.i != source_head:
                for obj, object_ in _places_under(subject, depth=1):
                    found = None if object_ else place_of(obj, gaz, actors, context)
                    if found is not None and (not actors or found.country in actors):
                        return found
    return _border_area(border, gaz, actors) if border is not None else None


def _border_area(border: Token, gaz: Gazetteer, actors: set[str]) -> Location | None:
    """ "Pakistani troops killed six militants near the Afghan border": the border area of the
    one country among the event's actors, when the border is not that country's own name
    ("near the border with Pakistan"); without coordinates (a border is no point)."""
    if len(actors) != 1:
        return None
    (country,) = actors
    named = [c for c in border.subtree if c.pos_ == "PROPN" and c.i != border.i]
    after = border.right_edge.i + 1
    if after < len(border.doc) and border.doc[after].lower_ in {"with", "between"}:
        # "near the border with Afghanistan", however the parse attaches "with"
        named += [c for c in border.doc[after].subtree if c.pos_ == "PROPN"]
    if any(p.country == country for c in named for p in gaz.lookup(c.text)):
        return None
    place = gaz.country(country)
    if place is None:
        return None
    return Location(name=place.name, country=country, precision="region")


def names_place(tok: Token) -> bool:
    """A mention that is the object of a place preposition ("detained dissidents in Santiago"):
    its country is no evidence for which Santiago it is."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in PLACE_PREPS


def _narrowed(
    found: Location,
    rest: list[tuple[Token, bool]],
    gaz: Gazetteer,
    actors: set[str],
    article: Container[str],
) -> Location:
    """A more precise place in the same country named further down the clause: "near Tera, in
    western Niger" is Tera, "near Altamira in Para state" is Altamira."""
    if found.precision == "city" or found.country is None:
        return found
    for obj, object_ in rest:
        better = place_of(obj, gaz, actors | {found.country}, article, object_)
        if (
            better is not None
            and better.country == found.country
            and PRECISION[better.precision] < PRECISION[found.precision]
        ):
            return better
    return found


def _sentence_regions(sent: ParsedSentence, gaz: Gazetteer) -> set[str]:
    """Countries of the regions a sentence names ("Sindh police ... in Hyderabad", "the British
    Columbia legislature in Victoria"), also through their adjectives ("Andalusian olive
    growers ... in Cordoba")."""
    out: set[str] = set()
    for tok in sent.doc:
        if tok.pos_ == "PROPN" and (tok.dep_ not in NAME_DEPS or tok.head.pos_ != "PROPN"):
            parts = [
                c.text
                for c in tok.lefts
                if c.dep_ in NAME_DEPS | {"amod"} and c.text[:1].isupper() and c.i >= tok.i - 3
            ]
            names: tuple[str, ...] = (" ".join([*parts, tok.text]), tok.text)
        elif tok.pos_ == "ADJ" and tok.text[:1].isupper() and tok.lower_.endswith("ian"):
            names = (tok.text[:-1],)  # "Galician" -> Galicia, "Bavarian" -> Bavaria
        else:
            continue
        for name in names:
            found = gaz.lookup(name)
            if any(p.kind == "country" for p in found):
                break  # "Georgian": the country's, not the US state's
            regions = {p.country for p in found if p.kind == "region"}
            if len(regions) == 1:
                out |= regions
                break
    return out


def dateline_location(
    place: str, gaz: Gazetteer, actors: set[str], article: set[str]
) -> Location | None:
    first, _, rest = place.partition(",")
    found = [p for p in gaz.lookup(first) if p.kind == "city"]
    if rest.strip():
        qualified = {p.country for p in gaz.lookup(rest.strip()) if p.kind != "city"}
        found = [p for p in found if p.country in qualified] or found
    best = choose(found, actors, article)
    return to_location(best) if best is not None else None


class ArticlePlaces:
    """Locations for one article's events: the place of each event's clause, else the
    article's dateline, else none."""

    def __init__(self, gaz: Gazetteer, dateline: str | None, countries: set[str]) -> None:
        self.gaz = gaz
        self.article_countries = countries
        self._dateline_place = dateline
        self._dateline: Location | None = None
        self._dateline_done = False
        self._regions: tuple[int, set[str]] = (-1, set())

    def dateline(self, actors: set[str] | None = None) -> Location | None:
        if self._dateline_place and not self._dateline_done:
            self._dateline = dateline_location(
                self._dateline_place, self.gaz, actors or set(), self.article_countries
            )
            self._dateline_done = True
        return self._dateline

    def locate(
        self,
        sent: ParsedSentence,
        trigger: int,
        anchor: int,
        actors: set[str],
        source_head: int | None = None,
    ) -> Location | None:
        def regions() -> set[str]:
            if self._regions[0] != sent.index:
                self._regions = (sent.index, _sentence_regions(sent, self.gaz))
            return self._regions[1]

        found = event_location(
            sent,
            trigger,
            anchor,
            self.gaz,
            actors,
            self.article_countries,
            source_head,
            regions,
        )
        return found if found is not None else self.dateline(actors)
