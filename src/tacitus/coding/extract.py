"""From a parsed sentence and its actor mentions to event candidates.

For every trigger (a verb matching a verb pattern, an event noun, or a light verb with an event
noun as object) the dependency tree gives the source (subject, passive agent, possessor, "by"
phrase) and the target (object, the pattern's preposition, "with/to/against/on" phrases,
"between A and B"). Coordinated actors give several records, or one reciprocal record for
symmetric events. Every trigger that gives no event leaves a `Skipped` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tacitus.coding.dictionary import (
    COMPLEMENT_DEPS,
    OBJECT_DEPS,
    Pattern,
    TriggerDictionary,
    content_object,
    verb_lemmas,
)
from tacitus.coding.families import (
    ATTITUDE_ROOTS,
    CONFLICT_ROOTS,
    category,
    family_code,
    intended_code,
)
from tacitus.coding.modality import (
    INTENT_VERBS,
    REPORTING,
    clause_modality,
    conditions,
    event_confidence,
    is_negated,
    refusal_code,
)
from tacitus.coding.tree import (
    INNER_DEPS,
    PLACE_PREPS,
    actors_at,
    capital_metonym,
    conjuncts,
    counted_objects,
    doer_adjective,
    own_object,
    prep_objects,
)
from tacitus.models import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tacitus.nlp.parse import ParsedSentence

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
NOUNS = frozenset({"NOUN", "PROPN"})
# Texts an actor issues whose participle says what they do ("a statement urging ...").
DOCUMENT_NOUNS = frozenset(
    """statement declaration letter communique communiqué resolution message report petition
    appeal note memorandum motion decree""".split()
)
# Nouns for what an actor says, whose content clause can put an obligation on another actor.
STATEMENT_NOUNS = DOCUMENT_NOUNS | {"reminder", "notice", "speech", "address"}
# Nouns that frame an event named by their modifier ("a mediation mission", "a bombing campaign").
FRAME_NOUNS = frozenset(
    """effort mission campaign operation process initiative bid attempt drive programme program
    round session""".split()
)
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
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
TARGET_PREPS = (
    "with", "to", "against", "on", "toward", "towards", "at", "into", "over", "for", "from",
)  # fmt: skip
OBJECT_OPTIONS = frozenset({"dobj", "obj", "dative", "iobj", "pobj"})
NOUN_TARGET_PREPS = ("on", "against", "with", "to", "of", "toward", "towards", "into", "for")
# Verbs whose subject takes part in the event noun they govern ("joined the protest").
PARTICIPATION_VERBS = frozenset(
    """join attend hold stage organize organise lead converge gather march participate take
    launch start begin continue resume call mount rally assemble turn come go return""".split()
)
# Participles that describe the subject's own stance ("is committed to", "is opposed to").
STATIVE_PARTICIPLES = frozenset(
    """commit determine prepare dedicate resolve poise devote intend oppose engage
    involve""".split()
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Roots whose nominalised action takes its target as an "of" object ("an invasion of
# Lebanon", "the arrest of the mayor", "a blockade of the port").
OBJECTIVE_OF_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# Prepositions naming what a complaint or accusation is about ("complained to the UN over
# Israeli raids"): its target, rather than the addressee of the "to" phrase.
GRIEVANCE_PREPS = ("over", "about", "against")
# Roots whose purpose clause names the target of the force ("opened fire to disperse
# demonstrators", "sent troops to crush the rebels").
PURPOSE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# Verbs whose clause names whom something is allowed ("allow UN planes to land").
PERMISSION_VERBS = frozenset({"allow", "let", "permit", "authorize", "authorise", "enable"})
# Roots whose events need a recipient (PLOVER: COOPERATE, AID, SANCTION).
NEEDS_TARGET = frozenset({"06", "07", "16"})
SYMMETRIC_ROOTS = frozenset({"04", "03", "05", "06", "19"})
# Objects that refer back to another actor's deed: "Moscow condemned the decision".
DEED_NOUNS = frozenset(
    """decision move step action measure expulsion attack strike accusation claim allegation
    killing arrest sanction invasion incursion deployment test launch violation raid bombing
    shelling annexation ban policy statement remark comment demand proposal plan offer
    threat provocation aggression detention execution""".split()
)


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
    for tok in doc:
        if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
            pattern = triggers.best("verb", tok)
            obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
            obj = content_object(obj) if obj is not None else None
            noun = triggers.best("noun", obj) if obj is not None else None
            if obj is not None and noun is None:
                # "launched artillery, mortar and rocket fire against ...": the event noun
                # is the last of coordinated objects
                for c in conjuncts(obj)[1:]:
                    noun = triggers.best("noun", c)
                    if noun is not None:
                        obj = c
                        break
            if obj is not None and noun is None and obj.lemma_.lower() in FRAME_NOUNS:
                # "undertook a mediation mission", "launched a peace initiative": the
                # modifier names the event
                for mod in obj.children:
                    if mod.dep_ in {"compound", "amod"} and mod.i < obj.i:
                        noun = triggers.best("noun", mod)
                        if noun is not None:
                            obj = mod
                            break
            if (
                any(form in triggers.light for form in verb_lemmas(tok))
                and noun is not None
                and (pattern is None or not pattern.objects)
            ):
                found.append(_Trigger(obj.i, tok.i, noun, "light"))  # type: ignore[union-attr]
                absorbed[obj.i] = f"object of the light verb '{tok.text}'"  # type: ignore[union-attr]
                continue
            if pattern is None:
                continue
            found.append(_Trigger(tok.i, tok.i, pattern, "verb"))
            for c in tok.children:
                if c.dep_ in {"dobj", "obj"} and c.pos_ in {"NOUN", "PROPN"}:
                    absorbed[c.i] = f"topic of '{tok.text}'"
                if c.dep_ in COMPLEMENT_DEPS and any(
                    c.lemma_.lower() in group for group in pattern.complements
                ):
                    absorbed[c.i] = f"complement in the pattern '{pattern.text}'"
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.i != tok.i:
            # "he was optimistic about", "Moscow is wary of": the copula's clause holds it
            pattern = triggers.best("adj", tok)
            if pattern is not None:
                found.append(_Trigger(tok.i, tok.head.i, pattern, "adj"))
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.ent_type_ not in NOT_EVENT_ENTITIES:
            pattern = triggers.best("noun", tok)
            if pattern is None:
                continue
            if tok.dep_ in {"nsubj", "nsubjpass"} and triggers.best("verb", tok.head):
                # "suicide bombers killed ...": the noun names the doers of the verb's event
                absorbed[tok.i] = f"the subject of '{tok.head.text}'"
            found.append(_Trigger(tok.i, tok.i, pattern, "noun"))
    kept, skipped = [], []
    for t in found:
        if t.via != "light" and t.token in absorbed:
            skipped.append(Skipped(t.token, doc[t.token].text, absorbed[t.token]))
        else:
            kept.append(t)
    return kept, skipped


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The subject token of a verb's clause and whether the clause is passive."""
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, passive
            return c, passive
    if verb.dep_ == "relcl":
        return verb.head, passive
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"}:
        if _misread_relative(verb):
            # "ADF rebels killed 20 civilians" parsed as a reduced relative; "doctors from
            # two aid groups donated ...": the noun the "from" phrase belongs to
            noun = verb.head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in NOUNS:
                return noun.head.head, False
            return noun, False
        return verb.head, True  # "the agreement signed by X": the noun is the patient
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.lemma_.lower() in DOCUMENT_NOUNS
        and verb.head.dep_ in {"dobj", "obj"}
    ):
        # "issued a declaration demanding ...": the author of the document
        return _subject(verb.head.head)
    if verb.dep_ == "acl" and verb.head.head.i != verb.head.i and verb.head.dep_ != "nsubj":
        # "converged for a rally ... to protest": the doer of the clause the noun sits in
        holder = verb.head.head
        while holder.pos_ not in {"VERB", "AUX"} and holder.head.i != holder.i:
            holder = holder.head
        if holder.pos_ in {"VERB", "AUX"} and holder.lemma_.lower() in PARTICIPATION_VERBS:
            return _subject(holder)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return _subject(verb.head.head)  # "youths resorted to throwing stones"
    if verb.dep_ == "pcomp" and doer_adjective(verb.head.head):
        return _subject(verb.head.head.head)  # "both sides are guilty of violating the truce"
    if verb.dep_ in {"xcomp", "conj", "advcl", "acomp"} and verb.head.i != verb.i:
        if verb.dep_ == "xcomp":
            # "urged Iran to stop": the object of the governing verb is the subject.
            obj = next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"}), None)
            if obj is not None and verb.head.lemma_ not in INTENT_VERBS:
                return obj, False
        subj, _ = _subject(verb.head)
        return subj, passive
    return None, passive


