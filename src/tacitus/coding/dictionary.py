"""The trigger dictionary (verb/noun patterns) and the CAMEO table.

Formats in docs/dictionaries.md. A pattern is the trigger lemma plus constraints on its
dependents; `Pattern.matches` checks them against a parsed token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.coding.families import ATTITUDE_ROOTS, family_code
from tacitus.coding.tree import verb_children
from tacitus.errors import DictionaryError
from tacitus.tables import Row, read_rows

if TYPE_CHECKING:
    from tacitus.nlp.mirror import Token

# Words read as a preposition or particle in a pattern (anything else is an error unless it
# is prefixed with + ~ or >).
PARTICLES = frozenset(
    """about above across after against along among around as at away back before behind below
    between by down for from in inside into near of off on onto out outside over past since
    through throughout to toward towards under until up upon with within without forward
    forwards ahead apart aside together home abroad beyond alongside amid amidst despite like
    per via versus onward onwards backward backwards next""".split()
)
KINDS = frozenset({"verb", "noun", "adj", "light"})
FLAGS = frozenset({"recip", "swap", "notarget"})
# The 16 PLOVER types (2021) and their modes (ontology.md): a pattern's `plover=TYPE/mode`
# override must name one of these. The modes of the CAMEO table's own rows are accepted too.
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        """seize restrict censor curfew martial-law arrest deport withhold misinformation
        cyber""".split()
    ),
    "ASSAULT": frozenset(
        """abduct beat torture sexual targeted destroy primitive firearms explosives
        suicide-attack aerial drone heavy-weapons crowd-control unconventional""".split()
    ),
}
PLOVER_FLAG = "plover="
QUAD = {
    **dict.fromkeys(["01", "02", "03", "04", "05"], 1),
    **dict.fromkeys(["06", "07", "08"], 2),
    **dict.fromkeys(["09", "10", "11", "12", "13"], 3),
    **dict.fromkeys(["14", "15", "16", "17", "18", "19", "20"], 4),
}
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"amod", "compound", "advmod", "nmod", "npadvmod", "acomp", "nummod"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "conj"})
# Conjunctions that open an adverbial clause of time, condition or cause: such a clause is
# beside the verb, not what it is about ("threatened to strike after talks broke down").
ADVERBIAL_MARKS = frozenset(
    """after before if when whenever while as because since until till unless though although
    once whereas""".split()
)


def is_complement(c: Token) -> bool:
    """Is a dependent a clause the verb is about ("refused to meet", "threatened a strike and
    to resume"), rather than an adverbial clause of time, condition or cause?"""
    if c.dep_ not in COMPLEMENT_DEPS:
        return False
    return c.dep_ != "advcl" or not any(
        g.dep_ == "mark" and g.lower_ in ADVERBIAL_MARKS for g in c.children
    )


NOUNS = frozenset({"NOUN", "PROPN"})
# Nouns that measure or group their "of" object: "25,000 tons of aid", "10 days of war games",
# "a team of inspectors", "trucks of aid".
MEASURE_NOUNS = frozenset(
    """ton tonne kilogram kg day week month year round series wave number dozen hundred thousand
    million billion amount lot batch shipment consignment package kind type set part bit worth
    total volume quantity cargo load team mission contingent group truck truckload lorry
    planeload shipload boatload crate sack bag carton""".split()
)


CURRENCIES = frozenset(
    """dollar euro pound ruble rouble yuan yen franc rupee lira manat dram lari tenge som
    somoni""".split()
)


def _money(tok: Token) -> bool:
    """ "$500 million", "20 million euros": an amount of money."""
    return tok.lemma_.lower() in CURRENCIES or any(c.tag_ == "$" for c in tok.children)


def content_object(tok: Token) -> Token:
    """The noun that carries the meaning of an object: through measure nouns to their "of",
    and through amounts of money to their "in" ("$500 million in loans")."""
    for _ in range(2):
        money = _money(tok)
        if tok.lemma_.lower() not in MEASURE_NOUNS and tok.pos_ != "NUM" and not money:
            return tok
        preps = ("in",) if money else ("of",)
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return tok
        tok = pobj
    return tok


def hyphenated(tok: Token) -> str | None:
    """The lower-case hyphenated word a token ends ("cease-fire" for 'fire', which spaCy
    splits into 'cease', '-', 'fire'), or None."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in {"-", "‑"}:
        return None
    left, dash = doc[tok.i - 2], doc[tok.i - 1]
    if left.whitespace_ or dash.whitespace_:
        return None
    return f"{left.lower_}-{tok.lemma_.lower()}"


def verb_lemmas(tok: Token) -> list[str]:
    """The token's lemma, then the base forms its inflection suggests, for the verbs the
    lemmatiser gets wrong ("staged" -> 'stag'): tried only when the lemma is unknown."""
    lemma = tok.lemma_.lower()
    word = tok.lower_
    out = [lemma]
    if not tok.tag_.startswith("VB") or word == lemma:
        return out
    stems: list[str] = []
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            stems += [stem + "e", stem] if suffix != "s" else [stem]
            if suffix == "ed" and stem.endswith("i"):
                stems.append(stem[:-1] + "y")  # carried -> carry
            if len(stem) > 2 and stem[-1] == stem[-2] and suffix in {"ing", "ed"}:
                stems.append(stem[:-1])  # stopped -> stop
            break
    return out + [s for s in stems if s != lemma]


def _forms(tok: Token) -> set[str]:
    """The lemma of a token and, for the end of a hyphenated word, the whole word."""
    joined = hyphenated(tok)
    return {tok.lemma_.lower(), joined} if joined else {tok.lemma_.lower()}


def object_forms(
    tok: Token, particles: tuple[str, ...] = (), children: list[Token] | None = None
) -> set[str]:
    """The words naming what a trigger acts on: a verb's objects (through measure nouns,
    with their coordinated nouns, compounds and modifiers) and the objects of the given
    prepositions; a noun's "of" object."""
    if children is None:
        children = verb_children(tok)
    if tok.pos_ == "VERB":
        # the objects and their coordinated nouns ("photographs and intelligence")
        heads = [c for c in children if c.dep_ in OBJECT_DEPS]
        heads += [g for c in heads for g in c.children if g.dep_ == "conj" and g.pos_ in NOUNS]
        objs = {c.lemma_.lower() for c in heads}
        for c in heads:
            inner = content_object(c)
            objs |= _forms(inner) | _forms(c)
            objs |= {g.lemma_.lower() for g in inner.children if g.dep_ in {"compound", "amod"}}
            # a coordinated modifier: "search and rescue teams" (search/nmod, rescue/conj)
            for g in inner.children:
                if g.dep_ == "nmod" and g.i < inner.i:
                    objs.add(g.lemma_.lower())
                    objs |= {h.lemma_.lower() for h in g.children if h.dep_ == "conj"}
            objs |= {g.lemma_.lower() for g in c.children if g.dep_ == "compound"}
        if tok.dep_ == "relcl" or tok.dep_ == "acl":
            objs.add(tok.head.lemma_.lower())
        # "call for a ceasefire", "accuse of corruption": the object of the
        # pattern's preposition
        # (with its compounds: "went on hunger strike")
        # ("lifted the ban on imports": the preposition may hang on the object)
        for c in [*children, *(g for h in heads for g in h.children)]:
            if c.dep_ == "prep" and c.lower_ in particles:
                for g in c.children:
                    if g.dep_ == "pobj":
                        objs |= _forms(g)
                        # with its compounds and adjectives ("agreed to an immediate truce")
                        objs |= {
                            m.lemma_.lower() for m in g.children if m.dep_ in {"compound", "amod"}
                        }
    else:
        objs = {
            form
            for c in children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
            for form in _forms(g)
        }
    return objs


