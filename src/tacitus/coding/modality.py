"""What the clause says about an event: negation, modality (asserted, intended,
hypothetical), refusals of cooperative actions, and the confidence score."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.coding.families import COOPERATIVE_ROOTS, family_code
from tacitus.models import ActorMention

if TYPE_CHECKING:
    from tacitus.coding.extract import _Trigger
    from tacitus.nlp.mirror import Doc, Token


# An attempt ("tried to storm the building") and a decision ("decided to expel") are coded as
# the act, as CAMEO codes them.
INTENT_VERBS = frozenset(
    """plan intend expect hope aim want seek prepare wish mean propose schedule set
    vow pledge promise offer agree threaten swear""".split()
)


# Verbs of phase that pass an intention on to their complement ("prepared to resume shelling").
ASPECT_VERBS = frozenset("resume continue begin start keep stop".split())


FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


# Verbs whose complement is the action they help with ("help defend", "assist in rebuilding").
HELP_VERBS = frozenset({"help", "assist"})


INTENT_ADJECTIVES = frozenset(
    """willing ready prepared determined committed eager keen set poised about likely""".split()
)


HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})


HYPOTHETICAL_AUX = frozenset({"could", "might", "may"})


REPORTING = frozenset(
    """say report announce tell state add claim confirm note write reveal declare insist stress
    reiterate argue warn emphasize emphasise""".split()
)


# Verbs whose complement did not happen: "failed to reach", "avoided criticizing",
# "refrained from attacking", "prevented Russia from capturing".
NOT_DONE_VERBS = frozenset({"fail", "neglect", "decline", "avoid"})
KEPT_FROM_VERBS = frozenset({"refrain", "abstain", "prevent", "stop", "keep", "bar", "deter"})


def _not_done(verb: Token) -> bool:
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "from":
        return head.head.lemma_.lower() in KEPT_FROM_VERBS
    if verb.dep_ != "xcomp":
        return False
    lemma = head.lemma_.lower()
    # "has yet to ratify": not yet done
    return lemma in NOT_DONE_VERBS or (
        lemma in {"have", "be"} and any(c.lower_ == "yet" for c in head.children)
    )


def is_negated(doc: Doc, t: _Trigger) -> bool:
    verb = doc[t.anchor]
    if _not_done(verb):
        return True  # "failed to reach agreement": it did not happen
    for tok in {doc[t.anchor], doc[t.token]}:
        for c in tok.children:
            if c.dep_ == "neg" or (
                c.lower_ in {"never", "no"} and c.dep_ in {"neg", "det", "advmod"}
            ):
                return True
            if c.dep_ in {"dobj", "nsubjpass"} and any(
                g.lower_ == "no" and g.dep_ == "det" for g in c.children
            ):
                return True  # "reached no agreement", "no agreement was reached"
    return False


DECLINE_VERBS = frozenset({"decline"})


def refusal_code(doc: Doc, t: _Trigger, negated: bool, modality: str, cameo: str) -> str | None:
    """The rejection code (12x) of a cooperative action its actor says it will not take
    ("will not release the prisoners", "declined to resign"), or None."""
    if not negated or cameo[:2] not in COOPERATIVE_ROOTS:
        return None
    verb = doc[t.anchor]
    declined = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DECLINE_VERBS
    if modality != "intended" and not declined:
        return None
    return family_code("12", cameo)


def clause_modality(doc: Doc, t: _Trigger) -> str:
    verb = doc[t.anchor]
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "conj", "ccomp", "advcl"} and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
        if len(chain) > 4:
            break
    for tok in chain[:2]:
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS:
                return "hypothetical"
    if any(c.lower_ in HYPOTHETICAL_AUX and c.dep_ == "aux" for c in verb.children):
        return "hypothetical"
    if any(c.lower_ in FUTURE_AUX and c.dep_ == "aux" for c in verb.children):
        return "intended"
    if (
        any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children)
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in REPORTING
    ):
        return "intended"  # "said they would blockade Paris": the future of reported speech
    node = verb
    for _ in range(4):  # "agreed to hold", "is ready to contribute", "prepared to resume shelling"
        infinitive = node.dep_ == "advcl" and any(c.lower_ == "to" for c in node.children)
        if (node.dep_ != "xcomp" and not infinitive) or node.head.i == node.i:
            break
        head = node.head
        if head.lemma_.lower() in INTENT_VERBS | INTENT_ADJECTIVES:
            return "intended"
        if infinitive or head.lemma_.lower() in HELP_VERBS:
            # "is willing to send troops to help defend it": a purpose clause, or the action
            # helped, shares the intention of the action it serves
            if any(c.lower_ in FUTURE_AUX and c.dep_ == "aux" for c in head.children):
                return "intended"
        elif head.lemma_.lower() not in ASPECT_VERBS:
            break
        node = head

    return "asserted"


def preparing(verb: Token) -> bool:
    """ "The army prepared to resume shelling": the clause's subject is getting ready for the
    action (the verb 'prepare', active, through verbs of phase), not saying it is willing
    ("is prepared to strike" is a statement)."""
    node = verb
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        head = node.head
        if head.lemma_.lower() == "prepare" and head.pos_ == "VERB":
            if head.tag_ == "VBG":
                return True  # "are preparing to attack"
            # "prepared to attack", not "is prepared to attack"
            return not any(
                c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "be" for c in head.children
            )
        if head.lemma_.lower() not in ASPECT_VERBS:
            return False
        node = head
    return False


def future(verb: Token) -> bool:
    """ "will boycott", "said they would boycott": the verb itself is in the future."""
    return any(c.lower_ in FUTURE_AUX | {"would"} and c.dep_ == "aux" for c in verb.children)


def announced(verb: Token) -> bool:
    """ "The army will call up reservists", "said it would deploy troops": the verb itself is
    in the future (an announcement of a decision), not the complement of an attitude
    ("threatened to deploy", "vowed to mobilise") nor under an "if" or "unless"."""
    return future(verb) and not conditions(verb)


def conditions(verb: Token) -> list[Token]:
    """The "if" and "unless" clauses under a verb (not the verb's own clause)."""
    return [
        c
        for c in verb.subtree
        if c.i != verb.i
        and c.dep_ == "advcl"
        and any(m.lower_ in {"if", "unless"} for m in c.children)
    ]


# Notes of roles the coder inferred rather than read from the parse: each lowers confidence.
INFERRED_ROLE_NOTES = (
    "country of the source",
    "country from the place",
    "the country of the place",
    "own government",
    "own country",
    "from the complement clause",
    "conditioned on",
    "whom the protest is against",
)


def event_confidence(
    t: _Trigger,
    source: ActorMention | None,
    target: ActorMention | None,
    notes: list[str],
    modality: str = "asserted",
    reciprocal: bool = False,
    main: bool = True,
    triggers: int = 1,
) -> float:
    """A score for how likely the event is right: the pattern's specificity and whether both
    actors are placed raise it; noun triggers, inferred roles, conditional events, reciprocal
    readings (two directions to get right), events outside the main clause and sentences with
    several triggers (more readings to choose from) lower it."""
    score = 0.45 + 0.06 * min(t.pattern.specificity, 2)
    if not main:
        score -= 0.1
    if triggers > 2:
        score -= 0.05
    inferred = sum(1 for n in notes if any(k in n for k in INFERRED_ROLE_NOTES))
    score -= 0.05 * min(inferred, 2)
    if modality == "hypothetical":
        score -= 0.15
    if reciprocal:
        score -= 0.05
    if source is not None:
        score += 0.15 if source.actor.country else 0.05
    else:
        score -= 0.15
    if target is not None:
        score += 0.15 if target.actor.country else 0.05
    if t.via == "noun":
        score -= 0.05
    if "fallback-source" in notes:
        score -= 0.2
    if len(notes) and "between" in notes:
        score += 0.05
    return round(max(0.05, min(0.98, score)), 2)
