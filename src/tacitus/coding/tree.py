"""Walking the dependency tree: the actor mentions an argument stands for and the
prepositional phrases of a word. Shared by the clause rules of coding/extract.py and the role
rules of coding/roles.py."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.actors.mentions import split_modifier
from tacitus.models import ActorMention

if TYPE_CHECKING:
    from tacitus.nlp.mirror import Token


INNER_DEPS = frozenset({"prep", "pobj", "compound", "poss", "appos", "amod", "nmod"})


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if split_modifier(c):
            out.append(c)  # "Police and gang members"
            continue
        coordinated = c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"}
        if coordinated or (c.dep_ == "appos" and listed_apposition(tok, c)):
            out.extend(conjuncts(c))
    return out


def listed_subjects(subj: Token) -> list[Token]:
    """ "Chad, Cameroon and Nigeria withdrew ...", parsed with "Chad" and "Cameroon" as two
    subjects of the verb: a second subject of the same kind right after the first and a comma,
    opening a coordinated list, is the list's next member (with its conjuncts)."""
    doc = subj.doc
    comma = subj.right_edge.i  # the parser may hang the comma on the first name
    if doc[comma].text != ",":
        comma += 1
    if subj.pos_ != "PROPN" or comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    return [
        t
        for c in subj.head.children
        if c.dep_ == subj.dep_
        and c.pos_ == "PROPN"
        and c.left_edge.i == comma + 1
        and any(g.dep_ == "conj" for g in c.children)
        for t in conjuncts(c)
    ]


def listed_apposition(tok: Token, appos: Token) -> bool:
    """ "Mali, Burkina Faso and Niger left ...", parsed with "Faso" in apposition to "Mali"
    and "Niger" its conjunct: a name right after a name and a comma that opens a coordinated
    list is the list's second member, not another name for the first."""
    return (
        tok.pos_ == "PROPN"
        and appos.pos_ == "PROPN"
        and appos.i > tok.i
        and tok.i + 1 < appos.left_edge.i
        and tok.doc[tok.i + 1].text == ","
        and tok.i + 2 == appos.left_edge.i
        and any(c.dep_ == "conj" for c in appos.children)
    )