def _token_words(tokens: Iterable[Token]) -> set[str]:
    """The tokens' lemmas and surface forms, lower-cased."""
    return {w for c in tokens for w in (c.lemma_.lower(), c.lower_)}


# Verbs that begin with "re" but do not mean doing something again: "refine" is no "fine",
# "recommend" no "commend", "retreat" no "treat" (with a hyphen, "re-form" is again).
NOT_AGAIN = frozenset(
    """refine reform resign resolve remark release reflect represent research reserve restore
    recover retreat repress return remove relay relate react repeal report reveal review
    refuse recite reclaim redress retire resort reside regard relieve repose resent retain
    retract retort reward remind recount repair reproach request require rescue respond
    recognize recognise recommend recall recede receive reckon recline recoil recruit
    rectify redeem reduce refer refrain regret reign rejoice relent rely remain remedy render
    renounce repel replicate repute resemble resist respect rest restrict resume retaliate
    reverse revile revoke revolt revolve ridicule""".split()
)


class TokenView:
    """What the patterns of one trigger token look at, computed once for all of them."""

    def __init__(self, tok: Token) -> None:
        self.tok = tok
        self.children = verb_children(tok)
        self._objects: dict[tuple[str, ...], set[str]] = {}

    @cached_property
    def deps(self) -> set[str]:
        return {c.dep_ for c in self.children}

    @cached_property
    def particle_words(self) -> set[str]:
        kids = self.children
        words = {c.lower_ for c in kids if c.dep_ in {"prt", "prep", "agent", "dative"}}
        # "hit back at", "walk away from": particles the parser reads as adverbs
        words |= {c.lower_ for c in kids if c.dep_ == "advmod" and c.lower_ in PARTICLES}
        # "open fire on" and "call on" often attach the preposition to the object.
        for c in kids:
            if c.dep_ in {"dobj", "obj"}:
                words.update(g.lower_ for g in c.children if g.dep_ == "prep")
            # "called for the government to resign": 'for' marks the clause
            if c.dep_ in {"advcl", "ccomp", "xcomp"}:
                words.update(g.lower_ for g in c.children if g.dep_ == "mark" and g.lower_ == "for")
        return words

    @cached_property
    def prepositions_with_objects(self) -> set[str]:
        return {c.lower_ for c in self.children if any(g.dep_ == "pobj" for g in c.children)}

    def objects(self, particles: tuple[str, ...]) -> set[str]:
        if particles not in self._objects:
            self._objects[particles] = object_forms(self.tok, particles, self.children)
        return self._objects[particles]

    @cached_property
    def modifiers(self) -> set[str]:
        return _token_words(c for c in self.children if c.dep_ in MODIFIER_DEPS)

    @cached_property
    def dependent_words(self) -> set[str]:
        words = _token_words(self.children)
        tok = self.tok
        if tok.dep_ == "xcomp" and not any(c.dep_ in NOMINAL_SUBJECTS for c in self.children):
            # "gas began flowing to Syria", "the talks started to collapse": the subject of
            # the verb the complement completes
            words |= _token_words(c for c in tok.head.children if c.dep_ in NOMINAL_SUBJECTS)
        return words

    @cached_property
    def complements(self) -> set[str]:
        kids = self.children
        comps = {c.lemma_.lower() for c in kids if is_complement(c)}
        if any(_stated_clause(c) for c in kids):
            comps.add(STATED_CLAUSE)
        for c in kids:  # "accused X of attacking": the verb under a preposition
            if c.dep_ == "prep":
                comps.update(g.lemma_.lower() for g in c.children if g.dep_ == "pcomp")
            elif c.dep_ in {"dobj", "obj"}:
                # "assured his counterpart that Ghana would support ...": a that-clause the
                # parser hangs on the addressee is the verb's complement
                comps.update(g.lemma_.lower() for g in c.children if _that_clause(g))
        return comps


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str | None
    mode: str | None
    contexts: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return QUAD[self.root]


