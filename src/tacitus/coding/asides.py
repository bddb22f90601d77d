"""Political words that report no political event of the story's time.

Four classes of sentence carry an event's words without reporting one:

- an obituary's career summary: "X, who ended the Cold War, died on Tuesday aged 91" (what
  the dead did in their life, told in a clause on the subject of 'died' with an age);
- opinion figures: "62 percent of Britons oppose sending troops", "a poll found that most
  Canadians back the boycott" (what a share of a people thinks, not what a side did);
- commentary: "analysts at a think tank warn that a war would ...", "economists argue that
  the sanctions have cost Moscow little" (the commentators' words and the forecast or
  analysis they argue for);
- commemorations: "veterans gathered to remember the soldiers who landed in 1944" (a
  gathering to remember, not a protest).

`aside` names the class for `nonpolitical.not_political`, which shows it in `explain`. Each
rule looks at a few tokens around the trigger (its subjects, its heads up to the clause it
is in), never the whole tree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tacitus.coding.extract import Candidate
    from tacitus.nlp.mirror import Doc, Token

DEATH_VERBS = frozenset({"die", "pass"})
# Words of a share of a people: "62 percent of", "more than half of", "a majority of".
SHARE_NOUNS = frozenset(
    "percent per cent % majority minority half third quarter fifth share proportion".split()
)
# Who a poll counts: a people ("Russians", NORP) or these.
POLLED_NOUNS = frozenset(
    """people respondent adult citizen voter public population resident household
    american""".split()
)
POLL_NOUNS = frozenset("poll survey opinion-poll study".split())
POLL_VERBS = frozenset("find show suggest indicate reveal say".split())
# Those whose words are analysis and forecasts ("analysts warn", "economists argue").
COMMENTATORS = frozenset(
    """analyst economist expert historian researcher scholar academic commentator pundit
    observer strategist""".split()
)
# What commentators do with an argument: not "say" or "report", which can pass on a fact.
OPINION_VERBS = frozenset(
    """argue warn predict forecast estimate expect believe think suggest contend reckon
    caution fear calculate""".split()
)
REMEMBER_VERBS = frozenset("remember commemorate honour honor mark celebrate".split())
# Gatherings, not marches or rallies ("protesters marched to mark the anniversary of the
# crackdown" is a protest).
GATHER_VERBS = frozenset("gather assemble congregate meet".split())
PROTEST_NOUNS = frozenset("protester demonstrator activist marcher striker".split())
CLAUSE_DEPS = frozenset({"relcl", "appos", "acl"})
MAX_CLIMB = 8  # heads walked up from a trigger: clauses nest a few levels at most


def aside(doc: Doc, cand: Candidate) -> str | None:
    """Why the candidate reports no political event of the story's time, or None."""
    trigger = doc[cand.trigger]
    if _career_summary(trigger):
        return "an obituary's summary of a life, not an event ('died ... aged')"
    if (figure := _opinion_figure(trigger)) is not None:
        return f"opinion figures of a poll, not an act ('{figure}')"
    if (who := _commentary(doc, cand, trigger)) is not None:
        return f"analysis or forecast by commentators ('{who}')"
    if (why := _commemoration(trigger)) is not None:
        return f"a gathering to remember, not a protest ('{why}')"
    return None


def _heads(tok: Token) -> list[Token]:
    """The token and its heads up to the root (at most MAX_CLIMB)."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) <= MAX_CLIMB:
        out.append(out[-1].head)
    return out


def _aged(verb: Token) -> bool:
    """'died ... aged 91', 'died at the age of 100': an obituary's age."""
    doc = verb.doc
    after = doc[verb.i + 1 : verb.right_edge.i + 1]
    return any(
        t.lower_ == "aged" or (t.lower_ == "age" and t.i > 0 and doc[t.i - 2].lower_ == "at")
        for t in after
    )


def _career_summary(trigger: Token) -> bool:
    """The trigger is in a clause on the subject of 'died' that has an age."""
    clause = False
    for tok in _heads(trigger):
        if tok.dep_ in CLAUSE_DEPS:
            clause = True
        elif (
            clause
            and tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.head.lemma_.lower() in DEATH_VERBS
            and _aged(tok.head)
        ):
            return True
    return False


def _share_of_people(tok: Token) -> bool:
    """'62 percent of Russians', 'more than half of voters'."""
    if tok.lemma_.lower() not in SHARE_NOUNS:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (g.ent_type_ == "NORP" or g.lemma_.lower() in POLLED_NOUNS):
                    return True
    return False


def _opinion_figure(trigger: Token) -> str | None:
    """A share of a people as the doer, or the clause of what a poll found."""
    for c in trigger.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and _share_of_people(c):
            return str(c.text)
        if c.dep_ == "prep" and c.lower_ == "according":
            for g in c.subtree:
                if g.lemma_.lower() in POLL_NOUNS:
                    return str(g.text)
    for tok in _heads(trigger)[:4]:
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in POLL_VERBS:
            continue
        for s in tok.head.children:
            if s.dep_ == "nsubj" and s.lemma_.lower() in POLL_NOUNS:
                return str(s.text)
    return None


def _commentator(tok: Token) -> bool:
    return tok.lemma_.lower() in COMMENTATORS and tok.ent_type_ not in {"PERSON", "ORG"}


def _commentary(doc: Doc, cand: Candidate, trigger: Token) -> str | None:
    """Commentators arguing or warning, and what they argue in their clause."""
    if trigger.lemma_.lower() in OPINION_VERBS:
        # "analysts at the Crisis Group warn": the subject, whoever the source is taken to be
        for c in trigger.children:
            if c.dep_ == "nsubj" and _commentator(c):
                return str(c.text)
    for tok in _heads(trigger)[:5]:
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in OPINION_VERBS:
            continue
        for s in tok.head.children:
            if s.dep_ == "nsubj" and _commentator(s):
                return str(s.text)
    return None


def _commemoration(trigger: Token) -> str | None:
    """'gathered on the beach to remember the soldiers', 'marched to commemorate ...'."""
    if trigger.lemma_.lower() not in GATHER_VERBS or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in PROTEST_NOUNS for c in trigger.children
    ):
        return None
    for c in trigger.children:
        if (
            c.dep_ in {"xcomp", "advcl"}
            and c.lemma_.lower() in REMEMBER_VERBS
            and any(g.lower_ == "to" for g in c.children)
        ):
            return str(c.text)
    return None
