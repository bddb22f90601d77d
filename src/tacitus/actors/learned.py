"""Actors learned from text: people the curated dictionaries do not know, named next to a role
and a nationality ("Azerbaijani Defence Minister Zakir Hasanov", "X, Georgia's defence
minister"). The actor stage records them here so that later articles can resolve a bare
"Hasanov" or "Zakir Hasanov". The registry is owned by whoever codes (a `Pipeline`); the store
persists it and people review entries: `pending` and `accepted` ones are used, `rejected` ones
are kept (so they are not learned again) but never used. Curated dictionaries always win.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from tacitus.errors import TacitusError

STATUSES = ("pending", "accepted", "rejected")


def name_key(text: str) -> str:
    """The form names are compared in: case, spacing and a possessive "'s" do not matter."""
    words = text.replace("\u2019", "'").split()
    if words and words[-1].lower().endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(words).lower()


@dataclass(frozen=True, slots=True)
class LearnedActor:
    """A person coded from a role phrase in one article's sentence."""

    name: str
    country: str | None
    sectors: tuple[str, ...]
    role: str | None
    first_seen: date | None
    article_id: str
    sentence: str
    status: str = "pending"  # pending | accepted | rejected

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise TacitusError(
                f"learned actor '{self.name}' has status '{self.status}'; "
                f"use one of {', '.join(STATUSES)}"
            )
        if not self.name.strip():
            raise TacitusError("a learned actor needs a name")

    @property
    def usable(self) -> bool:
        return self.status != "rejected"

    @property
    def surname(self) -> str:
        return name_key(self.name).split()[-1]


class LearnedActors:
    """People learned from text, by name. One entry per name: the first sighting is kept."""

    def __init__(self, actors: Iterable[LearnedActor] = ()) -> None:
        self._by_name: dict[str, LearnedActor] = {}
        self._by_surname: dict[str, list[LearnedActor]] = {}
        self.load(actors)

    def __len__(self) -> int:
        return len(self._by_name)

    def __iter__(self) -> Iterator[LearnedActor]:
        return iter(list(self._by_name.values()))

    def _put(self, actor: LearnedActor) -> None:
        key = name_key(actor.name)
        old = self._by_name.get(key)
        if old is not None:
            self._by_surname[old.surname].remove(old)
        self._by_name[key] = actor
        self._by_surname.setdefault(actor.surname, []).append(actor)

    def add(self, actor: LearnedActor) -> bool:
        """Record a sighting; True when the name was not known (rejected names count as
        known: a reviewer's rejection is not undone by seeing the name again)."""
        if name_key(actor.name) in self._by_name:
            return False
        self._put(actor)
        return True

    def load(self, actors: Iterable[LearnedActor]) -> None:
        """Load entries (from the store): they replace entries of the same name, so reviewed
        statuses win over what was learned in this process."""
        for actor in actors:
            self._put(actor)

    def lookup(self, text: str) -> LearnedActor | None:
        """The usable entry for a full name, or for a bare surname that only one usable entry
        has (an ambiguous surname resolves to nothing)."""
        key = name_key(text)
        if not key:
            return None
        found = self._by_name.get(key)
        if found is not None:
            return found if found.usable else None
        if " " in key:
            return None
        usable = [a for a in self._by_surname.get(key, []) if a.usable]
        return usable[0] if len(usable) == 1 else None

    def knows(self, word: str) -> bool:
        """Whether a word is the surname (or single name) of a usable entry."""
        return any(a.usable for a in self._by_surname.get(name_key(word), []))
