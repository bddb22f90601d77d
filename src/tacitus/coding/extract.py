"""From a parsed sentence and its actor mentions to event candidates.

Finds the triggers (a verb matching a verb pattern, an event noun, or a light verb with an
event noun as object), takes each one's source and target from coding/roles.py, and applies the
clause rules (statements, attitudes about actions, obligations, refusals, modality). Coordinated
actors give several records, or one reciprocal record for symmetric events. Every trigger that
gives no event leaves a `Skipped` with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tacitus.coding.clauses import (
    ARMED_SECTORS,
    DEED_NOUNS,
    DENIALS,
    FORCE_SECTORS,
    accusing_clause,
    citizens,
    clause_of,
    consequence,
    deed_apposition,
    deed_clause,
    denied_party,
    drawn_reaction,
    has_patient,
    judged_deed,
    main_line,
    mediated,
    other_party_clause,
    own_time_clause,
    party_clause,
    sole_country,
    visiting,
    with_clause,
)
from tacitus.coding.dictionary import (
    MEASURE_NOUNS,
    OBJECT_DEPS,
    Pattern,
    PloverOverride,
    TriggerDictionary,
    content_object,
    is_complement,
    verb_lemmas,
)
from tacitus.coding.domestic import DOERLESS_ROOTS, PLACE_DOER
from tacitus.coding.families import (
    ATTITUDE_ROOTS,
    CONFLICT_ROOTS,
    category,
    family_code,
    intended_code,
)
from tacitus.coding.headlines import coordinate_name_lists
from tacitus.coding.modality import (
    REPORTING,
    announced,
    clause_modality,
    conditions,
    event_confidence,
    future,
    is_negated,
    preparing,
    refusal_code,
)
from tacitus.coding.nominal import claimed_doers, concurrent_clause
from tacitus.coding.roles import (
    ATTITUDE_NOUNS,
    DOCUMENT_NOUNS,
    NEEDS_TARGET,
    NONSTATE,
    SUBJECT_DEPS,
    VIOLENCE_ROOTS,
    answered_deed,
    attributed_doers,
    backing_forces,
    border_partners,
    captors_of,
    complement_targets,
    conditioned,
    country_actor,
    deed_authors,
    domestic,
    in_named_place,
    locate,
    misread_relative,
    noun_roles,
    own_governments,
    own_place,
    place_country,
    plural_group,
    protested,
    provokers,
    purpose_targets,
    subject,
    told_addressee,
    verb_roles,
)
from tacitus.coding.shootings import shooting_code
from tacitus.coding.tree import (
    actors_at,
    conjuncts,
    prep_objects,
)
from tacitus.coding.withdrawals import withdrawal_code
from tacitus.models import Actor, ActorMention

if TYPE_CHECKING:
    from tacitus.nlp.mirror import Doc, Token
    from tacitus.nlp.parse import ParsedSentence

# Nouns for what an actor says, whose content clause can put an obligation on another actor.
STATEMENT_NOUNS = DOCUMENT_NOUNS | {"reminder", "notice", "speech", "address"}
# Nouns that frame an event named by their modifier ("a mediation mission", "a bombing campaign").
FRAME_NOUNS = frozenset(
    """effort mission campaign operation process initiative bid attempt drive programme program
    round session""".split()
)
# The note of a deed whose doer is who claimed responsibility for it.
CLAIMED = "source: who claimed it"
# Entity types whose words are never event nouns ("on March 7", "the Strike Force").
NOT_EVENT_ENTITIES = frozenset(
    {
        "GPE",
        "PERSON",
        "NORP",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "FAC",
        "WORK_OF_ART",
        "LAW",
        "PRODUCT",
    }
)
# Entity types of a named place ("captured Goma", "seized the Zaporizhzhia plant").
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Roots whose purpose clause names the target of the force ("opened fire to disperse
# demonstrators", "sent troops to crush the rebels").
PURPOSE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
SYMMETRIC_ROOTS = frozenset({"04", "03", "05", "06", "19"})
# Force, and visits and meetings, told in an "as"/"while" clause of another party: events of
# their own, whatever the main clause says ("as Israeli warplanes pounded bridges", "as
# Clinton arrived in New Delhi").
OWN_EVENT_ROOTS = frozenset({"04", "18", "19", "20"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event found in one sentence, before dates and places are resolved."""

    trigger: int  # token index of the trigger word
    anchor: int  # token index of the verb whose clause holds the event
    pattern: Pattern
    cameo: str  # the pattern's code, or the family code of an attitude about an action
    source: ActorMention | None
    target: ActorMention | None
    reciprocal: bool
    negated: bool
    modality: str  # asserted | intended | hypothetical
    rule: str
    confidence: float
    topic: bool = False  # the object is another actor's deed; the pipeline may find its author
    main: bool = True  # in the sentence's main clause (not a relative or adverbial clause)
    target_home: bool = False  # the target's country was taken from the source's
    lone_state: bool = False  # one-sided, in a sentence naming no other state (coding/guess.py)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A trigger that produced no event, and why (shown by `tacitus explain`)."""

    trigger: int
    word: str
    reason: str


@dataclass(frozen=True, slots=True)
class _Trigger:
    token: int
    anchor: int
    pattern: Pattern
    via: str  # verb | noun | adj | light


def find_triggers(doc: Doc, triggers: TriggerDictionary) -> tuple[list[_Trigger], list[Skipped]]:
    """Trigger tokens of a sentence, with the tokens their patterns absorb removed."""
    found: list[_Trigger] = []
    absorbed: dict[int, str] = {}
    memo = _Remembered(triggers)  # a verb's object is asked about again as a noun
    for tok in doc:
        if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
            pattern = memo.best("verb", tok)
            raw = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
            obj = content_object(raw) if raw is not None else None
            noun = memo.best("noun", obj) if obj is not None else None
            if obj is not None and noun is None:
                # "launched artillery, mortar and rocket fire against ...": the event noun
                # is the last of coordinated objects
                for c in conjuncts(obj)[1:]:
                    noun = memo.best("noun", c)
                    if noun is not None:
                        obj = c
                        break
            if obj is not None and noun is None and obj.lemma_.lower() in FRAME_NOUNS:
                # "undertook a mediation mission", "launched a peace initiative": the
                # modifier names the event
                # "carried out a campaign of ethnic cleansing": or its "of" object does
                of = [
                    g
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                for mod in [*(c for c in obj.children if c.i < obj.i), *of]:
                    if mod.dep_ in {"compound", "amod", "pobj"}:
                        noun = memo.best("noun", mod)
                        if noun is not None:
                            # "hold a second round of talks": the frame noun is no event of
                            # its own beside the one it frames
                            absorbed[obj.i] = f"frame of '{mod.text}'"
                            obj = mod
                            break
            drills = (
                next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in DRILL_NOUNS
                    ),
                    None,
                )
                if obj is not None and noun is None and (pattern is None or not pattern.objects)
                else None
            )
            if drills is not None and any(form in memo.light for form in verb_lemmas(tok)):
                # "the army began drills near the border", "held the Iron Shield exercise"
                # (also with the name misread as a second object): drills told by a light
                # verb with no kind named; an event only of armed forces
                found.append(_Trigger(drills.i, tok.i, _drills(drills), "light"))
                absorbed[drills.i] = f"object of the light verb '{tok.text}'"
                continue
            if noun is None and (pattern is None or not pattern.objects):
                # "declined to take part in talks", "will participate in the summit": the
                # noun of the "in" phrase is the event, in the clause of the verb
                joined = _participation(tok)
                noun = memo.best("noun", joined) if joined is not None else None
                if noun is not None:
                    found.append(_Trigger(joined.i, tok.i, noun, "light"))  # type: ignore[union-attr]
                    absorbed[joined.i] = f"what '{tok.text}' takes part in"  # type: ignore[union-attr]
                    continue
            if (
                any(form in memo.light for form in verb_lemmas(tok))
                and noun is not None
                and (pattern is None or not pattern.objects)
            ):
                found.append(_Trigger(obj.i, tok.i, noun, "light"))  # type: ignore[union-attr]
                absorbed[obj.i] = f"object of the light verb '{tok.text}'"  # type: ignore[union-attr]
                if raw is not None and raw is not obj:
                    # "held a second round of talks": the measure of the event is no event
                    absorbed[raw.i] = f"measure of '{obj.text}'"  # type: ignore[union-attr]
                continue
            if pattern is not None and _time_given(pattern) and not _to_clause(tok):
                continue  # "gave a speech last week": no time given to do anything
            if pattern is None:
                continue
            if obj is not None and not pattern.objects and obj.ent_type_ in PLACE_ENTITIES:
                # "rebels captured Goma", "seized Kherson": a named place taken is territory
                # occupied, whatever the bare verb's code ("capture" 173, "seize" 1711)
                pattern = next(
                    (p for p in triggers.for_token("verb", pattern.lemma) if p.cameo == "192"),
                    pattern,
                )
            found.append(_Trigger(tok.i, tok.i, pattern, "verb"))
            for c in tok.children:
                if (
                    c.dep_ in {"dobj", "obj"}
                    and c.pos_ in {"NOUN", "PROPN"}
                    and not (pattern.cameo[:2] == "04" and _paired(c, triggers))
                ):
                    absorbed[c.i] = f"topic of '{tok.text}'"
                if is_complement(c) and any(
                    c.lemma_.lower() in group for group in pattern.complements
                ):
                    absorbed[c.i] = f"complement in the pattern '{pattern.text}'"
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.i != tok.i:
            # "he was optimistic about", "Moscow is wary of": the copula's clause holds it
            pattern = memo.best("adj", tok)
            if pattern is not None:
                found.append(_Trigger(tok.i, tok.head.i, pattern, "adj"))
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.ent_type_ not in NOT_EVENT_ENTITIES:
            pattern = memo.best("noun", tok)
            if pattern is None:
                continue
            doing = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else None
            if doing is None or not memo.best("verb", doing):
                # "air strikes killed 30 people, the agency said", parsed as a reduced relative
                doing = next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ == "acl" and misread_relative(c) and memo.best("verb", c)
                    ),
                    None,
                )
            if doing is not None:
                # "suicide bombers killed ...": the noun names the doers of the verb's event
                absorbed[tok.i] = f"the subject of '{doing.text}'"
            found.append(_Trigger(tok.i, tok.i, pattern, "noun"))
    kept, skipped = [], []
    for t in found:
        if t.via != "light" and t.token in absorbed:
            skipped.append(Skipped(t.token, doc[t.token].text, absorbed[t.token]))
        else:
            kept.append(t)
    return kept, skipped