def _misread_relative(verb: Token) -> bool:
    """Is a participle the parser hung on a noun ("rebels killed 20 civilians", "doctors
    donated and delivered goods", "youths resorted to throwing stones, officials said") the
    noun's own active verb rather than a reduced passive relative ("the deal signed by X")?"""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if any(c.dep_ == "agent" for v in verbs for c in v.children):
        return False
    if any(c.dep_ in {"dobj", "obj"} for v in verbs for c in v.children):
        return True
    # the noun is one of two subjects of the next verb up: "youths resorted ..., officials said"
    noun = verb.head
    return noun.dep_ == "nsubj" and any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and c.i != noun.i for c in noun.head.children
    )


def _verb_roles(
    t: _Trigger, doc: Doc, mentions: dict[int, list[ActorMention]]
) -> tuple[list[ActorMention], list[ActorMention], list[str]]:
    verb = doc[t.anchor]
    notes: list[str] = []
    subj, passive = _subject(verb)
    if (
        passive
        and verb.lemma_.lower() in STATIVE_PARTICIPLES
        and not any(True for _ in prep_objects(verb, ("by",)))
    ):
        passive = False  # "Vietnam is committed to opening up": the subject commits itself
    sources: list[ActorMention] = []
    targets: list[ActorMention] = []
    if passive:
        for _, by in prep_objects(verb, ("by",)):
            sources = actors_at(by, mentions)
        if subj is not None:
            targets = actors_at(subj, mentions)
        notes.append("passive")
    elif subj is not None:
        sources = actors_at(subj, mentions)
    pattern = t.pattern
    anchor_tokens = [verb] if t.via == "verb" else [verb, doc[t.token]]
    if t.via == "light":
        # "announced a suspension of air links with Serbia": the noun's "of" object
        anchor_tokens += [o for _, o in prep_objects(doc[t.token], ("of",))]
    if not targets:
        options: list[tuple[str, list[ActorMention]]] = []
        for prep in pattern.particles:
            objs = [o for h in anchor_tokens for _, o in prep_objects(h, (prep,))]
            options.append((prep, [m for o in objs for m in actors_at(o, mentions)]))
        if t.via == "light" and pattern.cameo[:2] in OBJECTIVE_OF_ROOTS:
            # "mounted an invasion of Lebanon", "ordered the arrest of the mayor"
            objs = [o for _, o in prep_objects(doc[t.token], ("of",))]
            options.append(("of", [m for o in objs for m in actors_at(o, mentions)]))
        if not passive:
            displaced = {a.i for a in _displaced_objects(verb)}
            displaced |= {a.i for a in _shared_objects(verb)}
            for c in [*verb.children, *counted_objects(verb), *(doc[i] for i in displaced)]:
                dep = "dobj" if c.i in displaced else c.dep_
                if dep in {"dobj", "obj", "dative", "iobj", "pobj"} and all(
                    x.i != t.token
                    for x in conjuncts(c)  # "launched rocket and mortar fire"
                ):
                    found = actors_at(c, mentions)
                    inner = content_object(c)
                    if not found and inner.i != c.i:  # "part of a military aid program for Bosnia"
                        found = actors_at(inner, mentions)
                    home = {m.actor.country for m in sources} - {None}
                    if (
                        found
                        and home
                        and all(
                            m.head != c.i and m.actor.country in home and own_object(doc[m.head])
                            for m in found
                        )
                    ):
                        # "extended the mandate of its force in Lebanon": the actor's own
                        # force inside the object is not the target; the place it is in is
                        found = _inner_other(c, mentions, home) or found
                    if "notarget" in pattern.flags or own_object(c):
                        # "strengthened its forces", "mobilized its supporters": the actor's own
                        own = {m.actor.country for m in sources if m.actor.country}
                        found = [m for m in found if m.actor.country not in own]
                        if not found and own_object(c):
                            # "recalled its ambassador from Moscow"
                            found = [
                                m
                                for _, o in prep_objects(c, ("from", "to", "in"))
                                for m in actors_at(o, mentions)
                                if m.actor.country not in own
                            ]
                    options.append((dep, found))
                    if pattern.cameo[:2] in NEEDS_TARGET and not any(
                        m.actor.country for m in found
                    ):
                        # "suspended part of a military aid program for Bosnia": the
                        # recipient named inside the object
                        options.append((dep, _recipients(c, mentions)))
        for prep in TARGET_PREPS:
            objs = [o for h in anchor_tokens for _, o in prep_objects(h, (prep,))]
            options.append((prep, [m for o in objs for m in actors_at(o, mentions)]))
        options.extend(_stranded(doc, verb, mentions))
        if pattern.cameo[:2] == "14":
            # "blocked streets in Hong Kong", "rioted at a jail in Dili": a place inside the
            # object or phrase is where the protest is, not whom it is against (unless the
            # protesters are foreigners there: "Palestinian prisoners rioted at a jail in Israel")
            home = {m.actor.country for m in sources}
            options = [
                (
                    why,
                    [
                        m
                        for m in found
                        if not (_nested_place(doc, m, anchor_tokens) and _at_home(m, home))
                    ],
                )
                for why, found in options
            ]
        options = [(why, found) for why, found in options if found]
        best = next(
            (o for o in options if any(m.actor.country for m in o[1])),
            options[0] if options else None,
        )
        if best is not None and best[0] == "to" and pattern.cameo[:2] == "11":
            # "complained to the UN over Israeli raids": the complaint is against the party
            # it is about; the "to" phrase only names whom it was made to
            about = [
                m
                for h in anchor_tokens
                for _, o in prep_objects(h, GRIEVANCE_PREPS)
                for m in actors_at(o, mentions)
                if m.actor.country
            ]
            if about:
                best = ("over", about)
        from_complement: list[ActorMention] = []
        if pattern.complements and (best is None or best[0] not in OBJECT_OPTIONS):
            # "agreed to lift embargoes on Iran": the party of the complement's action
            from_complement = _complement_targets(doc, verb, pattern.cameo[:2], mentions)
            from_complement = [m for m in from_complement if all(m.head != s.head for s in sources)]
        if from_complement:
            notes.append("target: from the complement clause")
            targets = from_complement
        elif best:
            notes.append(f"target:{best[0]}")
            targets = best[1]
    between = [obj for h in anchor_tokens for _, obj in prep_objects(h, ("between", "among"))]
    if between:
        pair = actors_at(between[0], mentions)
        if len(pair) >= 2:
            if sources:
                targets = pair
            else:
                sources = pair
            notes.append("between")
    if "swap" in pattern.flags:
        sources, targets = targets, sources
    return sources, targets, notes


