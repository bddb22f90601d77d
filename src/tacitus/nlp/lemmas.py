"""A cache in front of spaCy's rule lemmatizer, with the same results.

spaCy's rule lemmatizer already memoises its rules by (word, POS, morphology), but every token
still pays a Python method call chain and a string-store write; here a Doc's words, tags and
morphology are read as one array, and a token whose key was seen before gets its lemma id
straight from a dictionary. Misses go to the model's own lemmatizer,
so every lemma is the one it would give (tests/nlp/test_attributes.py compares the two).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FACTORY = "tacitus_lemmatizer"
CACHE_LIMIT = 500_000


class CachedLemmatizer:
    def __init__(self, nlp: Language, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = nlp.vocab.strings
        self.overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        cache, overwrite = self._cache, self.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = cache.get(key)
                if lemma is None:  # a Token only for what the cache has not seen
                    lemma = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                    if len(cache) >= CACHE_LIMIT:
                        cache.clear()
                    cache[key] = lemma
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))  # type: ignore[arg-type]
        return doc


def speed_up(nlp: Language) -> bool:
    """Put the cache in front of the model's rule lemmatizer; False when there is none."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    if getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return False
    from tacitus.nlp.parse import replace_component

    replace_component(nlp, "lemmatizer", FACTORY, CachedLemmatizer)
    return True


def irregular_forms(nlp: Language) -> dict[str, set[str]]:
    """Surface forms of each lemma that the model's lemmatizer lists as exceptions ("blew" for
    'blow', "crises" for 'crisis'), from its own tables; empty when it has none."""
    name = FACTORY if FACTORY in nlp.pipe_names else "lemmatizer"
    if name not in nlp.pipe_names:
        return {}
    component = nlp.get_pipe(name)
    lemmatizer = getattr(component, "lemmatizer", component)
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    out: dict[str, set[str]] = {}
    table = lookups.get_table("lemma_exc")
    for pos in ("verb", "noun", "adj"):
        for form, lemmas in (table.get(pos) or {}).items():
            for lemma in lemmas:
                out.setdefault(lemma, set()).add(form)
    return out