class _Remembered:
    """A trigger dictionary that answers `best` once per kind and token of a sentence."""

    def __init__(self, triggers: TriggerDictionary) -> None:
        self.light = triggers.light
        self._triggers = triggers
        self._best: dict[tuple[str, int], Pattern | None] = {}

    def best(self, kind: str, tok: Token) -> Pattern | None:
        key = (kind, tok.i)
        if key not in self._best:
            self._best[key] = self._triggers.best(kind, tok)
        return self._best[key]


TIME_GIVEN = frozenset({"day", "hour", "week", "month"})


def _time_given(pattern: Pattern) -> bool:
    """A pattern of time given to someone ("gave the junta 30 days"): an ultimatum only with
    what the time is for (`_to_clause`)."""
    return any(group & TIME_GIVEN for group in (*pattern.objects, *pattern.modifiers))


def _to_clause(verb: Token) -> bool:
    """ "gave the junta a week to reinstate the president": an infinitive clause on the verb."""
    return any(
        c.dep_ in {"advcl", "xcomp", "ccomp"} and any(g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


PARTICIPATION_VERBS = frozenset({"participate", "engage"})
# Nouns of military drills, an event (a show of force, 150) only when done by armed forces.
DRILL_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "wargame", "war-game"})
# The origin of the patterns made for bare drill nouns (no trigger file line).
BARE_DRILLS = "coding/extract.py: drills held by armed forces"


def _names_an_actor(verb: Token, mentions: dict[int, list[ActorMention]]) -> bool:
    """Whether what a statement verb says (its clause or object) names an actor, besides the
    speaker in its subject."""
    subj, _ = subject(verb)
    speaker = {t.i for t in subj.subtree} if subj is not None and subj.head is verb else set()
    return any(
        t.i in mentions and t.i not in speaker and t.i != verb.i
        for c in verb.children
        if c.dep_ not in SUBJECT_DEPS
        for t in c.subtree
    )


# Words of a crowd of people that a protest's subject may be ("Thousands march in ...").
CROWD_WORDS = frozenset({"thousands", "hundreds", "tens", "dozens", "crowds", "crowd"})


def _crowd(doc: Doc, t: _Trigger, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "Thousands march in Bratislava against ...": a protest whose subject is a crowd named
    by its size, in a place of one country, is a protest of that country's civilians."""
    subj, passive = subject(doc[t.anchor])
    if subj is None or passive or subj.lower_ not in CROWD_WORDS or subj.i in mentions:
        return []
    country = place_country(doc, t, mentions)
    if country is None or country in NONSTATE:
        return []
    crowd = Actor(subj.text, "civilians", country, ("CVL",), "group")
    return [ActorMention(subj.idx, subj.idx + len(subj.text), subj.i, crowd, (subj.i, subj.i + 1))]


def _armed_forces(sources: list[ActorMention]) -> bool:
    """Armed forces among the doers, and no doer of another sector ("US, Philippine troops":
    a country named beside the troops)."""
    sectors = [{*m.actor.sectors} for m in sources]
    return any(FORCE_SECTORS & s for s in sectors) and all(
        not s or FORCE_SECTORS & s for s in sectors
    )


def _drills(noun: Token) -> Pattern:
    lemma = noun.lemma_.lower()
    return Pattern.bare(
        "noun", lemma, "150", BARE_DRILLS, f"{lemma} (held by armed forces)", {"notarget"}
    )


def _participation(verb: Token) -> Token | None:
    """The noun of "take part in X", "participate in X", "engage in X", or None."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        part = next(
            (c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lemma_.lower() == "part"),
            None,
        )
        if part is None:
            return None
        holders: tuple[Token, ...] = (verb, part)
    elif lemma in PARTICIPATION_VERBS:
        holders = (verb,)
    else:
        return None
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                noun = next((g for g in c.children if g.dep_ == "pobj"), None)
                if noun is not None and noun.pos_ in {"NOUN", "PROPN"}:
                    return content_object(noun)
    return None


def _paired(noun: Token, triggers: TriggerDictionary) -> bool:
    """ "hosted talks between A and B": the noun names talks of its own parties, besides the
    host's (not "mediation between A and B": the mediator's)."""
    own = triggers.best("noun", noun)
    if own is None or own.cameo[:2] != "04" or own.cameo == "045":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"between", "among"}
        and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


GENERIC_VIOLENCE = frozenset({"180", "190"})
MEANS_PREPS = frozenset({"in", "by", "with", "using", "during"})


def _doer_is_an_event(doc: Doc, t: _Trigger, triggers: TriggerDictionary) -> str | None:
    """ "A roadside bombing killed two soldiers": the subject of a violent act is a violent
    event with no named doer; the victims are still known. Returns the event word."""
    if t.via != "verb" or t.pattern.cameo[:2] not in VIOLENCE_ROOTS:
        return None
    verb = doc[t.anchor]
    holders = [verb]
    if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG":
        holders.append(verb.head)  # "a truck bomb exploded outside the embassy, killing ..."
    for v in holders:
        for c in v.children:
            if c.dep_ == "nsubj" and c.pos_ == "NOUN":
                if c.lemma_.lower() in WEAPON_DOERS:
                    return c.text  # "ten bombs tore through commuter trains, killing ..."
                pattern = triggers.best("noun", c)
                if pattern is not None and pattern.cameo[:2] in VIOLENCE_ROOTS:
                    return c.text
    return None


# Explosives a vehicle or person sets off; the roadside kind (CAMEO 1833).
STRUCK_EXPLOSIVES = frozenset("bomb mine landmine ied device explosive".split())
ROADSIDE_WORDS = frozenset({"roadside", "improvised", "ied", "landmine", "mine"})


def _struck_bomb(verb: Token) -> bool | None:
    """ "killed when their vehicle hit a roadside bomb": None when no explosive is struck,
    else whether it was a roadside one."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.lemma_.lower() not in {"hit", "strike", "detonate", "trigger"}:
            continue
        for o in c.children:
            if o.dep_ in {"dobj", "obj"} and o.lemma_.lower() in STRUCK_EXPLOSIVES:
                words = {o.lemma_.lower(), *(g.lower_ for g in o.lefts)}
                return bool(words & ROADSIDE_WORDS)
    return None


# Explosives whose deed is a bombing (CAMEO 183).
BOMB_WORDS = frozenset("bomb explosion blast explosive device grenade".split())
# Weapons that, as a subject, stand for a deed with no named doer.
WEAPON_DOERS = BOMB_WORDS | frozenset("mine shell rocket missile gas".split())


_KILL_VERBS = frozenset({"kill", "murder", "execute", "shoot", "slay", "butcher"})
_NONCOMBATANTS = frozenset(
    {
        "civilian", "villager", "people", "person", "resident", "inhabitant", "woman",
        "child", "worker", "farmer", "refugee", "worshipper", "pilgrim", "student",
        "herder", "fisherman", "family", "passenger", "migrant", "mourner", "shopper",
    }
)  # fmt: skip
_LARGE_COUNTS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million"})
MASS_KILLING_COUNT = 100  # "killed 150 civilians": a number of dead CAMEO calls a mass killing


# Forces with no military organisation: gunmen and militiamen, gangs, civilians and crowds.
IRREGULAR_SECTORS = frozenset({"UAF", "CRM", "CVL", "OPP"})
# Forces organised for war: their killings and attacks are conventional force (19).
ORGANISED_SECTORS = frozenset({"MIL", "REB", "INS", "SPY", "GOV"})
# Armed sides: police shooting at them is fighting, not violence on the unarmed.
ARMED_TARGETS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "CRM", "SPY"})
# The generic codes of force a pattern gives when it names no means or kind of act.
GENERIC_FORCE = frozenset({"190", "193"})


def _unconventional(
    t: _Trigger, cameo: str, sources: list[ActorMention], targets: list[ActorMention]
) -> bool:
    """ "Gunmen killed 17 villagers", "militiamen attacked a camp", "police opened fire on
    protesters": force used by people without the organisation of an army (gunmen, gangs,
    mobs, or police against the unarmed) is unconventional violence (CAMEO 180), where the
    same verb said of an army or rebels is conventional force (190). Clashes between two
    sides keep 190."""
    if cameo not in GENERIC_FORCE or "recip" in t.pattern.flags or not sources:
        return False
    sectors = {s for m in sources for s in m.actor.sectors}
    if (
        sectors & INSURGENT_SECTORS
        and not sectors & STATE_FORCES
        and targets
        and all(_unarmed(m) for m in targets)
        and t.via == "verb"
        and t.pattern.lemma in _KILL_VERBS
    ):
        # "Al-Shabaab militants killed 14 quarry workers": rebels killing the unarmed is not
        # a battle but an assault on them
        return True
    if not sectors or sectors & ORGANISED_SECTORS or any(not m.actor.sectors for m in sources):
        return False
    if sectors & IRREGULAR_SECTORS:
        return True
    # police: only against people who are not an armed side
    return bool(targets) and not {s for m in targets for s in m.actor.sectors} & ARMED_TARGETS


# Armed groups outside the state.
INSURGENT_SECTORS = frozenset({"REB", "INS"})


def _unarmed(m: ActorMention) -> bool:
    """A side with no arms of its own: civilians, workers, tourists, refugees ..."""
    sectors = {*m.actor.sectors}
    return bool(sectors) and not sectors & ARMED_TARGETS and not sectors & {"GOV", "LEG"}


# The state's forces of order: their force used on protesters is repression (CAMEO 175).
STATE_FORCES = frozenset({"COP", "MIL"})


def _repressing(
    t: _Trigger,
    cameo: str,
    sources: list[ActorMention],
    targets: list[ActorMention],
    doc: Doc,
) -> bool:
    """ "Police opened fire on protesters", "troops shot at demonstrators", "soldiers opened
    fire on opposition supporters protesting in Harare": generic force the state's police or
    troops use on protesters is violent repression of dissent (CAMEO 175, whose codebook entry
    is repressing collective dissent), not unconventional violence (180) or a military
    engagement (190). Clashes between two sides keep their code."""
    return (
        bool(targets)
        and _state_force(t, cameo, sources)
        and all(_protesters(m) or _protesting(doc, m) for m in targets)
    )


# Verbs of protest whose participle marks a crowd as protesters ("supporters protesting").
PROTEST_PARTICIPLES = frozenset({"protest", "demonstrate", "rally", "march"})