@dataclass(frozen=True, slots=True)
class PloverOverride:
    """A pattern's own PLOVER type and mode, where the 2021 ontology files its verb under
    another type than the CAMEO code's row ("resign" is RETREAT, mode resign, while CAMEO
    0831 is CONCEDE). The code's contexts are kept."""

    event_type: str
    mode: str | None


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str
    lemma: str
    particles: tuple[str, ...]
    objects: tuple[frozenset[str], ...]
    modifiers: tuple[frozenset[str], ...]
    complements: tuple[frozenset[str], ...]
    dependents: tuple[frozenset[str], ...]
    cameo: str
    flags: frozenset[str]
    origin: str  # file:line
    text: str  # the pattern as written
    # `+*` / `>*`: the trigger must have some direct object ("object") / complement clause
    # ("clause"), whatever it is ("declined the offer", "declined to sign"; not "exports
    # declined")
    needs: frozenset[str] = frozenset()
    # `-{w1|w2}`: words the trigger's objects must not be ("fought a forest fire")
    excluded: frozenset[str] = frozenset()
    # `plover=TYPE/mode` in the flags column: the PLOVER type of this pattern's events
    plover: PloverOverride | None = None
    # how many constraints the pattern has (the most specific matching pattern wins)
    specificity: int = field(init=False, compare=False)

    def plover_type(self, code: CameoCode) -> tuple[str | None, str | None, tuple[str, ...]]:
        """The PLOVER type, mode and contexts of an event coded with `code` by this pattern:
        the pattern's override when the event has the pattern's own code (not the family code
        of an attitude about it), else the CAMEO table's."""
        if self.plover is not None and code.code == self.cameo:
            return self.plover.event_type, self.plover.mode, code.contexts
        return code.plover, code.mode, code.contexts

    @classmethod
    def bare(
        cls,
        kind: str,
        lemma: str,
        cameo: str,
        origin: str,
        text: str,
        flags: Iterable[str] = (),
    ) -> Pattern:
        """A pattern with no constraints, made by a rule rather than read from a file."""
        return cls(kind, lemma, (), (), (), (), (), cameo, frozenset(flags), origin, text)

    def __post_init__(self) -> None:
        specificity = (
            len(self.particles)
            + len(self.objects)
            + len(self.modifiers)
            + len(self.complements)
            + len(self.dependents)
            + len(self.needs)
        )
        object.__setattr__(self, "specificity", specificity)

    def matches(self, tok: Token, view: TokenView | None = None) -> bool:
        """Do the trigger token's dependents satisfy every constraint of this pattern?"""
        v = view if view is not None and view.tok is tok else TokenView(tok)
        if self.needs:
            if "object" in self.needs and not v.deps & {"dobj", "obj"}:
                return False
            if "clause" in self.needs and not v.deps & {"xcomp", "ccomp"}:
                return False
        if self.particles:
            if not all(p in v.particle_words for p in self.particles):
                return False
            if len(self.particles) > 1 and not self.objects:
                # "give in to", "back out of": the first particles are adverbs of the verb,
                # not prepositions with objects of their own ("gave money in aid to")
                leading = set(self.particles[:-1])
                if leading & v.prepositions_with_objects:
                    return False
        if self.objects or self.excluded:
            objs = v.objects(self.particles)
            if not all(group & objs for group in self.objects) or objs & self.excluded:
                return False
        if self.modifiers and not all(group & v.modifiers for group in self.modifiers):
            return False
        if self.dependents and not all(group & v.dependent_words for group in self.dependents):
            return False
        return not self.complements or all(group & v.complements for group in self.complements)


