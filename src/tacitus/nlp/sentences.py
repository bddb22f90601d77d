"""A fast rule-based sentence splitter that keeps character offsets.

spaCy's parser also splits sentences, but we split first so that only sentences that can hold
an event are parsed at all. Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words whose trailing period does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev st mt ft no nos vs
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp jr sr etc al approx dept est
    fig univ assn bros pres u.s u.n u.k e.u i.e e.g a.m p.m""".split()
)
BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*\S)")


def _ends_with_abbreviation(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    token = words[-1].rstrip(".!?\"'”’)]").lower()
    if token in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return True  # "Gen.", "U.S."
    # A single initial after a capitalised word ("John F. Kennedy"), not "met B."
    return len(token) == 1 and token.isalpha() and len(words) > 1 and words[-2][:1].isupper()


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character offsets of the sentences of `text`, whitespace trimmed."""
    pos = 0
    for para in PARAGRAPH.split(text):
        start = text.find(para, pos) if para else pos
        pos = start + len(para)
        begin = start
        for m in BOUNDARY.finditer(para):
            end = start + m.start() + len(m.group(0).rstrip())
            if _ends_with_abbreviation(text[begin : start + m.start() + 1]):
                continue
            yield from _trim(text, begin, end)
            begin = start + m.end()
        yield from _trim(text, begin, start + len(para))


def _trim(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
