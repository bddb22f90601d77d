"""A faster stand-in for spaCy's attribute ruler, with the same rules and the same results.

The English models' `attribute_ruler` maps fine tags to coarse POS and morphology and fixes a
few hundred exceptions ("gets"/VBZ -> lemma "get", "n't" -> "not"). It runs every rule through
spaCy's Matcher, which costs about a fifth of the whole pipeline's time. Nearly all its rules
look at one token, so here they are evaluated with dictionary lookups keyed by the tag; the few
rules spanning several tokens still go through a (small) Matcher. Rules are applied in the
ruler's own order (later rules win), so every token ends with the attributes the ruler would
give it (tests/nlp/test_attributes.py compares the two on real text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

Check = Callable[[Any], bool]
Checks = list[tuple[Callable[["Token"], Any], Check]]
DYNAMIC: dict[str, Callable[[Token], Any]] = {  # attributes checked on each token
    "DEP": lambda t: t.dep_,
    "POS": lambda t: t.pos_,
}


def _check(spec: Any) -> Check | None:
    """A predicate for one token attribute's value spec, or None when unsupported."""
    if isinstance(spec, str | bool | int):
        return lambda v: v == spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda v: bool(rx.search(v))
    return None


STATIC = {  # attributes that depend only on a token's text and tag: results can be cached
    "TAG": lambda text, tag: tag,
    "LOWER": lambda text, tag: text.lower(),
    "ORTH": lambda text, tag: text,
    "IS_SPACE": lambda text, tag: text.isspace(),
}
CACHE_LIMIT = 200_000


class FastAttributeRuler:
    """Built from a loaded AttributeRuler; callable on a Doc like the original.

    For each distinct (text, tag) the single-token rules whose text/tag conditions hold are
    found once and cached; per token only the rest (the dependency label, for a few rules) is
    checked."""

    def __init__(self, nlp: Language, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        # Single-token alternatives: (rule, conditions on text/tag, conditions on the rest).
        self.singles: list[tuple[int, list[tuple[str, Check]], Checks]] = []
        self.matcher = Matcher(nlp.vocab)
        self.multi = False
        self._cache: dict[tuple[str, str], tuple[tuple[int, Checks], ...]] = {}
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                split = self._single(pattern)
                if split is None:
                    self.matcher.add(str(rule), [pattern])
                    self.multi = True
                    continue
                self.singles.append((rule, *split))

    @staticmethod
    def _single(pattern: list[dict[str, Any]]) -> tuple[list[tuple[str, Check]], Checks] | None:
        if len(pattern) != 1:
            return None
        static: list[tuple[str, Check]] = []
        dynamic: Checks = []
        for key, spec in pattern[0].items():
            check = _check(spec)
            if check is None:
                return None
            if key in STATIC:
                static.append((key, check))
            elif key in DYNAMIC:
                dynamic.append((DYNAMIC[key], check))
            else:
                return None
        return static, dynamic

    def _rules_for(self, text: str, tag: str) -> tuple[tuple[int, Checks], ...]:
        key = (text, tag)
        found = self._cache.get(key)
        if found is None:
            found = tuple(
                (rule, dynamic)
                for rule, static, dynamic in self.singles
                if all(check(STATIC[attr](text, tag)) for attr, check in static)
            )
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        hits: list[tuple[int, int, int]] = []  # (rule, start, end)
        for token in doc:
            for rule, dynamic in self._rules_for(token.text, token.tag_):
                if not dynamic or all(check(field(token)) for field, check in dynamic):
                    hits.append((rule, token.i, token.i + 1))
        if self.multi:
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                hits.append((int(doc.vocab.strings[match_id]), start, end))
        hits.sort()
        for rule, start, end in hits:
            # a one-token match is its own target: no span to build
            token = doc[start] if end - start == 1 else doc[start:end][self.indices[rule]]
            set_token_attrs(token, self.attrs[rule])
        return doc


FACTORY = "tacitus_attributes"


def speed_up(nlp: Language) -> bool:
    """Swap the model's attribute ruler for the fast one; False when there is none."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    from tacitus.nlp.parse import replace_component

    replace_component(nlp, "attribute_ruler", FACTORY, FastAttributeRuler)
    return True