def _protesting(doc: Doc, m: ActorMention) -> bool:
    """ "opposition supporters protesting in Harare", "students who marched on parliament"."""
    if not 0 <= m.head < len(doc) or {*m.actor.sectors} & ARMED_TARGETS:
        return False
    return any(
        c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in PROTEST_PARTICIPLES
        for c in doc[m.head].children
    )


def _state_force(t: _Trigger, cameo: str, sources: list[ActorMention]) -> bool:
    """Generic one-sided force used by a state's police or troops."""
    return (
        cameo in GENERIC_FORCE
        and "recip" not in t.pattern.flags
        and bool(sources)
        and all(
            {*m.actor.sectors} & STATE_FORCES and not {*m.actor.sectors} & IRREGULAR_SECTORS
            for m in sources
        )
    )


def _protesters(m: ActorMention) -> bool:
    return {"OPP", "CVL"} <= {*m.actor.sectors} and not {*m.actor.sectors} & ARMED_TARGETS


def _crowd_fired_on(
    t: _Trigger,
    cameo: str,
    sources: list[ActorMention],
    targets: list[ActorMention],
    mentions: dict[int, list[ActorMention]],
) -> list[ActorMention]:
    """The protesters a sentence names, when its police or troops use generic force on nobody
    named ("..., as police opened fire, killing five")."""
    if targets or not _state_force(t, cameo, sources):
        return []
    doers = {s.head for s in sources}
    return [
        m for found in mentions.values() for m in found if m.head not in doers and _protesters(m)
    ]


# Acts of force and destruction that protesters commit as a riot (CAMEO 145).
RIOT_CODES = frozenset({"180", "190", "193", "1712"})


def _rioting(cameo: str, sources: list[ActorMention]) -> bool:
    """ "Protesters set fire to the parliament", "demonstrators attacked the offices of the
    electricity company": violence done by protesters is a violent protest, a riot (145),
    rather than unconventional violence or destruction of property."""
    return (
        cameo in RIOT_CODES
        and bool(sources)
        and all({"OPP", "CVL"} <= {*m.actor.sectors} for m in sources)
        and not any(ORGANISED_SECTORS & {*m.actor.sectors} for m in sources)
    )


def _count(token: Token) -> int | None:
    """The number a numeral token states ("300", "1,200"), or None."""
    text = token.text.replace(",", "")
    return int(text) if text.isdigit() else None


def _mass_killing(verb: Token) -> bool:
    """ "Militants killed hundreds of villagers", "gunmen shot dead 150 civilians": killing a
    large number (hundreds, or a number of 100 or more) of non-combatants is CAMEO 202,
    whoever did it; "killed 26 soldiers" or "killed hundreds of fighters" is not."""
    if verb.lemma_.lower() not in _KILL_VERBS:
        return False
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if obj.lemma_.lower() in _LARGE_COUNTS:
            # "hundreds of villagers"
            of = [
                p
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if any(p.lemma_.lower() in _NONCOMBATANTS for p in of):
                return True
        elif obj.lemma_.lower() in _NONCOMBATANTS and _numbered(
            obj, MASS_KILLING_COUNT, _LARGE_COUNTS
        ):
            return True
    return False


def _numbered(noun: Token, at_least: int, words: frozenset[str]) -> bool:
    """Does a numeral of the noun state at least `at_least` in figures ("150 civilians"), or
    name one of `words` itself or in its own words ("hundreds", "two hundred civilians")?"""
    for num in noun.children:
        if num.dep_ != "nummod":
            continue
        n = _count(num)
        if n is not None and n >= at_least:
            return True
        if any(c.lemma_.lower() in words for c in (num, *num.children)):
            return True
    return False


# Verbs of removing people from a country, and the number of people that makes a removal
# a mass expulsion (CAMEO 201), as "deported thousands of" already is in the triggers.
_EXPULSION_VERBS = frozenset({"deport", "expel", "evict"})
MASS_EXPULSION_COUNT = 1000
_THOUSANDS = frozenset({"thousand", "million"})


def _mass_expulsion(verb: Token) -> bool:
    """ "deported more than 30,000 Haitians", "will expel 5,000 migrants a week": removing
    people by the thousand is a mass expulsion (201), as "deported thousands of migrants" is;
    "deported 40 Haitians" stays a deportation (174)."""
    if verb.lemma_.lower() not in _EXPULSION_VERBS:
        return False
    return any(
        obj.dep_ in {"dobj", "nsubjpass"}
        and _numbered(obj, MASS_EXPULSION_COUNT, _THOUSANDS)  # "30 thousand Haitians"
        for obj in verb.children
    )


def _means_code(verb: Token, triggers: TriggerDictionary) -> str | None:
    """ "killed two soldiers in a roadside bombing", "were wounded by a car bomb", "a suicide
    bomber killed ...": a violent act whose means or doer is a more specific violence noun
    takes that noun's code."""
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "acl" and misread_relative(verb):
        nouns.append(verb.head)  # "air strikes killed ..." parsed as a reduced relative
    for c in verb.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in MEANS_PREPS:
            nouns.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "advcl" and c.lower_ == "using":
            nouns.extend(g for g in c.children if g.dep_ in {"dobj", "obj"})
    for noun in nouns:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        pattern = triggers.best("noun", noun)
        if (
            pattern is not None
            and pattern.cameo[:2] in VIOLENCE_ROOTS
            and pattern.cameo not in GENERIC_VIOLENCE
        ):
            return pattern.cameo
    return None


def _has_deed_object(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in verb.children):
        objects.append(verb.head)  # "an accusation Baku rejected"
    return any(o.lemma_.lower() in DEED_NOUNS for o in objects)


GOVERNOR_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "prep", "acomp", "oprd"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
OBLIGATION_WORDS = re.compile(r"\b(?:must|should|ought)", re.IGNORECASE)  # a quick pre-check
READINESS = frozenset({"ready", "prepared", "prepare", "willing", "able"})
APPEAL_VERBS = frozenset({"want", "wish", "encourage", "invite", "press", "push", "prefer"})


@dataclass(slots=True)
class _Plan:
    """What the sentence-level rules decided for one trigger."""

    trigger: _Trigger
    cameo: str
    sources: list[ActorMention]
    targets: list[ActorMention]
    notes: list[str]
    dropped: str | None = None


LABOUR_SECTORS = frozenset({"LAB"})


def _labour_strike(doc: Doc, plan: _Plan) -> bool:
    """ "the union threatened to strike", "... to resume its strike": a threat of a strike (or
    of an action on a strike) made by workers."""
    verb = doc[plan.trigger.anchor]
    return (
        bool(plan.sources)
        and all(LABOUR_SECTORS & {*m.actor.sectors} for m in plan.sources)
        and any(
            c.lemma_.lower() == "strike"
            or any(g.dep_ == "dobj" and g.lemma_.lower() == "strike" for g in c.children)
            for c in verb.children
            if is_complement(c)
        )
    )


# Outlooks (012 pessimism, 013 optimism) whose clause is a prospect, not a reported fact.
OUTLOOK_CODES = frozenset({"012", "013"})
PROSPECT_AUX = frozenset({"could", "would", "might", "may", "will", "can", "should", "wo"})


def _outlook_on_prospect(doc: Doc, outlook: _Plan, reported: _Plan) -> bool:
    """ "was optimistic that a deal would be reached", "is hopeful that Russia will agree":
    an adjective of outlook about something that may happen (a modal or future clause, or one
    with no doer) is the event, not the clause it looks at."""
    if outlook.trigger.via != "adj" or outlook.cameo[:3] not in OUTLOOK_CODES:
        return False
    verb = doc[reported.trigger.anchor]
    modal = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PROSPECT_AUX for c in verb.children)
    return modal or not reported.sources


def _condition(verb: Token) -> bool:
    """A clause opened by "if" or "unless"."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children
    )


def _governor(doc: Doc, t: _Trigger, anchors: dict[int, _Trigger]) -> Token | None:
    """The nearest verb above the trigger's clause, through complement links (at most three)."""
    node = doc[t.anchor]
    for _ in range(3):
        if node.dep_ not in GOVERNOR_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.i in anchors or node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _readiness(verb: Token) -> Token | None:
    """ "must be ready to negotiate", "should be prepared to withdraw": the 'be' that carries
    the clause of an action someone is to be ready for."""
    adj = verb.head
    if (
        verb.dep_ == "xcomp"
        and adj.dep_ == "acomp"
        and adj.lemma_.lower() in READINESS
        and adj.head.lemma_ == "be"
    ):
        return adj.head
    return None


