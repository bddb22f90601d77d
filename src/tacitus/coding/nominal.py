"""Events told inside another event's sentence that are events of their own.

- "The Baloch rebels claimed responsibility for the hijacking of the train": the hijacking is
  an event of its own (CAMEO codes both the claim, 015, and the deed), and whoever claims it is
  its doer.
- "Belarus frees 52 prisoners as US envoy visits Minsk": in a headline, an "as"/"while" clause
  whose own subject is another country's actor tells a second event, not a part of the first.
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


CONCURRENT_MARKS = frozenset({"as", "while", "whilst"})
# Headlines tell two events in the present ("frees ... as envoy visits"); in the past tense
# of body text an "as" clause is mostly background to the lead event.
HEADLINE_TENSES = frozenset({"VBZ", "VBP"})


def concurrent_clause(verb: Token, mentions: dict[int, list[ActorMention]]) -> bool:
    """A present-tense "as"/"while" clause with its own named subject, of a country none of
    the main clause's subject is of ("frees prisoners as US envoy visits Minsk")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.tag_ not in HEADLINE_TENSES:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in CONCURRENT_MARKS for c in verb.children):
        return False
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None or own.pos_ == "PRON":
        return False
    main, _ = subject(verb.head)
    if main is None:
        return False
    theirs = {m.actor.country for m in actors_at(own, mentions)}
    ours = {m.actor.country for m in actors_at(main, mentions)}
    return bool(theirs and ours) and None not in theirs | ours and not theirs & ours


__all__ = ["claimed_doers", "concurrent_clause"]
