"""The last resort for an event whose doer is known and whose target no rule found: the
nearest actor of another country named in the same sentence.

News sentences are mostly about the two parties they name. When "Japan pledged 15.8 billion
yen in new aid" is followed by "for Ukraine's reconstruction" in a phrase no role rule reads,
the one other state the sentence names is usually the other party. The guess is marked in
the event's rule ("target: guessed, the nearest other state's actor") so `explain` shows it,
costs the event confidence, and is off with `[coding] guess_targets = false`.

"Nearest" is counted in the dependency tree (edges from the trigger's clause verb to the
mention's head), then in words, so a party in the trigger's own clause wins over one in a
clause hung elsewhere."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.coding.extract import Candidate, Skipped
from tacitus.coding.roles import NONSTATE
from tacitus.models import Actor, ActorMention

if TYPE_CHECKING:
    from tacitus.nlp.mirror import Doc, Token

GUESSED = "target: guessed, the nearest other state's actor"
GUESSED_HOME = "target: guessed, own country (no other state named)"
# What a guessed target costs: it is right about half the time on the dev sets, where a
# target a rule found is right about four times in five (docs/evaluation.md).
GUESS_PENALTY = 0.15
# A bare statement (CAMEO 010) no rule found a target for is addressed to nobody: it gets no
# guessed target and is no event ("the examinations council announced ...").
STATEMENT = "010"
# Beyond this many edges the tree gives no order (two roots of a bad parse).
UNREACHABLE = 99


def tree_distance(a: Token, b: Token) -> int:
    """Edges on the path between two tokens of one sentence."""
    up = {a.i: 0}
    node, steps = a, 0
    while node.head.i != node.i:
        node, steps = node.head, steps + 1
        up[node.i] = steps
    node, steps = b, 0
    while node.i not in up:
        if node.head.i == node.i:
            return UNREACHABLE
        node, steps = node.head, steps + 1
    return steps + up[node.i]


def nearest_other_state(
    doc: Doc, anchor: int, sources: list[ActorMention], mentions: dict[int, list[ActorMention]]
) -> ActorMention | None:
    """The actor mention nearest the anchor whose country is known and is none of the
    sources' countries, outside the sources' own phrases."""
    home = {s.actor.country for s in sources}
    spans = [s.tokens for s in sources]
    best: tuple[int, int, int] | None = None
    pick = None
    for found in mentions.values():
        for m in found:
            if not m.actor.country or m.actor.country in home:
                continue
            if any(first <= m.head < last for first, last in spans):
                continue
            key = (tree_distance(doc[anchor], doc[m.head]), abs(m.head - anchor), m.head)
            if best is None or key < best:
                best, pick = key, m
    return pick


def guessed_confidence(confidence: float) -> float:
    return round(max(0.05, confidence - GUESS_PENALTY), 2)


def home_target(source: Actor | None) -> Actor | None:
    """The source's own country, as the target of an event in a sentence that names no other
    state (applied once the event's place has had its say: `pipeline`)."""
    if source is None or source.country is None or source.country in NONSTATE:
        return None
    return Actor("", source.country, source.country, (), "group")


def other_states(source: ActorMention, mentions: dict[int, list[ActorMention]]) -> bool:
    """Does the sentence name an actor of a state other than the source's?"""
    return any(
        m.actor.country not in {None, source.actor.country}
        for found in mentions.values()
        for m in found
    )


def guess_targets(
    doc: Doc,
    candidates: list[Candidate],
    mentions: dict[int, list[ActorMention]],
    skipped: list[Skipped],
) -> list[Candidate]:
    """The candidates, each one-sided event given the nearest other state's actor as its
    target when the sentence names one, or marked `lone_state` when it names none. A bare
    statement with no target is dropped, and why goes into `skipped` (for `explain`)."""
    out = []
    for c in candidates:
        if c.cameo == STATEMENT and c.target is None and not c.reciprocal:
            # a statement to nobody about nobody named is no event between actors
            skipped.append(
                Skipped(c.trigger, doc[c.trigger].text, "a statement addressed to nobody")
            )
            continue
        source = c.source
        if source is not None and c.target is None and not c.reciprocal:
            guess = nearest_other_state(doc, c.anchor, [source], mentions)
            if guess is not None:
                c = replace(
                    c,
                    target=guess,
                    rule=f"{c.rule} ({GUESSED})",
                    confidence=guessed_confidence(c.confidence),
                )
            elif not other_states(source, mentions):
                c = replace(c, lone_state=True)
        out.append(c)
    return out
