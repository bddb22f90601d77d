"""Acronyms the model reads as verbs, parsed again.

The tagger and parser see a word's shape, prefix and suffix; an all-capital name whose last
letters look like an inflection or an auxiliary is read as one: "ECOWAS imposed sanctions"
makes ECOWAS a gerund at the root and "imposed" its adjective; "IGAD called for a ceasefire"
makes IGAD the auxiliary of a passive. The sentence then has no subject for its verb, and the
organisation's event is lost. (On three sentences each for 79 organisations and armed groups,
7 of 237 parses went wrong this way.)

`repaired` parses such a sentence again with those words written with one capital
("Ecowas"), which the model reads as a proper noun, and keeps from the first parse what the
case change would spoil: the named entities (the recogniser knows "IAEA" as an
organisation, "Iaea" as a person) and the words' lemmas. The new parse is kept only when its
tokens are the same and none of the words is misread again. The coder's copy of the parse
(`nlp.mirror`) takes its token texts from the article, so nothing downstream sees the case
change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
AUXILIARIES = frozenset({"aux", "auxpass"})
# A verb the misread acronym took as its modifier ("ECOWAS imposed": imposed/amod).
MODIFYING = frozenset({"amod", "acl", "relcl"})
FINITE_OR_PARTICIPLE = frozenset({"VBD", "VBN", "VBZ", "VBP"})
THREE_CAPITALS = re.compile(r"[A-Z]{3}")
MIN_LETTERS = 3  # "US", "UK", "EU" are read well; "WHO" is a pronoun tag, not a verb's


def _acronym(tok: Token) -> bool:
    text = tok.text
    return len(text) >= MIN_LETTERS and text.isalpha() and text.isupper()


def _misread(tok: Token) -> bool:
    if tok.tag_ in VERB_TAGS or tok.dep_ in AUXILIARIES:
        return True
    # the acronym at the root with the sentence's verb hanging on it as a modifier
    return tok.dep_ == "ROOT" and any(
        c.tag_ in FINITE_OR_PARTICIPLE and c.dep_ in MODIFYING for c in tok.children
    )


def misread(doc: Doc) -> list[int]:
    """Indexes of the all-capital words the parse reads as verbs or auxiliaries; none in a
    sentence written mostly in capitals (a headline: its words are real verbs too)."""
    if THREE_CAPITALS.search(doc.text) is None:  # most sentences: no token made
        return []
    capitals = [t for t in doc if len(t.text) > 1 and t.text.isalpha() and t.text.isupper()]
    if len(capitals) * 2 > sum(1 for t in doc if t.is_alpha):
        return []
    return [t.i for t in capitals if _acronym(t) and _misread(t)]


def repaired(nlp: Language, doc: Doc) -> Doc:
    """The Doc, or its parse again with the misread acronyms written with one capital."""
    bad = misread(doc)
    if not bad:
        return doc
    from spacy.tokens import Span

    text = doc.text
    for i in bad:
        tok = doc[i]
        text = text[: tok.idx] + tok.text.title() + text[tok.idx + len(tok.text) :]
    again = nlp(text)
    if [(t.idx, len(t.text)) for t in again] != [(t.idx, len(t.text)) for t in doc]:
        return doc
    if any(_misread(again[i]) for i in bad):
        return doc
    again.ents = [Span(again, e.start, e.end, label=e.label) for e in doc.ents]
    for i in bad:
        again[i].lemma_ = doc[i].text
    again.user_data.update(doc.user_data)
    return again
