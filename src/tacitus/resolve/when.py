"""Which temporal expression dates an event: the one attached to the trigger's clause, else the
one attached to the verb that reports it ("..., the ministry reported on October 25"), else the
publication date (marked as such)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from tacitus.resolve.dates import ResolvedDate, resolve_date

if TYPE_CHECKING:
    from tacitus.nlp.mirror import Span, Token
    from tacitus.nlp.parse import ParsedSentence

REPORTING = frozenset(
    """say report announce tell state add claim confirm note write quote reveal disclose
    declare inform explain indicate insist stress""".split()
)
TIME_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class EventDate:
    date: date | None
    precision: str
    source: str  # text | publication | none
    span: tuple[int, int] | None  # character span in the article
    future: bool = False


def _clause_head(tok: Token, stop: set[int]) -> Token:
    """Climb from a date expression to the first verb or trigger that governs it."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.i in stop or node.pos_ in {"VERB", "AUX"}:
            return node
    return node


def _dates(sent: ParsedSentence, stop: set[int]) -> list[tuple[Span, Token]]:
    out = []
    for ent in sent.doc.ents:
        if ent.label_ in TIME_LABELS:
            out.append((ent, _clause_head(ent.root, stop)))
    return out


def _ancestors(tok: Token) -> list[int]:
    out = []
    node = tok
    while node.head.i != node.i:
        node = node.head
        out.append(node.i)
    return out


def event_date(
    sent: ParsedSentence,
    trigger: int,
    anchor: int,
    published: date | None,
    tense: str = "past",
) -> EventDate:
    doc = sent.doc
    stop = {trigger, anchor}
    noun = doc[trigger]
    if noun.pos_ in {"NOUN", "PROPN"}:
        # "Cooperation ... began in 1992", "the ceasefire agreed in November 2020": the verb
        # that the event noun is the subject or object of, or that describes it, dates it.
        if noun.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and noun.head.pos_ == "VERB":
            stop.add(noun.head.i)
        stop.update(c.i for c in noun.children if c.dep_ in {"acl", "relcl"})
    found = _dates(sent, stop)
    own = [(ent, head) for ent, head in found if head.i in stop]
    ancestors = _ancestors(doc[anchor])
    reported = [
        (ent, head)
        for ent, head in found
        if head.i in ancestors and head.lemma_.lower() in REPORTING
    ]
    if published is not None:
        for group in (own, reported):
            # The expression nearest to the trigger first.
            for ent, _ in sorted(group, key=lambda eh: abs(eh[0].root.i - trigger)):
                resolved: ResolvedDate | None = resolve_date(ent.text, published, tense=tense)
                if resolved is not None:
                    span = (sent.char(ent.start), sent.char_end(ent.end - 1))
                    return EventDate(
                        resolved.date, resolved.precision, "text", span, resolved.future
                    )
        return EventDate(published, "day", "publication", None)
    return EventDate(None, "none", "none", None)