def _displaced_objects(verb: Token) -> list[Token]:
    """ "denounced as an ugly crime Serbia's suppression of ...": an object moved after an
    "as" phrase is parsed as that phrase's apposition."""
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return []
    return [a for _, o in prep_objects(verb, ("as",)) for a in o.children if a.dep_ == "appos"]


def _stranded(
    doc: Doc, verb: Token, mentions: dict[int, list[ActorMention]]
) -> list[tuple[str, list[ActorMention]]]:
    """ "established ties with and opened an embassy in Tehran", "signed a pact with and
    pledged aid to Ethiopia": a preposition left without its object before "and" shares the
    object of the coordinated verb's phrase."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    for h in holders:
        for p in h.children:
            if (
                p.dep_ != "prep"
                or p.lower_ not in TARGET_PREPS
                or any(g.dep_ in {"pobj", "pcomp"} for g in p.children)
                or p.i + 1 >= len(doc)
                or doc[p.i + 1].dep_ != "cc"
            ):
                continue
            for v in verb.children:
                if v.dep_ != "conj" or v.i <= p.i or v.pos_ not in {"VERB", "AUX"}:
                    continue
                objs = [o for _, o in prep_objects(v, TARGET_PREPS + PLACE_PREPS)]
                objs += [c for c in v.children if c.dep_ in {"dobj", "obj"}]
                return [(p.lower_, [m for o in objs for m in actors_at(o, mentions)])]
    return []


def _inner_other(
    obj: Token, mentions: dict[int, list[ActorMention]], home: set[str | None]
) -> list[ActorMention]:
    """The nearest actor inside an object phrase that is not of the actor's own country."""
    frontier = [obj]
    for _ in range(5):
        deeper = []
        for node in frontier:
            for c in node.children:
                if c.dep_ not in INNER_DEPS:
                    continue
                found = [m for m in mentions.get(c.i, []) if m.actor.country not in home]
                if found:
                    return found
                deeper.append(c)
        frontier = deeper
    return []


