"""The trigger half of the pre-filter: can any trigger pattern match in this raw sentence?

A pattern matches only when its trigger word and the words its constraints name (objects,
modifiers, complements, dependents, particles: "call +{ceasefire} for") are all in the
sentence, so the pre-filter asks exactly that of the raw words, before any parsing. Every
lemma is expanded to the surface forms it may take (`forms.inflections`) and every
multi-word or hyphenated constraint to its parts, so the test only ever errs on the side of
parsing: a sentence it rejects cannot give an event, one it accepts may still give none.
A light verb ("held talks") needs its event noun, which is a trigger in its own right. A
reporting verb with "must", "should" or "ought" may report a demand on another actor
("said Russia must ensure ...", coded without a pattern: `extract._reported_obligations`),
and a bare drill noun needs a light verb ("the army began drills": `extract._drills`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tacitus.coding.dictionary import Pattern, TriggerDictionary
from tacitus.coding.extract import DRILL_NOUNS, OBLIGATION_AUX
from tacitus.coding.forms import inflections
from tacitus.coding.modality import REPORTING

WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
PARTS = re.compile(r"[-\s]+")

Requirement = tuple[frozenset[str], ...]  # each group needs one of its words in the sentence


def _group(words: Iterable[str], irregular: dict[str, set[str]]) -> frozenset[str]:
    out: set[str] = set()
    for word in words:
        for part in (word, *PARTS.split(word)):
            if part:
                out.update(inflections(part))
                out.update(irregular.get(part, ()))
    return frozenset(out)


def _requirement(pattern: Pattern, irregular: dict[str, set[str]]) -> Requirement:
    groups = pattern.objects + pattern.modifiers + pattern.complements + pattern.dependents
    return tuple(_group(g, irregular) for g in groups) + tuple(
        frozenset([p]) for p in pattern.particles
    )


@dataclass(frozen=True, slots=True)
class TriggerWords:
    """Surface forms of trigger words: those with a pattern free of constraints (`free`), and
    the others with what each of their patterns needs besides the word (`needs`)."""

    free: frozenset[str]
    needs: dict[str, tuple[Requirement, ...]]

    @classmethod
    def build(
        cls, triggers: TriggerDictionary, irregular: dict[str, set[str]] | None = None
    ) -> TriggerWords:
        """`irregular` adds surface forms of lemmas that `inflections` does not know (the
        parser's own lemmatizer exceptions: "blew" for 'blow')."""
        irregular = irregular or {}
        needs: dict[str, set[Requirement]] = {}
        for (_, lemma), patterns in triggers.patterns.items():
            wanted = {_requirement(p, irregular) for p in patterns}
            for form in (*inflections(lemma), *irregular.get(lemma, ())):
                needs.setdefault(form, set()).update(wanted)
        obliged: Requirement = (frozenset(OBLIGATION_AUX),)
        for lemma in REPORTING:
            for form in (*inflections(lemma), *irregular.get(lemma, ())):
                needs.setdefault(form, set()).add(obliged)
        # bare drills told by a light verb ("the army began drills": `extract._drills`)
        held: Requirement = (_group(triggers.light, irregular),)
        for lemma in DRILL_NOUNS:
            for form in inflections(lemma):
                needs.setdefault(form, set()).add(held)
        free = frozenset(form for form, reqs in needs.items() if () in reqs)
        return cls(
            free,
            {form: tuple(reqs) for form, reqs in needs.items() if form not in free},
        )

    @staticmethod
    def words(found: Iterable[str]) -> set[str]:
        """The lower-case forms of a sentence's words (`WORD.findall`), hyphenated ones also
        split into their parts."""
        out: set[str] = set()
        for raw in found:
            word = raw.lower().strip("'-")
            out.add(word)
            if "-" in word:
                out.update(p for p in word.split("-") if p)
        return out

    def may_match(self, words: set[str]) -> bool:
        """Could some trigger pattern match in a sentence made of these words?"""
        for word in words:
            for form in (word, word[2:]) if word.startswith("re") else (word,):
                if form in self.free:
                    return True  # "reimposed": the repeated action of a trigger
                for groups in self.needs.get(form, ()):
                    if all(not group.isdisjoint(words) for group in groups):
                        return True
        return False


__all__ = ["TriggerWords"]