# `>that` in a pattern: the trigger governs a finite clause that states a fact or an opinion
# ("agreed that the situation was grave"), not a plan ("agreed that they would cooperate").
STATED_CLAUSE = "that"
PLAN_AUXILIARIES = frozenset(
    "will would shall should must could can may might ought 'll wo need".split()
)


def _that_clause(c: Token) -> bool:
    """A clause opened by the conjunction "that", with its own subject."""
    if c.dep_ not in {"acl", "relcl", "ccomp"} or c.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(c.children)
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in kids) and any(
        g.dep_ in NOMINAL_SUBJECTS for g in kids
    )


def _stated_clause(c: Token) -> bool:
    if c.dep_ != "ccomp":
        return False
    kids = list(c.children)
    if not any(g.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for g in kids):
        return False  # an infinitive or a bare verb phrase
    return not any(g.dep_ in {"aux", "auxpass"} and g.lower_ in PLAN_AUXILIARIES for g in kids)


def _object_words(tok: Token) -> dict[str, int]:
    """Words naming a verb's objects, with how well each names the object's kind: a compound
    modifier refines it (3: "peacekeeping force"), the head names it (2), any other modifier
    merely describes it (1: "a planned visit")."""
    out: dict[str, int] = {}
    for c in tok.children:
        if c.dep_ not in OBJECT_DEPS:
            continue
        inner = content_object(c)
        for g in inner.children:
            if g.dep_ == "compound" or (g.dep_ == "amod" and not g.tag_.startswith("VB")):
                out[g.lemma_.lower()] = max(out.get(g.lemma_.lower(), 0), 3)
            elif g.dep_ == "amod":
                out.setdefault(g.lemma_.lower(), 1)
        for head in (inner, c):
            for form in _forms(head):
                out[form] = max(out.get(form, 0), 2)
        if _money(c):  # "$5 million in aid" is money given (071), more than aid in general
            out[c.lemma_.lower()] = 3
    return out