def _shared_objects(verb: Token) -> list[Token]:
    """ "donated and delivered goods to the school", "condemned and rejected the decision":
    a verb with no object shares the object of the verb coordinated with it."""
    if any(c.dep_ in {"dobj", "obj", "xcomp", "ccomp", "prep"} for c in verb.children):
        return []
    return [
        o
        for v in verb.children
        if v.dep_ == "conj"
        and v.pos_ == "VERB"
        and v.i - verb.i <= 4  # "donated and personally delivered": nothing of its own between
        and not any(c.dep_ in SUBJECT_DEPS for c in v.children)
        for o in v.children
        if o.dep_ in {"dobj", "obj"}
    ]


def _recipients(obj: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """The party an aid or sanction object names with "to/for/against/on" ("aid for Bosnia",
    "part of a programme for Bosnia")."""
    holders = [obj] if content_object(obj).i == obj.i else [obj, content_object(obj)]
    return [
        m
        for h in holders
        for _, o in prep_objects(h, ("to", "for", "against", "on"))
        for m in actors_at(o, mentions)
    ]


def _place_mention(doc: Doc, m: ActorMention) -> Token | None:
    """The place preposition whose object a mention is or modifies ("in Hong Kong", "in East
    Timor's capital Dili"), if any."""
    if m.head < 0:
        return None
    tok = doc[m.head]
    for _ in range(3):
        if tok.dep_ not in {"poss", "compound", "amod", "nmod"} or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
        return tok.head
    return None


def _at_home(m: ActorMention, home: set[str | None]) -> bool:
    """Is a place the protesters' own country (or are they of no known country)?"""
    return not home - {None} or m.actor.country in home


def _nested_place(doc: Doc, m: ActorMention, anchors: list[Token]) -> bool:
    """A place phrase inside another phrase ("streets in Hong Kong"), not one on the verb."""
    prep = _place_mention(doc, m)
    return prep is not None and all(prep.head.i != a.i for a in anchors)


def _noun_roles(
    t: _Trigger, doc: Doc, mentions: dict[int, list[ActorMention]]
) -> tuple[list[ActorMention], list[ActorMention], list[str]]:
    noun = doc[t.token]
    notes: list[str] = []
    sources = list(mentions.get(noun.i, []))
    if not sources and not any(
        c.dep_ == "poss" and c.lower_ not in {"its", "their", "his", "her"} for c in noun.children
    ):
        # "thousands converged for a rally", "the opposition joined the protest": the subject
        # of the verb the event noun completes
        holder = noun.head.head if noun.dep_ == "pobj" else noun.head
        if (
            noun.dep_ in {"pobj", "dobj"}
            and holder.pos_ == "VERB"
            and holder.lemma_.lower() in PARTICIPATION_VERBS
        ):
            subj, passive = _subject(holder)
            if subj is not None and not passive:
                sources = actors_at(subj, mentions)
                if sources:
                    notes.append(f"source: subject of '{holder.text}'")
    if not sources and noun.dep_ == "pobj" and doer_adjective(noun.head.head):
        # "the government is responsible for the killings": the subject did it
        subj, passive = _subject(noun.head.head.head)
        if subj is not None and not passive:
            sources = actors_at(subj, mentions)
            notes.append(f"source: '{noun.head.head.text}'")
    targets: list[ActorMention] = []
    for _, by in prep_objects(noun, ("by", "from")):
        sources = sources or actors_at(by, mentions)
    for prep in NOUN_TARGET_PREPS:
        for _, obj in prep_objects(noun, (prep,)):
            found = actors_at(obj, mentions)
            if found:
                targets = found
                notes.append(f"target:{prep}")
                break
        if targets:
            break
    for _, obj in prep_objects(noun, ("between", "among")):
        pair = actors_at(obj, mentions)
        if len(pair) >= 2 or (pair and obj.tag_ in {"NNS", "NNPS"}):
            sources, targets = pair, []  # "talks between A and B", "... between the two states"
            notes.append("between")
    if "swap" in t.pattern.flags:
        sources, targets = targets, sources
    return sources, targets, notes


VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
WHEN_WORDS = frozenset({"when", "as", "while"})
GENERIC_VIOLENCE = frozenset({"180", "190"})
MEANS_PREPS = frozenset({"in", "by", "with", "using", "during"})


def _doer_is_an_event(doc: Doc, t: _Trigger, triggers: TriggerDictionary) -> str | None:
    """ "A roadside bombing killed two soldiers": the subject of a violent act is a violent
    event with no named doer; the victims are still known. Returns the event word."""
    if t.via != "verb" or t.pattern.cameo[:2] not in VIOLENCE_ROOTS:
        return None
    for c in doc[t.anchor].children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN":
            pattern = triggers.best("noun", c)
            if pattern is not None and pattern.cameo[:2] in VIOLENCE_ROOTS:
                return c.text
    return None


def _means_code(verb: Token, triggers: TriggerDictionary) -> str | None:
    """ "killed two soldiers in a roadside bombing", "were wounded by a car bomb", "a suicide
    bomber killed ...": a violent act whose means or doer is a more specific violence noun
    takes that noun's code."""
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
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


def _plan(
    sent_doc: Doc, found: list[_Trigger], mentions: dict[int, list[ActorMention]]
) -> list[_Plan]:
    anchors = {t.anchor: t for t in found}
    plans = {}
    for t in found:
        roles = _noun_roles if t.via == "noun" else _verb_roles
        sources, targets, notes = roles(t, sent_doc, mentions)
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
        if gov is None:
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
                subj, _ = _subject(gov)
                askers = actors_at(subj, mentions) if subj is not None else []
                if askers and all(a.head != s.head for a in askers for s in plan.sources):
                    plan.cameo = family_code("02", plan.cameo) or "020"
                    plan.targets = plan.sources
                    plan.sources = askers
                    plan.notes.append(f"appeal: '{gov.text}'")
                    continue
            if obligation and gov.lemma_.lower() in REPORTING:
                # "Russia said Sudan must return the helicopter": a demand by the speaker.
                subj, _ = _subject(gov)
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
            else:
                gplan.dropped = f"a statement reporting '{sent_doc[t.anchor].text}'"
        elif groot in ATTITUDE_ROOTS and not gplan.trigger.pattern.complements:
            new = family_code(groot, plan.cameo)
            if new:
                gplan.cameo = new
                gplan.notes.append(f"about '{sent_doc[t.anchor].text}'")
            if not gplan.targets:
                own = plan.sources if groot in {"02", "10"} else []
                gplan.targets = own or plan.targets
            plan.dropped = f"the action '{gov.text}' is about (coded as {gplan.cameo})"
        else:
            if groot == "14" and plan.cameo[:2] == "10":
                _protest_purpose(gplan, plan)
            plan.dropped = f"subordinate to the event '{gov.text}'"
    for plan in plans.values():
        t = plan.trigger
        if not plan.dropped and plan.cameo[:2] == "01" and t.via != "noun":
            _statement_of_obligation(sent_doc, plan, mentions)
        if not plan.dropped and plan.cameo[:2] == "01" and t.via == "verb":
            _statement_of_attitude(sent_doc, plan, mentions)
        if plan.dropped or plan.targets or t.via == "noun" or plan.cameo[:2] == "01":
            continue
        inner = _complement_targets(sent_doc, sent_doc[t.anchor], plan.cameo[:2], mentions)
        if inner:
            plan.targets = [m for m in inner if all(m.head != s.head for s in plan.sources)]
            plan.notes.append("target: from the complement clause")
        elif plan.cameo[:2] in PURPOSE_ROOTS:
            aims = _purpose_targets(sent_doc[t.anchor], mentions)
            plan.targets = [m for m in aims if all(m.head != s.head for s in plan.sources)]
            if plan.targets:
                plan.notes.append("target: from the purpose clause")
    return list(plans.values())


def _purpose_targets(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "opened fire to disperse demonstrators", "sent tanks to crush the rebels": the object
    of a subjectless "to" clause of purpose is the one the force is used against."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            continue
        if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in clause.children):
            continue
        for c in clause.children:
            if c.dep_ in {"dobj", "obj"}:
                found = actors_at(c, mentions)
                if found:
                    return found
    return []


# Nouns that carry an attitude about the action in their clause ("a demand that Israel ease
# restrictions", "calls for Georgia to withdraw", "a warning that it would attack"): the root
# of the attitude family they name.
ATTITUDE_NOUNS = {
    **dict.fromkeys("demand ultimatum insistence".split(), "10"),
    **dict.fromkeys("call appeal plea request".split(), "02"),
    **dict.fromkeys("warning threat".split(), "13"),
    **dict.fromkeys("offer promise pledge commitment vow".split(), "03"),
    **dict.fromkeys("refusal rejection".split(), "12"),
}
HOLDER_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "pobj"})


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
    if root is None:
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
    subj, passive = _subject(holder) if holder.pos_ in {"VERB", "AUX"} else (None, False)
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
    subj, passive = _subject(noun.head)
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
        subj, passive = _subject(comp)
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


