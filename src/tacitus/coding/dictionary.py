"""The trigger dictionary (verb/noun patterns) and the CAMEO table.

Formats in docs/dictionaries.md. A pattern is the trigger lemma plus constraints on its
dependents; `Pattern.matches` checks them against a parsed token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tacitus.errors import DictionaryError
from tacitus.tables import Row, read_rows

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words read as a preposition or particle in a pattern (anything else is an error unless it
# is prefixed with + ~ or >).
PARTICLES = frozenset(
    """about above across after against along among around as at away back before behind below
    between by down for from in inside into near of off on onto out outside over past since
    through throughout to toward towards under until up upon with within without forward
    forwards ahead apart aside together home abroad beyond alongside amid amidst despite like
    per via versus onward onwards backward backwards next""".split()
)
KINDS = frozenset({"verb", "noun", "adj", "light"})
FLAGS = frozenset({"recip", "swap", "notarget"})
QUAD = {
    **dict.fromkeys(["01", "02", "03", "04", "05"], 1),
    **dict.fromkeys(["06", "07", "08"], 2),
    **dict.fromkeys(["09", "10", "11", "12", "13"], 3),
    **dict.fromkeys(["14", "15", "16", "17", "18", "19", "20"], 4),
}
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
MODIFIER_DEPS = frozenset({"amod", "compound", "advmod", "nmod", "npadvmod", "acomp", "nummod"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "conj"})
# Nouns that measure or group their "of" object: "25,000 tons of aid", "10 days of war games",
# "a team of inspectors".
MEASURE_NOUNS = frozenset(
    """ton tonne kilogram kg day week month year round series wave number dozen hundred thousand
    million billion amount lot batch shipment consignment package kind type set part bit worth
    total volume quantity cargo load team mission contingent group""".split()
)


def content_object(tok: Token) -> Token:
    """The noun that carries the meaning of an object: through measure nouns to their "of"."""
    for _ in range(2):
        if tok.lemma_.lower() not in MEASURE_NOUNS and tok.pos_ != "NUM":
            return tok
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return tok
        tok = pobj
    return tok


def hyphenated(tok: Token) -> str | None:
    """The lower-case hyphenated word a token ends ("cease-fire" for 'fire', which spaCy
    splits into 'cease', '-', 'fire'), or None."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in {"-", "‑"}:
        return None
    left, dash = doc[tok.i - 2], doc[tok.i - 1]
    if left.whitespace_ or dash.whitespace_:
        return None
    return f"{left.lower_}-{tok.lemma_.lower()}"


def verb_lemmas(tok: Token) -> list[str]:
    """The token's lemma, then the base forms its inflection suggests, for the verbs the
    lemmatiser gets wrong ("staged" -> 'stag'): tried only when the lemma is unknown."""
    lemma = tok.lemma_.lower()
    word = tok.lower_
    out = [lemma]
    if not tok.tag_.startswith("VB") or word == lemma:
        return out
    stems: list[str] = []
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            stems += [stem + "e", stem] if suffix != "s" else [stem]
            if suffix == "ed" and stem.endswith("i"):
                stems.append(stem[:-1] + "y")  # carried -> carry
            if len(stem) > 2 and stem[-1] == stem[-2] and suffix in {"ing", "ed"}:
                stems.append(stem[:-1])  # stopped -> stop
            break
    return out + [s for s in stems if s != lemma]