def _object_quality(pattern: Pattern, words: dict[str, int]) -> int:
    return min((max((words.get(w, 0) for w in g), default=0) for g in pattern.objects), default=0)


def _refines(new: Pattern, old: Pattern, tok: Token) -> bool:
    """Between two matching patterns of equal specificity: content beats a bare preposition
    ("withdraw +{peacekeeper}" over "withdraw from"), and the pattern whose object words name
    the object's kind better wins ("peacekeeping force" is a kind of force; "planned" in
    "a planned visit" names no kind)."""
    content_new = len(new.objects) + len(new.modifiers) + len(new.complements)
    content_old = len(old.objects) + len(old.modifiers) + len(old.complements)
    if content_new != content_old:
        return content_new > content_old
    if new.objects and old.objects and tok.pos_ == "VERB":
        words = _object_words(tok)
        return _object_quality(new, words) > _object_quality(old, words)
    return False


def _most_specific(patterns: tuple[Pattern, ...], tok: Token) -> Pattern | None:
    """The most specific of a lemma's patterns (ordered most specific first) that matches."""
    if not patterns:
        return None
    matched = None
    view = TokenView(tok)
    for pattern in patterns:
        if matched is not None and pattern.specificity < matched.specificity:
            break
        if pattern.particles and pattern.particles[0] not in view.particle_words:
            continue  # what `matches` would find first ("call" has 73 patterns, most with one)
        if pattern.matches(tok, view) and (matched is None or _refines(pattern, matched, tok)):
            matched = pattern
    return matched


