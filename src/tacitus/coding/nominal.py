"""Doers of events named by nouns inside another event's phrase.

"The Baloch rebels claimed responsibility for the hijacking of the train": the hijacking is an
event of its own (CAMEO codes both the claim, 015, and the deed), and whoever claims it is its
doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.coding.roles import subject
from tacitus.coding.tree import actors_at

if TYPE_CHECKING:
    from tacitus.models import ActorMention
    from tacitus.nlp.mirror import Token

CLAIM_NOUNS = frozenset({"responsibility", "credit"})
CLAIM_VERBS = frozenset({"claim", "take", "accept", "assume", "admit"})


def claimed_doers(noun: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """Who claimed responsibility for the deed a noun names ("claimed responsibility for the
    bombing"), or nobody."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.i == noun.i:
        return []
    claim = prep.head
    verb = claim.head
    if claim.lemma_.lower() not in CLAIM_NOUNS or verb.lemma_.lower() not in CLAIM_VERBS:
        return []
    subj, passive = subject(verb)
    if subj is None or passive:
        return []
    return actors_at(subj, mentions)


__all__ = ["claimed_doers"]