def _obligation(verb: Token) -> bool:
    """ "Libya must hand over", "Iraq should withdraw": an obligation put on the subject."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
        return True
    be = _readiness(verb)
    if be is not None and _obligation(be):
        return True  # "Russia must be ready to negotiate"
    # "Japan needs to enact", "Libya has to hand over"
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ in {"have", "need"}
        and any(c.lower_ == "to" for c in verb.children)
    )


# The origin of the patterns made for reported obligations (no trigger file line).
REPORTED_OBLIGATION = "coding/extract.py: a reported obligation"


def _reported_obligations(
    doc: Doc, found: list[_Trigger], mentions: dict[int, list[ActorMention]]
) -> list[_Trigger]:
    """ "The Red Cross said the occupying forces must ensure security": a speaker who puts an
    obligation on another actor makes a demand (10), also when neither the reporting verb nor
    the action has a pattern. Made here as a statement (010) that `_statement_of_obligation`
    turns into the demand; clauses whose action is a trigger are coded through it."""
    if not OBLIGATION_WORDS.search(doc.text):
        return []  # no "must", "should" or "ought" anywhere in the sentence
    taken = {t.anchor for t in found} | {t.token for t in found}
    out: list[_Trigger] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in REPORTING or tok.i in taken:
            continue
        speaker, passive = subject(tok)
        speakers = actors_at(speaker, mentions) if speaker is not None and not passive else []
        if not speakers:
            continue
        own = {m.actor.code for m in speakers}  # "Azerbaijan said it must protect ..."
        for comp in tok.children:
            if comp.dep_ != "ccomp" or comp.i in taken or not _obligation(comp):
                continue
            if not any(w.lower_ in OBLIGATION_AUX for w in comp.subtree):
                continue  # "must", "should", "ought" (the pre-filter looks for them)
            subj, passive = subject(comp)
            if subj is None or passive:
                continue
            if any(m.actor.country and m.actor.code not in own for m in actors_at(subj, mentions)):
                lemma = tok.lemma_.lower()
                pattern = Pattern.bare(
                    "verb",
                    lemma,
                    "010",
                    REPORTED_OBLIGATION,
                    f"{lemma} (that another actor must act)",
                )
                out.append(_Trigger(tok.i, tok.i, pattern, "verb"))
                break
    return out


def _other_doers(
    clause: Token, mentions: dict[int, list[ActorMention]], sources: list[ActorMention]
) -> list[ActorMention]:
    """The actors of an active clause's subject other than the event's sources (the author of
    a deed in apposition, the parties of mediated talks)."""
    subj, passive = subject(clause)
    if subj is None or passive:
        return []
    return [m for m in actors_at(subj, mentions) if m not in sources]


def _plan(
    sent_doc: Doc, found: list[_Trigger], mentions: dict[int, list[ActorMention]]
) -> list[_Plan]:
    anchors = {t.anchor: t for t in found}
    plans = {}
    for t in found:
        roles = noun_roles if t.via == "noun" else verb_roles
        sources, targets, notes = roles(t, sent_doc, mentions)
        cause = consequence(sent_doc[t.anchor]) if t.via != "noun" else None
        if cause is not None and sources:
            # "Mexico granted her asylum, prompting Peru to break off relations": the
            # consequence is aimed at the doer of the main clause
            home = {m.actor.country for m in sources}
            if not any(
                m.actor.country not in home
                and not (m.actor.country is None and FORCE_SECTORS & {*m.actor.sectors})
                for m in targets
            ):  # "prompting Poland to deploy troops": its own troops are not the other side
                answered = [m for m in actors_at(cause, mentions) if m.actor.country not in home]
                if answered:
                    targets = answered
                    notes.append("target: whom the consequence answers")
        judged = judged_deed(sent_doc[t.anchor]) if t.via != "noun" else None
        if judged is not None:
            # "Ukraine condemned Serbia for supplying weapons to Russia": Serbia's deed
            doers = actors_at(judged, mentions)
            if doers:
                sources = doers
                targets = [m for m in targets if all(m.head != d.head for d in doers)]
                notes.append("source: whom the deed is judged in")
        pair = visiting(sent_doc[t.anchor]) if t.via == "verb" else None
        if pair is not None:
            # "Xi received the visiting Russian president": the visitor visits the host
            visitor, host = pair
            guests = actors_at(visitor, mentions)
            hosts = [m for m in actors_at(host, mentions) if m not in guests]
            if guests and hosts:
                sources, targets = guests, hosts
                notes.append("visiting: the visitor visits the host")
        if t.via != "noun" and deed_apposition(sent_doc[t.anchor]) and not targets:
            # "France recognised Palestine, a move condemned by Israel": the move's author
            targets = _other_doers(deed_clause(sent_doc[t.anchor]), mentions, sources)
            if targets:
                notes.append("target: author of the deed in apposition")
        if t.via != "noun" and not targets and sources and mediated(sent_doc[t.anchor], t):
            # "Armenia and Azerbaijan signed a deal after talks brokered by the United States":
            # the parties of the clause the talks are named in
            targets = _other_doers(clause_of(sent_doc[t.anchor].head), mentions, sources)
            if targets:
                notes.append("target: the parties of the mediated talks")
        unplaced_force = bool(targets) and all(
            m.actor.country is None and FORCE_SECTORS & {*m.actor.sectors} for m in targets
        )
        if t.via != "noun" and (not targets or unplaced_force) and sources:
            # "shot down drones launched by the RSF": whose the weapons or forces are
            authors = deed_authors(sent_doc[t.anchor], mentions)
            authors = [m for m in authors if all(m.head != s.head for s in sources)]
            if authors:
                targets = authors
                notes.append("target: the authors of the deed or document")
        plans[t.anchor if t.via != "noun" else -1 - t.token] = _Plan(
            t, t.pattern.cameo, sources, targets, notes
        )
    by_anchor = {k: v for k, v in plans.items() if k >= 0}
    for plan in plans.values():
        t = plan.trigger
        if t.via == "noun":
            continue
        if _about_attitude_noun(sent_doc, plan, by_anchor, mentions):
            continue
        if _demanded_in_statement(sent_doc, plan, mentions):
            continue
        gov = _governor(sent_doc, t, anchors)
        anchor = sent_doc[t.anchor]
        if gov is None or own_time_clause(anchor) or _sequenced(anchor) or with_clause(anchor):
            continue
        if drawn_reaction(anchor, t) or judged_deed(anchor) is not None:
            continue  # "visited Minsk, drawing criticism from the EU": the EU's act
        own_event = plan.cameo[:2] in OWN_EVENT_ROOTS
        if concurrent_clause(anchor, mentions) or other_party_clause(
            anchor, mentions, not own_event
        ):
            continue  # "frees prisoners as US envoy visits Minsk": an event of its own
        if accusing_clause(sent_doc[t.anchor]):
            gplan = by_anchor.get(gov.i)
            obj = next(c for c in sent_doc[t.anchor].children if c.dep_ == "dobj")
            if obj.pos_ == "PRON" and gplan is not None and gplan.targets:
                # "ordered the Red Cross to leave, accusing it of ...": whom the main clause
                # acted on
                plan.targets = gplan.targets
                plan.notes.append("target: the main clause's target, named by a pronoun")
            continue
        gplan = by_anchor.get(gov.i)
        obligation = _obligation(sent_doc[t.anchor])
        be = _readiness(sent_doc[t.anchor])
        if (
            gplan is None
            and obligation
            and be is not None
            and gov.i in {be.i, sent_doc[t.anchor].head.i}
            and be.dep_ in {"ccomp", "xcomp"}
            and be.head.i != be.i
        ):
            # "said Russia must be ready to negotiate": the statement governs the 'be' clause
            gov = be.head
            gplan = by_anchor.get(gov.i)
        if gplan is None:
            if gov.lemma_.lower() in APPEAL_VERBS and plan.sources:
                # "Sharon wants Germany to pay compensation": an appeal to the doer.
                subj, _ = subject(gov)
                askers = actors_at(subj, mentions) if subj is not None else []
                if askers and all(a.head != s.head for a in askers for s in plan.sources):
                    plan.cameo = family_code("02", plan.cameo) or "020"
                    plan.targets = plan.sources
                    plan.sources = askers
                    plan.notes.append(f"appeal: '{gov.text}'")
                    continue
            if obligation and gov.lemma_.lower() in REPORTING:
                # "Russia said Sudan must return the helicopter": a demand by the speaker.
                subj, _ = subject(gov)
                speakers = actors_at(subj, mentions) if subj is not None else []
                if speakers:
                    plan.cameo = family_code("10", plan.cameo) or "100"
                    plan.targets = plan.sources or plan.targets
                    plan.sources = speakers
                    plan.notes.append(f"obligation reported by '{gov.text}'")
            continue
        groot = gplan.cameo[:2]
        if groot == "01":
            if gplan.cameo.startswith("016") and not obligation:
                # "Russia denied that its troops attacked": the denial is the event
                plan.dropped = f"denied by '{gov.text}'"
            elif obligation:
                gplan.cameo = family_code("10", plan.cameo) or "100"
                gplan.targets = gplan.targets or plan.sources or plan.targets
                gplan.notes.append(f"demand: '{sent_doc[t.anchor].text}' with an obligation")
                plan.dropped = f"the action demanded by '{gov.text}'"
            elif _outlook_on_prospect(sent_doc, gplan, plan):
                # "was hopeful that a treaty could be signed": the outlook is the event, what
                # it looks at has not happened
                heads = {s.head for s in gplan.sources}
                gplan.targets = gplan.targets or [
                    m for m in plan.sources + plan.targets if m.head not in heads
                ]
                outlook = sent_doc[gplan.trigger.token].text
                plan.dropped = f"the prospect '{outlook}' is about"
            elif gplan.cameo.startswith("014") and gplan.trigger.via == "verb":
                # "was considering reopening the border with Cambodia": the option weighed
                # has not been taken; the event is the weighing (014)
                heads = {s.head for s in gplan.sources}
                gplan.targets = gplan.targets or [m for m in plan.targets if m.head not in heads]
                plan.dropped = f"the option '{gov.text}' weighs"
            else:
                gplan.dropped = f"a statement reporting '{sent_doc[t.anchor].text}'"
        elif groot in ATTITUDE_ROOTS and _condition(sent_doc[t.anchor]):
            # "threatened to close the strait if the United States imposed sanctions": the
            # condition is not what is threatened, and has not happened
            plan.dropped = f"the condition of '{gov.text}'"
        elif groot in ATTITUDE_ROOTS and not gplan.trigger.pattern.complements:
            new = family_code(groot, plan.cameo)
            if new:
                gplan.cameo = new
                gplan.notes.append(f"about '{sent_doc[t.anchor].text}'")
            if not gplan.targets:
                # "demanded that Sudan return ...": the doer of the action demanded, unless it
                # is the demander itself ("demanded a rise, threatening to strike if ...")
                own = plan.sources if groot in {"02", "10"} else []
                own = [m for m in own if all(m.head != s.head for s in gplan.sources)]
                gplan.targets = own or plan.targets
            plan.dropped = f"the action '{gov.text}' is about (coded as {gplan.cameo})"
        else:
            if groot == "14" and plan.cameo[:2] == "10":
                _protest_purpose(gplan, plan)
            anchor = sent_doc[t.anchor]
            if party_clause(anchor) and plan.targets and not gplan.targets and gplan.sources:
                # "welcomed the agreement, praising Qatar for its mediation": a participle
                # clause that names a party the main event has not is an act of its own
                continue
            plan.dropped = f"subordinate to the event '{gov.text}'"
    for plan in plans.values():
        t = plan.trigger
        if not plan.dropped and plan.cameo[:3] == "138" and _labour_strike(sent_doc, plan):
            plan.cameo = "133"  # "the union threatened to strike": a walkout, not an attack
            plan.notes.append("a strike by workers")
        if not plan.dropped and plan.cameo[:2] == "01" and t.via != "noun":
            _statement_of_obligation(sent_doc, plan, mentions)
            if plan.cameo[:2] == "01" and t.pattern.origin == REPORTED_OBLIGATION:
                plan.dropped = "a statement that puts no obligation on another actor"
        if not plan.dropped and plan.cameo[:2] == "01" and t.via == "verb":
            _statement_of_attitude(sent_doc, plan, mentions)
        if (
            not plan.dropped
            and not plan.targets
            and (plan.cameo[:3] in DENIALS or plan.cameo[:2] == "09")
            and t.via != "noun"
        ):
            # "denied that its troops had crossed into Eritrea", "opened an inquiry into
            # whether the Chinese company Temu had failed ...": the other party of what is
            # denied or investigated
            plan.targets = denied_party(sent_doc, sent_doc[t.anchor], plan.sources, mentions)
            if plan.targets:
                plan.notes.append("target: the other party of what is denied or investigated")
        if plan.dropped or plan.targets or t.via == "noun" or plan.cameo[:2] == "01":
            continue
        inner = complement_targets(sent_doc, sent_doc[t.anchor], plan.cameo[:2], mentions)
        if inner:
            plan.targets = [m for m in inner if all(m.head != s.head for s in plan.sources)]
            plan.notes.append("target: from the complement clause")
        elif plan.cameo[:2] in PURPOSE_ROOTS:
            aims = purpose_targets(sent_doc[t.anchor], mentions)
            plan.targets = [m for m in aims if all(m.head != s.head for s in plan.sources)]
            if plan.targets:
                plan.notes.append("target: from the purpose clause")
    return list(plans.values())


SEQUENCE_PREPS = frozenset({"after", "before"})


def _sequenced(verb: Token) -> bool:
    """ "killed hundreds of civilians after seizing the city", "was detained before being
    deported": a gerund after "after" or "before" tells an act of its own, earlier or later
    than the main one (while "when"/"while"/"by" ...ing tell the same deed)."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ in SEQUENCE_PREPS
    )