def actors_at(tok: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """Actor mentions an argument token stands for: its own phrase, its conjuncts, else the
    nearest actor inside it ("a delegation from Turkey", "members of parliament")."""
    result: list[ActorMention] = []
    for t in conjuncts(tok):
        own = mentions.get(t.i)
        inside = [] if own else nearest_inside(t, mentions)
        result.extend(own or inside)
        for m in own or ():
            result.extend(shared_head(t, m, mentions))
        for m in inside:
            # "the chiefs of staff of the armies of Kenya and Uganda": the inner phrase's own
            # coordinated countries
            if 0 <= m.head < len(t.doc) and m.head != t.i:
                result.extend(shared_head(t.doc[m.head], m, mentions))
    return unique_mentions(result)


def shared_head(
    tok: Token, m: ActorMention, mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """ "the foreign ministers of Thailand and Cambodia", "troops from Chad and Niger": the
    countries coordinated after the first in the "of/from" phrase of a mention's head have
    the same kind of actor (Cambodia's foreign minister), coded with the head's sectors;
    "representatives of Ethiopia and Egypt" (no sectors) are of both countries, and
    "delegations from Sudan's army and the Rapid Support Forces" of both parties; "police in
    Spain and Morocco" are the police of both."""
    out: list[ActorMention] = []
    if m.actor.country is None:
        return out
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in {"of", "from", "in"}:
            continue
        objects = [g for g in c.children if g.dep_ == "pobj"]
        for g in objects[:1]:
            # "the foreign ministers of the Democratic Republic of Congo and Rwanda", parsed
            # with "Rwanda" a second object of "of" (the "and" hung on "Republic"): the later
            # objects are the list's next members
            listed = [t for o in objects[1:] if o.pos_ == "PROPN" for t in conjuncts(o)]
            for other in [*conjuncts(g)[1:], *listed]:
                if m.tokens[0] <= other.i < m.tokens[1] and other not in listed:
                    continue
                for o in mentions.get(other.i, []):
                    if o.actor.country in {None, m.actor.country} and o.actor.kind == "country":
                        continue
                    if o.actor.kind == "country" and m.actor.sectors:
                        out.append(replace(o, actor=replace(o.actor, sectors=m.actor.sectors)))
                    elif o.actor.kind in {"country", "group"} and o.actor.country is not None:
                        out.append(o)
    return out


def _agentive(noun: Token) -> bool:
    """A noun with a "by" phrase that is not set off by a comma (", the latest massacre of
    civilians by the group" restates the clause's deed: its doer is the clause's subject)."""
    if not any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False
    first = min((c.i for c in noun.lefts), default=noun.i)
    return first == 0 or noun.doc[first - 1].text != ","


def nearest_inside(
    tok: Token, mentions: dict[int, list[ActorMention]], depth: int = 4
) -> list[ActorMention]:
    frontier = [tok]
    for _ in range(depth):
        deeper = []
        for node in frontier:
            children: Sequence[Token] = node.children
            if node is tok and tok.pos_ == "NOUN" and _agentive(tok):
                # "the execution of captured soldiers by Russian troops": a deed's doer before
                # whom it was done to
                children = sorted(children, key=lambda c: c.dep_ != "prep" or c.lower_ != "by")
            for c in children:
                group = described_group(c) if c.dep_ == "pcomp" else None
                if group is not None:
                    c = group  # "the demands of striking doctors"
                elif c.dep_ not in INNER_DEPS:
                    continue
                place = node.dep_ == "prep" and node.lower_ in PLACE_PREPS
                found = [
                    m
                    for t in conjuncts(c)
                    for m in mentions.get(t.i, [])
                    if not (place and capital_metonym(m))  # "a house in Tripoli" is a place
                ]
                if found:
                    return found
                deeper.append(c)
        frontier = deeper
    return []


# Participles that describe a group when put before it ("striking doctors", "protesting
# students", "warring factions"), which the parser may read as a gerund taking the group as
# its object after a preposition ("the demands of striking doctors").
GROUP_PARTICIPLES = frozenset(
    """striking protesting demonstrating rioting marching fleeing advancing retreating warring
    fighting ruling governing remaining participating neighbouring neighboring visiting
    returning rival""".split()
)


def described_group(pcomp: Token) -> Token | None:
    """ "of striking doctors", parsed as the gerund 'striking' with the object 'doctors': the
    group the participle describes."""
    if pcomp.lower_ not in GROUP_PARTICIPLES:
        return None
    return next(
        (c for c in pcomp.children if c.dep_ in {"dobj", "obj"} and c.i == pcomp.i + 1), None
    )


def capital_metonym(m: ActorMention) -> bool:
    a = m.actor
    return a.kind == "country" and a.sectors == ("GOV",) and " " not in a.text.strip()


def unique_mentions(items: list[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[int, str]] = set()
    out = []
    for m in items:
        key = (m.head, m.actor.code)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


PLACE_PREPS = ("in", "at", "near", "outside", "inside", "across", "throughout", "around", "along")


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


# Nouns for another party named by its relation to the possessor: "congratulated his rival".
OTHER_PARTY_NOUNS = frozenset(
    """rival opponent challenger counterpart predecessor successor critic adversary foe
    enemy""".split()
)


def own_object(obj: Token) -> bool:
    """ "withdrew its troops", "recalled their ambassador": an object that belongs to the doer
    (not "his rival", "her counterpart": another party)."""
    return obj.lemma_.lower() not in OTHER_PARTY_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in obj.children
    )


def counted_objects(verb: Token) -> list[Token]:
    """ "kidnapped up to 16 advisers", parsed as the particle 'up' and a 'to' phrase: the
    counted noun is the verb's object."""
    out: list[Token] = []
    for up in verb.children:
        if up.lower_ != "up" or up.dep_ not in {"prt", "advmod", "prep"}:
            continue
        for to in (*up.children, *verb.children):
            if to.dep_ == "prep" and to.lower_ == "to" and to.i == up.i + 1:
                out.extend(
                    g
                    for g in to.children
                    if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)
                )
    return out


DOER_ADJECTIVES = frozenset({"responsible", "guilty", "culpable", "accountable"})


def doer_adjective(tok: Token) -> bool:
    """ "is responsible for", "are guilty of": a predicate adjective naming the doer."""
    return (
        tok.pos_ == "ADJ"
        and tok.lemma_.lower() in DOER_ADJECTIVES
        and tok.dep_ == "acomp"
        and tok.head.i != tok.i
    )


# Adverbial particles the parser may attach a verb's preposition to ("walked away from the
# talks", "hit back at critics"): their prepositions count as the verb's.
ADVERB_PARTICLES = frozenset({"away", "back", "out", "off", "down", "up", "forward", "ahead"})


def verb_children(tok: Token) -> list[Token]:
    """A word's children, with the prepositions under an adverbial particle lifted to it."""
    out = list(tok.children)
    out += [
        g
        for c in out
        if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES
        for g in c.children
        if g.dep_ == "prep"
    ]
    return out


NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub"})


def prep_objects(tok: Token, words: tuple[str, ...]) -> Iterator[tuple[str, Token]]:
    for c in verb_children(tok):
        if c.dep_ in {"prep", "agent", "dative"} and c.lower_ in words:
            for g in c.children:
                if g.dep_ == "pobj":
                    yield c.lower_, g
                elif g.dep_ == "pcomp" and g.lemma_.lower() in NAMING_VERBS:
                    # "over what it called Thailand's aggression": the thing so called
                    yield from ((c.lower_, o) for o in g.children if o.dep_ == "oprd")
            if not any(g.dep_ == "pobj" for g in c.children):
                stranded = _stranded_object(c)
                if stranded is not None:
                    yield c.lower_, stranded
        if c.dep_ == "prt" and c.lower_ in words and c.lower_ not in ADVERB_PARTICLES:
            # "fire on X": particle then object (not "shipped out its troops")
            for g in tok.children:
                if g.dep_ in {"dobj", "obj"}:
                    yield c.lower_, g


def object_prep_objects(verb: Token, words: tuple[str, ...]) -> Iterator[tuple[str, Token]]:
    """`prep_objects` of a verb's direct objects: the phrase hung on the object ("discussed the
    situation with Pezeshkian", "take part in talks")."""
    for c in verb.children:
        if c.dep_ in {"dobj", "obj"}:
            yield from prep_objects(c, words)


def _stranded_object(prep: Token) -> Token | None:
    """ "granted asylum to five officers holed up in the embassy": a preposition left without
    its object because the parser read the noun after it as the subject of the participle
    that follows (a reduced relative clause). Returns that noun."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return None
    for tok in doc[prep.i + 1 : prep.i + 8]:
        if tok.left_edge.i != prep.i + 1:
            continue
        head = tok.head
        if (
            tok.dep_ == "nsubj"
            and tok.pos_ in {"NOUN", "PROPN"}
            and head.tag_ in {"VBN", "VBD"}  # "holed up", "trapped", "stranded"
            and head.dep_ in {"pcomp", "advcl", "acl"}
            and head.i > tok.i
        ):
            return tok
    return None
