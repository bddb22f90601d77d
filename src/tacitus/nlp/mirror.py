"""A plain-Python copy of a parsed sentence, which is what the coder reads.

spaCy's `Token` is a view into the Doc's C arrays: every attribute read goes through Cython
and the string store and builds new objects (`tok.head` a new Token, `tok.children` a
generator of new Tokens), five to fifteen times the cost of reading a Python attribute. The
coder reads the same few attributes of the same tokens many times over in a sentence, so the
pipeline copies each parsed sentence once into the classes here (`mirror`).

They keep spaCy's names and meanings for the part of its API the coder uses, and nothing
more: a spaCy Doc still works wherever a mirror is expected (tests build sentences either
way), and an attribute the coder reads rarely (`sent`, `morph`, `like_num` ...) is asked of
the spaCy Doc the mirror keeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc as SpacyDoc


class Morph:
    """A token's morphological features as spaCy writes them ("Number=Plur|Person=3"), read
    like spaCy's `MorphAnalysis`: `get("Number")` is a list of values."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = "" if text == "_" else text  # spaCy's string for no features

    def get(self, field: str, default: list[str] | None = None) -> list[str]:
        for feature in self.text.split("|") if self.text else ():
            name, _, values = feature.partition("=")
            if name == field:
                return values.split(",")
        return [] if default is None else default

    def __str__(self) -> str:
        return self.text


class Token:
    """One word: its text, lemma, tags, dependency label, entity type and tree links."""

    __slots__ = (
        "children",
        "dep_",
        "doc",
        "ent_type_",
        "head",
        "i",
        "idx",
        "lemma_",
        "lower_",
        "morph_",
        "pos_",
        "tag_",
        "text",
    )

    def __init__(
        self,
        doc: Doc,
        i: int,
        text: str,
        lemma: str,
        pos: str,
        tag: str,
        dep: str,
        ent_type: str,
        idx: int,
        morph: str = "",
    ) -> None:
        self.doc = doc
        self.i = i
        self.text = text
        self.lower_ = text.lower()
        self.lemma_ = lemma
        self.pos_ = pos
        self.tag_ = tag
        self.dep_ = dep
        self.ent_type_ = ent_type
        self.idx = idx
        self.morph_ = morph
        self.head: Token = self
        self.children: tuple[Token, ...] = ()

    @property
    def lefts(self) -> Iterator[Token]:
        return (c for c in self.children if c.i < self.i)

    @property
    def rights(self) -> Iterator[Token]:
        return (c for c in self.children if c.i > self.i)

    @property
    def subtree(self) -> Iterator[Token]:
        """The token and its descendants, in spaCy's order (left subtrees, the token, right)."""
        for c in self.children:
            if c.i < self.i:
                yield from c.subtree
        yield self
        for c in self.children:
            if c.i > self.i:
                yield from c.subtree

    @property
    def morph(self) -> Morph:
        return Morph(self.morph_)

    @property
    def left_edge(self) -> Token:
        """The first token of the subtree, from the copy's own tree (so it holds after a rule
        has mended the tree, `coding.headlines`)."""
        edge = self
        for c in self.children:
            first = c.left_edge
            if first.i < edge.i:
                edge = first
        return edge

    @property
    def right_edge(self) -> Token:
        """The last token of the subtree."""
        edge = self
        for c in self.children:
            last = c.right_edge
            if last.i > edge.i:
                edge = last
        return edge

    # Read rarely: asked of the spaCy Doc.

    @property
    def sent(self) -> Span:
        sent = self.doc.spacy[self.i].sent
        return Span(self.doc, sent.start, sent.end)

    @property
    def like_num(self) -> bool:
        return bool(self.doc.spacy[self.i].like_num)

    @property
    def is_title(self) -> bool:
        return bool(self.doc.spacy[self.i].is_title)

    @property
    def is_sent_start(self) -> bool | None:
        return self.doc.spacy[self.i].is_sent_start

    @property
    def whitespace_(self) -> str:
        return str(self.doc.spacy[self.i].whitespace_)

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def __lt__(self, other: Token) -> bool:
        return self.i < other.i

    def __le__(self, other: Token) -> bool:
        return self.i <= other.i

    def __gt__(self, other: Token) -> bool:
        return self.i > other.i

    def __ge__(self, other: Token) -> bool:
        return self.i >= other.i


