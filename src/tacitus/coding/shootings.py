"""A named person shot by nobody named (or by no state's forces, or a named office-holder shot
by anyone): an assassination, or an attempt at one.

The bare shooting triggers are coded 193 (fighting with small arms), which is right for armed
forces exchanging fire. CAMEO codes the shooting of one named figure by assailants the text
does not name as an assassination (186) when it kills, and as an attempted assassination (185)
when it does not ("was shot dead", "was shot several times").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.models import ActorMention
    from tacitus.nlp.mirror import Doc, Token

SMALL_ARMS = "193"
SHOOTING_VERBS = frozenset({"shoot", "gun"})
# Words saying the shot killed: "shot dead", "fatally shot", "shot and killed".
FATAL_WORDS = frozenset({"dead", "fatally", "mortally"})
FATAL_VERBS = frozenset({"kill", "die", "succumb"})
# Sectors of a state's forces: when they shoot a named person who holds no office, it is
# force used in the line of duty ("police shot dead the gang leader"), the code stands.
STATE_FORCES = frozenset({"MIL", "COP"})


def fatal(verb: Token) -> bool:
    """Did the shooting kill: "shot dead", "fatally shot", "shot and killed"."""
    for c in verb.children:
        if c.lower_ in FATAL_WORDS and c.dep_ in {"oprd", "acomp", "advmod", "xcomp", "dep"}:
            return True
        if c.dep_ == "conj" and c.lemma_.lower() in FATAL_VERBS:
            return True
    return False


def shooting_code(
    doc: Doc, verb: Token, cameo: str, sources: list[ActorMention], targets: list[ActorMention]
) -> str | None:
    """186 or 185 for one named person shot by nobody named or by no state's forces ("Rabin
    was shot dead by a Jewish extremist"), or for a named office-holder shot by anyone ("was
    shot by one of his bodyguards"), else None (the code stands)."""
    if cameo != SMALL_ARMS or verb.lemma_.lower() not in SHOOTING_VERBS or len(targets) != 1:
        return None
    victim = targets[0]
    if victim.actor.kind != "person" or not 0 <= victim.head < len(doc):
        return None
    if doc[victim.head].pos_ != "PROPN":
        return None  # "a policeman was shot": not a named figure
    office = victim.actor.role is not None
    if not office and any(STATE_FORCES & {*s.actor.sectors} for s in sources):
        return None  # "police shot ...": a state's forces
    return "186" if fatal(verb) else "185"


__all__ = ["fatal", "shooting_code"]
