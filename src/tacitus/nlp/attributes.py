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

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Check = Callable[[Any], bool]
Checks = list[tuple[int, Check]]  # (index into DYNAMIC, check)
# Attributes a rule may look at beyond a token's text and tag, read from the Doc's arrays
# before any rule applies (the ruler matches every rule first, then sets attributes).
DYNAMIC = ("DEP", "POS")
STATIC = {  # attributes that depend only on a token's text and tag: results can be cached
    "TAG": lambda text, tag: tag,
    "LOWER": lambda text, tag: text.lower(),
    "ORTH": lambda text, tag: text,
    "IS_SPACE": lambda text, tag: text.isspace(),
}
CACHE_LIMIT = 200_000


def _columns() -> tuple[int, ...]:
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    return (TAG, POS, MORPH, LEMMA, DEP)


def supports(ruler: Any) -> bool:
    """Does the ruler set only attributes the fast ruler writes (not NORM, extensions ...)?"""
    columns = _columns()
    return all(key in columns for attrs in ruler.attrs for key in attrs)


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


def _tags(spec: Any) -> list[str] | None:
    """The tags a TAG condition admits, or None when it does not list them."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and list(spec) == ["IN"]:
        return [str(t) for t in spec["IN"]]
    return None


class FastAttributeRuler:
    """Built from a loaded AttributeRuler; callable on a Doc like the original.

    For each distinct (text, tag, dependency, POS) of a token the single-token rules that hold
    are found once, and what they set is merged in rule order (later rules win) and cached.
    A Doc's attributes are read and written as arrays, so no Token object is made except for
    the few rules spanning several tokens, which still go through a (small) Matcher."""

    def __init__(self, nlp: Language, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.strings = nlp.vocab.strings
        self.attrs = [dict(a) for a in ruler.attrs]
        self.indices = list(ruler.indices)
        self.columns = list(_columns())  # what the rules may set (`supports` checked it)
        # Single-token alternatives: (rule, conditions on text/tag, conditions on dep/POS).
        self.singles: list[tuple[int, list[tuple[str, Any, Check]], Checks]] = []
        self.matcher = Matcher(nlp.vocab)
        self.multi = False
        self._cache: dict[tuple[int, int, int, int], dict[int, int]] = {}
        self._text_cache: dict[tuple[int, int], tuple[list[int], list[tuple[int, Checks]]]] = {}
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                split = self._single(pattern)
                if split is None:
                    self.matcher.add(str(rule), [pattern])
                    self.multi = True
                    continue
                self.singles.append((rule, *split))
        # The rules a tag can meet: those naming that tag (most do), and those naming none.
        self._by_tag: dict[str, list[int]] = {}
        anytag: list[int] = []
        for n, (_, static, _) in enumerate(self.singles):
            tags = _tags(next((spec for key, spec, _ in static if key == "TAG"), None))
            for tag in tags if tags is not None else ():
                self._by_tag.setdefault(tag, []).append(n)
            if tags is None:
                anytag.append(n)
        self._anytag = anytag

    @staticmethod
    def _single(
        pattern: list[dict[str, Any]],
    ) -> tuple[list[tuple[str, Any, Check]], Checks] | None:
        if len(pattern) != 1:
            return None
        static: list[tuple[str, Any, Check]] = []
        dynamic: Checks = []
        for key, spec in pattern[0].items():
            check = _check(spec)
            if check is None:
                return None
            if key in STATIC:
                static.append((key, spec, check))
            elif key in DYNAMIC:
                dynamic.append((DYNAMIC.index(key), check))
            else:
                return None
        return static, dynamic

    def _by_text(self, orth: int, tag: int) -> tuple[list[int], list[tuple[int, Checks]]]:
        """The single-token rules whose text and tag conditions hold for (orth, tag): those
        with no other condition, and those still to check against the dependency or POS."""
        key = (orth, tag)
        found = self._text_cache.get(key)
        if found is None:
            text, tag_ = self.strings[orth], self.strings[tag]
            found = ([], [])
            for n in sorted(self._by_tag.get(tag_, []) + self._anytag):
                rule, static, dynamic = self.singles[n]
                if all(check(STATIC[attr](text, tag_)) for attr, _, check in static):
                    if dynamic:
                        found[1].append((rule, dynamic))
                    else:
                        found[0].append(rule)
            if len(self._text_cache) >= CACHE_LIMIT:
                self._text_cache.clear()
            self._text_cache[key] = found
        return found

    def _holding(self, key: tuple[int, int, int, int]) -> list[int]:
        """The single-token rules holding for a token of (orth, tag, dep, pos)."""
        plain, dynamic = self._by_text(key[0], key[1])
        if not dynamic:
            return plain
        seen = (self.strings[key[2]], self.strings[key[3]])
        return plain + [r for r, checks in dynamic if all(check(seen[f]) for f, check in checks)]

    def _settings(self, key: tuple[int, int, int, int]) -> dict[int, int]:
        """What the single-token rules set on a token of (orth, tag, dep, pos), merged in
        rule order."""
        merged = self._cache.get(key)
        if merged is None:
            merged = self._merged(self._holding(key))
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = merged
        return merged

    def _merged(self, rules: list[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for rule in sorted(rules):
            out.update(self.attrs[rule])
        return out

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, ORTH, POS, TAG

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, TAG, DEP, POS, *self.columns]).tolist()
        multi: dict[int, list[int]] = {}  # token -> rules matched over several tokens
        if self.multi:
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                rule = int(self.strings[match_id])
                index = self.indices[rule]
                multi.setdefault(start + index if index >= 0 else end + index, []).append(rule)
        changed = False
        for i, row in enumerate(rows):
            key = (row[0], row[1], row[2], row[3])
            if i in multi:  # rule order decides, across single- and multi-token rules
                merged = self._merged(self._holding(key) + multi[i])
            else:
                merged = self._settings(key)
            if merged:
                changed = True
                for col, attr in enumerate(self.columns, start=4):
                    if attr in merged:
                        row[col] = merged[attr]
        if changed:
            for row in rows:
                del row[:4]
            doc.from_array(self.columns, numpy.array(rows, dtype="uint64"))  # type: ignore[arg-type]
        return doc


FACTORY = "tacitus_attributes"


def speed_up(nlp: Language) -> bool:
    """Swap the model's attribute ruler for the fast one; False when there is none, or when
    it sets attributes the fast one does not write (the model's own ruler then stays)."""
    if "attribute_ruler" not in nlp.pipe_names or not supports(nlp.get_pipe("attribute_ruler")):
        return False
    from tacitus.nlp.parse import replace_component

    replace_component(nlp, "attribute_ruler", FACTORY, FastAttributeRuler)
    return True