class Span:
    """Tokens `start` to `end` (exclusive) of a Doc; `label_` for a named entity."""

    __slots__ = ("doc", "end", "label_", "start")

    def __init__(self, doc: Doc, start: int, end: int, label: str = "") -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.label_ = label

    @property
    def text(self) -> str:
        if self.end <= self.start:
            return ""
        first, last = self.doc.tokens[self.start], self.doc.tokens[self.end - 1]
        return self.doc.text[first.idx : last.idx + len(last.text)]

    @property
    def root(self) -> Token:
        return self.doc.tokens[self.doc.spacy[self.start : self.end].root.i]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.doc.tokens[self.start : self.end])

    def __len__(self) -> int:
        return max(self.end - self.start, 0)

    def __getitem__(self, i: int) -> Token:
        return self.doc.tokens[self.start : self.end][i]

    def __repr__(self) -> str:
        return self.text


class Doc:
    """A parsed sentence: its tokens, text and named entities, and the spaCy Doc it copies."""

    __slots__ = ("ents", "spacy", "text", "tokens", "user_data")

    def __init__(self, spacy: SpacyDoc, text: str) -> None:
        self.spacy = spacy
        self.text = text
        self.tokens: list[Token] = []
        self.ents: tuple[Span, ...] = ()
        self.user_data: dict[Any, Any] = {"tacitus_text": text}

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> Span: ...

    def __getitem__(self, i: int | slice) -> Token | Span:
        if isinstance(i, slice):
            start, end, _ = i.indices(len(self.tokens))
            return Span(self, start, max(start, end))
        return self.tokens[i]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __repr__(self) -> str:
        return self.text

    def release(self) -> None:
        """Unlink the copy once the coder is done with it. Each token points at its Doc, its
        head and its children: cycles that reference counting cannot free, so without this
        every copy waits for a full garbage collection, which also walks everything else the
        process holds. The Doc is empty afterwards."""
        for tok in self.tokens:
            tok.children = ()
            del tok.head, tok.doc
        self.tokens = []
        self.ents = ()


class Names(dict[int, str]):
    """The strings of a vocabulary's hashes, each looked up in its string store once (share
    one across the sentences of a batch)."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__({0: ""})
        self.strings = strings

    def __missing__(self, key: int) -> str:
        found = self[key] = self.strings[key]
        return found


def mirror(parsed: SpacyDoc, text: str, names: Names | None = None) -> Doc:
    """The plain copy of a spaCy Doc parsed from `text`, its attributes read in one array."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, MORPH, POS, TAG

    doc = Doc(parsed, text)
    name = Names(parsed.vocab.strings) if names is None else names
    rows = parsed.to_array([LEMMA, POS, TAG, DEP, ENT_TYPE, IDX, LENGTH, HEAD, ENT_IOB, MORPH])
    tokens = doc.tokens = [
        Token(
            doc,
            i,
            text[idx : idx + length],
            name[lemma],
            name[pos],
            name[tag],
            name[dep],
            name[ent],
            idx,
            name[morph],
        )
        for i, (lemma, pos, tag, dep, ent, idx, length, _, _, morph) in enumerate(rows.tolist())
    ]
    # HEAD is an offset from the token: negative ones are wrapped around in the unsigned array
    heads = rows[:, 7].astype("int64").tolist()
    children: list[list[Token]] = [[] for _ in tokens]
    for tok, offset in zip(tokens, heads, strict=True):
        if offset:
            tok.head = tokens[tok.i + offset]
            children[tok.i + offset].append(tok)
    for tok, kids in zip(tokens, children, strict=True):
        if kids:
            tok.children = tuple(kids)
    doc.ents = tuple(_entities(doc, rows[:, 8].tolist()))
    return doc


def _entities(doc: Doc, iob: list[int]) -> Iterator[Span]:
    """Named entities from the IOB codes (3 begins one, 1 continues it, 2 and 0 are outside)."""
    start = None
    for i, code in enumerate([*iob, 2]):
        if code != 1 and start is not None:
            yield Span(doc, start, i, doc.tokens[start].ent_type_)
            start = None
        if code == 3:
            start = i


__all__ = ["Doc", "Names", "Span", "Token", "mirror"]