def _complement_targets(
    doc: Doc, verb: Token, root: str, mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """ "threatened to cut off electricity to Nakhichevan", "demanded that the DPRK forsake
    its programme": the target named inside the complement clause."""
    comps = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    if root in {"02", "10"}:
        # "insisted on its demand that the government resign", "renewed its appeal that ...":
        # the clause of an attitude noun the verb governs
        nouns = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        nouns += [o for _, o in prep_objects(verb, ("on", "for", "to"))]
        comps += [
            c
            for n in nouns
            if n.lemma_.lower() in ATTITUDE_NOUNS
            for c in n.children
            if c.dep_ in {"acl", "ccomp"} and any(s.dep_ in SUBJECT_DEPS for s in c.children)
        ]
    for comp in comps:
        if root in {"02", "10", "11", "12"} and comp.dep_ in {"ccomp", "acl"}:
            subj, _ = _subject(comp)
            if subj is not None and subj.i != verb.i:
                found = actors_at(subj, mentions)
                if found:
                    return found
        for c in comp.children:
            if c.dep_ in {"dobj", "obj", "dative"}:
                found = actors_at(c, mentions)
                if found:
                    return found
        for _, obj in prep_objects(comp, TARGET_PREPS):
            found = actors_at(obj, mentions)
            if found:
                return found
        for c in comp.children:
            if c.dep_ in {"dobj", "obj"}:
                for _, obj in prep_objects(c, TARGET_PREPS):
                    found = actors_at(obj, mentions)
                    if found:
                        return found
        if comp.lemma_.lower() in PERMISSION_VERBS:
            # "refused to allow UN planes to land": whom the permission is for
            for clause in comp.children:
                subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
                if clause.dep_ in {"ccomp", "xcomp"} and subj is not None:
                    found = actors_at(subj, mentions)
                    if found:
                        return found
    return []


def _place_country(
    doc: Doc, t: _Trigger, mentions: dict[int, list[ActorMention]], capitals: bool = True
) -> str | None:
    """The country of the place where the event happens ("demonstrated in Serbia",
    "a curfew in Algiers"), when a country or capital names it."""
    holders = [doc[t.anchor], doc[t.token]]
    holders += [c for h in holders for c in h.children if c.dep_ in {"dobj", "obj"}]
    if t.pattern.cameo[:2] in VIOLENCE_ROOTS:
        # "killed 23 people when they blew themselves up in Tel Aviv": the clause saying
        # when the attack happened says where
        holders += [
            c
            for c in doc[t.anchor].children
            if c.dep_ == "advcl"
            and any(w.dep_ in {"advmod", "mark"} and w.lower_ in WHEN_WORDS for w in c.children)
        ]
    for h in holders:
        outside = [  # "outside of the Iraqi city of Basra"
            o
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in {"outside", "inside"}
            for _, o in prep_objects(p, ("of",))
        ]
        for obj in [*(o for _, o in prep_objects(h, PLACE_PREPS)), *outside]:
            # "in Serbia", "near Macedonia's border", "along the Syrian border", "at a jail
            # in Dili"
            inner = [o for _, o in prep_objects(obj, ("in",))]  # not "near the X border"
            places = [
                p
                for o in (obj, *inner)
                for p in (o, *(c for c in o.children if c.dep_ in {"poss", "compound", "amod"}))
            ]
            for place in places:
                for m in mentions.get(place.i, []):
                    if m.actor.kind == "country" and m.actor.country:
                        if not capitals and capital_metonym(m):
                            continue  # "a house in Tripoli": which Tripoli is for the locator
                        return m.actor.country
    return None


def _locate(m: ActorMention, country: str, notes: list[str]) -> ActorMention:
    """A country-less actor acting in a country is taken to be of that country."""
    if m.actor.country is not None:
        return m
    notes.append(f"{m.actor.name}: country from the place")
    return replace(m, actor=replace(m.actor, country=country))


MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "parataxis"})