def _forms(tok: Token) -> set[str]:
    """The lemma of a token and, for the end of a hyphenated word, the whole word."""
    joined = hyphenated(tok)
    return {tok.lemma_.lower(), joined} if joined else {tok.lemma_.lower()}


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str | None
    mode: str | None
    contexts: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return QUAD[self.root]


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str
    lemma: str
    particles: tuple[str, ...]
    objects: tuple[frozenset[str], ...]
    modifiers: tuple[frozenset[str], ...]
    complements: tuple[frozenset[str], ...]
    dependents: tuple[frozenset[str], ...]
    cameo: str
    flags: frozenset[str]
    origin: str  # file:line
    text: str  # the pattern as written

    @property
    def specificity(self) -> int:
        return (
            len(self.particles)
            + len(self.objects)
            + len(self.modifiers)
            + len(self.complements)
            + len(self.dependents)
        )

    def matches(self, tok: Token) -> bool:
        """Do the trigger token's dependents satisfy every constraint of this pattern?"""
        children = list(tok.children)
        if self.particles:
            words = {c.lower_ for c in children if c.dep_ in {"prt", "prep", "agent", "dative"}}
            # "open fire on" and "call on" often attach the preposition to the object.
            for c in children:
                if c.dep_ in OBJECT_DEPS:
                    words.update(g.lower_ for g in c.children if g.dep_ == "prep")
            if not all(p in words for p in self.particles):
                return False
        if self.objects:
            if tok.pos_ == "VERB":
                objs = {c.lemma_.lower() for c in children if c.dep_ in OBJECT_DEPS}
                for c in children:
                    if c.dep_ in OBJECT_DEPS:
                        inner = content_object(c)
                        objs |= _forms(inner) | _forms(c)
                        objs |= {
                            g.lemma_.lower()
                            for g in inner.children
                            if g.dep_ in {"compound", "amod"}
                        }
                objs |= {
                    g.lemma_.lower()
                    for c in children
                    if c.dep_ in OBJECT_DEPS
                    for g in c.children
                    if g.dep_ == "compound"
                }
                if tok.dep_ == "relcl" or tok.dep_ == "acl":
                    objs.add(tok.head.lemma_.lower())
                # "call for a ceasefire", "accuse of corruption": the object of the
                # pattern's preposition
                objs |= {
                    form
                    for c in children
                    if c.dep_ == "prep" and c.lower_ in self.particles
                    for g in c.children
                    if g.dep_ == "pobj"
                    for form in _forms(g)
                }
            else:
                objs = {
                    form
                    for c in children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj"
                    for form in _forms(g)
                }
            if not all(group & objs for group in self.objects):
                return False
        if self.modifiers:
            mods = {c.lemma_.lower() for c in children if c.dep_ in MODIFIER_DEPS}
            mods |= {c.lower_ for c in children if c.dep_ in MODIFIER_DEPS}
            if not all(group & mods for group in self.modifiers):
                return False
        if self.dependents:
            words = {c.lemma_.lower() for c in children} | {c.lower_ for c in children}
            if not all(group & words for group in self.dependents):
                return False
        if self.complements:
            comps = {c.lemma_.lower() for c in children if c.dep_ in COMPLEMENT_DEPS}
            for c in children:  # "accused X of attacking": the verb under a preposition
                if c.dep_ == "prep":
                    comps.update(g.lemma_.lower() for g in c.children if g.dep_ == "pcomp")
            if not all(group & comps for group in self.complements):
                return False
        return True


def _object_words(tok: Token) -> dict[str, int]:
    """Words naming a verb's objects, with how well each names the object's kind: a compound
    modifier refines it (3: "peacekeeping force"), the head names it (2), any other modifier
    merely describes it (1: "a planned visit")."""
    out: dict[str, int] = {}
    for c in tok.children:
        if c.dep_ not in OBJECT_DEPS:
            continue
        inner = content_object(c)
        for g in inner.children:
            if g.dep_ == "compound" or (g.dep_ == "amod" and not g.tag_.startswith("VB")):
                out[g.lemma_.lower()] = max(out.get(g.lemma_.lower(), 0), 3)
            elif g.dep_ == "amod":
                out.setdefault(g.lemma_.lower(), 1)
        for head in (inner, c):
            for form in _forms(head):
                out[form] = max(out.get(form, 0), 2)
    return out


def _object_quality(pattern: Pattern, words: dict[str, int]) -> int:
    return min((max((words.get(w, 0) for w in g), default=0) for g in pattern.objects), default=0)


def _refines(new: Pattern, old: Pattern, tok: Token) -> bool:
    """Between two matching patterns of equal specificity: content beats a bare preposition
    ("withdraw +{peacekeeper}" over "withdraw from"), and the pattern whose object words name
    the object's kind better wins ("peacekeeping force" is a kind of force; "planned" in
    "a planned visit" names no kind)."""
    content_new = len(new.objects) + len(new.modifiers) + len(new.complements)
    content_old = len(old.objects) + len(old.modifiers) + len(old.complements)
    if content_new != content_old:
        return content_new > content_old
    if new.objects and old.objects and tok.pos_ == "VERB":
        words = _object_words(tok)
        return _object_quality(new, words) > _object_quality(old, words)
    return False


