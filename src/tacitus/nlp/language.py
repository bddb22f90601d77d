"""Is this English? A cheap check on function words and script, enough to keep French, Russian
or Arabic articles from being coded by an English model into false events."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
ASCII_LETTERS = re.compile(r"[A-Za-z]+")
NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# Frequent English function words that are rare as words in other languages.
ENGLISH = frozenset(
    """the of and to is was that for with as by at from it its he she they his her their
    this which who were have has had been be are not but or said will would than after
    about into over also more other when there what these those could should in on""".split()
)
# The same for French, Spanish, Portuguese, German, Italian and Dutch.
FOREIGN = frozenset(
    """le la les des du et est une dans sur avec pour qui que pas aux elle ils sont
    el los las y por con para del una como más pero
    das dos um uma não com
    der und ist nicht mit von zu dem sich auf für eine über auch bei nach wird wurde zum zur
    di che della delle nel sono gli
    het een niet voor zijn""".split()
)


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    words: int
    english: float  # share of English function words
    foreign: float  # share of other languages' function words
    latin: float  # share of letters in the Latin script

    @property
    def english_like(self) -> bool:
        if self.words < 8:
            return True  # too short to tell
        if self.latin < 0.5:
            return False  # Cyrillic, Arabic, Chinese ...
        foreign_words = round(self.foreign * self.words)
        if foreign_words >= 3 and self.foreign > 0.1 and self.foreign > 2 * self.english:
            return False
        return self.words < 40 or self.english >= 0.05

    def reason(self) -> str:
        return (
            f"the text does not look like English ({self.english:.0%} English and "
            f"{self.foreign:.0%} other languages' function words in {self.words} words, "
            f"{self.latin:.0%} Latin letters)"
        )


def guess(text: str, sample_words: int = 400) -> LanguageGuess:
    sample = text[:20_000]
    words = WORD.findall(sample)[:sample_words]
    latin = _latin_share(sample)
    if not words:
        return LanguageGuess(0, 0.0, 0.0, latin)
    lower = [w.lower() for w in words]
    english = sum(1 for w in lower if w in ENGLISH) / len(words)
    foreign = sum(1 for w in lower if w in FOREIGN and w not in ENGLISH) / len(words)
    return LanguageGuess(len(words), english, foreign, latin)


def _latin_share(sample: str) -> float:
    """The share of letters in the Latin script (below U+0250); 1.0 without letters. ASCII
    letters are counted by one expression and only the other characters one by one."""
    ascii_letters = sum(map(len, ASCII_LETTERS.findall(sample)))
    others = [ch for ch in NOT_ASCII.findall(sample) if ch.isalpha()]
    if not others:
        return 1.0
    latin = ascii_letters + sum(1 for ch in others if ch < "\u0250")
    return latin / (ascii_letters + len(others))


def looks_english(text: str) -> bool:
    return guess(text).english_like