def _in_main_clause(doc: Doc, t: _Trigger) -> bool:
    """Is the event in the sentence's main line (the root, its conjuncts and the clauses it
    reports), rather than in a relative, adverbial or prepositional phrase?"""
    node = doc[t.anchor]
    if t.via == "noun" and node.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        node = node.head
    for _ in range(12):
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return True
        if node.dep_ not in MAIN_DEPS:
            return False
        node = node.head
    return False


def _plural(doc: Doc, m: ActorMention) -> bool:
    return m.head >= 0 and doc[m.head].tag_ in {"NNS", "NNPS"} and m.actor.country is None


def _protested(
    doc: Doc, t: _Trigger, sources: list[ActorMention], mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """ "... to protest against Sweden's decision", "in defiance of Chinese authorities": the
    first actor with a country named after the protest, inside its clause, that is neither
    the protester nor the place."""
    own = {m.head for m in sources}
    home = {m.actor.country for m in sources}
    places = {o.i for h in (doc[t.anchor], doc[t.token]) for _, o in prep_objects(h, PLACE_PREPS)}
    for tok in doc[t.anchor].subtree:
        if tok.i <= t.token or tok.i in own or tok.i in places:
            continue
        found = [
            m
            for m in mentions.get(tok.i, [])
            if m.actor.country
            and not (_place_mention(doc, m) is not None and _at_home(m, home))  # "in Hong Kong"
        ]
        if found:
            return found[:1]
    return []


NONSTATE = frozenset({"IGO", "NGO", "IMG", "MNC"})


def _domestic(m: ActorMention, home: str, notes: list[str]) -> ActorMention:
    if m.actor.country is not None or m.actor.kind == "country":
        return m
    notes.append(f"{m.actor.name}: country of the source")
    return replace(m, actor=replace(m.actor, country=home))


def _conditioned(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "threatened to ... unless Baghdad accepted its conditions": the party in the condition."""
    for c in conditions(verb):
        subj, _ = _subject(c)
        if subj is not None:
            found = [m for m in actors_at(subj, mentions) if m.actor.country]
            if found:
                return found
    return []


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


def _deployment_code(cameo: str, sources: list[ActorMention]) -> str | None:
    """ "Russian troops arrived in Belarus": a visit (042) made by armed forces is a
    deployment (154), by peacekeepers a peacekeeping mission (074)."""
    if not cameo.startswith("042") or not sources:
        return None
    if not all(s.actor.kind != "person" and s.actor.sector == "MIL" for s in sources):
        return None
    peacekeepers = any("peacekeep" in s.actor.text.lower() for s in sources)
    return "074" if peacekeepers else "154"


def _country_actor(near: ActorMention | None, country: str) -> ActorMention:
    at = near.start if near is not None else 0
    return ActorMention(at, at, -1, Actor("", country, country, (), "group"), (0, 0))


def _own_governments(
    sources: list[ActorMention], sector: tuple[str, ...] = ("GOV",)
) -> list[ActorMention]:
    out = []
    for s in sources:
        if s.actor.country and s.actor.country not in NONSTATE:
            gov = Actor("", s.actor.country, s.actor.country, sector, "group")
            out.append(ActorMention(s.start, s.start, -1, gov, (0, 0)))
    return out


def code_sentence(
    sent: ParsedSentence,
    mentions: dict[int, list[ActorMention]],
    triggers: TriggerDictionary,
) -> tuple[list[Candidate], list[Skipped]]:
    """Event candidates of one sentence, and the triggers that gave none (with reasons)."""
    doc = sent.doc
    found, skipped = find_triggers(doc, triggers)
    candidates: list[Candidate] = []
    for plan in _plan(doc, found, mentions):
        homed: set[int] = set()  # targets whose country was taken from the source's
        t, word = plan.trigger, doc[plan.trigger.token].text
        if plan.dropped:
            skipped.append(Skipped(t.token, word, plan.dropped))
            continue
        sources, targets, notes = plan.sources, plan.targets, plan.notes
        if not sources and not targets:
            skipped.append(Skipped(t.token, word, "no actor attached to the trigger"))
            continue
        main = _in_main_clause(doc, t)
        doerless = _doer_is_an_event(doc, t, triggers)
        if doerless:
            notes.append(f"doer: the {doerless}")
        if not sources and not (("passive" in notes or doerless) and main):
            skipped.append(Skipped(t.token, word, "no source actor (only a target was found)"))
            continue
        place = _place_country(doc, t, mentions)
        if place is not None:
            sources = [_locate(m, place, notes) for m in sources]
            targets = [_locate(m, place, notes) for m in targets]
        if (
            not sources
            and targets
            and place not in {None, *NONSTATE}
            and t.pattern.cameo[:2] in VIOLENCE_ROOTS
            and ("passive" in notes or doerless)
        ):
            # "two soldiers were killed by a landmine outside the Syrian town of Afrin": force
            # nobody is named for is the place's (its insurgents or its authorities)
            sources = [_country_actor(targets[0], place)]  # type: ignore[arg-type]
            notes.append("source: the place's country (no doer named)")
        negated = is_negated(doc, t)
        modality = clause_modality(doc, t)
        cameo = plan.cameo
        if t.via == "verb" and cameo[:2] in VIOLENCE_ROOTS:
            means = _means_code(doc[t.anchor], triggers)
            if means is not None and means != cameo:
                cameo = means
                notes.append("code: the means of the attack")
        refusal = refusal_code(doc, t, negated, modality, cameo)
        if refusal is not None:
            # "Syria will not accept refugees", "declined to resign": a refusal (12x)
            cameo, negated, modality = refusal, False, "asserted"
            notes.append("refusal: a negated intention")
        elif modality == "intended" and cameo == t.pattern.cameo:
            cameo = intended_code(cameo) or cameo
        elif (
            modality == "hypothetical" and cameo[:2] in CONFLICT_ROOTS and conditions(doc[t.anchor])
        ):
            # "may halt mediation if ...", "will withdraw unless ...": a conditional threat
            cameo = intended_code(cameo) or cameo
            modality = "intended"
            notes.append("threat: a conditional action")
        deployment = _deployment_code(cameo, sources)
        if deployment is not None:
            cameo = deployment
            notes.append("code: armed forces arriving are deployed, not visiting")
        if cameo == "150" and len({s.actor.country for s in sources if s.actor.country}) >= 2:
            # "Turkish and Azerbaijani warships began naval drills": drills of two states' forces
            # are joint exercises (062), not a show of force
            cameo = "062"
            notes.append("code: drills of two states are joint")
        root = cameo[:2]
        symmetric = "recip" in t.pattern.flags and root == t.pattern.cameo[:2]
        symmetric = symmetric or "code: drills of two states are joint" in notes
        pairs: list[tuple[ActorMention | None, ActorMention | None, bool]] = []
        if len(sources) >= 2 and targets and not any(g.actor.country for g in targets):
            # "The ministers agreed ... between their military academies": two parties acting
            # together; a country-less object is not a third party.
            targets = []
        topical = any(n in notes for n in ("target:on", "target:over", "target:for", "target:to"))
        if len(sources) >= 2 and "recip" in t.pattern.flags and topical:
            targets = []  # "Israel and Lebanon renewed negotiations on an Israeli pullback"
        if not targets and root == "13":
            targets = _conditioned(doc[t.anchor], mentions)
            if targets:
                notes.append("target: the party the threat is conditioned on")
        placed = [g.actor.country for g in targets if g.actor.country]
        if placed and placed[0] not in NONSTATE:
            # "the Sudanese government and the rebels": coordinated targets share a country
            targets = [_domestic(g, placed[0], notes) for g in targets]
        elif sources and targets and len(sources) == 1 and sources[0].actor.country:
            # "Iranian authorities pressured workers": an unplaced group acted on by a state's
            # actor is taken to be of that state.
            home = sources[0].actor.country
            if home not in NONSTATE:
                homed = {g.head for g in targets if g.actor.country is None}
                targets = [_domestic(g, home, notes) for g in targets]
        named = _place_country(doc, t, mentions, capitals=False) if place else None
        if not targets and root in PLACE_TARGET_ROOTS and named and named not in NONSTATE:
            # "Serbia lifted the curfew in Montenegro", "strengthened its forces in Lebanon":
            # measures and force used in a country bear on that country
            targets = [_country_actor(sources[0] if sources else None, named)]
            notes.append("target: the country of the place")
        if not targets and _domestic_code(cameo):
            # "lifted the curfew", "agreed to postpone the demonstration", "declined to
            # resign": measures and reforms bear on the actor's own country
            targets = _own_governments(sources, sector=())
            if targets:
                notes.append("target: own country")
        if not targets and (root == "17" or t.pattern.cameo[:2] == "17"):
            targets = _own_governments(sources, sector=())
            if targets:
                notes.append("target: own country")
        if not targets and root == "14":
            targets = _protested(doc, t, sources, mentions)
            if targets:
                notes.append("target: whom the protest is against")
            else:
                # A protest with no named target is addressed to the protesters' own government.
                targets = _own_governments(sources)
                if targets:
                    notes.append("target: own government")
        if targets and sources:
            for s in sources:
                for g in targets:
                    if s.head != g.head:  # "Iraqi Kurds ... independence from Iraq": X -> X
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
            plural = any(_plural(doc, s) for s in sources)
            if root in NEEDS_TARGET and not plural:
                skipped.append(Skipped(t.token, word, f"CAMEO {root} needs a target; none found"))
                continue
            pairs = [(s, None, False) for s in sources]
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
                    pattern=t.pattern,
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
                    main=main,
                    target_home=tgt is not None and tgt.head in homed,
                )
            )
    return _statements(doc, candidates, skipped), skipped


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
        if c.cameo[:3] != "010" and all(e.trigger in scope for e in events):
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