HOLDER_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "pobj"})


PHONE_WORDS = frozenset("telephone phone video conference tele".split())


def _conversation(noun: Token) -> bool:
    """ "In a telephone call with Trump, To Lam offered ...": a call on the telephone, or a
    call with someone, is a conversation, not an appeal."""
    return noun.lemma_.lower() == "call" and any(
        (c.dep_ in {"compound", "amod"} and c.lemma_.lower() in PHONE_WORDS)
        or (c.dep_ == "prep" and c.lower_ in {"with", "between"})
        for c in noun.children
    )


def _about_attitude_noun(
    doc: Doc,
    plan: _Plan,
    by_anchor: dict[int, _Plan],
    mentions: dict[int, list[ActorMention]],
) -> bool:
    """An action in the clause of an attitude noun is not asserted: it is coded as what the
    attitude is about, on the verb that holds the noun ("rejected calls for Georgia to
    withdraw" is 12x, "reiterated its demand that Israel ease restrictions" is 10x) or, when
    that verb is no event, on the action with the holder's subject as source."""
    verb = doc[plan.trigger.anchor]
    noun = verb.head
    if verb.dep_ == "ccomp" and noun.pos_ in {"VERB", "AUX"}:
        # "reiterated its demand today that Israel ease ...": the noun's clause, parsed as
        # the verb's
        noun = next(
            (
                c
                for c in noun.children
                if c.dep_ in {"dobj", "obj"} and c.i < verb.i and c.lemma_.lower() in ATTITUDE_NOUNS
            ),
            noun,
        )
    if verb.dep_ not in {"acl", "advcl", "ccomp"} or noun.pos_ != "NOUN":
        return False
    root = ATTITUDE_NOUNS.get(noun.lemma_.lower())
    if root is None or _conversation(noun):
        return False
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in HOLDER_DEPS or holder.i == noun.i:
        return False
    hplan = by_anchor.get(holder.i)
    if hplan is not None and hplan.cameo[:2] in ATTITUDE_ROOTS:
        root = hplan.cameo[:2]
    code = family_code(root, plan.cameo) or f"{root}0"
    own = plan.sources if root in {"02", "10"} else []
    if hplan is not None and hplan is not plan:
        if hplan.cameo[:2] == "01" or hplan.cameo[:2] == root:
            hplan.cameo = code
            hplan.notes.append(f"about '{verb.text}' ({noun.text})")
        if not hplan.targets:
            hplan.targets = own or plan.targets
        plan.dropped = f"the action a '{noun.text}' is about (coded on '{holder.text}')"
        return True
    subj, passive = subject(holder) if holder.pos_ in {"VERB", "AUX"} else (None, False)
    askers = actors_at(subj, mentions) if subj is not None and not passive else []
    if not askers:
        plan.dropped = f"the action a '{noun.text}' is about"
        return True
    plan.targets = own or plan.targets
    plan.sources = askers
    plan.cameo = code
    plan.notes.append(f"about: '{noun.text}' of '{holder.text}'")
    return True


def _demanded_in_statement(doc: Doc, plan: _Plan, mentions: dict[int, list[ActorMention]]) -> bool:
    """ "issued a reminder to Iraq that it must cooperate", "sent a letter saying Serbia must
    hand over": an obligation in the content of a statement noun is a demand by whoever issued
    the statement."""
    verb = doc[plan.trigger.anchor]
    noun = verb.head
    if (
        verb.dep_ != "acl"
        or noun.lemma_.lower() not in STATEMENT_NOUNS
        or noun.dep_ not in {"dobj", "obj"}
        or not _obligation(verb)
    ):
        return False
    subj, passive = subject(noun.head)
    speakers = actors_at(subj, mentions) if subj is not None and not passive else []
    if not speakers or any(a.head == s.head for a in speakers for s in plan.sources):
        return False
    plan.cameo = family_code("10", plan.cameo) or "100"
    plan.targets = plan.sources or plan.targets
    plan.sources = speakers
    plan.notes.append(f"demand: '{verb.text}' with an obligation, in a {noun.text}")
    return True


def _protest_purpose(protest: _Plan, demand: _Plan) -> None:
    """ "staged rallies to demand the president's resignation": a protest takes the purpose
    of the demand it makes (CAMEO 14x1-14x4 follow the demands 1041-1044) and, when it has
    none, the demand's target."""
    if len(protest.cameo) == 3 and demand.cameo[:3] == "104" and len(demand.cameo) == 4:
        protest.cameo = protest.cameo + demand.cameo[3]
        protest.notes.append(f"purpose: demand {demand.cameo}")
    if not protest.targets and demand.targets:
        protest.targets = demand.targets


def _statement_of_obligation(
    doc: Doc, plan: _Plan, mentions: dict[int, list[ActorMention]]
) -> None:
    """ "declared that China must drop its barriers": a statement that puts an obligation on
    another actor is a demand (100) on that actor, also when the action has no pattern."""
    for comp in doc[plan.trigger.anchor].children:
        if comp.dep_ != "ccomp" or not _obligation(comp):
            continue
        subj, passive = subject(comp)
        if subj is None or passive:
            continue
        found = [
            m
            for m in actors_at(subj, mentions)
            if m.actor.country and all(m.head != s.head for s in plan.sources)
        ]
        if found:
            plan.cameo = "100"
            plan.targets = found
            plan.notes.append(f"demand: '{comp.text}' with an obligation")
            return


def _statement_of_attitude(doc: Doc, plan: _Plan, mentions: dict[int, list[ActorMention]]) -> None:
    """ "reiterated its demand that Ethiopia reopen the border", "repeated its call for ...":
    a statement of an attitude noun whose clause names another actor is that attitude (a
    demand, an appeal, a threat) toward the clause's subject."""
    verb = doc[plan.trigger.anchor]
    for noun in verb.children:
        root = ATTITUDE_NOUNS.get(noun.lemma_.lower())
        if noun.dep_ not in {"dobj", "obj"} or root not in {"02", "10", "13"}:
            continue
        clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp"}]
        clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
        for clause in clauses:
            subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            found = actors_at(subj, mentions) if subj is not None else []
            found = [
                m for m in found if m.actor.country and all(m.head != s.head for s in plan.sources)
            ]
            if found:
                plan.cameo = f"{root}0"
                plan.targets = found
                plan.notes.append(f"{noun.text}: the clause's subject")
                return


# Action categories (families.py) that bear on the actor's own country when no target is named.
DOMESTIC_CATEGORIES = frozenset(
    """yield_admin yield_dissent reform reform_leader reform_policy reform_rights
    reform_institutions""".split()
)
# Representative action codes of those categories, for the intent (03) and refusal (12)
# family codes about them ("agreed to postpone the demonstration", "declined to resign").
DOMESTIC_ACTIONS = ("081", "082", "083", "0831", "0832", "0833", "0834")


def _domestic_code(code: str) -> bool:
    if category(code) in DOMESTIC_CATEGORIES:
        return True
    return any(code == family_code(root, a) for root in ("03", "12") for a in DOMESTIC_ACTIONS)


# Roots whose events bear on the country where they happen when no target is named.
PLACE_TARGET_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})


# Appeals and demands for the release of captives (CAMEO 0253, 1053).
RELEASE_CALLS = frozenset({"0253", "1053"})