@dataclass(frozen=True, slots=True)
class TriggerDictionary:
    patterns: dict[tuple[str, str], tuple[Pattern, ...]]  # (kind, lemma) -> most specific first
    light: frozenset[str]
    cameo: dict[str, CameoCode]

    def for_token(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        return self.patterns.get((kind, lemma), ())

    def best(self, kind: str, tok: Token) -> Pattern | None:
        lemma = tok.lemma_.lower()
        patterns = self.for_token(kind, lemma)
        if not patterns and kind == "verb":
            for form in verb_lemmas(tok)[1:]:
                patterns = self.for_token(kind, form)
                if patterns:
                    break
        joined = hyphenated(tok)
        if joined and self.for_token(kind, joined):
            patterns = self.for_token(kind, joined)  # "cease-fire": the whole word's patterns
        if not patterns and lemma.startswith("re") and len(lemma) > 5:
            # "reimposed", "reopened", "re-established": the repeated action
            patterns = self.for_token(kind, lemma[2:].lstrip("-"))
        matched = None
        for pattern in patterns:
            if matched is not None and pattern.specificity < matched.specificity:
                break
            if pattern.matches(tok) and (matched is None or _refines(pattern, matched, tok)):
                matched = pattern
        return matched

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(lemma for _, lemma in self.patterns) | self.light

    def __len__(self) -> int:
        return sum(len(p) for p in self.patterns.values())


GROUP = re.compile(r"^([+~>])(?:\{([^{}]+)\}|([^{}|\s]+))$")


def _words(value: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in value.split("|") if w.strip())


def parse_pattern(row: Row, cameo: dict[str, CameoCode]) -> Pattern:
    kind, text, code = row.cols[0], row.cols[1], row.cols[2]
    flags = frozenset(row.cols[3].split()) if len(row.cols) > 3 else frozenset()
    if kind not in KINDS:
        raise row.error(f"unknown kind '{kind}'; use verb, noun, adj or light")
    if kind == "light":
        if code != "-":
            raise row.error("a light verb has '-' as its CAMEO code (its object carries the event)")
    elif code not in cameo:
        raise row.error(f"'{code}' is not a CAMEO code (see coding/cameo.tsv); keep leading zeros")
    if bad := flags - FLAGS:
        raise row.error(f"unknown flag(s) {', '.join(sorted(bad))}; use {', '.join(sorted(FLAGS))}")
    tokens = re.findall(r"[+~>]\{[^}]*\}|\S+", text)
    if not tokens or not re.fullmatch(r"[^\W\d_A-Z][^\W_A-Z\-']*(?:-[^\W_A-Z]+)*", tokens[0]):
        raise row.error(f"a pattern starts with the trigger's lower-case lemma, not '{text}'")
    particles: list[str] = []
    groups: dict[str, list[frozenset[str]]] = {"+": [], "~": [], ">": [], "=": []}
    for token in tokens[1:]:
        if token in PARTICLES:
            particles.append(token)
            continue
        if re.fullmatch(r"[a-z][a-z\-']*", token):
            # Any other bare word must appear among the trigger's dependents ("set ablaze").
            groups["="].append(frozenset({token}))
            continue
        m = GROUP.match(token)
        if not m:
            raise row.error(
                f"'{token}' is neither a word, a preposition/particle nor a +object, "
                "~modifier or >complement (write +{a|b} for alternatives)"
            )
        groups[m.group(1)].append(_words(m.group(2) or m.group(3)))
    return Pattern(
        kind=kind,
        lemma=tokens[0],
        particles=tuple(particles),
        objects=tuple(groups["+"]),
        modifiers=tuple(groups["~"]),
        complements=tuple(groups[">"]),
        dependents=tuple(groups["="]),
        cameo=code,
        flags=flags,
        origin=f"{row.path}:{row.line}",
        text=text,
    )


def load_cameo(path: Path | None = None) -> dict[str, CameoCode]:
    file = path or Path(str(resources.files("tacitus").joinpath("data/coding/cameo.tsv")))
    table: dict[str, CameoCode] = {}
    for row in read_rows(file, 6, 6):
        code, name, goldstein, plover, mode, _ = row.cols
        if not re.fullmatch(r"\d{2,4}", code) or code[:2] not in QUAD:
            raise row.error(f"'{code}' is not a CAMEO code")
        try:
            value = float(goldstein)
        except ValueError:
            raise row.error(f"Goldstein value '{goldstein}' is not a number") from None
        table[code] = CameoCode(
            code,
            name,
            value,
            None if plover == "-" else plover,
            None if mode == "-" else mode,
            tuple(row.items(5)),
        )
    return table


def shipped_triggers() -> Path:
    return Path(str(resources.files("tacitus").joinpath("data/coding/triggers.txt")))


def load_triggers(extra: Iterable[str] = (), *, shipped: bool = True) -> TriggerDictionary:
    """The shipped trigger file (unless `shipped` is False), then the extra files."""
    cameo = load_cameo()
    files = [*([shipped_triggers()] if shipped else []), *(Path(p) for p in extra)]
    found: dict[tuple[str, str], dict[str, Pattern]] = {}
    light: set[str] = set()
    for file in files:
        if not file.is_file():
            raise DictionaryError(file, 0, "trigger file not found")
        for row in read_rows(file, 3, 4):
            pattern = parse_pattern(row, cameo)
            if pattern.kind == "light":
                light.add(pattern.lemma)
                continue
            found.setdefault((pattern.kind, pattern.lemma), {})[pattern.text] = pattern
    ordered = {
        key: tuple(sorted(p.values(), key=lambda x: -x.specificity)) for key, p in found.items()
    }
    return TriggerDictionary(ordered, frozenset(light), cameo)


@dataclass(frozen=True, slots=True)
class Discards:
    """Sentences not to code (sports, entertainment, figures of speech), with the reason.

    Matched on every sentence before parsing, so built for speed: all phrases form one
    expression run on the lower-cased sentence, and a regex without capital letters runs on
    the lower-cased sentence too (case-sensitive matching is several times faster than
    case-insensitive matching, with the same result).
    """

    phrases: re.Pattern[str] | None  # every phrase, longest first, on the lower-cased sentence
    phrase_reasons: Mapping[str, tuple[str, str]]  # phrase (lower case) -> (reason, origin)
    patterns: tuple[tuple[re.Pattern[str], bool, str, str], ...]  # (regex, lower, reason, origin)

    def match(self, sentence: str) -> str | None:
        lower = sentence.lower()
        if self.phrases is not None and (m := self.phrases.search(lower)):
            reason, origin = self.phrase_reasons[" ".join(m.group(0).split())]
            return f"discarded ({reason}: '{m.group(0)}', {origin})"
        for regex, on_lower, reason, origin in self.patterns:
            if m := regex.search(lower if on_lower else sentence):
                return f"discarded ({reason}: '{m.group(0)}', {origin})"
        return None


def load_discards(extra: Iterable[str] = (), *, shipped: bool = True) -> Discards:
    file = Path(str(resources.files("tacitus").joinpath("data/coding/discards.txt")))
    files = [*([file] if shipped else []), *(Path(p) for p in extra)]
    phrases: dict[str, tuple[str, str]] = {}
    patterns = []
    for path in files:
        if not path.is_file():
            raise DictionaryError(path, 0, "discard file not found")
        for row in read_rows(path, 3, 3):
            kind, text, reason = row.cols
            origin = f"{row.path}:{row.line}"
            if kind == "phrase":
                phrases.setdefault(" ".join(text.lower().split()), (reason, origin))
            elif kind == "regex":
                lower = not any(c.isupper() for c in text)  # \S, \D, [A-Z]: keep the case
                try:
                    regex = re.compile(text, 0 if lower else re.IGNORECASE)
                except re.error as exc:
                    raise row.error(f"not a valid regular expression ({exc})") from None
                patterns.append((regex, lower, reason, origin))
            else:
                raise row.error(f"kind must be 'phrase' or 'regex', not '{kind}'")
    combined = re.compile(rf"\b{_trie_regex(list(phrases))}\b") if phrases else None
    return Discards(combined, phrases, tuple(patterns))


def _trie_regex(phrases: list[str]) -> str:
    """One expression for many phrases, sharing their common beginnings ("best (?:actor|
    actress)"): the regex engine then tries one branch per letter instead of every phrase."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # a phrase ends here and longer ones go on: prefer the longer
            return f"(?:{body})?" if len(branches) == 1 else body[:-1] + "|)"
        return body

    return build(trie)