@dataclass(frozen=True, slots=True)
class TriggerDictionary:
    patterns: dict[tuple[str, str], tuple[Pattern, ...]]  # (kind, lemma) -> most specific first
    light: frozenset[str]
    cameo: dict[str, CameoCode]

    def for_token(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        return self.patterns.get((kind, lemma), ())

    def best(self, kind: str, tok: Token) -> Pattern | None:
        lemma = tok.lemma_.lower()
        patterns = self.for_token(kind, lemma)
        if not patterns and kind == "verb":
            for form in verb_lemmas(tok)[1:]:
                patterns = self.for_token(kind, form)
                if patterns:
                    break
        joined = hyphenated(tok)
        if joined and self.for_token(kind, joined):
            patterns = self.for_token(kind, joined)  # "cease-fire": the whole word's patterns
        matched = _most_specific(patterns, tok)
        if (
            matched is None
            and lemma.startswith("re")
            and len(lemma) > 5
            and (lemma[2] == "-" or lemma not in NOT_AGAIN)
        ):
            # "reimposed", "reopened", "re-established": the repeated action, also when the
            # prefixed verb has patterns of its own that do not fit ("reimpose +curfew" does
            # not cover "reimposed blockades")
            again = self.for_token(kind, lemma[2:].lstrip("-"))
            if again is not patterns:
                matched = _most_specific(again, tok)
                patterns = again
        if matched is not None and matched.complements and kind == "verb":
            return self._attitude_about_a_trigger(matched, patterns, tok)
        return matched

    def _attitude_about_a_trigger(
        self, matched: Pattern, patterns: tuple[Pattern, ...], tok: Token
    ) -> Pattern | None:
        """ "agreed to lift the curfew": an attitude (02, 03, 10, 12, 13) whose complement verb
        matches a pattern of its own that names its object is coded by the family of that
        pattern's code (0351, from 'lift +curfew'), not by the fixed code of the `>` pattern
        (`agree >lift`, 0354), which stays for complements known by their verb alone
        ("agreed to cooperate"). The attitude's pattern without a complement is returned, so
        the complement is not absorbed. An attitude about an action that the action's own
        patterns rule out ("vowed to fight corruption": `fight -{corruption|...}`) is no
        event."""
        for c in tok.children:
            if not is_complement(c) or not any(
                c.lemma_.lower() in group for group in matched.complements
            ):
                continue
            excluded = {w for p in self.for_token("verb", c.lemma_.lower()) for w in p.excluded}
            if excluded and object_forms(c) & excluded:
                return None
            root = matched.cameo[:2]
            if root not in ATTITUDE_ROOTS:
                return matched
            inner = self.best("verb", c)
            if inner is None or not inner.objects or family_code(root, inner.cameo) is None:
                return matched
            plain = _most_specific(tuple(p for p in patterns if not p.complements), tok)
            return plain if plain is not None and plain.cameo[:2] == root else matched
        return matched

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(lemma for _, lemma in self.patterns) | self.light

    def __len__(self) -> int:
        return sum(len(p) for p in self.patterns.values())


WILDCARDS = {"+*": "object", ">*": "clause"}
GROUP = re.compile(r"^([+~>\-])(?:\{([^{}]+)\}|([^{}|\s]+))$")


def _words(value: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in value.split("|") if w.strip())


def parse_pattern(row: Row, cameo: dict[str, CameoCode]) -> Pattern:
    kind, text, code = row.cols[0], row.cols[1], row.cols[2]
    words = row.cols[3].split() if len(row.cols) > 3 else []
    overrides = [w for w in words if w.startswith(PLOVER_FLAG)]
    flags = frozenset(w for w in words if not w.startswith(PLOVER_FLAG))
    if kind not in KINDS:
        raise row.error(f"unknown kind '{kind}'; use verb, noun, adj or light")
    if kind == "light":
        if code != "-":
            raise row.error("a light verb has '-' as its CAMEO code (its object carries the event)")
    elif code not in cameo:
        raise row.error(f"'{code}' is not a CAMEO code (see coding/cameo.tsv); keep leading zeros")
    if bad := flags - FLAGS:
        raise row.error(
            f"unknown flag(s) {', '.join(sorted(bad))}; use {', '.join(sorted(FLAGS))} "
            "or plover=TYPE/mode"
        )
    plover = _plover_override(row, overrides, cameo.get(code), cameo)
    tokens = re.findall(r"[+~>\-]\{[^}]*\}|\S+", text)
    if not tokens or not re.fullmatch(r"[^\W\d_A-Z][^\W_A-Z\-']*(?:-[^\W_A-Z]+)*", tokens[0]):
        raise row.error(f"a pattern starts with the trigger's lower-case lemma, not '{text}'")
    particles: list[str] = []
    groups: dict[str, list[frozenset[str]]] = {"+": [], "~": [], ">": [], "=": [], "-": []}
    needs: set[str] = set()
    for token in tokens[1:]:
        if token in PARTICLES:
            particles.append(token)
            continue
        if token in WILDCARDS:
            needs.add(WILDCARDS[token])
            continue
        if re.fullmatch(r"[a-z][a-z\-']*", token):
            # Any other bare word must appear among the trigger's dependents ("set ablaze").
            groups["="].append(frozenset({token}))
            continue
        m = GROUP.match(token)
        if not m:
            raise row.error(
                f"'{token}' is neither a word, a preposition/particle nor a +object, "
                "-excluded object, ~modifier or >complement (write +{a|b} for alternatives)"
            )
        groups[m.group(1)].append(_words(m.group(2) or m.group(3)))
    return Pattern(
        kind=kind,
        lemma=tokens[0],
        particles=tuple(particles),
        objects=tuple(groups["+"]),
        modifiers=tuple(groups["~"]),
        complements=tuple(groups[">"]),
        dependents=tuple(groups["="]),
        cameo=code,
        flags=flags,
        origin=f"{row.path}:{row.line}",
        text=text,
        needs=frozenset(needs),
        excluded=frozenset(w for group in groups["-"] for w in group),
        plover=plover,
    )


def _plover_override(
    row: Row, words: list[str], code: CameoCode | None, cameo: dict[str, CameoCode]
) -> PloverOverride | None:
    """The `plover=TYPE` or `plover=TYPE/mode` flag of a pattern row, checked."""
    if not words:
        return None
    if len(words) > 1:
        raise row.error("a pattern has at most one plover=TYPE/mode flag")
    if code is None or code.plover is None:
        raise row.error(
            "plover= needs a CAMEO code with a PLOVER type; statements and appeals (01, 02) "
            "are no PLOVER events"
        )
    value = words[0][len(PLOVER_FLAG) :]
    event_type, _, mode = value.partition("/")
    if event_type not in PLOVER_MODES:
        raise row.error(
            f"'{event_type}' is not a PLOVER type; use one of {', '.join(PLOVER_MODES)} "
            "(upper case)"
        )
    modes = PLOVER_MODES[event_type] | {
        c.mode for c in cameo.values() if c.plover == event_type and c.mode
    }
    if mode and mode not in modes:
        raise row.error(
            f"'{mode}' is not a mode of {event_type}; use one of {', '.join(sorted(modes))} "
            f"or write plover={event_type} without a mode"
        )
    if event_type == code.plover and (mode or None) == code.mode:
        raise row.error(
            f"plover={value} repeats what CAMEO {code.code} gives already; remove the flag"
        )
    return PloverOverride(event_type, mode or None)


def load_cameo(path: Path | None = None) -> dict[str, CameoCode]:
    file = path or Path(str(resources.files("tacitus").joinpath("data/coding/cameo.tsv")))
    table: dict[str, CameoCode] = {}
    for row in read_rows(file, 6, 6):
        code, name, goldstein, plover, mode, _ = row.cols
        if not re.fullmatch(r"\d{2,4}", code) or code[:2] not in QUAD:
            raise row.error(f"'{code}' is not a CAMEO code")
        try:
            value = float(goldstein)
        except ValueError:
            raise row.error(f"Goldstein value '{goldstein}' is not a number") from None
        table[code] = CameoCode(
            code,
            name,
            value,
            None if plover == "-" else plover,
            None if mode == "-" else mode,
            tuple(row.items(5)),
        )
    return table


def shipped_triggers() -> Path:
    return Path(str(resources.files("tacitus").joinpath("data/coding/triggers.txt")))


def load_triggers(extra: Iterable[str] = (), *, shipped: bool = True) -> TriggerDictionary:
    """The shipped trigger file (unless `shipped` is False), then the extra files."""
    cameo = load_cameo()
    files = [*([shipped_triggers()] if shipped else []), *(Path(p) for p in extra)]
    found: dict[tuple[str, str], dict[str, Pattern]] = {}
    light: set[str] = set()
    for file in files:
        if not file.is_file():
            raise DictionaryError(file, 0, "trigger file not found")
        for row in read_rows(file, 3, 4):
            pattern = parse_pattern(row, cameo)
            if pattern.kind == "light":
                light.add(pattern.lemma)
                continue
            found.setdefault((pattern.kind, pattern.lemma), {})[pattern.text] = pattern
    ordered = {
        key: tuple(sorted(p.values(), key=lambda x: -x.specificity)) for key, p in found.items()
    }
    return TriggerDictionary(ordered, frozenset(light), cameo)


@dataclass(frozen=True, slots=True)
class Discards:
    """Sentences not to code (sports, entertainment, figures of speech), with the reason.

    Matched on every sentence before parsing, so built for speed: all phrases form one
    expression run on the lower-cased sentence, and a regex without capital letters runs on
    the lower-cased sentence too (case-sensitive matching is several times faster than
    case-insensitive matching, with the same result).
    """

    phrases: re.Pattern[str] | None  # every phrase, longest first, on the lower-cased sentence
    phrase_reasons: Mapping[str, tuple[str, str]]  # phrase (lower case) -> (reason, origin)
    patterns: tuple[tuple[re.Pattern[str], bool, str, str], ...]  # (regex, lower, reason, origin)

    def match(self, sentence: str) -> str | None:
        lower = sentence.lower()
        if self.phrases is not None and (m := self.phrases.search(lower)):
            reason, origin = self.phrase_reasons[" ".join(m.group(0).split())]
            return f"discarded ({reason}: '{m.group(0)}', {origin})"
        for regex, on_lower, reason, origin in self.patterns:
            if m := regex.search(lower if on_lower else sentence):
                return f"discarded ({reason}: '{m.group(0)}', {origin})"
        return None


def load_discards(extra: Iterable[str] = (), *, shipped: bool = True) -> Discards:
    file = Path(str(resources.files("tacitus").joinpath("data/coding/discards.txt")))
    files = [*([file] if shipped else []), *(Path(p) for p in extra)]
    phrases: dict[str, tuple[str, str]] = {}
    patterns = []
    for path in files:
        if not path.is_file():
            raise DictionaryError(path, 0, "discard file not found")
        for row in read_rows(path, 3, 3):
            kind, text, reason = row.cols
            origin = f"{row.path}:{row.line}"
            if kind == "phrase":
                phrases.setdefault(" ".join(text.lower().split()), (reason, origin))
            elif kind == "regex":
                lower = not any(c.isupper() for c in text)  # \S, \D, [A-Z]: keep the case
                try:
                    regex = re.compile(text, 0 if lower else re.IGNORECASE)
                except re.error as exc:
                    raise row.error(f"not a valid regular expression ({exc})") from None
                patterns.append((regex, lower, reason, origin))
            else:
                raise row.error(f"kind must be 'phrase' or 'regex', not '{kind}'")
    combined = re.compile(rf"\b{_trie_regex(list(phrases))}\b") if phrases else None
    return Discards(combined, phrases, tuple(patterns))


def _trie_regex(phrases: list[str]) -> str:
    """One expression for many phrases, sharing their common beginnings ("best (?:actor|
    actress)"): the regex engine then tries one branch per letter instead of every phrase."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # a phrase ends here and longer ones go on: prefer the longer
            return f"(?:{body})?" if len(branches) == 1 else body[:-1] + "|)"
        return body

    return build(trie)
