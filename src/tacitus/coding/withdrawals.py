"""Which CAMEO code a withdrawal is, by who withdraws and from what.

The withdrawal triggers are coded 0874 (retreat or surrender militarily) by default. CAMEO
keeps that code for armed forces leaving ground; two other readings are told by the actors:

- a state leaving an organisation ("Mali announced its withdrawal from ECOWAS", "threatened
  to pull out of NATO") reduces relations with it (161), whatever the verb;
- an international mission leaving a country ("MINUSMA completed its withdrawal from
  Mali") is a withdrawal of peacekeepers (1661); with no country named it stays 0874, as
  CAMEO 166 needs the country left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.models import ActorMention

RETREAT = "0874"
# Sectors of armed actors, whose withdrawal stays a military retreat.
ARMED = frozenset({"MIL", "REB", "INS", "UAF", "SPY", "COP"})


def _organisation(m: ActorMention) -> bool:
    return m.actor.kind == "igo" or (m.actor.country or "").startswith("IGO")


def withdrawal_code(
    cameo: str, sources: list[ActorMention], targets: list[ActorMention]
) -> str | None:
    """The code of a military-retreat candidate read from its actors, or None to keep it."""
    if cameo != RETREAT or not sources:
        return None
    if targets and all(_organisation(g) for g in targets):
        if not any(ARMED & {*s.actor.sectors} for s in sources):
            return "161"  # leaving an organisation
        return None
    if targets and all(_organisation(s) and "MIL" in s.actor.sectors for s in sources):
        return "1661"  # a peacekeeping mission leaving a country
    return None


__all__ = ["withdrawal_code"]