def _accused_in_case(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """The party an "accusing X" participle of a filed case names, on the verb or its object."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    return [
        m
        for h in holders
        for c in h.children
        if c.dep_ in {"advcl", "acl", "xcomp"} and c.lemma_.lower() in {"accuse", "charge"}
        for o in c.children
        if o.dep_ in {"dobj", "obj"}
        for m in actors_at(o, mentions)
        if m.actor.country
    ]


def _extradition(verb: Token) -> Token | None:
    """The verb "extradite" of the trigger's clause: the trigger's own, or its complement's
    ("refused to extradite")."""
    if verb.lemma_.lower() == "extradite":
        return verb
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "extradite"),
        None,
    )


# Statements, appeals, intentions, consultations and cooperation: no event without a doer.
SPOKEN_ROOTS = frozenset({"01", "02", "03", "04", "05"})
BILLS = frozenset("bill legislation law measure budget amendment".split())


def _bill_vetoed(verb: Token) -> bool:
    """ "vetoed a war spending bill", "vetoed the legislation"."""
    return any(
        c.dep_ in {"dobj", "obj", "nsubjpass"} and c.lemma_.lower() in BILLS for c in verb.children
    )


def _deployment_code(
    doc: Doc,
    cameo: str,
    sources: list[ActorMention],
    targets: list[ActorMention],
    anchor: Token | None = None,
) -> str | None:
    """ "Russian troops arrived in Belarus": a visit (042) made by armed forces is a
    deployment (154), by peacekeepers a peacekeeping mission (074); police officers of one
    state arriving in another come on a mission of protection (074: "400 Kenyan police
    officers arrived in Haiti")."""
    if not cameo.startswith("042") or not sources:
        return None
    homes = {s.actor.country for s in sources}
    if (
        all(
            s.actor.sector == "COP"
            and (
                s.actor.kind != "person"
                or doc[s.head].tag_ == "NNS"
                or doc[s.head].lemma_.lower() in MEASURE_NOUNS  # "a contingent of officers"
            )
            for s in sources
        )
        and None not in homes
        and targets
        and all(g.actor.country and g.actor.country not in homes for g in targets)
    ):
        return "074"
    if not all(s.actor.kind != "person" and s.actor.sector == "MIL" for s in sources):
        return None
    peacekeepers = any("peacekeep" in s.actor.text.lower() for s in sources)
    return "074" if peacekeepers or _protective(anchor) else "154"


# What troops sent "to protect", "to secure the delivery of aid", "to restore order" come for:
# military protection (CAMEO 074), not a show of force.
PROTECTION_VERBS = frozenset({"protect", "secure", "guard", "escort", "restore", "safeguard"})


def _protective(verb: Token | None) -> bool:
    """ "US Marines landed in Mogadishu to protect the delivery of food"."""
    if verb is None:
        return False
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and (
            c.lemma_.lower() in PROTECTION_VERBS
            or any(  # "to help restore order"
                g.dep_ == "xcomp" and g.lemma_.lower() in PROTECTION_VERBS for g in c.children
            )
        )
        for c in verb.children
    )


def _home_of_another(s: ActorMention, g: ActorMention, sources: list[ActorMention]) -> bool:
    """ "Kenyan and Ugandan police arrested 20 smugglers": each source's own country (a
    stand-in with no head) is its own target, not the other sources'."""
    return (
        g.head < 0
        and g.actor.country != s.actor.country
        and any(o.actor.country == g.actor.country for o in sources)
    )


# Verbs of a forecast: what their clause says another side will do has not happened.
FORECAST_VERBS = frozenset(
    "bet wager predict forecast speculate anticipate expect reckon project".split()
)


def _forecast(doc: Doc, t: _Trigger, sources: list[ActorMention]) -> str | None:
    """ "Traders bet the government would have to loosen its grip on the peso", "analysts
    expect Beijing to retaliate": an act a third side forecasts (its subject is none of the
    event's sources) is no event. Returns the forecasting verb."""
    node = doc[t.anchor]
    own = {s.head for s in sources}
    for _ in range(3):
        head = node.head
        if node.dep_ not in {"ccomp", "xcomp"} or head.i == node.i:
            return None
        if head.lemma_.lower() in FORECAST_VERBS and head.pos_ == "VERB":
            subj, passive = subject(head)
            if subj is None or passive:
                return None  # "is expected to sign": a plan, told without its forecaster
            if subj.i in own or any(c.i in own for c in subj.subtree):
                return None  # "Iran expects to sign": its own plan
            return head.text
        node = head
    return None


# Nouns whose "of" names a deed alleged, not done: "on charges of aiding a terrorist group".
ALLEGATION_NOUNS = frozenset(
    "charge accusation allegation suspicion count indictment conviction".split()
)


def _alleged(doc: Doc, t: _Trigger) -> str | None:
    """ "detained the mayor on charges of corruption and aiding a terrorist group": the deed
    named in a charge or an accusation is alleged, not told as done. Also when the parser
    hangs the gerund on the main verb ("... of corruption and aiding"). Returns the noun."""
    node = doc[t.anchor]
    if node.dep_ == "conj" and node.tag_ == "VBG" and node.i >= 2 and doc[node.i - 1].dep_ == "cc":
        node = doc[node.i - 2]  # the last word before "and"
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in {"pcomp", "pobj"} and head.lower_ == "of":
            noun = head.head
            if noun.lemma_.lower() in ALLEGATION_NOUNS and noun.pos_ == "NOUN":
                return noun.text
            return None
        if node.dep_ != "conj":
            return None
        node = head
    return None


ORDER_VERBS = frozenset({"order", "instruct", "direct", "command"})
OWN_FORCES = frozenset({"MIL", "COP"})
FORCE_WORDS = frozenset("troop soldier force army military police unit commander".split())


def _ordered_act(
    doc: Doc,
    t: _Trigger,
    cameo: str,
    sources: list[ActorMention],
    targets: list[ActorMention],
    triggers: TriggerDictionary,
) -> str | None:
    """ "The army chief ordered his troops to pull out of the town": a command to the
    source's own army or police is the act commanded (CAMEO codes what the forces do, by the
    one who commands them), not a demand (10). Returns the act's code."""
    verb = doc[t.anchor]
    if t.via != "verb" or verb.lemma_.lower() not in ORDER_VERBS or cameo[:2] != "10":
        return None
    if not sources:
        return None
    homes = {s.actor.country for s in sources} | {None}
    if targets:
        if not all(OWN_FORCES & {*g.actor.sectors} and g.actor.country in homes for g in targets):
            return None
    elif not any(
        c.dep_ in {"dobj", "obj"}
        and c.lemma_.lower() in FORCE_WORDS
        and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
        for c in verb.children
    ):
        return None  # "ordered his troops": the source's own, named by a possessive
    comp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    pattern = triggers.best("verb", comp) if comp is not None else None
    if pattern is None or pattern.cameo[:2] in ATTITUDE_ROOTS | {"01"}:
        return None
    return pattern.cameo


def code_sentence(
    sent: ParsedSentence,
    mentions: dict[int, list[ActorMention]],
    triggers: TriggerDictionary,
) -> tuple[list[Candidate], list[Skipped]]:
    """Event candidates of one sentence, and the triggers that gave none (with reasons)."""
    doc = sent.doc
    coordinate_name_lists(doc, mentions)  # "Aliyev, Pashinyan sign ...": both act
    found, skipped = find_triggers(doc, triggers)
    found += _reported_obligations(doc, found, mentions)
    candidates: list[Candidate] = []
    for plan in _plan(doc, found, mentions):
        homed: set[int] = set()  # targets whose country was taken from the source's
        t, word = plan.trigger, doc[plan.trigger.token].text
        if plan.dropped:
            skipped.append(Skipped(t.token, word, plan.dropped))
            continue
        sources, targets, notes = plan.sources, plan.targets, plan.notes
        claimed: list[ActorMention] = []
        if not sources and t.via == "noun":
            sources = claimed = claimed_doers(doc[t.token], mentions)
            if claimed:  # "claimed responsibility for the bombing": the deed is an event too
                notes.append(CLAIMED)
        if not sources and not targets:
            skipped.append(Skipped(t.token, word, "no actor attached to the trigger"))
            continue
        if t.pattern.origin == BARE_DRILLS and not _armed_forces(sources):
            skipped.append(Skipped(t.token, word, "drills of no armed force"))
            continue
        alleged = _alleged(doc, t) if t.via == "verb" else None
        if alleged is not None:
            skipped.append(Skipped(t.token, word, f"a deed alleged in the '{alleged}'"))
            continue
        forecaster = _forecast(doc, t, sources)
        if forecaster is not None:
            skipped.append(Skipped(t.token, word, f"a forecast ('{forecaster}'), not an event"))
            continue
        main, timed = main_line(doc, t)
        if not main and _sequenced(doc[t.anchor]):
            # "killed hundreds of civilians after seizing the city": the earlier or later act
            # is on the line of the verb it is told with
            main, _ = main_line(doc, replace(t, anchor=doc[t.anchor].head.head.i))
            timed = True
        own_event = plan.cameo[:2] in OWN_EVENT_ROOTS
        if not main and other_party_clause(doc[t.anchor], mentions, not own_event):
            # "moved troops to the border as Russian forces began exercises": the other party's
            # act is a main event when it is aimed at someone
            main = timed = True
        main = main or bool(claimed) or concurrent_clause(doc[t.anchor], mentions)
        if not sources and "passive" in notes and t.via == "verb":
            sources = attributed_doers(doc[t.anchor], mentions)
            if sources:
                notes.append("source: whom the deed is laid on")
        doerless = _doer_is_an_event(doc, t, triggers)
        if doerless:
            notes.append(f"doer: the {doerless}")
            if not main and doc[t.anchor].tag_ == "VBG":
                # "a truck bomb exploded outside the embassy, killing dozens": the participle
                # tells the deed of the clause it hangs on
                main, timed = main_line(doc, replace(t, anchor=doc[t.anchor].head.i))
        if (
            not sources
            and "passive" in notes
            and t.pattern.cameo[:2] == "15"
            and targets
            and all(m.actor.country and FORCE_SECTORS & {*m.actor.sectors} for m in targets)
        ):
            # "Kenyan police were placed on high alert": the forces raise their own posture,
            # in their own country
            sources, targets = targets, own_governments(targets, sector=())
            notes.append("source: the forces put on alert")
        if not sources and t.pattern.cameo[:2] == "14":
            sources = _crowd(doc, t, mentions)
            if sources:
                notes.append("source: the crowd, of the country of the place")
        if not sources and (
            not (("passive" in notes or doerless) and main) or plan.cameo[:2] in SPOKEN_ROOTS
        ):
            # "was flown to Lima": a visit, talk or statement is nothing without its doer
            skipped.append(Skipped(t.token, word, "no source actor (only a target was found)"))
            continue
        if (
            plan.cameo == "010"
            and t.via == "verb"
            and not targets
            and not _names_an_actor(doc[t.anchor], mentions)
        ):
            # "the ministry announced that exports rose 2 percent": a statement about nobody
            # is news, not an event between actors
            skipped.append(Skipped(t.token, word, "a statement that names no other actor"))
            continue
        place = place_country(doc, t, mentions)
        if place is None and not sources and "passive" in notes:
            # "guerrillas operating in Macedonia were demobilized": where the patients of a
            # deed nobody is named for are is where it happened
            place = next((p for g in targets if (p := own_place(doc, g, mentions))), None)
        if place is not None:
            sources = [locate(m, place, notes) for m in sources]
            targets = [locate(m, place, notes) for m in targets]
        if (
            not sources
            and targets
            and place not in {None, *NONSTATE}
            and t.pattern.cameo[:2] in DOERLESS_ROOTS
            and ("passive" in notes or doerless)
        ):
            # "two soldiers were killed by a landmine outside the Syrian town of Afrin": force
            # nobody is named for is the place's (its insurgents or its authorities)
            sources = [country_actor(targets[0], place)]  # type: ignore[arg-type]
            notes.append(PLACE_DOER)
        negated = is_negated(doc, t)
        modality = clause_modality(doc, t)
        pattern = t.pattern
        cameo = plan.cameo
        ordered = _ordered_act(doc, t, cameo, sources, targets, triggers)
        if ordered is not None:
            forces = {g.head for g in targets}
            cameo = ordered
            inner = complement_targets(doc, doc[t.anchor], cameo[:2], mentions)
            targets = [g for g in inner if g.head not in forces]
            notes.append("code: an order to one's own forces is the act ordered")
        if t.via == "verb" and cameo[:2] in VIOLENCE_ROOTS:
            means = _means_code(doc[t.anchor], triggers)
            if means is not None and means != cameo:
                cameo = means
                notes.append("code: the means of the attack")
        if t.via == "verb" and cameo[:2] in {"18", "19"} and _mass_killing(doc[t.anchor]):
            cameo = "202"
            notes.append("code: a killing of hundreds of non-combatants is a mass killing")
        if t.via == "verb" and cameo == "174" and _mass_expulsion(doc[t.anchor]):
            cameo = "201"
            notes.append("code: removing thousands of people is a mass expulsion")
        withdrawal = withdrawal_code(cameo, sources, targets)
        if withdrawal is not None:
            cameo = withdrawal
            notes.append("code: withdrawing from an organisation, or a mission leaving")
        place_doer = PLACE_DOER in notes
        shot = shooting_code(doc, doc[t.anchor], cameo, [] if place_doer else sources, targets)
        if shot is not None:
            # "the candidate was shot dead": an assassination (186), or an attempt (185)
            cameo = shot
            notes.append("code: a named person shot by nobody named or by no state's forces")
        if _rioting(cameo, sources):
            cameo = "145"
            notes.append("code: violence done by protesters is a riot")
        elif _repressing(t, cameo, sources, targets, doc):
            cameo = "175"
            notes.append("code: force the police or troops use on protesters is repression")
        elif crowd := _crowd_fired_on(t, cameo, sources, targets, mentions):
            # "Protesters stormed the parliament, and police opened fire": force with no named
            # target in a sentence about protesters is used on them
            cameo, targets = "175", crowd
            notes.append("code: force the police or troops use in a protest is repression")
        elif _unconventional(t, cameo, sources, targets):
            cameo = "180"
            notes.append(
                "code: rebels killing the unarmed is an assault"
                if {s for m in sources for s in m.actor.sectors} & INSURGENT_SECTORS
                else "code: force without military organisation is unconventional violence"
            )
        if negated and cameo == "013" and t.via == "adj":
            # "was not optimistic about a quick deal", "is not confident that": optimism
            # denied is pessimism (012)
            cameo, negated = "012", False
            notes.append("code: optimism denied is pessimism")
        refusal = refusal_code(doc, t, negated, modality, cameo)
        if refusal is not None:
            # "Syria will not accept refugees", "declined to resign": a refusal (12x)
            cameo, negated, modality = refusal, False, "asserted"
            notes.append("refusal: a negated intention")
        elif (
            modality == "intended"
            and cameo[:2] in VIOLENCE_ROOTS
            and t.via == "verb"
            and preparing(doc[t.anchor])
        ):
            # "the army prepared to resume shelling": readiness to use force shown by deeds
            # is a force posture (CAMEO 150), not a verbal threat (13)
            cameo, modality = "150", "asserted"
            notes.append("code: preparing to use force is a force posture")
        elif (
            modality == "intended"
            and cameo[:2] == "15"
            and t.via == "verb"
            and announced(doc[t.anchor])
        ):
            # "the army said it would call up 60,000 reservists": an announced mobilisation
            # is the decision itself (CAMEO 15), not a verbal threat (13)
            notes.append("code: an announced mobilisation is a force posture")
        elif (
            modality == "intended"
            and cameo[:3] == "143"
            and t.via == "verb"
            and future(doc[t.anchor])
        ):
            # "the party said it will boycott the elections unless ...": a strike or boycott
            # its actors announce is the refusal itself in CAMEO (its own example of 1431),
            # and a threat in PLOVER, which keeps what is done apart from what is announced
            notes.append("code: an announced boycott or strike is the boycott")
            pattern = replace(t.pattern, plover=PloverOverride("THREATEN", None))
        elif modality == "intended" and cameo == t.pattern.cameo:
            cameo = intended_code(cameo) or cameo
        elif (
            modality == "hypothetical" and cameo[:2] in CONFLICT_ROOTS and conditions(doc[t.anchor])
        ):
            # "may halt mediation if ...", "will withdraw unless ...": a conditional threat
            cameo = intended_code(cameo) or cameo
            modality = "intended"
            notes.append("threat: a conditional action")
        if (
            doerless
            and doerless.lower().rstrip("s") in BOMB_WORDS
            and not cameo.startswith("183")  # "a car bomb killed": 1832 already
            and (cameo in GENERIC_FORCE or cameo[:2] == "18" or cameo == "202")
        ):
            # "a truck bomb exploded outside the embassy, killing dozens": a bombing (183)
            cameo = "183"
            notes.append("code: the deed of a bomb is a bombing")
        if (
            cameo[:2] in {"18", "19"}
            and not cameo.startswith("183")
            and (struck := _struck_bomb(doc[t.anchor])) is not None
        ):
            # "soldiers were killed when their vehicle hit a roadside bomb": a bombing
            cameo = "1833" if struck else "183"
            notes.append("code: killed by a bomb their vehicle struck")
        deployment = _deployment_code(doc, cameo, sources, targets, doc[t.anchor])
        if deployment is not None:
            cameo = deployment
            notes.append(
                "code: armed forces arriving to protect are a protection mission"
                if deployment == "074"
                else "code: armed forces arriving are deployed, not visiting"
            )
        if cameo == "150" and len({s.actor.country for s in sources if s.actor.country}) >= 2:
            # "Turkish and Azerbaijani warships began naval drills": drills of two states' forces
            # are joint exercises (062), not a show of force
            cameo = "062"
            notes.append("code: drills of two states are joint")
        root = cameo[:2]
        backers = backing_forces(doc, sources, mentions) if root in VIOLENCE_ROOTS else []
        if backers:
            notes.append("source: also the forces backing the doers")
        symmetric = "recip" in t.pattern.flags and root == t.pattern.cameo[:2]
        symmetric = symmetric or "code: drills of two states are joint" in notes
        pairs: list[tuple[ActorMention | None, ActorMention | None, bool]] = []
        if len(sources) >= 2 and targets and not any(g.actor.country for g in targets):
            # "The ministers agreed ... between their military academies": two parties acting
            # together; a country-less object is not a third party.
            targets = []
        topical = any(
            n in notes for n in ("target:on", "target:over", "target:for", "target:to", "target:at")
        )
        if len(sources) >= 2 and "recip" in t.pattern.flags and (topical or cameo == "019"):
            # "Israel and Lebanon renewed negotiations on an Israeli pullback"; "A and B noted
            # the closeness of their positions on the UN": two parties' accord is with each other
            targets = []
        if (
            not targets
            and t.via == "verb"
            and (told := told_addressee(doc[t.anchor], sources, mentions))
        ):
            # "Iraq told Kofi Annan in a letter that it would allow the inspectors back"
            targets = told
            notes.append("target: whom the doer told")
        extradition = _extradition(doc[t.anchor])
        if extradition is not None:
            # "refused to extradite Lugovoi to Britain", "was extradited from Chile": the
            # state that asks for the person and the one that hands them over are the sides
            receivers = [
                m for _, o in prep_objects(extradition, ("to",)) for m in actors_at(o, mentions)
            ]
            if receivers and any(m.actor.country for m in receivers):
                targets = receivers
                notes.append("target: the state the person is extradited to")
            givers = [
                m for _, o in prep_objects(extradition, ("from",)) for m in actors_at(o, mentions)
            ]
            if not sources and "passive" in notes and givers:
                sources = givers
                notes.append("source: the state the person is extradited from")
        if cameo in RELEASE_CALLS and (captors := captors_of(doc[t.token], mentions)):
            # "appealed for the release of the schoolgirls abducted by Boko Haram": a call for
            # captives to be freed is made of whoever holds them
            targets = captors
            notes[:] = [n for n in notes if not n.startswith("target")]
            notes.append("target: who holds the captives")
        own = {m.actor.country for m in sources} | {None}
        if (
            root == "13"
            and all(g.actor.country in own for g in targets)
            and (cond := conditioned(doc[t.anchor], mentions))
        ):
            # "threatened to close the Strait of Hormuz if the United States imposed
            # sanctions": a threat against one's own ground is aimed at whom it is conditioned on
            targets = cond
            notes.append("target: the party the threat is conditioned on")
        if (
            not targets
            and root == "13"
            and (targets := answered_deed(doc[t.anchor], mentions, sources))
        ):
            notes.append("target: the doers of the deed the threat answers")
        if root == "15":
            # "deployed troops along its border with Cambodia": the forces shown or moved are
            # the source's own, not whom the show of force is aimed at
            targets = [
                g for g in targets if g.actor.country or not FORCE_SECTORS & {*g.actor.sectors}
            ]
            own_side = {m.actor.country for m in sources}
            if not targets:
                targets = [
                    m
                    for m in border_partners(doc[t.anchor], mentions)
                    if m.actor.country not in own_side
                ]
                if targets:
                    notes.append("target: across the border")
                elif targets := provokers(doc[t.anchor], sources, mentions):
                    notes.append("target: the doers of the deed it answers")
        placed = [g.actor.country for g in targets if g.actor.country]
        if placed and placed[0] not in NONSTATE:
            # "the Sudanese government and the rebels": coordinated targets share a country
            targets = [domestic(g, placed[0], notes) for g in targets]
        elif sources and targets and len(sources) == 1 and sources[0].actor.country:
            # "Iranian authorities pressured workers": an unplaced group acted on by a state's
            # actor is taken to be of that state.
            home = sources[0].actor.country
            if home not in NONSTATE:
                homed = {g.head for g in targets if g.actor.country is None}
                targets = [domestic(g, home, notes) for g in targets]
        aid_cut = cameo.startswith("162")
        named = place_country(doc, t, mentions, capitals=aid_cut) if place else None
        if (
            not targets
            and (aid_cut or root in PLACE_TARGET_ROOTS)
            and named
            and named not in NONSTATE
            # "Israeli troops and Hezbollah fighters clashed in Lebanon": each other's
            and not (symmetric and len({s.actor.country for s in sources}) >= 2)
        ):
            # "Serbia lifted the curfew in Montenegro", "strengthened its forces in Lebanon":
            # measures and force used in a country bear on that country; aid suspended or cut
            # in a country or its capital is that country's ("suspended food aid in Sanaa")
            targets = [country_actor(sources[0] if sources else None, named)]
            notes.append("target: the country of the place")
        if not targets and _domestic_code(cameo):
            # "lifted the curfew", "agreed to postpone the demonstration", "declined to
            # resign": measures and reforms bear on the actor's own country
            targets = own_governments(sources, sector=())
            if targets:
                notes.append("target: own country")
                homed = {g.head for g in targets}  # the place may yet name another country
        if not targets and (root in {"09", "17"} or t.pattern.cameo[:2] == "17"):
            # "police opened an investigation into the deaths": a state's inquiries and
            # coercion with no named party bear on its own country
            targets = own_governments(sources, sector=())
            if targets:
                notes.append("target: own country")
                homed = {g.head for g in targets}  # the place may yet name another country
        if not targets and root in {"02", "10"} and citizens(sources):
            # "the opposition leader demanded the release of hundreds of people": a demand
            # from the country's people with nobody named is made of its government
            targets = own_governments(sources)
            if targets:
                notes.append("target: own government")
        if not targets and root == "14":
            targets = protested(doc, t, sources, mentions)
            if targets:
                notes.append("target: whom the protest is against")
            else:
                # A protest with no named target is addressed to the protesters' own government.
                targets = own_governments(sources)
                if targets:
                    notes.append("target: own government")
        if (
            cameo.startswith("115")
            and targets
            and all("JUD" in g.actor.sectors for g in targets)
            and (accused := _accused_in_case(doc[t.anchor], mentions))
        ):
            # "filed a case at the International Court of Justice accusing Myanmar of
            # genocide": the case is against the accused, the court only hears it
            targets = accused
            notes.append("target: the party the case accuses")
        if not targets and cameo.startswith("129") and _bill_vetoed(doc[t.anchor]):
            # "Bush vetoed a war spending bill": a veto of a bill, with nobody named, is of the
            # vetoer's own legislature
            targets = own_governments(sources, sector=("LEG",))
            if targets:
                notes.append("target: own legislature (a bill vetoed)")
        sole = sole_country(mentions)
        if (
            not targets
            and sole is not None
            and root in VIOLENCE_ROOTS
            and sources
            and all(m.actor.country in {None, sole} for m in sources)
            and all(ARMED_SECTORS & {*m.actor.sectors} for m in sources)
            and has_patient(doc, t)
            # "Chechen fighters and Russian troops fought street battles": each other's
            and not (symmetric and len({m.actor.code for m in sources}) >= 2)
        ):
            # "Myanmar's military carried out air strikes on villages in Sagaing": violence in
            # a sentence naming one state only is done in that state
            targets = [country_actor(sources[0], sole)]
            notes.append("target: the only state named")
            if sole in {m.actor.country for m in sources}:
                # the doer's own country, as a guess: the event's place may yet name the
                # country it was done in ("Russian forces took control of ... in Simferopol")
                homed |= {g.head for g in targets}
        if sole is not None and any(m.actor.country is None for m in (*sources, *targets)):
            # "Nepal's prime minister resigned after police killed 19 people": in a sentence
            # that names one state only, its unplaced police, protesters and troops are its own
            # ... unless a doer's own phrase names a town ("a court in Yekaterinburg"): its place
            sources = [m if in_named_place(doc, m) else domestic(m, sole, notes) for m in sources]
            targets = [domestic(m, sole, notes) for m in targets]
        if targets and sources:
            own_home = "target: own country" in notes or "target: own government" in notes
            for s in sources:
                for g in targets:
                    if s.head != g.head and not (own_home and _home_of_another(s, g, sources)):
                        # "Iraqi Kurds ... independence from Iraq": X -> X
                        pairs.append((s, g, symmetric))
        elif len(sources) >= 2 and (symmetric or root in SYMMETRIC_ROOTS):
            for i, s in enumerate(sources):
                for g in sources[i + 1 :]:
                    if s.actor.code != g.actor.code or s.actor.name != g.actor.name:
                        pairs.append((s, g, True))
        elif not sources:
            pairs = [(None, g, False) for g in targets]  # "the envoy was expelled"
        else:
            # "The navies held joint exercises": a plural actor stands for both parties.
            plural = any(plural_group(doc, s) for s in sources)
            if (root in NEEDS_TARGET or claimed) and not plural:
                skipped.append(Skipped(t.token, word, f"CAMEO {root} needs a target; none found"))
                continue
            pairs = [(s, None, False) for s in sources]
        if backers and sources:
            # the backing forces do what the first doer does, to the same target
            first = sources[0].head
            pairs += [
                (b, g, recip)
                for s, g, recip in list(pairs)
                if s is not None and s.head == first and not recip
                for b in backers
                if g is None or g.head != b.head
            ]
        if not pairs:
            skipped.append(Skipped(t.token, word, "source and target are the same actor"))
            continue
        topic = not targets and t.via == "verb" and _has_deed_object(doc[t.anchor])
        rule = f"{t.via}:{t.pattern.text}" + (f" ({', '.join(notes)})" if notes else "")
        for src, tgt, recip in pairs:
            candidates.append(
                Candidate(
                    trigger=t.token,
                    anchor=t.anchor,
                    pattern=pattern,
                    cameo=cameo,
                    source=src,
                    target=tgt,
                    reciprocal=recip,
                    negated=negated,
                    modality=modality,
                    rule=rule,
                    confidence=event_confidence(
                        t, src, tgt, notes, modality, recip, main, len(found)
                    ),
                    topic=topic,
                    # a time clause's event is a main one only when it has a target
                    main=main and (tgt is not None or not timed),
                    target_home=tgt is not None and tgt.head in homed,
                )
            )
    candidates = _crowds_demanding(_claim_targets(candidates))
    return _statements(doc, _guest_visits(doc, candidates), skipped), skipped


# The protest (141) that protesters' demand (10) is made in.
CROWD_PROTEST = "141"


def _crowds_demanding(candidates: list[Candidate]) -> list[Candidate]:
    """ "Protesters in Tbilisi demanded new elections": a demand made by protesters is made at
    a protest, which is an event too (unless the sentence already tells one)."""
    protests = {c.anchor for c in candidates if c.cameo[:2] == "14"}
    out = []
    for c in candidates:
        out.append(c)
        if (
            c.cameo[:2] == "10"
            and c.modality == "asserted"
            and not c.negated
            and c.source is not None
            and c.target is not None
            and _protesters(c.source)
            and not protests
        ):
            out.append(replace(c, cameo=CROWD_PROTEST, rule=f"{c.rule} (the demanders protest)"))
    return out


def _claim_targets(candidates: list[Candidate]) -> list[Candidate]:
    """A claim of responsibility with no target is aimed at whom the claimed deed is ("claimed
    responsibility for a drone attack on Russia's Bryansk region": Russia)."""
    deeds = [c for c in candidates if c.target is not None and CLAIMED in c.rule]
    if not deeds:
        return candidates
    out = []
    for c in candidates:
        if c.cameo == "015" and c.target is None and c.source is not None:
            head = c.source.head
            aimed = next((d for d in deeds if d.source and d.source.head == head), None)
            if aimed is not None:
                c = replace(c, target=aimed.target, rule=c.rule + " (target: the claimed deed's)")
        out.append(c)
    return out


def _own_conjunct(doc: Doc, c: Candidate, events: list[Candidate]) -> bool:
    """ "Kinshasa accused Kigali of backing the rebels, but Rwanda denied the charge": a specific
    statement in a coordinated clause with a subject of its own, by an actor who does none of
    the sentence's other events, is an event of its own."""
    verb = doc[c.anchor]
    if verb.dep_ != "conj" or c.source is None:
        return False
    if not any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in verb.children):
        return False
    return all(e.source is None or e.source.head != c.source.head for e in events)


