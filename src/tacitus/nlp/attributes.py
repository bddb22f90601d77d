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
FIELDS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.text,
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


def _keys(token_pattern: dict[str, Any]) -> list[tuple[str, str]]:
    for attr, kind in (("LOWER", "L"), ("TAG", "T")):
        spec = token_pattern.get(attr)
        if isinstance(spec, str):
            return [(kind, spec)]
        if isinstance(spec, dict) and list(spec) == ["IN"]:
            return [(kind, v) for v in spec["IN"]]
    return []


class FastAttributeRuler:
    """Built from a loaded AttributeRuler; callable on a Doc like the original."""

    def __init__(self, nlp: Language, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        # Single-token alternatives, indexed by their most selective equality (the lower-case
        # form, else the tag); the few with neither are checked on every token.
        self.by_key: dict[tuple[str, str], list[tuple[int, Checks]]] = {}
        self.generic: list[tuple[int, Checks]] = []
        self.matcher = Matcher(nlp.vocab)
        self.multi = False
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                checks = self._single(pattern)
                if checks is None:
                    self.matcher.add(str(rule), [pattern])
                    self.multi = True
                    continue
                keys = _keys(pattern[0])
                for key in keys:
                    self.by_key.setdefault(key, []).append((rule, checks))
                if not keys:
                    self.generic.append((rule, checks))

    @staticmethod
    def _single(pattern: list[dict[str, Any]]) -> Checks | None:
        if len(pattern) != 1:
            return None
        checks = []
        for key, spec in pattern[0].items():
            field = FIELDS.get(key)
            check = _check(spec)
            if field is None or check is None:
                return None
            checks.append((field, check))
        return checks

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        hits: list[tuple[int, int, int]] = []  # (rule, start, end)
        by_key, generic = self.by_key, self.generic
        for token in doc:
            lower = by_key.get(("L", token.lower_), ())
            tag = by_key.get(("T", token.tag_), ())
            for rules in (lower, tag, generic):
                for rule, checks in rules:
                    if all(check(field(token)) for field, check in checks):
                        hits.append((rule, token.i, token.i + 1))
        if self.multi:
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                hits.append((int(doc.vocab.strings[match_id]), start, end))
        hits.sort()
        for rule, start, end in hits:
            set_token_attrs(doc[start:end][self.indices[rule]], self.attrs[rule])
        return doc


FACTORY = "tacitus_attributes"


def speed_up(nlp: Language) -> bool:
    """Swap the model's attribute ruler for the fast one; False when there is none."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    from spacy.language import Language

    if FACTORY not in Language.factories:

        @Language.factory(FACTORY)
        def _make(nlp: Language, name: str) -> FastAttributeRuler:
            return FastAttributeRuler(nlp, nlp.get_pipe("attribute_ruler"))

    nlp.add_pipe(FACTORY, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return True