# Verbs of receiving a guest (043) whose guest, by coming, makes a visit (042) to the host.
RECEIVING = frozenset({"receive", "greet"})


def _guest_visits(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Xi received Lula in Beijing", "Putin was greeted by Kim in Pyongyang": a foreign guest
    received by a host makes a visit to the host's country (042), besides the hosting (043);
    not again when the sentence tells the visit ("received the visiting Cambodian premier")."""
    told = {
        (c.source.actor.country, c.target.actor.country)
        for c in candidates
        if c.cameo.startswith("042") and c.main and c.source is not None and c.target is not None
    }
    visits = [
        replace(
            c,
            source=c.target,
            target=c.source,
            cameo="042",
            rule=c.rule + " (the guest's visit)",
        )
        for c in candidates
        if c.cameo == "043"
        and doc[c.trigger].lemma_.lower() in RECEIVING
        and c.source is not None
        and c.target is not None
        and c.source.actor.country
        and c.target.actor.country
        and c.source.actor.country != c.target.actor.country
        and (c.target.actor.country, c.source.actor.country) not in told
    ]
    return candidates + visits


def _statements(doc: Doc, candidates: list[Candidate], skipped: list[Skipped]) -> list[Candidate]:
    """A statement is subordinate: it is coded only when the sentence holds no other event,
    or when the other events are what a specific statement (declining to comment, claiming
    responsibility, denying) is about. Events inside a denial did not happen as far as its
    speaker says: "denied charges that it shelled the town"."""
    events = [c for c in candidates if c.cameo[:2] != "01"]
    if not events:
        return candidates
    out: list[Candidate] = []
    for c in candidates:
        if c.cameo[:2] != "01":
            out.append(c)
            continue
        scope = {tok.i for tok in doc[c.anchor].subtree}
        if c.cameo[:3] != "010" and (
            all(e.trigger in scope for e in events) or _own_conjunct(doc, c, events)
        ):
            out.append(c)
        else:
            skipped.append(Skipped(c.trigger, doc[c.trigger].text, "statement beside an event"))
    denials = [c for c in out if c.cameo.startswith("016")]
    for d in denials:
        scope = {tok.i for tok in doc[d.anchor].subtree}
        out = [
            replace(e, negated=True, rule=e.rule + f" (denied: '{doc[d.trigger].text}')")
            if e.cameo[:2] != "01" and e.trigger in scope
            else e
            for e in out
        ]
    return out


__all__ = ["OBJECT_DEPS", "Candidate", "Skipped", "code_sentence", "find_triggers"]
